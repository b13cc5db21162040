package vn.ocophub.catalogue.api;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocophub.catalogue.CatalogueParameters;
import vn.ocophub.certificate.CertificateManagement;
import vn.ocophub.certificate.CertificateStatus;
import vn.ocophub.certificate.CertificateView;
import vn.ocophub.certificate.CertifiedProduct;
import vn.ocophub.certificate.CertifiedProducts;
import vn.ocophub.certificate.RevocationGround;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;

/**
 * The public, read-only API: verify a certificate by its number, and search the products with a certificate in
 * force. No authentication, no session; errors are ProblemDetail in the caller's language (Accept-Language).
 */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "Public OCOP data", description = "Certificate verification and the catalogue of OCOP products; no sign-in")
class PublicApiController {

	private final CertificateManagement certificates;

	private final CertifiedProducts catalogue;

	PublicApiController(CertificateManagement certificates, CertifiedProducts catalogue) {
		this.certificates = certificates;
		this.catalogue = catalogue;
	}

	/** A certificate as the public sees it; {@code revokedOn}, {@code revocationGround} and {@code supersededBy} are null unless so. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record PublicCertificate(String number, CertificateStatus status, int stars, String productName,
			String producerName, String provinceName, String communeName, String decisionNumber,
			LocalDate decisionDate, LocalDate validFrom, LocalDate validUntil, LocalDate revokedOn,
			RevocationGround revocationGround, String supersededBy) {

		static PublicCertificate of(CertificateView c) {
			return new PublicCertificate(c.number(), c.status(), c.stars(), c.productName(), c.producerName(),
					c.provinceName(), c.communeName(), c.decisionNumber(), c.decisionDate(), c.validFrom(),
					c.validUntil(), c.revokedOn(), c.revocationGround(), c.supersededByNumber());
		}

	}

	/** A product of the catalogue. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record PublicProduct(long id, String name, int stars, String productSetCode, String producerName,
			String provinceName, String certificateNumber, LocalDate validUntil) {

		static PublicProduct of(CertifiedProduct p) {
			return new PublicProduct(p.productId(), p.productName(), p.stars(),
					p.productSet() == null ? null : p.productSet().code(), p.producerName(), p.provinceName(),
					p.certificateNumber(), p.validUntil());
		}

	}

	@GetMapping("/certificates/{number}")
	@Operation(summary = "Verify a certificate by its number",
			description = "Any certificate ever issued, with its status today: VALID, EXPIRING (30 days or fewer left),"
					+ " EXPIRED, REVOKED (with date and ground) or SUPERSEDED (with the number of the certificate that"
					+ " replaced it). A number not in the records answers 404.")
	PublicCertificate certificate(@PathVariable String number) {
		return certificates.verify(number)
			.map(PublicCertificate::of)
			.orElseThrow(() -> new NotFoundException(CertificateManagement.Errors.NOT_FOUND, number));
	}

	@GetMapping("/products")
	@Operation(summary = "Search the products with a certificate in force",
			description = "Accent-insensitive words over product, producer, brand, commune and province ('cam bu huong"
					+ " son' finds 'Cam bù Hương Sơn'); bad parameters answer 400 listing each one.")
	PageResult<PublicProduct> products(@RequestParam(required = false) String q,
			@Parameter(description = "3, 4 or 5", schema = @Schema(type = "integer", minimum = "3", maximum = "5")) @RequestParam(required = false) String stars,
			@Parameter(description = "Product set code, 01 to 26", example = "01") @RequestParam(required = false) String productSet,
			@Parameter(description = "Province code, e.g. 42") @RequestParam(required = false) String province,
			@Parameter(description = "From 0", schema = @Schema(type = "integer", minimum = "0")) @RequestParam(required = false) String page,
			@Parameter(description = "1 to 100, default 20", schema = @Schema(type = "integer", minimum = "1", maximum = "100")) @RequestParam(required = false) String size) {
		CatalogueParameters parameters = CatalogueParameters.of(q, stars, null, productSet, province, null, null, page,
				size, 20);
		InvalidInput.throwIfAny(parameters.problems());
		return catalogue.search(parameters.query(), parameters.page()).map(PublicProduct::of);
	}

}
