package vn.ocophub.criteria;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;

/**
 * One arithmetic problem of a criteria set, at a line of its rule file: logged in English for whoever maintains
 * the data, shown in the reader's language (message {@code criteria.check.<kind>}) on the page of an unverified
 * set.
 */
public record RuleProblem(String file, int line, Kind kind, Object... arguments) {

	/** What does not add up; the English pattern is the log text, the arguments are the same for the bundles. */
	public enum Kind {

		PARTS("the parts must be {0}, not {1}"), PART_POINTS("part {0} is worth {1} points, not {2}"),
		PART_SUM("the headings of part {0} sum to {1}, not {2}"),
		CASES("alternative heading {0} needs at least two cases"),
		CASE_POINTS("case {0} is worth {1} points; each case of {2} is worth {3}"),
		HEADING_SUM("the criteria of heading {0} sum to {1}, not {2}"),
		BEST_OPTION("criterion {0} is worth {1} points but its best option gives {2}");

		private final String english;

		Kind(String english) {
			this.english = english;
		}

		public String messageKey() {
			return "criteria.check." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	public RuleProblem {
		arguments = Arrays.stream(arguments).map(String::valueOf).toArray();
	}

	@Override
	public Object[] arguments() {
		return arguments.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RuleProblem problem && problem.file.equals(file) && problem.line == line
				&& problem.kind == kind && Arrays.equals(problem.arguments, arguments);
	}

	@Override
	public int hashCode() {
		return (file.hashCode() * 31 + line) * 31 + kind.hashCode();
	}

	/** "criteria/QD148-2023/set-07.yaml:315: criterion C.6.d is worth 4 points but its best option gives 3". */
	@Override
	public String toString() {
		return RuleFileException.at(file, line, new MessageFormat(kind.english, Locale.ROOT).format(arguments));
	}

}
