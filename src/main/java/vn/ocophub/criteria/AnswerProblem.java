package vn.ocophub.criteria;

/**
 * Something wrong with one answer of a sheet: it names a criterion the set does not have, an option its criterion
 * does not have, or a second case of an alternative heading. Never scored as 0.
 */
public record AnswerProblem(Kind kind, String criterion, String option) {

	public enum Kind {

		UNKNOWN_CRITERION, UNKNOWN_OPTION, BOTH_CASES

	}

}
