package vn.ocophub.certificate;

import java.time.LocalDate;

/**
 * Where a certificate stands on a given day: valid, valid with 30 days or fewer left (EXPIRING), past its last
 * valid day (EXPIRED), revoked by its issuer, or replaced by a newer certificate of the same product.
 */
public enum CertificateStatus {

	VALID, EXPIRING, EXPIRED, REVOKED, SUPERSEDED;

	/** Days before the last valid day from which a certificate counts as expiring (and its holder is warned). */
	public static final int EXPIRY_NOTICE_DAYS = 30;

	/** Whether the product is an OCOP product on that certificate today. */
	public boolean current() {
		return this == VALID || this == EXPIRING;
	}

	/**
	 * The status on {@code day}: revocation and supersession as recorded; otherwise from the dates, so that it is
	 * true even before the daily job has run.
	 */
	public static CertificateStatus on(LocalDate day, LocalDate validUntil, boolean revoked, boolean superseded) {
		if (revoked) {
			return REVOKED;
		}
		if (superseded) {
			return SUPERSEDED;
		}
		if (day.isAfter(validUntil)) {
			return EXPIRED;
		}
		return day.isBefore(validUntil.minusDays(EXPIRY_NOTICE_DAYS - 1L)) ? VALID : EXPIRING;
	}

}
