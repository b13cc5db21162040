package vn.ocophub.shared.audit;

import java.time.OffsetDateTime;

/** One line of the audit trail. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String targetType,
		String targetId, String provinceCode, String remoteAddr, String details) {
}
