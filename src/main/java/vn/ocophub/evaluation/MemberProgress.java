package vn.ocophub.evaluation;

/**
 * Where one member stands on one product: the declaration (null until made), the latest sheet revision's status
 * (null when no sheet was started), its number and its total.
 */
public record MemberProgress(CouncilSeat seat, Declaration declaration, SheetStatus sheet, int revision, Integer total) {

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
