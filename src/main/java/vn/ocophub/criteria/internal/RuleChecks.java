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
	public static List<String> problems(CriteriaSet set, Map<String, Integer> partPoints) {
		List<String> problems = new ArrayList<>();
		String file = set.source();
		List<String> partCodes = set.parts().stream().map(CriteriaPart::code).toList();
		if (!partCodes.equals(List.copyOf(partPoints.keySet()))) {
			problems.add(RuleFileException.at(file, 1, "the parts must be " + partPoints.keySet() + ", not " + partCodes));
		}
		for (CriteriaPart part : set.parts()) {
			Integer expected = partPoints.get(part.code());
			if (expected != null && part.maxPoints() != expected) {
				problems.add(RuleFileException.at(file, part.line(),
						"part " + part.code() + " is worth " + expected + " points, not " + part.maxPoints()));
			}
			int headings = part.headings().stream().mapToInt(CriteriaHeading::maxPoints).sum();
			if (headings != part.maxPoints()) {
				problems.add(RuleFileException.at(file, part.line(), "the headings of part " + part.code() + " sum to "
						+ headings + ", not " + part.maxPoints()));
			}
			for (CriteriaHeading heading : part.headings()) {
				checkHeading(file, heading, problems);
			}
		}
		return problems;
	}

	private static void checkHeading(String file, CriteriaHeading heading, List<String> problems) {
		if (heading.alternative()) {
			if (heading.criteria().size() < 2) {
				problems.add(RuleFileException.at(file, heading.line(),
						"alternative heading " + heading.code() + " needs at least two cases"));
			}
			for (Criterion kase : heading.criteria()) {
				if (kase.maxPoints() != heading.maxPoints()) {
					problems.add(RuleFileException.at(file, kase.line(), "case " + kase.code() + " is worth "
							+ kase.maxPoints() + " points; each case of " + heading.code() + " is worth "
							+ heading.maxPoints()));
				}
			}
		}
		else if (!heading.isItsOwnCriterion()) {
			int sum = heading.criteria().stream().mapToInt(Criterion::maxPoints).sum();
			if (sum != heading.maxPoints()) {
				problems.add(RuleFileException.at(file, heading.line(), "the criteria of heading " + heading.code()
						+ " sum to " + sum + ", not " + heading.maxPoints()));
			}
		}
		for (Criterion criterion : heading.criteria()) {
			if (criterion.bestPoints() != criterion.maxPoints()) {
				problems.add(RuleFileException.at(file, criterion.line(), "criterion " + criterion.code() + " is worth "
						+ criterion.maxPoints() + " points but its best option gives " + criterion.bestPoints()));
			}
		}
	}

	private static void unique(String file, int line, String code, Set<String> codes, List<String> problems) {
		if (!codes.add(code)) {
			problems.add(RuleFileException.at(file, line, code + " is used twice"));
		}
	}

}
