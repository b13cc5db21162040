package vn.ocophub.product;

/**
 * Where a product stands in the OCOP program. New products are ideas; the evaluation and certificate
 * capabilities move them through the cycle, to a star rating and to expiry or revocation.
 */
public enum ProductStatus {

	IDEA, IN_CYCLE, RATED, EXPIRED, REVOKED

}
