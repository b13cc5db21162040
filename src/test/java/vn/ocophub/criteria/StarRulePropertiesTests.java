package vn.ocophub.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the star rule over random answer sheets of all 26 shipped sets: the total stays within
 * [0, 100], the stars within 1…band, adding points never lowers the stars, and following the way to the next
 * star reaches it.
 */
class StarRulePropertiesTests {

	private static final CriteriaCatalogue CATALOGUE = CriteriaCatalogueTests.CATALOGUE;

	record Case(CriteriaSet set, Map<String, String> answers, long seed) {

		@Override
		public String toString() {
			return set.code() + " " + answers;
		}

	}

	@Provide
	Arbitrary<Case> sheets() {
		Arbitrary<CriteriaSet> sets = Arbitraries.of(CATALOGUE.sets());
		return Combinators.combine(sets, Arbitraries.longs(), Arbitraries.integers().between(0, 100))
			.as((set, seed, fill) -> new Case(set, randomSheet(set, new java.util.Random(seed), fill), seed));
	}

	/** Each criterion answered with probability fill %, one case at most per alternative heading. */
	static Map<String, String> randomSheet(CriteriaSet set, java.util.Random random, int fill) {
		Map<String, String> answers = new HashMap<>();
		for (CriteriaPart part : set.parts()) {
			for (CriteriaHeading heading : part.headings()) {
				List<Criterion> criteria = heading.alternative()
						? List.of(heading.criteria().get(random.nextInt(heading.criteria().size())))
						: heading.criteria();
				for (Criterion criterion : criteria) {
					if (random.nextInt(100) < fill) {
						List<CriterionOption> options = criterion.options();
						answers.put(criterion.code(), options.get(random.nextInt(options.size())).code());
					}
				}
			}
		}
		return answers;
	}

	@Property(tries = 2000)
	void totalAndStarsStayInTheirRanges(@ForAll("sheets") Case sheet) {
		StarResult result = CATALOGUE.score(sheet.set().code(), sheet.answers());
		assertThat(result.total()).isBetween(0, 100);
		assertThat(result.stars()).isBetween(1, 5).isLessThanOrEqualTo(result.band());
		assertThat(result.certifiable()).isEqualTo(result.stars() >= 3);
	}

	@Property(tries = 2000)
	void addingPointsNeverLowersTheStars(@ForAll("sheets") Case sheet) {
		StarResult before = CATALOGUE.score(sheet.set().code(), sheet.answers());
		java.util.Random random = new java.util.Random(sheet.seed() ^ 0x5DEECE66DL);
		List<Criterion> open = new ArrayList<>();
		for (Criterion criterion : sheet.set().criteria()) {
			CriteriaHeading heading = sheet.set().headingOf(criterion.code());
			boolean otherCase = heading.alternative() && heading.criteria()
				.stream()
				.anyMatch(c -> !c.code().equals(criterion.code()) && sheet.answers().containsKey(c.code()));
			if (!otherCase) {
				open.add(criterion);
			}
		}
		Criterion raised = open.get(random.nextInt(open.size()));
		int now = raised.option(sheet.answers().getOrDefault(raised.code(), "")).map(CriterionOption::points).orElse(-1);
		List<CriterionOption> better = raised.options().stream().filter(o -> o.points() >= now).toList();
		if (better.isEmpty()) {
			return;
		}
		Map<String, String> after = new HashMap<>(sheet.answers());
		after.put(raised.code(), better.get(random.nextInt(better.size())).code());
		assertThat(CATALOGUE.score(sheet.set().code(), after).stars()).isGreaterThanOrEqualTo(before.stars());
	}

	@Property(tries = 1000)
	void followingTheWayToTheNextStarReachesIt(@ForAll("sheets") Case sheet) {
		StarResult before = CATALOGUE.score(sheet.set().code(), sheet.answers());
		if (before.nextStar() == null) {
			return;
		}
		Map<String, String> after = new HashMap<>(sheet.answers());
		before.nextStar().upgrades().forEach(upgrade -> after.put(upgrade.criterion(), upgrade.toOption()));
		assertThat(CATALOGUE.score(sheet.set().code(), after).stars()).isGreaterThanOrEqualTo(before.nextStar().stars());
		assertThat(before.nextStar().upgrades()).allSatisfy(upgrade -> assertThat(upgrade.pointsGained()).isNotNegative());
	}

}
