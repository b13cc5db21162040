package vn.ocophub.criteria;

import java.util.List;

/**
 * The score bands of a rule version: the lowest total that reaches 2, 3, 4 and 5 stars (under Decision 148:
 * 30, 50, 70, 90). Below the first bound a product is 1★. Data of the rule version, not constants.
 */
public record StarBands(List<Integer> lowerBounds) {

	public StarBands {
		lowerBounds = List.copyOf(lowerBounds);
		if (lowerBounds.size() != 4) {
			throw new IllegalArgumentException("star bands need the lowest total of 2, 3, 4 and 5 stars");
		}
		for (int i = 1; i < lowerBounds.size(); i++) {
			if (lowerBounds.get(i) <= lowerBounds.get(i - 1)) {
				throw new IllegalArgumentException("star bands must rise: " + lowerBounds);
			}
		}
	}

	/** The star band of a total: 1★ below the first bound, 5★ from the last. */
	public int band(int total) {
		int stars = 1;
		for (int bound : lowerBounds) {
			if (total >= bound) {
				stars++;
			}
		}
		return stars;
	}

	/** The star band of a council's mean score (two decimals): 49.99 is still 2★. */
	public int band(java.math.BigDecimal mean) {
		int stars = 1;
		for (int bound : lowerBounds) {
			if (mean.compareTo(java.math.BigDecimal.valueOf(bound)) >= 0) {
				stars++;
			}
		}
		return stars;
	}

	/** The lowest total of a star level. */
	public int lowerBound(int stars) {
		if (stars < 1 || stars > 5) {
			throw new IllegalArgumentException("stars are 1 to 5: " + stars);
		}
		return stars == 1 ? 0 : lowerBounds.get(stars - 2);
	}

}
