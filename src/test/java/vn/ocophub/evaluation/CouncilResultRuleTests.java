package vn.ocophub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocophub.criteria.CriteriaFixtures;
import vn.ocophub.criteria.EvaluationLevel;

/**
 * A council's result, table-driven on the small test form (most it can score: 95): members are written
 * "role:sheet", where role is C (chair), V (vice-chair), M (member), S (secretary), a "!" after it marks a
 * recused member, and a missing sheet is "-".
 */
class CouncilResultRuleTests {

	static final String TOP = "A.1.a.4 A.1.b.2 B.2.2 C.3.a.2 C.4.a.3"; // 95, every marker met

	static final String NO5 = "A.1.a.4 A.1.b.2 B.2.3 C.3.a.2 C.4.a.3"; // 90, misses the ★5 marker of B.2

	static final String MID = "A.1.a.4 A.1.b.2 B.2.3 C.3.a.2 C.4.a.2"; // 80

	static final String LOW = "A.1.a.3 A.1.b.2 B.2.3 C.3.a.2 C.4.a.2"; // 65

	static final String WEAK = "A.1.a.1 A.1.b.1 C.4.a.2"; // 10, misses the ★3 marker of A.1.a

	static final String HELD = "A.1.a.1 A.1.b.2 B.2.2 C.3.a.2 C.4.a.3"; // 60, misses the ★3 marker of A.1.a

	static final EvaluationLevel PROVINCE = new EvaluationLevel("PROVINCE", false, List.of(3, 4));

	static final EvaluationLevel CENTRAL = new EvaluationLevel("CENTRAL", false, List.of(5));

	static final CouncilResultRule RULE = new CouncilResultRule(CriteriaFixtures.FORM, CriteriaFixtures.BANDS,
			ResultSettings.DEFAULT);

	static List<MemberSheet> council(String members) {
		List<MemberSheet> sheets = new ArrayList<>();
		long id = 1;
		for (String member : members.split(",")) {
			String[] seat = member.trim().split(":", 2);
			CouncilRole role = switch (seat[0].charAt(0)) {
				case 'C' -> CouncilRole.CHAIR;
				case 'V' -> CouncilRole.VICE_CHAIR;
				case 'S' -> CouncilRole.SECRETARY;
				default -> CouncilRole.MEMBER;
			};
			String sheet = switch (seat[1].trim()) {
				case "TOP" -> TOP;
				case "NO5" -> NO5;
				case "MID" -> MID;
				case "LOW" -> LOW;
				case "WEAK" -> WEAK;
				case "HELD" -> HELD;
				default -> null;
			};
			sheets.add(new MemberSheet(id++, role, seat[0].endsWith("!"), sheet == null ? null : CriteriaFixtures.sheet(sheet)));
		}
		return sheets;
	}

	@ParameterizedTest(name = "{0} → mean {1}, {2}★, flags {3}")
	@CsvSource(delimiter = '|', textBlock = """
			C:MID, V:MID, M:MID                    | 80.00 | 4    | []
			C:MID, V:MID, M:LOW                    | 75.00 | 4    | [DIVERGENCE]
			C:MID, V:MID, M:-                      | 80.00 | 4    | []
			C:MID, V:-,   M:-                      |       |      | [NO_QUORUM]
			C:-,   V:MID, M:MID                    |       |      | [NO_QUORUM]
			C!:MID, V:MID, M:MID                   | 80.00 | 4    | []
			C!:-,  V:-,   M:MID, M:MID             |       |      | [NO_QUORUM]
			C:TOP, V:TOP, M:NO5                    | 93.33 | 5    | []
			C:TOP, V:NO5, M:NO5                    | 91.67 | 4    | []
			C:MID, V:MID, M!:WEAK                  | 80.00 | 4    | []
			C:WEAK, V:WEAK, M:WEAK                 | 10.00 | 1    | []
			C:LOW, V:LOW, M:LOW, M:LOW, S:-, M:LOW | 65.00 | 3    | []
			C:HELD, V:HELD, M:MID                  | 66.67 | 2    | [DIVERGENCE]
			""")
	void combinesTheCountedSheets(String members, String mean, Integer stars, String flags) {
		CouncilResult result = RULE.result(council(members), PROVINCE, 5);
		assertThat(result.mean()).isEqualTo(mean == null ? null : new BigDecimal(mean));
		assertThat(result.stars()).isEqualTo(stars);
		assertThat(result.flags().toString().replace(" ", "")).isEqualTo(flags.replace(" ", ""));
		assertThat(result.confirmable()).isEqualTo(flags.equals("[]"));
	}

	@Test
	void excludesARecusedMembersSheetAndCountsTheRest() {
		CouncilResult result = RULE.result(council("C:MID, V:MID, M!:WEAK, M:LOW"), PROVINCE, 5);
		assertThat(result.members()).isEqualTo(4);
		assertThat(result.eligible()).isEqualTo(3);
		assertThat(result.counted()).isEqualTo(3);
		assertThat(result.totals()).containsOnlyKeys(1L, 2L, 4L);
		assertThat(result.spread()).isEqualTo(15);
	}

	@Test
	void roundsTheMeanHalfUpToTwoDecimalsAndShowsPartMeans() {
		CouncilResult result = RULE.result(council("C:MID, V:MID, M:LOW"), PROVINCE, 5);
		// (80 + 80 + 65) / 3 = 75.000; parts: A (45 + 45 + 30) / 3 = 40, B 10, C (25 + 25 + 25) / 3 = 25
		assertThat(result.mean()).isEqualByComparingTo("75.00");
		assertThat(result.partMeans()).containsEntry("A", new BigDecimal("40.00"))
			.containsEntry("B", new BigDecimal("10.00"))
			.containsEntry("C", new BigDecimal("25.00"));
		CouncilResult thirds = RULE.result(council("C:TOP, V:TOP, M:NO5"), PROVINCE, 5);
		assertThat(thirds.mean()).isEqualTo(new BigDecimal("93.33"));
		assertThat(thirds.partMeans().get("B")).isEqualTo(new BigDecimal("13.33"));
	}

	@Test
	void aProvinceRecognisesUpToFourStarsAndProposesFromNinetyPoints() {
		CouncilResult five = RULE.result(council("C:TOP, V:TOP, M:TOP"), PROVINCE, 5);
		assertThat(five.stars()).isEqualTo(5);
		assertThat(five.recognisedStars()).isEqualTo(4);
		assertThat(five.proposeToHigherLevel()).isTrue();
		CouncilResult ninety = RULE.result(council("C:NO5, V:NO5, M:NO5"), PROVINCE, 5);
		assertThat(ninety.stars()).isEqualTo(4);
		assertThat(ninety.proposeToHigherLevel()).as("potential 5★ from 90 points").isTrue();
		CouncilResult eighty = RULE.result(council("C:MID, V:MID, M:MID"), PROVINCE, 5);
		assertThat(eighty.recognisedStars()).isEqualTo(4);
		assertThat(eighty.proposeToHigherLevel()).isFalse();
		CouncilResult held = RULE.result(council("C:HELD, V:HELD, M:HELD"), PROVINCE, 5);
		assertThat(held.band()).isEqualTo(3);
		assertThat(held.stars()).isEqualTo(2);
		assertThat(held.recognisedStars()).isNull();
		assertThat(held.unmetConditions()).extracting(c -> c.criterion() + "/" + c.stars()).containsExactly("A.1.a/3");
	}

	@Test
	void theCentreRecognisesOnlyFiveStars() {
		assertThat(RULE.result(council("C:TOP, V:TOP, M:TOP"), CENTRAL, 5).recognisedStars()).isEqualTo(5);
		CouncilResult four = RULE.result(council("C:NO5, V:NO5, M:NO5"), CENTRAL, 5);
		assertThat(four.recognisedStars()).isNull();
		assertThat(four.proposeToHigherLevel()).isFalse();
	}

	@Test
	void aQuorumIsTwoThirdsOfTheMembersNotRecusedRoundedUp() {
		assertThat(ResultSettings.DEFAULT.quorumOf(9)).isEqualTo(6);
		assertThat(ResultSettings.DEFAULT.quorumOf(7)).isEqualTo(5);
		assertThat(ResultSettings.DEFAULT.quorumOf(3)).isEqualTo(2);
		CouncilResultRule lenient = new CouncilResultRule(CriteriaFixtures.FORM, CriteriaFixtures.BANDS,
				new ResultSettings(10, 1, 2, false));
		assertThat(lenient.result(council("C:-, V:MID, M:MID, M:-"), PROVINCE, 5).flags()).isEmpty();
		assertThat(RULE.result(council("C:-, V:MID, M:MID, M:-"), PROVINCE, 5).flags())
			.containsExactly(CouncilResult.Flag.NO_QUORUM);
	}

	@Test
	void divergenceUsesTheRoundsLimit() {
		CouncilResultRule wide = new CouncilResultRule(CriteriaFixtures.FORM, CriteriaFixtures.BANDS,
				new ResultSettings(15, 2, 3, true));
		assertThat(wide.result(council("C:MID, V:MID, M:LOW"), PROVINCE, 5).flags()).isEmpty();
		assertThat(RULE.result(council("C:MID, V:MID, M:LOW"), PROVINCE, 5).flags())
			.containsExactly(CouncilResult.Flag.DIVERGENCE);
	}

}
