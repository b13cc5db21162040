package vn.ocophub.shared;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Instants as people in Vietnam read them. H2 gives a {@code TIMESTAMP WITH TIME ZONE} back with the offset it was
 * written with, but pgjdbc always answers in UTC: a view that shows a time converts it here first, so pages,
 * reports and API answers say the same hour on both databases.
 */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

	/** The same instant at Vietnam's offset (+07:00); null stays null. */
	public static OffsetDateTime of(OffsetDateTime instant) {
		return instant == null ? null : instant.atZoneSameInstant(ZONE).toOffsetDateTime();
	}

}
