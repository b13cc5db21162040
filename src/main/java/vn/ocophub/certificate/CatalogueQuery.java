package vn.ocophub.certificate;

import vn.ocophub.product.ProductGroup;
import vn.ocophub.product.ProductSet;

/**
 * Filters of the public catalogue: words (accent-insensitive, over product, producer, brand, commune, province
 * and certificate number), stars, product group or set, province, commune, producer; and the order.
 */
public record CatalogueQuery(String text, Integer stars, ProductGroup group, ProductSet productSet,
		String provinceCode, String communeCode, Long producerId, Sort sort) {

	/** Orders of the catalogue; RELEVANCE is the newest first when there are no words. */
	public enum Sort {

		RELEVANCE, NAME, STARS, NEWEST

	}

	public CatalogueQuery {
		sort = sort == null ? Sort.RELEVANCE : sort;
	}

	public static CatalogueQuery all() {
		return new CatalogueQuery(null, null, null, null, null, null, null, Sort.RELEVANCE);
	}

	public static CatalogueQuery ofProvince(String provinceCode) {
		return new CatalogueQuery(null, null, null, null, provinceCode, null, null, Sort.STARS);
	}

	public static CatalogueQuery ofProducer(long producerId) {
		return new CatalogueQuery(null, null, null, null, null, null, producerId, Sort.STARS);
	}

}
