package vn.ocophub.evaluation;

/** A score sheet revision: a draft the member may change, or submitted (locked). */
public enum SheetStatus {

	DRAFT, SUBMITTED

}
