package vn.ocophub.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ocophub.criteria.StarCondition;
import vn.ocophub.shared.VietnamTime;

/**
 * A product's result in its council: computed from the counted sheets while the council works, and as the chair
 * confirmed it afterwards (then {@code confirmed}, with its routing). {@code mean}, {@code stars} and the part
 * means are null without a quorum.
 */
public record ProductResult(long dossierId, long productId, String productCode, String productName,
		String producerName, String communeName, String criteriaSet, long councilId, DossierStatus status,
		int members, int eligible, int counted, Map<Long, Integer> totals, int spread, BigDecimal mean,
		Map<String, BigDecimal> parts, Integer band, Integer stars, Integer recognisedStars,
		Set<CouncilResult.Flag> flags, boolean proposeToHigherLevel, List<StarCondition> unmetConditions,
		boolean confirmed, Routing routing, OffsetDateTime confirmedAt, String confirmedBy) {

	public ProductResult {
		totals = Map.copyOf(totals);
		parts = parts == null ? Map.of() : Map.copyOf(parts);
		flags = Set.copyOf(flags);
		unmetConditions = List.copyOf(unmetConditions);
		confirmedAt = VietnamTime.of(confirmedAt);
	}

	/** Whether the chair may confirm it now: scored with a quorum, no divergence, not confirmed yet. */
	public boolean confirmable() {
		return !confirmed && flags.isEmpty() && mean != null;
	}

	/** "Potential 5★": proposed to the central council. */
	public boolean potentialFiveStars() {
		return proposeToHigherLevel;
	}

}
