/**
 * The public face of OCOP Hub, for consumers, buyers and anyone holding a labelled product: the home page and
 * catalogue of products with a certificate in force (search, filters, product, producer and province pages), the
 * verification page a certificate's QR code opens, open data (CSV, JSON), the public API, sitemap and robots.txt.
 * No page needs a sign-in nor opens a session. The data comes from the certificate module, which keeps product,
 * producer and places on each certificate as issued, so that a catalogue page is one indexed query.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public catalogue",
		allowedDependencies = { "certificate", "product", "producer", "adminunit", "shared", "shared :: *" })
package vn.ocophub.catalogue;
