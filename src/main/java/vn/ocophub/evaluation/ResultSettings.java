package vn.ocophub.evaluation;

/**
 * How a council's scores are combined, set per round (provincial regulations differ): the largest spread of
 * members' totals before the council must discuss and re-score, and the quorum, a fraction of the members not
 * recused for the product, with or without the chair (a vice-chair stands in when the chair is recused).
 */
public record ResultSettings(int divergenceLimit, int quorumNumerator, int quorumDenominator, boolean chairRequired) {

	/** Ten points apart; two thirds of the members, the chair among them. */
	public static final ResultSettings DEFAULT = new ResultSettings(10, 2, 3, true);

	public ResultSettings {
		if (divergenceLimit < 0 || quorumNumerator < 1 || quorumDenominator < quorumNumerator) {
			throw new IllegalArgumentException("divergence limit ≥ 0 and a quorum between 1/n and n/n");
		}
	}

	/** The number of counted sheets a quorum needs among this many eligible members. */
	public int quorumOf(int eligible) {
		return (eligible * quorumNumerator + quorumDenominator - 1) / quorumDenominator;
	}

}
