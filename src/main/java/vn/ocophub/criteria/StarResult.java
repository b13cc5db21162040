package vn.ocophub.criteria;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an answer sheet under the star rule.
 *
 * @param parts the points of each part, {@code A}, {@code B}, {@code C}
 * @param band the star band of the total alone
 * @param stars the stars: the band, lowered to the highest level whose conditions are all met (never below 1)
 * @param certifiable whether the stars reach a certificate (3★ or more)
 * @param unmetConditions the conditions not met that bind the next star level (empty at 5★)
 * @param nextStar the way to the next star, or null at 5★
 */
public record StarResult(int total, Map<String, Integer> parts, int band, int stars, boolean certifiable,
		List<StarCondition> unmetConditions, NextStar nextStar) {

	public StarResult {
		parts = Map.copyOf(parts);
		unmetConditions = List.copyOf(unmetConditions);
	}

}
