package vn.ocophub.evaluation;

import java.time.OffsetDateTime;
import java.util.Set;

import vn.ocophub.shared.VietnamTime;

/**
 * A member's signed conflict-of-interest declaration for one product: none, or a conflict of the given kinds,
 * which recuses the member. {@code signature} is the SHA-256 of its content and moment; it is never changed.
 */
public record Declaration(long memberId, long dossierId, boolean conflict, Set<ConflictKind> kinds, String statement,
		OffsetDateTime declaredAt, String declaredBy, String signature) {

	public Declaration {
		kinds = Set.copyOf(kinds);
		declaredAt = VietnamTime.of(declaredAt);
	}

}
