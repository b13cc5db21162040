package vn.ocophub.criteria.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.ocophub.criteria.CriteriaHeading;
import vn.ocophub.criteria.CriteriaPart;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.criteria.RuleFileException;
import vn.ocophub.criteria.RuleProblem;
import vn.ocophub.criteria.RuleProblem.Kind;

/**
 * The arithmetic of a criteria set: children sum to their parent (an alternative heading's cases each equal the
 * heading), parts carry the version's maxima, a criterion's maximum is its best option; and codes are unique. A set
 * marked verified must pass every check; an unverified one is loaded with its problems listed, so that the UI can
 * say what does not reconcile.
 */
public final class RuleChecks {

	private RuleChecks() {
	}

	/** Codes used twice: a set with one cannot be scored at all, verified or not. */
	public static List<String> duplicates(CriteriaSet set) {
		List<String> problems = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (CriteriaPart part : set.parts()) {
			for (CriteriaHeading heading : part.headings()) {
				// Headings are numbered across the whole set, not within a part.
				unique(set.source(), heading.line(), "heading number " + heading.code().substring(2), codes, problems);
				for (Criterion criterion : heading.criteria()) {
					if (!criterion.code().equals(heading.code())) {
						unique(set.source(), criterion.line(), "the code " + criterion.code(), codes, problems);
					}
				}
			}
		}
		return problems;
	}

	/** Every arithmetic problem of a set, each with file and line. */
	public static List<RuleProblem> problems(CriteriaSet set, Map<String, Integer> partPoints) {
		List<RuleProblem> problems = new ArrayList<>();
		String file = set.source();
		List<String> partCodes = set.parts().stream().map(CriteriaPart::code).toList();
		if (!partCodes.equals(List.copyOf(partPoints.keySet()))) {
			problems.add(new RuleProblem(file, 1, Kind.PARTS, partPoints.keySet(), partCodes));
		}
		for (CriteriaPart part : set.parts()) {
			Integer expected = partPoints.get(part.code());
			if (expected != null && part.maxPoints() != expected) {
				problems.add(new RuleProblem(file, part.line(), Kind.PART_POINTS, part.code(), expected, part.maxPoints()));
			}
			int headings = part.headings().stream().mapToInt(CriteriaHeading::maxPoints).sum();
			if (headings != part.maxPoints()) {
				problems.add(new RuleProblem(file, part.line(), Kind.PART_SUM, part.code(), headings, part.maxPoints()));
			}
			for (CriteriaHeading heading : part.headings()) {
				checkHeading(file, heading, problems);
			}
		}
		return problems;
	}

	private static void checkHeading(String file, CriteriaHeading heading, List<RuleProblem> problems) {
		if (heading.alternative()) {
			if (heading.criteria().size() < 2) {
				problems.add(new RuleProblem(file, heading.line(), Kind.CASES, heading.code()));
			}
			for (Criterion kase : heading.criteria()) {
				if (kase.maxPoints() != heading.maxPoints()) {
					problems.add(new RuleProblem(file, kase.line(), Kind.CASE_POINTS, kase.code(), kase.maxPoints(),
							heading.code(), heading.maxPoints()));
				}
			}
		}
		else if (!heading.isItsOwnCriterion()) {
			int sum = heading.criteria().stream().mapToInt(Criterion::maxPoints).sum();
			if (sum != heading.maxPoints()) {
				problems.add(new RuleProblem(file, heading.line(), Kind.HEADING_SUM, heading.code(), sum,
						heading.maxPoints()));
			}
		}
		for (Criterion criterion : heading.criteria()) {
			if (criterion.bestPoints() != criterion.maxPoints()) {
				problems.add(new RuleProblem(file, criterion.line(), Kind.BEST_OPTION, criterion.code(),
						criterion.maxPoints(), criterion.bestPoints()));
			}
		}
	}

	private static void unique(String file, int line, String code, Set<String> codes, List<String> problems) {
		if (!codes.add(code)) {
			problems.add(RuleFileException.at(file, line, code + " is used twice"));
		}
	}

}
