/**
 * The registry of OCOP products and services: each of a producer, classified in one of the 26 product sets of
 * Decision 148, with its brand, packaging, story, raw materials, channels and photos, and the OCOP status and
 * stars that the evaluation and certificate capabilities fill in. Products follow their producer's scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Products",
		allowedDependencies = { "producer", "adminunit", "identity", "shared", "shared :: *" })
package vn.ocophub.product;
