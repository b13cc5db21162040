package vn.ocophub.adminunit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The result of checking (dry run) or applying an official table: what would change or changed, and every
 * problem found, with its row and column. Nothing is applied while {@link #problems()} is not empty.
 */
public record ImportReport(long id, String fileName, LocalDate effectiveDate, Status status, long rowsRead,
		Counts counts, List<ChangeLine> changes, int changesNotShown, List<Problem> problems, String uploadedBy,
		OffsetDateTime uploadedAt, String appliedBy, OffsetDateTime appliedAt) {

	/** Where an upload stands. */
	public enum Status {

		/** Checked without problems; may be applied. */
		CHECKED,
		/** Has problems; cannot be applied. */
		REJECTED,
		/** Applied to the map. */
		APPLIED,
		/** Another upload was applied after this one was checked; check this one again to apply it. */
		SUPERSEDED

	}

	/** How many units each kind of change touches, and how many predecessor links would be added. */
	public record Counts(long created, long replaced, long corrected, long ended, long history, long unchanged,
			long links) {

		public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

		/** The counts by name, in display order: created, replaced, corrected, ended, history, links, unchanged. */
		public java.util.Map<String, Long> asMap() {
			java.util.Map<String, Long> map = new java.util.LinkedHashMap<>();
			map.put("created", created);
			map.put("replaced", replaced);
			map.put("corrected", corrected);
			map.put("ended", ended);
			map.put("history", history);
			map.put("links", links);
			map.put("unchanged", unchanged);
			return map;
		}

		public boolean changesAnything() {
			return created + replaced + corrected + ended + history + links > 0;
		}

	}

	/** One unit's change: {@code action} is CREATE, REPLACE, CORRECT, END or RECORD_HISTORY. */
	public record ChangeLine(String action, AdminUnitLevel level, String code, String name, String previousName) {
	}

	/** A problem: row 0 means the file as a whole; the message is a key of the adminunit bundle. */
	public record Problem(long row, String column, String messageKey, List<Object> arguments) {
	}

	public boolean applicable() {
		return status == Status.CHECKED;
	}

}
