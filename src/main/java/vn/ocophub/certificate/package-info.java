/**
 * Recognition decisions and OCOP certificates. An OCOP office drafts a recognition decision from confirmed council
 * results (a province for 3★–4★, the national office for 5★) and marks it signed, which issues one certificate per
 * product: numbered, valid 36 months from the decision date, printable with a QR code of its public verification
 * page. A daily job keeps statuses true (expiring within 30 days, expired) and warns the producer and the office;
 * the issuing office revokes on a statutory ground; a new certificate for the same product supersedes the old.
 * The public verifies a certificate by its number and browses the catalogue of products with a valid certificate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates",
		allowedDependencies = { "adminunit", "criteria", "evaluation", "product", "producer", "identity", "shared",
				"shared :: *" })
package vn.ocophub.certificate;
