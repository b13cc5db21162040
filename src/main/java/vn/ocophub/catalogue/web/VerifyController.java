package vn.ocophub.catalogue.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletResponse;
import vn.ocophub.certificate.CertificateManagement;
import vn.ocophub.certificate.CertificateView;

/**
 * Verification of a certificate by its number: what the QR code printed on the certificate and on labels opens,
 * and a form to type a number. One glance on a phone says whether the certificate is valid today; a number not in
 * the records answers 404 with a warning about counterfeit labels.
 */
@Controller
class VerifyController {

	private final CertificateManagement certificates;

	VerifyController(CertificateManagement certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/verify")
	String form(@RequestParam(required = false) String number) {
		if (number != null && !number.isBlank()) {
			return "redirect:/verify/" + UriUtils.encodePathSegment(number.trim(), java.nio.charset.StandardCharsets.UTF_8);
		}
		return "catalogue/verify-form";
	}

	@GetMapping("/verify/{number}")
	String verify(@PathVariable String number, Model model, HttpServletResponse response) {
		// Typed by hand, "tw-2025-0001" means "TW-2025-0001".
		Optional<CertificateView> certificate = certificates.verify(number)
			.or(() -> certificates.verify(number.toUpperCase(java.util.Locale.ROOT)));
		model.addAttribute("number", number.length() > 60 ? number.substring(0, 60) : number);
		if (certificate.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "catalogue/verify-unknown";
		}
		model.addAttribute("certificate", certificate.get());
		model.addAttribute("current", certificates.latestOf(certificate.get()));
		return "catalogue/verify";
	}

}
