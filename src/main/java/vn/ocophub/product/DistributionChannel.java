package vn.ocophub.product;

/** Where a product is sold; provinces report channel coverage (modern retail, OCOP points, e-commerce). */
public enum DistributionChannel {

	SUPERMARKET, OCOP_STORE, AGENT, TRADITIONAL_MARKET, DIRECT, ECOMMERCE, SOCIAL_MEDIA, TOURIST_SITE, EXPORT

}
