package vn.ocophub.certificate;

/** A recognition decision is drafted, then marked signed (which issues its certificates; it never changes again). */
public enum DecisionStatus {

	DRAFT, SIGNED

}
