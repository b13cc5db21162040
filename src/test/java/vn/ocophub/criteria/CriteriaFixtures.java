package vn.ocophub.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small form made for rule tests: option markers compared by points (the ★5 option of B.2 is worth more than
 * the option after it), a criterion marker (A.1.b ★4), an alternative heading (C.3) whose first case carries a ★4
 * marker; the most it can score is 95.
 */
public final class CriteriaFixtures {

	private CriteriaFixtures() {
	}

	public static final StarBands BANDS = new StarBands(List.of(30, 50, 70, 90));

	public static final CriteriaSet FORM = new CriteriaSet("TEST-2026", "01", "Bộ thử", true, null, List.of(
			new CriteriaPart("A", "Phần A", 45, List.of(new CriteriaHeading("A.1", "Mục 1", null, 45, false, List.of(
					criterion("A.1.a", null, 0, null, 10, 3, 20, null, 35, null),
					criterion("A.1.b", 4, 5, null, 10, null)), 1)), 1),
			new CriteriaPart("B", "Phần B", 15, List.of(new CriteriaHeading("B.2", "Mục 2", null, 15, false, List.of(
					criterion("B.2", null, 0, null, 15, 5, 10, null)), 1)), 1),
			new CriteriaPart("C", "Phần C", 35, List.of(
					new CriteriaHeading("C.3", "Mục 3", null, 20, true, List.of(
							criterion("C.3.a", null, 0, null, 20, 4),
							criterion("C.3.b", null, 10, null, 20, null)), 1),
					new CriteriaHeading("C.4", "Mục 4", null, 15, false, List.of(
							criterion("C.4.a", null, 0, null, 5, null, 15, null)), 1)), 1)),
			List.of(), "test");

	/** A criterion from (points, marker) pairs. */
	public static Criterion criterion(String code, Integer marker, Integer... pointsAndMarkers) {
		List<CriterionOption> options = new ArrayList<>();
		for (int i = 0; i < pointsAndMarkers.length; i += 2) {
			options.add(new CriterionOption(code + "." + (i / 2 + 1), "Lựa chọn " + (i / 2 + 1), pointsAndMarkers[i],
					pointsAndMarkers[i + 1], 1));
		}
		int max = options.stream().mapToInt(CriterionOption::points).max().orElse(0);
		return new Criterion(code, "Tiêu chí " + code, null, max, marker, options, 1);
	}

	/** A sheet from option codes separated by spaces: "A.1.a.4 B.2.2". */
	public static Map<String, String> sheet(String answers) {
		Map<String, String> sheet = new LinkedHashMap<>();
		if (answers != null && !answers.isBlank()) {
			for (String option : answers.trim().split("\\s+")) {
				sheet.put(option.substring(0, option.lastIndexOf('.')), option);
			}
		}
		return sheet;
	}

	/** The best option of every criterion, the first case of an alternative heading: the most a sheet can score. */
	public static Map<String, String> bestAnswers(CriteriaSet set) {
		Map<String, String> answers = new LinkedHashMap<>();
		set.parts().forEach(part -> part.headings().forEach(heading -> {
			for (Criterion criterion : heading.alternative() ? heading.criteria().subList(0, 1) : heading.criteria()) {
				answers.put(criterion.code(), criterion.options()
					.stream()
					.max(java.util.Comparator.comparingInt(CriterionOption::points))
					.orElseThrow()
					.code());
			}
		}));
		return answers;
	}

}
