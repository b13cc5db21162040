package vn.ocophub.evaluation;

/** Whose move it is on a dossier, for the status board. */
public enum WaitingFor {

	PRODUCER, COMMUNE, PROVINCE, COUNCIL, NOBODY

}
