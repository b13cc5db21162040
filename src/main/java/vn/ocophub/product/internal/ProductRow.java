package vn.ocophub.product.internal;

import java.time.OffsetDateTime;

import vn.ocophub.product.ProductData;
import vn.ocophub.product.ProductStatus;

/** A stored product with the copy of its producer's name and place. */
public record ProductRow(long id, String code, ProductData data, String producerName, String provinceCode,
		String provinceName, String communeCode, String communeName, ProductStatus status, Integer stars,
		Integer ratedYear, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy,
		long version) {
}
