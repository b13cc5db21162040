package vn.ocophub.criteria;

/**
 * One box to tick of a criterion: its code (the criterion's code and its number from 1 in the decision's order,
 * {@code A.1.a.2}), its text, its points and the star level it marks, if any.
 *
 * @param starMarker 3, 4 or 5 when the decision marks the option with ***, **** or *****; otherwise null
 * @param line the line of the rule file that defines it, for messages
 */
public record CriterionOption(String code, String text, int points, Integer starMarker, int line) {

	public int number() {
		return Integer.parseInt(code.substring(code.lastIndexOf('.') + 1));
	}

}
