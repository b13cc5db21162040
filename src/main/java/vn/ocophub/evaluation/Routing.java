package vn.ocophub.evaluation;

/**
 * Where a confirmed result sends the product (Decision 148 as amended by Decision 1489): to the province's
 * recognition decision (3★–4★), to the central council as "potential 5★" (90 points or more, with the province's
 * 4★ meanwhile), to the national recognition decision (5★), back to the producer with the way to the next star
 * (below 3★), or, at the centre, not recognised as 5★ (the product keeps its provincial result).
 */
public enum Routing {

	PROVINCIAL_DECISION, CENTRAL_PROPOSAL, CENTRAL_DECISION, FEEDBACK, NOT_RECOGNISED;

	/** The routing of a result at the level of its council. */
	public static Routing of(RoundLevel level, CouncilResult result) {
		if (level == RoundLevel.CENTRAL) {
			return result.recognisedStars() != null ? CENTRAL_DECISION : NOT_RECOGNISED;
		}
		if (result.proposeToHigherLevel()) {
			return CENTRAL_PROPOSAL;
		}
		return result.recognisedStars() != null ? PROVINCIAL_DECISION : FEEDBACK;
	}

}
