package vn.ocophub.evaluation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.criteria.StarResult;
import vn.ocophub.evaluation.EvidenceContent;
import vn.ocophub.evaluation.SelfAssessmentManagement;
import vn.ocophub.evaluation.SelfAssessmentStatus;
import vn.ocophub.evaluation.SelfAssessmentView;
import vn.ocophub.evaluation.internal.AnswerSheetRules;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;
import vn.ocophub.shared.web.Messages;

/**
 * Pages of self-assessments: the list, the card on a product's page, the form with its running result (an htmx
 * preview on every change), drafts, evidence per criterion, submission and the PDF report.
 */
@Controller
@RequestMapping("/self-assessments")
class SelfAssessmentController {

	/** Radio groups are named {@code answers[A.1.a]}. */
	private static final Pattern ANSWER = Pattern.compile("answers\\[(.+)]");

	private final SelfAssessmentManagement assessments;

	private final ProductManagement products;

	private final CriteriaCatalogue criteria;

	private final Messages messages;

	SelfAssessmentController(SelfAssessmentManagement assessments, ProductManagement products,
			CriteriaCatalogue criteria, Messages messages) {
		this.assessments = assessments;
		this.products = products;
		this.criteria = criteria;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) SelfAssessmentStatus status,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("status", status);
		model.addAttribute("statuses", SelfAssessmentStatus.values());
		model.addAttribute("assessments", assessments.search(status, new PageRequest(page, 25), user));
		return "evaluation/list";
	}

	/** The card of a product's page (loaded by htmx). */
	@GetMapping("/of-product/{productId}")
	String ofProduct(@PathVariable long productId, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("product", products.get(productId, user));
		model.addAttribute("assessments", assessments.ofProduct(productId, user));
		return "evaluation/of-product :: card";
	}

	@PostMapping
	String start(@RequestParam long productId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			long id = assessments.start(productId, user);
			redirect.addFlashAttribute("success", messages.get("evaluation.started"));
			return "redirect:/self-assessments/" + id;
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
			return "redirect:/products/" + productId + "#self-assessments";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		SelfAssessmentView view = assessments.get(id, user);
		return form(view, view.answers(), view.version(), List.of(), user, model);
	}

	/** The running result of the answers as ticked, not saved (htmx, on every change of the form). */
	@PostMapping("/{id}/preview")
	String preview(@PathVariable long id, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		SelfAssessmentView view = assessments.get(id, user);
		CriteriaSet set = criteria.set(view.criteriaSetCode());
		Map<String, String> answers = answers(params);
		try {
			StarResult result = assessments.preview(id, answers, user);
			model.addAttribute("progress", Progress.of(result, set, AnswerSheetRules.unanswered(set, answers).size(), messages));
		}
		catch (InvalidInput ex) {
			model.addAttribute("progress", Progress.of(view.result(), set, AnswerSheetRules.unanswered(set, view.answers()).size(),
					messages).withErrors(problems(ex)));
		}
		model.addAttribute("sa", view);
		model.addAttribute("announce", true);
		return "evaluation/self-assessment :: result";
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Map<String, String> answers = answers(params);
		try {
			assessments.saveDraft(id, version, answers, user);
			redirect.addFlashAttribute("success", messages.get("evaluation.saved"));
			return "redirect:/self-assessments/" + id;
		}
		catch (InvalidInput ex) {
			return form(assessments.get(id, user), answers, version, problems(ex), user, model);
		}
		catch (BusinessRuleViolation ex) {
			return form(assessments.get(id, user), answers, version, List.of(messages.of(ex)), user, model);
		}
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Map<String, String> answers = answers(params);
		try {
			SelfAssessmentView submitted = assessments.submit(id, version, answers, user);
			redirect.addFlashAttribute("success",
					messages.get("evaluation.submitted", submitted.score().total(), submitted.score().stars()));
			return "redirect:/self-assessments/" + id;
		}
		catch (InvalidInput ex) {
			return form(assessments.get(id, user), answers, version, problems(ex), user, model);
		}
		catch (BusinessRuleViolation ex) {
			return form(assessments.get(id, user), answers, version, List.of(messages.of(ex)), user, model);
		}
	}

	@PostMapping("/{id}/evidence")
	String addEvidence(@PathVariable long id, @RequestParam String criterion, @RequestParam MultipartFile file,
			@RequestHeader(value = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		String message = null;
		try {
			// Refused on the declared size before the bytes are read into memory; the service checks the bytes too.
			if (file.getSize() > SelfAssessmentManagement.MAX_EVIDENCE_BYTES) {
				throw new BusinessRuleViolation(SelfAssessmentManagement.Errors.EVIDENCE_TOO_LARGE,
						SelfAssessmentManagement.shownFileName(file.getOriginalFilename()),
						SelfAssessmentManagement.MAX_EVIDENCE_BYTES / (1024 * 1024));
			}
			assessments.addEvidence(id, criterion, file.getBytes(), file.getOriginalFilename(), user);
		}
		catch (BusinessRuleViolation ex) {
			message = messages.of(ex);
		}
		return evidenceAnswer(id, criterion, message, htmx != null, user, model, redirect);
	}

	/** Attaches a copy of a file filed with an earlier self-assessment of the product, for the same criterion. */
	@PostMapping("/{id}/evidence/reuse")
	String reuseEvidence(@PathVariable long id, @RequestParam long source, @RequestParam long evidence,
			@RequestParam String criterion, @RequestHeader(value = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		String message = null;
		try {
			assessments.reuseEvidence(id, source, evidence, user);
		}
		catch (BusinessRuleViolation ex) {
			message = messages.of(ex);
		}
		return evidenceAnswer(id, criterion, message, htmx != null, user, model, redirect);
	}

	@PostMapping("/{id}/evidence/{evidenceId}/remove")
	String removeEvidence(@PathVariable long id, @PathVariable long evidenceId, @RequestParam String criterion,
			@RequestHeader(value = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		String message = null;
		try {
			assessments.removeEvidence(id, evidenceId, user);
		}
		catch (BusinessRuleViolation ex) {
			message = messages.of(ex);
		}
		return evidenceAnswer(id, criterion, message, htmx != null, user, model, redirect);
	}

	/** An evidence file: always downloaded, never sniffed. */
	@GetMapping("/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId,
			@AuthenticationPrincipal CurrentUser user) {
		EvidenceContent content = assessments.evidence(id, evidenceId, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(content.fileName(), StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}

	@GetMapping("/{id}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		SelfAssessmentView view = assessments.get(id, user);
		String name = "tu-danh-gia-" + view.productCode() + "-" + id + ".pdf";
		// Written whole before answering, so that a failure shows the error page, not half a file.
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		assessments.report(id, user, pdf);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf.toByteArray());
	}

	private String evidenceAnswer(long id, String criterion, String message, boolean htmx, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		SelfAssessmentView view = assessments.get(id, user);
		// Only a criterion of the set names the anchor or the fragment: anything else is not a criterion here.
		Criterion known = criteria.set(view.criteriaSetCode())
			.criterion(criterion)
			.orElseThrow(() -> new NotFoundException(SelfAssessmentManagement.Errors.UNKNOWN_CRITERION, criterion));
		String anchor = "#c-" + known.code().replace('.', '-');
		if (!htmx) {
			if (message != null) {
				redirect.addFlashAttribute("error", message);
			}
			return "redirect:/self-assessments/" + id + anchor;
		}
		model.addAttribute("sa", view);
		model.addAttribute("criterion", known);
		model.addAttribute("evidenceError", message);
		model.addAttribute("reusable", view.editable() ? assessments.reusableEvidence(id, user) : Map.of());
		return "evaluation/self-assessment :: evidence";
	}

	private String form(SelfAssessmentView view, Map<String, String> answers, long version, List<String> errors,
			CurrentUser user, Model model) {
		CriteriaSet set = criteria.set(view.criteriaSetCode());
		int unanswered = AnswerSheetRules.unanswered(set, answers).size();
		Progress progress;
		if (view.submitted()) {
			progress = Progress.recorded(view.score(), set, unanswered).withErrors(errors);
		}
		else {
			StarResult result;
			try {
				result = criteria.score(criteria.version(view.ruleVersion()), set.code(), answers);
			}
			catch (InvalidInput ex) {
				result = view.result();
			}
			progress = Progress.of(result, set, unanswered, messages).withErrors(errors);
		}
		model.addAttribute("sa", view);
		model.addAttribute("set", set);
		model.addAttribute("answers", answers);
		model.addAttribute("version", version);
		model.addAttribute("progress", progress);
		model.addAttribute("ruleVersion", criteria.version(view.ruleVersion()));
		model.addAttribute("reusable", view.editable() ? assessments.reusableEvidence(view.id(), user) : Map.of());
		return "evaluation/self-assessment";
	}

	private List<String> problems(InvalidInput invalid) {
		return invalid.problems().stream().map(p -> messages.get(p.messageKey(), p.arguments())).toList();
	}

	static Map<String, String> answers(Map<String, String> params) {
		Map<String, String> answers = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			Matcher matcher = ANSWER.matcher(name);
			if (matcher.matches() && value != null && !value.isBlank()) {
				answers.put(matcher.group(1), value);
			}
		});
		return answers;
	}

}
