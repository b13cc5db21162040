package vn.ocophub.certificate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import vn.ocophub.product.ProductSet;
import vn.ocophub.shared.VietnamTime;

/**
 * A certificate as issued, with its status on the day it was read ({@code today}). Revocation fields are set
 * once revoked; {@code supersededBy…} once a newer certificate of the product replaced it.
 */
public record CertificateView(long id, String number, CertificateStatus status, LocalDate today, int stars,
		long productId, String productCode, String productName, ProductSet productSet, long producerId,
		String producerName, String provinceCode, String provinceName, String communeCode, String communeName,
		String issuerScope, String issuerName, long decisionId, String decisionNumber, LocalDate decisionDate,
		LocalDate validFrom, LocalDate validUntil, LocalDate revokedOn, RevocationGround revocationGround,
		String revocationText, String revocationDecisionNumber, String revokedBy, Long supersededById,
		String supersededByNumber, LocalDate supersededOn, SupersedeReason supersedeReason, OffsetDateTime issuedAt,
		String issuedBy, long version) {

	public CertificateView {
		issuedAt = VietnamTime.of(issuedAt);
	}

	/** Days from {@code today} to the last valid day (0 on that day, negative once expired). */
	public long daysLeft() {
		return ChronoUnit.DAYS.between(today, validUntil);
	}

	/** Whether it was issued by the national office (a 5★ certificate). */
	public boolean central() {
		return "TW".equals(issuerScope);
	}

}
