package vn.ocophub.criteria;

import java.util.List;

/**
 * A numbered heading of a part ({@code A.1}, {@code C.8}). Its criteria are scored together; in an alternative
 * heading (set 26: "Trường hợp 1" community, "Trường hợp 2" single tourist site) exactly one criterion, the
 * case that applies, is scored, so the heading's maximum is that of one case.
 */
public record CriteriaHeading(String code, String title, String note, int maxPoints, boolean alternative,
		List<Criterion> criteria, int line) {

	public CriteriaHeading {
		criteria = List.copyOf(criteria);
	}

	/** True when the heading has its options directly: the heading is its own single criterion. */
	public boolean isItsOwnCriterion() {
		return criteria.size() == 1 && criteria.get(0).code().equals(code);
	}

}
