package vn.ocophub.certificate.web;

import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.certificate.CertificateManagement;
import vn.ocophub.certificate.CertificateQuery;
import vn.ocophub.certificate.CertificateStatus;
import vn.ocophub.certificate.CertificateView;
import vn.ocophub.certificate.RecognitionManagement;
import vn.ocophub.certificate.RevocationGround;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.web.FormErrors;
import vn.ocophub.shared.web.Messages;

/**
 * Certificates for those who may see them (officers in their scope, commune officers, producers their own): the
 * filtered list, a certificate's page with its status, history and PDF, and its revocation by the issuing office.
 */
@Controller
@RequestMapping("/certificates")
class CertificateController {

	static final int PAGE_SIZE = 25;

	private final CertificateManagement certificates;

	private final RecognitionManagement recognitions;

	private final AdminUnitManagement units;

	private final Messages messages;

	CertificateController(CertificateManagement certificates, RecognitionManagement recognitions,
			AdminUnitManagement units, Messages messages) {
		this.certificates = certificates;
		this.recognitions = recognitions;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) CertificateStatus status,
			@RequestParam(required = false) Integer stars, @RequestParam(required = false) String province,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
		// Readers of one province see only it; the province filter is for country-wide readers.
		boolean countryWide = user.scope().provinceCode() == null;
		String provinceFilter = countryWide && province != null && !province.isBlank() ? province : null;
		model.addAttribute("certificates", certificates.search(
				new CertificateQuery(q, status, stars, provinceFilter, null), new PageRequest(page, PAGE_SIZE), user));
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("stars", stars);
		model.addAttribute("province", provinceFilter);
		model.addAttribute("statuses", CertificateStatus.values());
		model.addAttribute("provinces", countryWide ? units.provinces(null) : java.util.List.of());
		model.addAttribute("mayDecide", recognitions.mayDecide(user));
		return "certificate/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(certificates.get(id, user), RevocationForm.empty(), Map.of(), false, user, model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam long version, @ModelAttribute RevocationForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			CertificateView revoked = certificates.revoke(id, version, form.command(), user);
			redirect.addFlashAttribute("success", messages.get("certificate.page.revoked-message", revoked.number()));
		}
		catch (InvalidInput ex) {
			return page(certificates.get(id, user), form, FormErrors.byField(ex, messages), true, user, model);
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/certificates/" + id;
	}

	/** The printable certificate, downloaded under its number. */
	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		CertificateView certificate = certificates.get(id, user);
		byte[] pdf = certificates.pdf(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("giay-chung-nhan-ocop-" + certificate.number() + ".pdf")
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf);
	}

	private String page(CertificateView certificate, RevocationForm form, Map<String, String> errors,
			boolean revoking, CurrentUser user, Model model) {
		boolean issuer = certificates.issuedBy(certificate, user);
		model.addAttribute("certificate", certificate);
		model.addAttribute("history", certificates.history(certificate.id(), user));
		model.addAttribute("issuer", issuer);
		model.addAttribute("revocable", issuer && (certificate.status() == CertificateStatus.VALID
				|| certificate.status() == CertificateStatus.EXPIRING || certificate.status() == CertificateStatus.EXPIRED));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("revoking", revoking);
		model.addAttribute("grounds", RevocationGround.values());
		return "certificate/certificate";
	}

}
