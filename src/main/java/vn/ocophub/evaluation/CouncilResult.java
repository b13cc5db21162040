package vn.ocophub.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ocophub.criteria.StarCondition;

/**
 * A product's result in a council: who counted, the mean of the counted members' totals (two decimals, half up)
 * with the part means, the stars of the star rule on that mean (markers met by a majority of the sheets), the
 * flags that stop the result from being confirmed, and where the product goes next.
 *
 * @param totals each counted member's total, by member id
 * @param spread the highest counted total minus the lowest
 * @param mean null when there is no quorum (no result)
 * @param stars null when there is no quorum
 * @param recognisedStars the stars this level recognises (3★–4★ at a province, 5★ at the centre), null if none
 * @param proposeToHigherLevel true for a product at or above the next level's lowest total (90: "potential 5★")
 */
public record CouncilResult(int members, int eligible, int counted, Map<Long, Integer> totals, int spread,
		BigDecimal mean, Map<String, BigDecimal> partMeans, Integer band, Integer stars, Set<Flag> flags,
		Integer recognisedStars, boolean proposeToHigherLevel, List<StarCondition> unmetConditions) {

	/** Why a result cannot be confirmed as it stands. */
	public enum Flag {

		/** Counted totals further apart than the round allows: discuss and re-score. */
		DIVERGENCE,
		/** Too few counted sheets, or the chair's missing: no result. */
		NO_QUORUM

	}

	public CouncilResult {
		totals = Map.copyOf(totals);
		partMeans = partMeans == null ? Map.of() : Map.copyOf(partMeans);
		flags = Set.copyOf(flags);
		unmetConditions = List.copyOf(unmetConditions);
	}

	/** Whether the chair may confirm it: a quorum and no divergence. */
	public boolean confirmable() {
		return flags.isEmpty();
	}

}
