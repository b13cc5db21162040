package vn.ocophub.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A version of the rating rules: the decision that set it, the day it took effect (and the day the next one
 * replaced it), the criteria sets it scores with, its star bands and who evaluates what. Every assessment
 * records the version it used.
 *
 * @param code {@code QD148-2023}, {@code QD1489-2025}
 * @param amends the version this one amends, or null
 * @param criteriaVersion the version whose criteria sets apply (an amendment may keep its parent's)
 * @param effectiveTo the last day in force, or null while in force
 * @param partPoints the maximum of each part of its criteria sets ({@code A} 40, {@code B} 25, {@code C} 35)
 */
public record RuleVersion(String code, String decision, String title, LocalDate effectiveFrom, LocalDate effectiveTo,
		String amends, String criteriaVersion, Map<String, Integer> partPoints, StarBands bands, List<EvaluationLevel> levels, String summary) {

	public RuleVersion {
		levels = List.copyOf(levels);
		partPoints = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(partPoints));
	}

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
	}

}
