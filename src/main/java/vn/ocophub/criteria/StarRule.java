package vn.ocophub.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The star rule of Decision 148, as plain Java.
 * <ul>
 * <li>The total is the raw sum of the chosen options' points; an unanswered criterion scores 0.</li>
 * <li>The band comes from the total and the version's {@link StarBands}.</li>
 * <li>A marker at level M on an option is met when the chosen option of its criterion is worth at least the
 * marked option's points; on a criterion, when any of its options is chosen. An unanswered criterion fails every
 * marker on it. In an alternative heading only the markers of the case answered count; with no case answered the
 * heading is one unanswered criterion.</li>
 * <li>The conditions of level L are all markers at levels 3…L. From the band down to 3, the first level whose
 * conditions are all met is the stars; if none, the stars are the band, at most 2.</li>
 * </ul>
 */
public final class StarRule {

	private static final int CERTIFIABLE = 3;

	private final CriteriaSet set;

	private final StarBands bands;

	private final List<Marker> markers = new ArrayList<>();

	public StarRule(CriteriaSet set, StarBands bands) {
		this.set = set;
		this.bands = bands;
		for (Criterion criterion : set.criteria()) {
			if (criterion.starMarker() != null) {
				markers.add(new Marker(criterion.starMarker(), criterion, null));
			}
			for (CriterionOption option : criterion.options()) {
				if (option.starMarker() != null) {
					markers.add(new Marker(option.starMarker(), criterion, option));
				}
			}
		}
	}

	/**
	 * Scores an answer sheet: criterion code → option code. A blank option leaves the criterion unanswered.
	 * @throws AnswerSheetException naming every unknown criterion or option and every alternative answered twice
	 */
	public StarResult evaluate(Map<String, String> answers) {
		Sheet sheet = sheet(answers);
		int total = sheet.total();
		Map<String, Integer> parts = new LinkedHashMap<>();
		for (CriteriaPart part : set.parts()) {
			parts.put(part.code(), 0);
		}
		sheet.chosen.forEach((code, option) -> parts.merge(CriteriaSet.partOf(code), option.points(), Integer::sum));
		int band = bands.band(total);
		int stars = stars(sheet, band);
		if (stars == 5) {
			return new StarResult(total, parts, band, stars, true, List.of(), null);
		}
		List<Marker> unmet = unmet(sheet, stars + 1);
		List<StarCondition> conditions = unmet.stream()
			.map(marker -> new StarCondition(marker.stars, marker.criterion.code(),
					marker.option == null ? null : marker.option.code()))
			.toList();
		NextStar next = new NextStar(stars + 1, Math.max(0, bands.lowerBound(stars + 1) - total),
				new Planner(sheet, stars + 1).plan(unmet));
		return new StarResult(total, parts, band, stars, stars >= CERTIFIABLE, conditions, next);
	}

	/**
	 * The stars of a council's result: the band of the members' mean score, lowered by the star rule where a
	 * marker is met when more than half of the counted sheets it applies to meet it. A marker of one case of an
	 * alternative applies to the sheets that scored that case or neither; where every sheet scored the other
	 * case it imposes nothing.
	 * @param sheets the counted members' answer sheets
	 * @return the stars and the conditions that the majority does not meet, up to the next level
	 * @throws AnswerSheetException when a sheet has unknown codes
	 */
	public CouncilStars councilStars(java.math.BigDecimal mean, List<Map<String, String>> sheets) {
		List<Sheet> parsed = sheets.stream().map(this::sheet).toList();
		int band = bands.band(mean);
		int stars = Math.min(band, 2);
		for (int level = band; level >= CERTIFIABLE; level--) {
			if (unmetByMajority(parsed, level).isEmpty()) {
				stars = level;
				break;
			}
		}
		List<StarCondition> unmet = stars == 5 ? List.of()
				: unmetByMajority(parsed, stars + 1).stream()
					.map(marker -> new StarCondition(marker.stars, marker.criterion.code(),
							marker.option == null ? null : marker.option.code()))
					.toList();
		return new CouncilStars(band, stars, unmet);
	}

	private List<Marker> unmetByMajority(List<Sheet> sheets, int level) {
		List<Marker> unmet = new ArrayList<>();
		for (Marker marker : markers) {
			if (marker.stars > level) {
				continue;
			}
			List<Sheet> applying = sheets.stream().filter(s -> s.counts(marker.criterion)).toList();
			long meeting = applying.stream().filter(s -> s.meets(marker)).count();
			if (!applying.isEmpty() && meeting * 2 <= applying.size()) {
				unmet.add(marker);
			}
		}
		return unmet;
	}

	/** A council's band, stars and the star conditions its majority does not meet (up to the next level). */
	public record CouncilStars(int band, int stars, List<StarCondition> unmetConditions) {

		public CouncilStars {
			unmetConditions = List.copyOf(unmetConditions);
		}

	}

	private int stars(Sheet sheet, int band) {
		for (int level = band; level >= CERTIFIABLE; level--) {
			if (unmet(sheet, level).isEmpty()) {
				return level;
			}
		}
		return Math.min(band, 2);
	}

	/** The markers at levels up to {@code level} that count on this sheet and are not met. */
	private List<Marker> unmet(Sheet sheet, int level) {
		List<Marker> unmet = new ArrayList<>();
		for (Marker marker : markers) {
			if (marker.stars <= level && sheet.counts(marker.criterion) && !sheet.meets(marker)) {
				unmet.add(marker);
			}
		}
		return unmet;
	}

	private Sheet sheet(Map<String, String> answers) {
		List<AnswerProblem> problems = new ArrayList<>();
		Map<String, CriterionOption> chosen = new LinkedHashMap<>();
		answers.forEach((criterionCode, optionCode) -> {
			Criterion criterion = criterionCode == null ? null : set.criterion(criterionCode.trim()).orElse(null);
			if (criterion == null) {
				problems.add(new AnswerProblem(AnswerProblem.Kind.UNKNOWN_CRITERION, criterionCode, optionCode));
			}
			else if (optionCode != null && !optionCode.isBlank()) {
				criterion.option(optionCode.trim())
					.ifPresentOrElse(option -> chosen.put(criterion.code(), option), () -> problems
						.add(new AnswerProblem(AnswerProblem.Kind.UNKNOWN_OPTION, criterion.code(), optionCode)));
			}
		});
		Sheet sheet = new Sheet(new HashMap<>(chosen));
		for (CriteriaPart part : set.parts()) {
			for (CriteriaHeading heading : part.headings()) {
				List<Criterion> answered = heading.criteria().stream().filter(c -> chosen.containsKey(c.code())).toList();
				if (heading.alternative() && answered.size() > 1) {
					answered.stream()
						.skip(1)
						.forEach(c -> problems.add(new AnswerProblem(AnswerProblem.Kind.BOTH_CASES, c.code(),
								chosen.get(c.code()).code())));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new AnswerSheetException(problems);
		}
		return sheet;
	}

	private record Marker(int stars, Criterion criterion, CriterionOption option) {
	}

	/** The options chosen on a sheet, by criterion code. */
	private final class Sheet {

		private final Map<String, CriterionOption> chosen;

		Sheet(Map<String, CriterionOption> chosen) {
			this.chosen = chosen;
		}

		int total() {
			return chosen.values().stream().mapToInt(CriterionOption::points).sum();
		}

		int points(Criterion criterion) {
			CriterionOption option = chosen.get(criterion.code());
			return option == null ? 0 : option.points();
		}

		/** False for the case of an alternative that is not scored because another case is answered. */
		boolean counts(Criterion criterion) {
			CriteriaHeading heading = set.headingOf(criterion.code());
			return !heading.alternative() || chosen.containsKey(criterion.code())
					|| heading.criteria().stream().noneMatch(c -> chosen.containsKey(c.code()));
		}

		boolean meets(Marker marker) {
			CriterionOption option = chosen.get(marker.criterion.code());
			return option != null && (marker.option == null || option.points() >= marker.option.points());
		}

	}

	/** Finds a short list of upgrades that lifts a sheet to a star level. */
	private final class Planner {

		private final Sheet sheet;

		private final int target;

		private final Map<String, CriterionOption> planned;

		private final Map<String, Upgrade> upgrades = new LinkedHashMap<>();

		Planner(Sheet sheet, int target) {
			this.sheet = sheet;
			this.target = target;
			this.planned = new HashMap<>(sheet.chosen);
		}

		List<Upgrade> plan(List<Marker> unmet) {
			Map<String, List<Marker>> byHeading = new LinkedHashMap<>();
			for (Marker marker : unmet) {
				byHeading.computeIfAbsent(set.headingOf(marker.criterion.code()).code(), h -> new ArrayList<>())
					.add(marker);
			}
			byHeading.values().forEach(this::meet);
			int missing = bands.lowerBound(target) - total();
			while (missing > 0) {
				missing -= addPoints(missing);
			}
			return List.copyOf(upgrades.values());
		}

		/** Meets the unmet markers of one heading; for an unanswered alternative, in its least demanding case. */
		private void meet(List<Marker> markers) {
			Map<Criterion, List<Marker>> byCriterion = new LinkedHashMap<>();
			markers.forEach(marker -> byCriterion.computeIfAbsent(marker.criterion, c -> new ArrayList<>()).add(marker));
			CriteriaHeading heading = set.headingOf(markers.get(0).criterion.code());
			if (heading.alternative() && heading.criteria().stream().noneMatch(c -> planned.containsKey(c.code()))) {
				Criterion easiest = heading.criteria()
					.stream()
					.min(Comparator.comparingInt(c -> required(byCriterion.getOrDefault(c, List.of()))))
					.orElseThrow();
				// Answering any case lifts the markers of the others: the condition is the heading's.
				choose(easiest, required(byCriterion.getOrDefault(easiest, List.of())), markers);
				return;
			}
			byCriterion.forEach((criterion, ms) -> choose(criterion, required(ms), ms));
		}

		private int required(List<Marker> markers) {
			return markers.stream().mapToInt(m -> m.option == null ? 0 : m.option.points()).max().orElse(0);
		}

		private void choose(Criterion criterion, int points, List<Marker> markers) {
			CriterionOption option = criterion.options()
				.stream()
				.filter(o -> o.points() >= points)
				.min(Comparator.comparingInt(CriterionOption::points))
				.orElseThrow();
			Integer condition = markers.stream().mapToInt(Marker::stars).min().stream().boxed().findFirst().orElse(null);
			apply(criterion, option, condition);
		}

		/** Adds one upgrade: the smallest that covers what is missing, else the largest gain. */
		private int addPoints(int missing) {
			Candidate covering = null;
			Candidate largest = null;
			for (Criterion criterion : set.criteria()) {
				if (!open(criterion)) {
					continue;
				}
				int now = points(criterion);
				for (CriterionOption option : criterion.options()) {
					int gain = option.points() - now;
					if (gain <= 0) {
						continue;
					}
					Candidate candidate = new Candidate(criterion, option, gain);
					if (gain >= missing && (covering == null || gain < covering.gain)) {
						covering = candidate;
					}
					if (largest == null || gain > largest.gain) {
						largest = candidate;
					}
				}
			}
			Candidate pick = covering != null ? covering : largest;
			if (pick == null) {
				throw new IllegalStateException(set.code() + ": no upgrade left to reach " + target + " stars");
			}
			apply(pick.criterion, pick.option, null);
			return pick.gain;
		}

		/** Whether the criterion may still be answered: not the other case of an alternative already chosen. */
		private boolean open(Criterion criterion) {
			CriteriaHeading heading = set.headingOf(criterion.code());
			return !heading.alternative() || planned.containsKey(criterion.code())
					|| heading.criteria().stream().noneMatch(c -> planned.containsKey(c.code()));
		}

		private int points(Criterion criterion) {
			CriterionOption option = planned.get(criterion.code());
			return option == null ? 0 : option.points();
		}

		private int total() {
			return planned.values().stream().mapToInt(CriterionOption::points).sum();
		}

		private void apply(Criterion criterion, CriterionOption option, Integer condition) {
			planned.put(criterion.code(), option);
			CriterionOption from = sheet.chosen.get(criterion.code());
			Upgrade earlier = upgrades.get(criterion.code());
			Integer bound = earlier != null ? earlier.condition() : condition;
			upgrades.put(criterion.code(), new Upgrade(criterion.code(), from == null ? null : from.code(), option.code(),
					option.points() - sheet.points(criterion), bound));
		}

		private record Candidate(Criterion criterion, CriterionOption option, int gain) {
		}

	}

}
