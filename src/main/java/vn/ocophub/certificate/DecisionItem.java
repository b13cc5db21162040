package vn.ocophub.certificate;

import java.math.BigDecimal;

/**
 * A product a decision recognises, as its council confirmed it; {@code certificateNumber} once the decision is
 * signed. {@code dossierId} and {@code roundLabel} are null for results recognised before OCOP Hub.
 */
public record DecisionItem(long id, Long dossierId, long productId, String productCode, String productName,
		long producerId, String producerName, String provinceCode, String communeCode, String communeName,
		String criteriaSet, String roundLabel, BigDecimal meanPoints, int stars, Long certificateId,
		String certificateNumber) {
}
