package vn.ocophub.evaluation;

/** Who runs a round: a province's OCOP office (3★–4★), or the national office (5★, the whole country). */
public enum RoundLevel {

	PROVINCE, CENTRAL

}
