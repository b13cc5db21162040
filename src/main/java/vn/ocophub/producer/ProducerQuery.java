package vn.ocophub.producer;

/**
 * Filters of the producer list; every one may be null. {@code text} is searched without accents across the
 * name, registration number, tax code, address and commune.
 */
public record ProducerQuery(String text, String provinceCode, String communeCode, LegalType legalType,
		ProducerStatus status, Sort sort) {

	/** Orders of the list; relevance ranks exact and prefix name matches first when there is a text. */
	public enum Sort {

		RELEVANCE, NAME, REGISTRATION, COMMUNE, UPDATED

	}

	public static ProducerQuery all() {
		return new ProducerQuery(null, null, null, null, null, Sort.RELEVANCE);
	}

	public Sort sortOrDefault() {
		return sort == null ? Sort.RELEVANCE : sort;
	}

}
