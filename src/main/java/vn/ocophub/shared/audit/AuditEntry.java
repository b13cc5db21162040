package vn.ocophub.shared.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One line of the audit trail. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String targetType,
		String targetId, String provinceCode, String remoteAddr, String details, List<FieldChange> changes) {

	public AuditEntry {
		changes = changes == null ? List.of() : List.copyOf(changes);
	}

	/** Whether the entry records a registry record's field changes (shown as a list, not as text). */
	public boolean hasChanges() {
		return !changes.isEmpty();
	}

}
