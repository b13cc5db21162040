package vn.ocophub.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ocophub.criteria.CriteriaHeading;
import vn.ocophub.criteria.CriteriaPart;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.criteria.CriterionOption;
import vn.ocophub.shared.error.FieldProblem;

/**
 * A form shaped like set 26: a plain heading with two criteria, a heading that is its own criterion, and an
 * alternative heading with two cases (community tourism, single site).
 */
class AnswerSheetRulesTests {

	static final CriteriaSet TOURISM = new CriteriaSet("QD148-2023", "26", "Dịch vụ du lịch cộng đồng", true, null,
			List.of(new CriteriaPart("A", "SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG", 40, List.of(
					new CriteriaHeading("A.1", "Tổ chức", null, 4, false,
							List.of(criterion("A.1.a", 2), criterion("A.1.b", 2)), 1),
					new CriteriaHeading("A.2", "Sự tham gia của cộng đồng", null, 3, false,
							List.of(criterion("A.2", 3)), 1),
					new CriteriaHeading("A.3", "Phạm vi", null, 5, true,
							List.of(criterion("A.3.a", 5), criterion("A.3.b", 5)), 1)),
					1)),
			List.of(), "test");

	static Criterion criterion(String code, int max) {
		return new Criterion(code, "Tiêu chí " + code, null, max, null,
				List.of(new CriterionOption(code + ".1", "Chưa có", 0, null, 1),
						new CriterionOption(code + ".2", "Có", max, null, 1)),
				1);
	}

	@Test
	void anEmptySheetMissesEveryCriterionAndTheAlternativeOnce() {
		assertThat(AnswerSheetRules.unanswered(TOURISM, Map.of())).containsExactly("A.1.a", "A.1.b", "A.2", "A.3");
	}

	@Test
	void oneCaseCompletesAnAlternativeHeading() {
		Map<String, String> answers = Map.of("A.1.a", "A.1.a.1", "A.1.b", "A.1.b.2", "A.2", "A.2.2", "A.3.b", "A.3.b.1");
		assertThat(AnswerSheetRules.unanswered(TOURISM, answers)).isEmpty();
		assertThat(AnswerSheetRules.casesProblems(TOURISM, answers)).isEmpty();
	}

	@Test
	void aZeroPointOptionCountsAsAnswered() {
		assertThat(AnswerSheetRules.unanswered(TOURISM, Map.of("A.1.a", "A.1.a.1"))).doesNotContain("A.1.a");
	}

	@Test
	void refusesBothCasesOfAnAlternativeNamingTheHeadingAndTheCases() {
		List<FieldProblem> problems = AnswerSheetRules.casesProblems(TOURISM, Map.of("A.3.a", "A.3.a.2", "A.3.b", "A.3.b.1"));
		assertThat(problems).containsExactly(
				new FieldProblem("answers.A.3", "evaluation.answers.both-cases", "A.3", "A.3.a, A.3.b"));
	}

	@Test
	void twoCriteriaOfAPlainHeadingAreNotCases() {
		assertThat(AnswerSheetRules.casesProblems(TOURISM, Map.of("A.1.a", "A.1.a.2", "A.1.b", "A.1.b.2"))).isEmpty();
	}

}
