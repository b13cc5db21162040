package vn.ocophub.shared.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One change of a record as its history shows it: who, when, what, and each field's before → after. */
public record HistoryEntry(long id, OffsetDateTime occurredAt, String actor, String action,
		List<FieldChange> changes) {

	public HistoryEntry {
		changes = List.copyOf(changes);
	}

}
