package vn.ocophub.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ocophub.criteria.CriteriaPart;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.CriterionOption;
import vn.ocophub.criteria.EvaluationLevel;
import vn.ocophub.criteria.StarBands;
import vn.ocophub.criteria.StarRule;
import vn.ocophub.criteria.StarRule.CouncilStars;

/**
 * How a council's score sheets become a product's result, as plain Java (Decision 148, Annex II, and the
 * provincial council regulations it leaves the details to):
 * <ul>
 * <li>Counted sheets are those submitted by members not recused for the product.</li>
 * <li>Quorum: at least the round's fraction of the members not recused (default two thirds, rounded up), the chair
 * among them when the round requires it (a vice-chair when the chair is recused). Without it there is no
 * result.</li>
 * <li>Score: the arithmetic mean of the counted totals, two decimals, half up; part means beside it.</li>
 * <li>Stars: the star rule on the mean, each marker met when more than half of the counted sheets meet it.</li>
 * <li>Divergence: counted totals further apart than the round's limit (default 10) must be discussed and
 * re-scored before the result can be confirmed.</li>
 * <li>Routing: the level recognises the stars it may (province 3★–4★, centre 5★); a mean at or above the lowest
 * total of a star level only a higher level recognises is proposed to it ("potential 5★" from 90 points).</li>
 * </ul>
 */
public final class CouncilResultRule {

	private final CriteriaSet set;

	private final StarRule rule;

	private final StarBands bands;

	private final ResultSettings settings;

	/**
	 * @param set the criteria set of the product
	 * @param bands the star bands of the round's rule version
	 */
	public CouncilResultRule(CriteriaSet set, StarBands bands, ResultSettings settings) {
		this.set = set;
		this.rule = new StarRule(set, bands);
		this.bands = bands;
		this.settings = settings;
	}

	/**
	 * The result of one product.
	 * @param sheets one per council member, submitted or not, recused or not
	 * @param level the level the council works at, from the round's rule version
	 * @param highestLevelStars the highest star level any level recognises under that version (5)
	 */
	public CouncilResult result(List<MemberSheet> sheets, EvaluationLevel level, int highestLevelStars) {
		List<MemberSheet> counted = sheets.stream().filter(MemberSheet::counted).toList();
		int eligible = (int) sheets.stream().filter(sheet -> !sheet.recused()).count();
		Map<Long, Integer> totals = new LinkedHashMap<>();
		Map<String, Integer> partSums = new LinkedHashMap<>();
		set.parts().stream().map(CriteriaPart::code).forEach(part -> partSums.put(part, 0));
		for (MemberSheet sheet : counted) {
			int total = 0;
			for (Map.Entry<String, String> answer : sheet.answers().entrySet()) {
				int points = points(sheet.answers(), answer.getKey(), answer.getValue());
				total += points;
				partSums.merge(CriteriaSet.partOf(answer.getKey()), points, Integer::sum);
			}
			totals.put(sheet.memberId(), total);
		}
		int spread = totals.isEmpty() ? 0
				: totals.values().stream().mapToInt(Integer::intValue).max().getAsInt()
						- totals.values().stream().mapToInt(Integer::intValue).min().getAsInt();
		Set<CouncilResult.Flag> flags = EnumSet.noneOf(CouncilResult.Flag.class);
		if (!quorum(sheets, counted, eligible)) {
			flags.add(CouncilResult.Flag.NO_QUORUM);
			return new CouncilResult(sheets.size(), eligible, counted.size(), totals, spread, null, null, null, null,
					flags, null, false, List.of());
		}
		if (spread > settings.divergenceLimit()) {
			flags.add(CouncilResult.Flag.DIVERGENCE);
		}
		BigDecimal mean = mean(totals.values().stream().mapToInt(Integer::intValue).sum(), counted.size());
		Map<String, BigDecimal> partMeans = new LinkedHashMap<>();
		partSums.forEach((part, sum) -> partMeans.put(part, mean(sum, counted.size())));
		CouncilStars stars = rule.councilStars(mean, counted.stream().map(MemberSheet::answers).toList());
		Integer recognised = level.recognises()
			.stream()
			.filter(star -> star <= stars.stars())
			.max(Integer::compareTo)
			.orElse(null);
		int levelMax = level.recognises().stream().mapToInt(Integer::intValue).max().orElse(0);
		boolean propose = levelMax < highestLevelStars && mean.compareTo(BigDecimal.valueOf(bands.lowerBound(levelMax + 1))) >= 0;
		return new CouncilResult(sheets.size(), eligible, counted.size(), totals, spread, mean, partMeans, stars.band(),
				stars.stars(), flags, recognised, propose, stars.unmetConditions());
	}

	/**
	 * The points of one answer. Only the sum is needed here: the full {@link StarRule#evaluate} would also plan the
	 * way to the next star of every sheet, which was a fifth of the time of a round's results.
	 */
	private int points(Map<String, String> answers, String criterion, String option) {
		if (option == null || option.isBlank()) {
			return 0;
		}
		return set.criterion(criterion.strip())
			.flatMap(c -> c.option(option.strip()))
			.map(CriterionOption::points)
			// An unknown code: the rule names it (and every other problem of the sheet).
			.orElseGet(() -> rule.evaluate(answers).total());
	}

	private boolean quorum(List<MemberSheet> sheets, List<MemberSheet> counted, int eligible) {
		if (counted.isEmpty() || counted.size() < settings.quorumOf(eligible)) {
			return false;
		}
		if (!settings.chairRequired()) {
			return true;
		}
		boolean chairRecused = sheets.stream().anyMatch(s -> s.role() == CouncilRole.CHAIR && s.recused());
		List<CouncilRole> presiding = new ArrayList<>(List.of(CouncilRole.CHAIR));
		if (chairRecused || sheets.stream().noneMatch(s -> s.role() == CouncilRole.CHAIR)) {
			presiding.add(CouncilRole.VICE_CHAIR);
		}
		return counted.stream().anyMatch(sheet -> presiding.contains(sheet.role()));
	}

	private static BigDecimal mean(int sum, int count) {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}

}
