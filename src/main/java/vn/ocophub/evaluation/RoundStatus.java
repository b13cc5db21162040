package vn.ocophub.evaluation;

/** A round takes dossiers while open; once closed nothing in it moves any more. */
public enum RoundStatus {

	OPEN, CLOSED

}
