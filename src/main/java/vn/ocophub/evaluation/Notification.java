package vn.ocophub.evaluation;

import java.time.OffsetDateTime;

/** A notification as the bell and the notifications page show it: the text already in the reader's language. */
public record Notification(long id, String text, String link, OffsetDateTime createdAt, boolean read) {
}
