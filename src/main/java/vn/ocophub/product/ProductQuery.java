package vn.ocophub.product;

/**
 * Filters of the product list; every one may be null. {@code text} is searched without accents across the
 * product name and code, the producer's name, the brand, and the commune and province.
 */
public record ProductQuery(String text, String provinceCode, String communeCode, Long producerId,
		ProductSet productSet, ProductGroup group, ProductStatus status, Integer stars, Sort sort) {

	/** Orders of the list; relevance ranks exact and prefix name matches first when there is a text. */
	public enum Sort {

		RELEVANCE, NAME, CODE, PRODUCER, STARS, UPDATED

	}

	public static ProductQuery all() {
		return new ProductQuery(null, null, null, null, null, null, null, null, Sort.RELEVANCE);
	}

	public static ProductQuery ofProducer(long producerId) {
		return new ProductQuery(null, null, null, producerId, null, null, null, null, Sort.NAME);
	}

	public Sort sortOrDefault() {
		return sort == null ? Sort.RELEVANCE : sort;
	}

}
