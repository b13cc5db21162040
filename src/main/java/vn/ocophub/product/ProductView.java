package vn.ocophub.product;

import java.time.OffsetDateTime;

/** A product as its page and the API show it. {@code stars} is null until the product is rated. */
public record ProductView(long id, String code, ProductData data, String producerName, String provinceCode,
		String provinceName, String communeCode, String communeName, ProductStatus status, Integer stars,
		Integer ratedYear, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy,
		long version, boolean editable) {

	public String name() {
		return data.name();
	}

}
