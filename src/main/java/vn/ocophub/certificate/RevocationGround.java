package vn.ocophub.certificate;

/**
 * The grounds on which an issuer revokes (thu hồi) a certificate: not re-evaluated within 36 months, failed its
 * re-evaluation, a food-safety violation, not producing to the certified quality, ceased operation, dissolved, or
 * another ground stated in words.
 */
public enum RevocationGround {

	NOT_REEVALUATED, FAILED_REEVALUATION, FOOD_SAFETY_VIOLATION, QUALITY_NOT_MAINTAINED, CEASED_OPERATION, DISSOLVED,
	OTHER

}
