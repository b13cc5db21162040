package vn.ocophub.criteria;

import java.util.List;

/**
 * A level of government in the rating process of a rule version and its part in it: the commune pre-assesses
 * (since Decision 1489), the district (until 1 July 2025), the province and the centre recognise star levels.
 *
 * @param level {@code COMMUNE}, {@code DISTRICT}, {@code PROVINCE} or {@code CENTRAL}
 * @param preAssesses true when the level checks dossiers and forwards them without rating
 * @param recognises the star levels this level rates and recognises
 */
public record EvaluationLevel(String level, boolean preAssesses, List<Integer> recognises) {

	public EvaluationLevel {
		recognises = List.copyOf(recognises);
	}

}
