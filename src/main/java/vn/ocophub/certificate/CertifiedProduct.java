package vn.ocophub.certificate;

import java.time.LocalDate;

import vn.ocophub.product.ProductGroup;
import vn.ocophub.product.ProductSet;

/**
 * A product of the public catalogue: recognised on a certificate in force today, with the product, producer and
 * places as the certificate names them.
 */
public record CertifiedProduct(long productId, String productName, int stars, ProductSet productSet,
		ProductGroup productGroup, long producerId, String producerName, String provinceCode, String provinceName,
		String communeCode, String communeName, long certificateId, String certificateNumber,
		CertificateStatus status, LocalDate validFrom, LocalDate validUntil) {
}
