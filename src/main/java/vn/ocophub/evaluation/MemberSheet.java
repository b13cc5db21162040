package vn.ocophub.evaluation;

import java.util.Map;

/**
 * One council member's part in a product's result: the seat, whether the member declared a conflict of interest
 * for the product (recused: the sheet, if any, is not counted), and the submitted answer sheet (null when the
 * member has not submitted one).
 */
public record MemberSheet(long memberId, CouncilRole role, boolean recused, Map<String, String> answers) {

	public MemberSheet {
		answers = answers == null ? null : Map.copyOf(answers);
	}

	/** Counted in the product's score: submitted and not recused. */
	public boolean counted() {
		return !recused && answers != null;
	}

}
