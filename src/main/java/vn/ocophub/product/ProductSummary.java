package vn.ocophub.product;

/** A product as lists show it. */
public record ProductSummary(long id, String code, String name, long producerId, String producerName,
		ProductSet productSet, String provinceCode, String provinceName, String communeCode, String communeName,
		ProductStatus status, Integer stars, Long photoId) {
}
