package vn.ocophub.evaluation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.criteria.CriterionOption;

/**
 * Complete answer sheets for demo and benchmark data, made from a criteria set without randomness: every criterion
 * answered (the first case of an alternative heading), so that they can be submitted.
 */
final class DemoAnswers {

	private DemoAnswers() {
	}

	/** For every criterion, the option at {@code level} (0–1) of its options ordered by points. */
	static Map<String, String> atLevel(CriteriaSet set, double level) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Criterion criterion : answered(set)) {
			List<CriterionOption> options = byPoints(criterion);
			answers.put(criterion.code(), options.get((int) Math.round(level * (options.size() - 1))).code());
		}
		return answers;
	}

	/**
	 * A sheet worth {@code total} points (or the nearest the options allow) that meets every star marker up to
	 * {@code stars}, so that a council of such sheets gives those stars when the total is in their band. Each
	 * criterion starts at the cheapest option meeting its markers; then, in rounds starting at criterion
	 * {@code offset}, one criterion at a time moves up one option while that does not pass the total. Different
	 * offsets give different sheets with the same total, as different members would.
	 */
	static Map<String, String> forTotal(CriteriaSet set, int stars, int total, int offset) {
		List<Criterion> criteria = answered(set);
		List<List<CriterionOption>> options = criteria.stream().map(DemoAnswers::byPoints).toList();
		int[] chosen = new int[criteria.size()];
		int sum = 0;
		for (int i = 0; i < criteria.size(); i++) {
			chosen[i] = floor(options.get(i), stars);
			sum += options.get(i).get(chosen[i]).points();
		}
		boolean moved = true;
		while (sum < total && moved) {
			moved = false;
			for (int k = 0; k < criteria.size() && sum < total; k++) {
				int i = Math.floorMod(offset + k, criteria.size());
				List<CriterionOption> list = options.get(i);
				if (chosen[i] + 1 < list.size()) {
					int step = list.get(chosen[i] + 1).points() - list.get(chosen[i]).points();
					if (sum + step <= total) {
						chosen[i]++;
						sum += step;
						moved = true;
					}
				}
			}
		}
		Map<String, String> answers = new LinkedHashMap<>();
		for (int i = 0; i < criteria.size(); i++) {
			answers.put(criteria.get(i).code(), options.get(i).get(chosen[i]).code());
		}
		return answers;
	}

	/** The index of the cheapest option worth at least every option marked at a level up to {@code stars}. */
	private static int floor(List<CriterionOption> options, int stars) {
		int needed = options.stream()
			.filter(o -> o.starMarker() != null && o.starMarker() <= stars)
			.mapToInt(CriterionOption::points)
			.max()
			.orElse(Integer.MIN_VALUE);
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).points() >= needed) {
				return i;
			}
		}
		return options.size() - 1;
	}

	private static List<Criterion> answered(CriteriaSet set) {
		List<Criterion> criteria = new ArrayList<>();
		set.parts()
			.forEach(part -> part.headings()
				.forEach(heading -> criteria
					.addAll(heading.alternative() ? heading.criteria().subList(0, 1) : heading.criteria())));
		return criteria;
	}

	private static List<CriterionOption> byPoints(Criterion criterion) {
		return criterion.options().stream().sorted(Comparator.comparingInt(CriterionOption::points)).toList();
	}

}
