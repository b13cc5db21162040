package vn.ocophub.certificate;

/** Why a newer certificate replaced an older one of the same product: more stars, or a re-evaluation. */
public enum SupersedeReason {

	UPGRADE, RE_EVALUATION

}
