package vn.ocophub.evaluation;

/** The commune's view of the option the producer ticked for a local criterion. */
public enum Agreement {

	AGREE, LOWER, HIGHER

}
