package vn.ocophub.producer;

/** The classification of a cooperative by the state body that assesses it. */
public enum CooperativeRating {

	GOOD, FAIR, AVERAGE, WEAK

}
