package vn.ocophub.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.ocophub.criteria.CriteriaHeading;
import vn.ocophub.criteria.CriteriaPart;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.shared.error.FieldProblem;

/**
 * What a self-assessment's answers must satisfy beyond being scorable. While a draft, an alternative heading
 * (set 26: community tourism or a single tourist site) may have only one case answered. To be submitted, every
 * criterion must be answered, and every alternative heading in exactly one of its cases: a report filed with
 * blanks would score them 0 without anyone having decided so.
 */
public final class AnswerSheetRules {

	private AnswerSheetRules() {
	}

	/** One problem per alternative heading answered in more than one case. */
	public static List<FieldProblem> casesProblems(CriteriaSet set, Map<String, String> answers) {
		List<FieldProblem> problems = new ArrayList<>();
		for (CriteriaHeading heading : headings(set)) {
			if (heading.alternative()) {
				List<String> answered = heading.criteria()
					.stream()
					.map(Criterion::code)
					.filter(answers::containsKey)
					.toList();
				if (answered.size() > 1) {
					problems.add(new FieldProblem("answers." + heading.code(), "evaluation.answers.both-cases",
							heading.code(), String.join(", ", answered)));
				}
			}
		}
		return problems;
	}

	/** The criteria (or alternative headings) still unanswered, in form order; empty when the sheet is complete. */
	public static List<String> unanswered(CriteriaSet set, Map<String, String> answers) {
		List<String> missing = new ArrayList<>();
		for (CriteriaHeading heading : headings(set)) {
			if (heading.alternative()) {
				if (heading.criteria().stream().noneMatch(c -> answers.containsKey(c.code()))) {
					missing.add(heading.code());
				}
			}
			else {
				heading.criteria()
					.stream()
					.map(Criterion::code)
					.filter(code -> !answers.containsKey(code))
					.forEach(missing::add);
			}
		}
		return missing;
	}

	private static List<CriteriaHeading> headings(CriteriaSet set) {
		return set.parts().stream().map(CriteriaPart::headings).flatMap(List::stream).toList();
	}

}
