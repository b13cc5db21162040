package vn.ocophub.evaluation;

/** Why a product is filed (Form 01 of Decision 148): first time, upgrade, re-evaluation, re-recognition after expiry. */
public enum RegistrationType {

	FIRST_TIME, UPGRADE, RE_EVALUATION, RE_RECOGNITION;

	/** Whether the producer must name the certificate it holds (all but a first registration). */
	public boolean needsCertificate() {
		return this != FIRST_TIME;
	}

}
