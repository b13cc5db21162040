package vn.ocophub.evaluation;

import java.time.OffsetDateTime;

import vn.ocophub.shared.VietnamTime;

/** A notification as the bell and the notifications page show it: the text already in the reader's language. */
public record Notification(long id, String text, String link, OffsetDateTime createdAt, boolean read) {

	public Notification {
		createdAt = VietnamTime.of(createdAt);
	}

}
