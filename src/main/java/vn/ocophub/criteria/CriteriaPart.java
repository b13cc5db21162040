package vn.ocophub.criteria;

import java.util.List;

/** A part of the form: A (product and community strength), B (marketing), C (product quality). */
public record CriteriaPart(String code, String title, int maxPoints, List<CriteriaHeading> headings, int line) {

	public CriteriaPart {
		headings = List.copyOf(headings);
	}

}
