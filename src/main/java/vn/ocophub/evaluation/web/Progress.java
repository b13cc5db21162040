package vn.ocophub.evaluation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import vn.ocophub.criteria.CriteriaPart;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.criteria.CriterionOption;
import vn.ocophub.criteria.NextStar;
import vn.ocophub.criteria.StarCondition;
import vn.ocophub.criteria.StarBands;
import vn.ocophub.criteria.StarResult;
import vn.ocophub.criteria.Upgrade;
import vn.ocophub.evaluation.ProductResult;
import vn.ocophub.evaluation.RecordedScore;
import vn.ocophub.shared.web.Messages;

/**
 * The running result beside the form, in words: points of each part against its maximum, total, predicted
 * stars, and for a draft the way to the next star (points still missing, the conditions that block it, the
 * upgrades that reach it, those the conditions require first).
 *
 * @param nextStars the next star level, or 0 when there is none to show (5★, or a submitted report)
 */
record Progress(int total, int maxTotal, List<PartPoints> parts, int band, int stars, boolean certifiable,
		int unanswered, int nextStars, int pointsNeeded, List<String> conditions, List<String> upgrades,
		List<String> errors) {

	record PartPoints(String code, String title, int points, int max) {
	}

	/** The live result of a draft's answers. */
	static Progress of(StarResult result, CriteriaSet set, int unanswered, Messages messages) {
		List<PartPoints> parts = set.parts()
			.stream()
			.map(p -> new PartPoints(p.code(), p.title(), result.parts().getOrDefault(p.code(), 0), p.maxPoints()))
			.toList();
		NextStar next = result.nextStar();
		List<String> conditions = result.unmetConditions().stream().map(c -> condition(c, set, messages)).toList();
		List<String> upgrades = next == null ? List.of()
				: next.upgrades().stream().map(u -> upgrade(u, set, messages)).toList();
		return new Progress(result.total(), set.maxPoints(), parts, result.band(), result.stars(),
				result.certifiable(), unanswered, next == null ? 0 : next.stars(),
				next == null ? 0 : next.pointsNeeded(), conditions, upgrades, List.of());
	}

	/** The score recorded with a submitted report: no way to the next star, it is filed. */
	static Progress recorded(RecordedScore score, CriteriaSet set, int unanswered) {
		List<PartPoints> parts = new ArrayList<>();
		for (CriteriaPart part : set.parts()) {
			int points = switch (part.code()) {
				case "A" -> score.partA();
				case "B" -> score.partB();
				default -> score.partC();
			};
			parts.add(new PartPoints(part.code(), part.title(), points, part.maxPoints()));
		}
		return new Progress(score.total(), set.maxPoints(), parts, score.stars(), score.stars(), score.stars() >= 3,
				unanswered, 0, 0, List.of(), List.of(), List.of());
	}

	/**
	 * The way from a council's confirmed result to the next star: the points its mean lacks (rounded up) and the
	 * conditions the majority of the sheets did not meet. No upgrades: several sheets make no single plan.
	 */
	static Progress ofResult(ProductResult result, CriteriaSet set, StarBands bands, Messages messages) {
		int stars = result.stars();
		int next = stars < 5 ? stars + 1 : 0;
		int needed = next == 0 ? 0
				: Math.max(0, BigDecimal.valueOf(bands.lowerBound(next)).subtract(result.mean())
					.setScale(0, RoundingMode.CEILING)
					.intValue());
		List<String> conditions = result.unmetConditions().stream().map(c -> condition(c, set, messages)).toList();
		return new Progress(result.mean().intValue(), set.maxPoints(), List.of(), result.band(), stars,
				result.recognisedStars() != null, 0, next, needed, conditions, List.of(), List.of());
	}

	/** The same result with problems that kept the answers from being scored or saved. */
	Progress withErrors(List<String> problems) {
		return new Progress(total, maxTotal, parts, band, stars, certifiable, unanswered, nextStars, pointsNeeded,
				conditions, upgrades, List.copyOf(problems));
	}

	static String upgrade(Upgrade upgrade, CriteriaSet set, Messages messages) {
		Criterion criterion = set.criterion(upgrade.criterion()).orElseThrow();
		String condition = upgrade.condition() == null ? "" : messages.get("evaluation.next.condition", upgrade.condition());
		String to = text(criterion, upgrade.toOption());
		return upgrade.fromOption() == null
				? messages.get("evaluation.next.choose", criterion.code(), to, upgrade.pointsGained(), condition)
				: messages.get("evaluation.next.raise", criterion.code(), text(criterion, upgrade.fromOption()), to,
						upgrade.pointsGained(), condition);
	}

	static String condition(StarCondition condition, CriteriaSet set, Messages messages) {
		Criterion criterion = set.criterion(condition.criterion()).orElseThrow();
		return condition.requiredOption() == null
				? messages.get("evaluation.condition.answered", criterion.code(), criterion.title(), condition.stars())
				: messages.get("evaluation.condition.at-least", criterion.code(), criterion.title(),
						text(criterion, condition.requiredOption()), condition.stars());
	}

	private static String text(Criterion criterion, String optionCode) {
		return criterion.option(optionCode).map(CriterionOption::text).orElse(optionCode);
	}

}
