package vn.ocophub.evaluation;

/** Filters of a round's status board; nulls mean any. */
public record BoardQuery(DossierStatus status, String communeCode) {

	public static BoardQuery all() {
		return new BoardQuery(null, null);
	}

}
