package vn.ocophub.criteria.web;

/**
 * The six product groups of Decision 148 Annex I, as ranges of the criteria sets' numbers in Annex III, so
 * that the browser lists sets the way the decision does. The criteria module depends on no other module, so it
 * keeps these ranges itself rather than ask the product registry.
 */
enum SetGroup {

	FOOD(1, 13), BEVERAGE(14, 17), HERBAL(18, 20), HANDICRAFT(21, 22), ORNAMENTAL(23, 25), TOURISM(26, 26),
	/** A set number the decision does not have (a later version may add sets). */
	OTHER(0, 0);

	private final int first;

	private final int last;

	SetGroup(int first, int last) {
		this.first = first;
		this.last = last;
	}

	static SetGroup of(String productSetCode) {
		int number = Integer.parseInt(productSetCode);
		for (SetGroup group : values()) {
			if (number >= group.first && number <= group.last) {
				return group;
			}
		}
		return OTHER;
	}

}
