package vn.ocophub.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The star rule, table-driven, on the small form of {@link CriteriaFixtures}. */
class StarRuleTests {

	static final StarBands BANDS = CriteriaFixtures.BANDS;

	static final CriteriaSet FORM = CriteriaFixtures.FORM;

	static final StarRule RULE = new StarRule(FORM, BANDS);

	static Map<String, String> sheet(String answers) {
		return CriteriaFixtures.sheet(answers);
	}

	@ParameterizedTest(name = "{0} → {1} points, band {2}, {3}★")
	@CsvSource(delimiter = '|', textBlock = """
			                                          |  0 | 1 | 1
			A.1.a.4 A.1.b.2 B.2.2 C.3.a.2 C.4.a.3     | 95 | 5 | 5
			A.1.a.4 A.1.b.2 B.2.3 C.3.a.2 C.4.a.3     | 90 | 5 | 4
			A.1.a.4 A.1.b.2 B.2.3 C.3.a.2 C.4.a.2     | 80 | 4 | 4
			A.1.a.4 B.2.2 C.3.a.2 C.4.a.3             | 85 | 4 | 3
			A.1.a.1 A.1.b.2 B.2.2 C.3.a.2 C.4.a.3     | 60 | 3 | 2
			A.1.a.1 A.1.b.1 C.4.a.2                   | 10 | 1 | 1
			A.1.a.4 A.1.b.2 B.2.2 C.3.b.2 C.4.a.3     | 95 | 5 | 5
			A.1.a.4 A.1.b.2 B.2.2 C.3.b.1 C.4.a.3     | 85 | 4 | 4
			A.1.a.4 A.1.b.2 B.2.2 C.4.a.3             | 75 | 4 | 3
			A.1.a.2 A.1.b.2 B.2.1 C.3.b.2 C.4.a.1     | 40 | 2 | 2
			A.1.a.2 A.1.b.1 B.2.1 C.3.b.2 C.4.a.3     | 50 | 3 | 3
			""")
	void ranksAnAnswerSheet(String answers, int total, int band, int stars) {
		StarResult result = RULE.evaluate(sheet(answers == null ? "" : answers));
		assertThat(result.total()).isEqualTo(total);
		assertThat(result.band()).isEqualTo(band);
		assertThat(result.stars()).isEqualTo(stars);
		assertThat(result.certifiable()).isEqualTo(stars >= 3);
		assertThat(result.parts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
	}

	@ParameterizedTest(name = "{0} points → band {1}")
	@CsvSource({ "0,1", "29,1", "30,2", "49,2", "50,3", "69,3", "70,4", "89,4", "90,5", "100,5", "104,5" })
	void bandsFollowTheVersionData(int total, int band) {
		assertThat(BANDS.band(total)).isEqualTo(band);
	}

	@Test
	void comparesAnOptionMarkerByPointsNotByPosition() {
		// B.2.3 comes after the ★5 option B.2.2 but is worth less: it does not meet the marker.
		StarResult result = RULE.evaluate(sheet("A.1.a.4 A.1.b.2 B.2.3 C.3.a.2 C.4.a.3"));
		assertThat(result.stars()).isEqualTo(4);
		assertThat(result.unmetConditions()).containsExactly(new StarCondition(5, "B.2", "B.2.2"));
	}

	@Test
	void aBlankAnswerLeavesTheCriterionUnanswered() {
		Map<String, String> answers = new HashMap<>(sheet("A.1.a.4 B.2.2 C.3.a.2 C.4.a.3"));
		answers.put("A.1.b", " ");
		assertThat(RULE.evaluate(answers).total()).isEqualTo(85);
	}

	@Test
	void refusesUnknownCriteriaAndOptionsAndBothCasesOfAnAlternative() {
		Map<String, String> answers = new LinkedHashMap<>();
		answers.put("A.9.z", "A.9.z.1");
		answers.put("A.1.a", "A.1.a.9");
		answers.put("A.1.b", "A.1.a.1");
		answers.put("C.3.a", "C.3.a.1");
		answers.put("C.3.b", "C.3.b.1");
		assertThatThrownBy(() -> RULE.evaluate(answers)).isInstanceOfSatisfying(AnswerSheetException.class,
				ex -> assertThat(ex.problems()).containsExactly(
						new AnswerProblem(AnswerProblem.Kind.UNKNOWN_CRITERION, "A.9.z", "A.9.z.1"),
						new AnswerProblem(AnswerProblem.Kind.UNKNOWN_OPTION, "A.1.a", "A.1.a.9"),
						new AnswerProblem(AnswerProblem.Kind.UNKNOWN_OPTION, "A.1.b", "A.1.a.1"),
						new AnswerProblem(AnswerProblem.Kind.BOTH_CASES, "C.3.b", "C.3.b.1")));
	}

	@Test
	void showsTheConditionThatHoldsAProductBelowItsBand() {
		StarResult result = RULE.evaluate(sheet("A.1.a.1 A.1.b.2 B.2.2 C.3.a.2 C.4.a.3"));
		assertThat(result.stars()).isEqualTo(2);
		assertThat(result.unmetConditions()).containsExactly(new StarCondition(3, "A.1.a", "A.1.a.2"));
		assertThat(result.nextStar()).isEqualTo(new NextStar(3, 0,
				List.of(new Upgrade("A.1.a", "A.1.a.1", "A.1.a.2", 10, 3))));
	}

	@Test
	void aCriterionMarkerAsksForAnyOption() {
		StarResult result = RULE.evaluate(sheet("A.1.a.4 B.2.2 C.3.a.2 C.4.a.3"));
		assertThat(result.nextStar()).isEqualTo(new NextStar(4, 0, List.of(new Upgrade("A.1.b", null, "A.1.b.1", 5, 4))));
	}

	@Test
	void coversMissingPointsWithTheSmallestUpgradeThatIsEnough() {
		StarResult result = RULE.evaluate(sheet("A.1.a.1 A.1.b.1 C.4.a.2"));
		assertThat(result.nextStar().pointsNeeded()).isEqualTo(20);
		// +20 is enough and smaller than A.1.a's +35; the first such criterion in form order wins.
		assertThat(result.nextStar().upgrades()).containsExactly(new Upgrade("A.1.a", "A.1.a.1", "A.1.a.3", 20, null));
	}

	@Test
	void takesTheLargestGainsFirstWhenNoSingleUpgradeIsEnough() {
		StarResult result = RULE.evaluate(sheet("A.1.a.4 A.1.b.2 B.2.1 C.3.b.1 C.4.a.1"));
		assertThat(result.total()).isEqualTo(55);
		assertThat(result.stars()).isEqualTo(3);
		// 4★ needs 15 more: one upgrade of exactly 15 exists (B.2 → B.2.2, which also meets its ★5 marker).
		assertThat(result.nextStar()).isEqualTo(new NextStar(4, 15, List.of(new Upgrade("B.2", "B.2.1", "B.2.2", 15, null))));
		StarResult low = RULE.evaluate(sheet("A.1.b.1"));
		assertThat(low.nextStar().upgrades()).extracting(Upgrade::pointsGained).containsExactly(35);
	}

	@Test
	void meetsTheConditionOfAnUnansweredAlternativeInItsEasierCase() {
		StarResult result = RULE.evaluate(sheet("A.1.a.4 A.1.b.2 B.2.2 C.4.a.3"));
		assertThat(result.stars()).isEqualTo(3);
		assertThat(result.unmetConditions()).containsExactly(new StarCondition(4, "C.3.a", "C.3.a.2"));
		// Answering case b (no marker) lifts the condition at the lowest cost.
		assertThat(result.nextStar().upgrades()).containsExactly(new Upgrade("C.3.b", null, "C.3.b.1", 10, 4));
	}

	@ParameterizedTest(name = "mean {0} of {1} → band {2}, {3}★")
	@CsvSource(delimiter = '|', textBlock = """
			95.00 | A.1.a.4 A.1.b.2 B.2.2 C.3.a.2 C.4.a.3 ; A.1.a.4 A.1.b.2 B.2.2 C.3.a.2 C.4.a.3 ; A.1.a.4 A.1.b.2 B.2.3 C.3.a.2 C.4.a.3 | 5 | 5
			91.67 | A.1.a.4 A.1.b.2 B.2.3 C.3.a.2 C.4.a.3 ; A.1.a.4 A.1.b.2 B.2.3 C.3.a.2 C.4.a.3 ; A.1.a.4 A.1.b.2 B.2.2 C.3.a.2 C.4.a.3 | 5 | 4
			92.50 | A.1.a.4 A.1.b.2 B.2.2 C.3.a.2 C.4.a.3 ; A.1.a.4 A.1.b.2 B.2.3 C.3.a.2 C.4.a.3 | 5 | 4
			49.99 | A.1.a.4 A.1.b.2 B.2.2 C.3.a.2 C.4.a.3 | 2 | 2
			75.00 | A.1.a.4 A.1.b.2 B.2.2 C.4.a.3 ; A.1.a.4 A.1.b.2 B.2.2 C.3.b.1 C.4.a.3 ; A.1.a.4 A.1.b.2 B.2.2 C.3.a.1 C.4.a.3 | 4 | 3
			75.00 | A.1.a.4 A.1.b.2 B.2.2 C.3.a.1 C.4.a.3 ; A.1.a.4 A.1.b.2 B.2.2 C.3.b.1 C.4.a.3 ; A.1.a.4 A.1.b.2 B.2.2 C.3.b.1 C.4.a.3 | 4 | 3
			80.00 | A.1.a.4 A.1.b.2 B.2.2 C.3.b.2 C.4.a.3 ; A.1.a.4 A.1.b.2 B.2.2 C.3.b.1 C.4.a.3 | 4 | 4
			""")
	void aCouncilMeetsAMarkerWhenMoreThanHalfOfItsSheetsDo(String mean, String sheets, int band, int stars) {
		List<Map<String, String>> parsed = java.util.Arrays.stream(sheets.split(";")).map(StarRuleTests::sheet).toList();
		StarRule.CouncilStars result = RULE.councilStars(new java.math.BigDecimal(mean), parsed);
		assertThat(result.band()).isEqualTo(band);
		assertThat(result.stars()).isEqualTo(stars);
	}

	@Test
	void reportsNoNextStarAtFiveStars() {
		StarResult result = RULE.evaluate(sheet("A.1.a.4 A.1.b.2 B.2.2 C.3.a.2 C.4.a.3"));
		assertThat(result.nextStar()).isNull();
		assertThat(result.unmetConditions()).isEmpty();
	}

}
