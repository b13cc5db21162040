package vn.ocophub.evaluation;

import java.time.OffsetDateTime;

import vn.ocophub.shared.VietnamTime;

/**
 * Where one member stands on one product: the declaration (null until made), the latest sheet revision's status
 * (null when no sheet was started), its number, its total and when it was submitted (null for a draft), which the
 * member's own list of work shows.
 */
public record MemberProgress(CouncilSeat seat, Declaration declaration, SheetStatus sheet, int revision, Integer total,
		OffsetDateTime submittedAt) {

	public MemberProgress {
		submittedAt = VietnamTime.of(submittedAt);
	}

	public boolean declared() {
		return declaration != null;
	}

	public boolean recused() {
		return declaration != null && declaration.conflict();
	}

	public boolean submitted() {
		return sheet == SheetStatus.SUBMITTED;
	}

}
