package vn.ocophub.evaluation.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.StarBands;
import vn.ocophub.evaluation.Agreement;
import vn.ocophub.evaluation.CommuneAssessmentData;
import vn.ocophub.evaluation.CouncilManagement;
import vn.ocophub.evaluation.DossierManagement;
import vn.ocophub.evaluation.DossierView;
import vn.ocophub.evaluation.LocalCriterion;
import vn.ocophub.evaluation.LocalFinding;
import vn.ocophub.evaluation.ProductResult;
import vn.ocophub.evaluation.RegistrationType;
import vn.ocophub.evaluation.RoundManagement;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.web.Messages;

/**
 * A dossier's pages: filing it in a round, its page (form, status, history, the commune's assessment and
 * report, and the council's result once its chair confirmed it), completing and submitting it, and the commune's
 * return, assessment and forwarding.
 */
@Controller
class DossierController {

	private final DossierManagement dossiers;

	private final RoundManagement rounds;

	private final CouncilManagement councils;

	private final CriteriaCatalogue criteria;

	private final Messages messages;

	private final vn.ocophub.evaluation.SelfAssessmentManagement assessments;

	DossierController(DossierManagement dossiers, RoundManagement rounds, CouncilManagement councils,
			CriteriaCatalogue criteria, Messages messages, vn.ocophub.evaluation.SelfAssessmentManagement assessments) {
		this.assessments = assessments;
		this.dossiers = dossiers;
		this.rounds = rounds;
		this.councils = councils;
		this.criteria = criteria;
		this.messages = messages;
	}

	@GetMapping("/rounds/{roundId}/dossiers/new")
	String create(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user, Model model) {
		return newForm(roundId, DossierForm.empty(), Map.of(), null, user, model);
	}

	@PostMapping("/rounds/{roundId}/dossiers")
	String file(@PathVariable long roundId, @ModelAttribute DossierForm form, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		try {
			long id = dossiers.file(roundId, form.data(), user);
			redirect.addFlashAttribute("success", messages.get("evaluation.dossier.filed"));
			return "redirect:/dossiers/" + id;
		}
		catch (InvalidInput ex) {
			return newForm(roundId, form, FieldMessages.of(ex, messages), null, user, model);
		}
		catch (BusinessRuleViolation ex) {
			return newForm(roundId, form, Map.of(), messages.of(ex), user, model);
		}
	}

	private String newForm(long roundId, DossierForm form, Map<String, String> errors, String error, CurrentUser user,
			Model model) {
		model.addAttribute("round", rounds.get(roundId, user));
		model.addAttribute("options", dossiers.filingOptions(roundId, user));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("error", error);
		model.addAttribute("types", RegistrationType.values());
		model.addAttribute("dossier", null);
		return "evaluation/dossier-form";
	}

	@GetMapping("/dossiers/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(dossiers.get(id, user), null, Map.of(), null, user, model);
	}

	@GetMapping("/dossiers/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		DossierView dossier = dossiers.get(id, user);
		return editForm(dossier, DossierForm.of(dossier.data()), dossier.version(), Map.of(), null, user, model);
	}

	@PostMapping("/dossiers/{id}")
	String update(@PathVariable long id, @RequestParam long version, @ModelAttribute DossierForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			dossiers.update(id, version, form.data(), user);
			redirect.addFlashAttribute("success", messages.get("evaluation.dossier.saved"));
			return "redirect:/dossiers/" + id;
		}
		catch (InvalidInput ex) {
			return editForm(dossiers.get(id, user), form, version, FieldMessages.of(ex, messages), null, user, model);
		}
		catch (BusinessRuleViolation ex) {
			return editForm(dossiers.get(id, user), form, version, Map.of(), messages.of(ex), user, model);
		}
	}

	private String editForm(DossierView dossier, DossierForm form, long version, Map<String, String> errors,
			String error, CurrentUser user, Model model) {
		model.addAttribute("round", rounds.get(dossier.roundId(), user));
		model.addAttribute("options", dossiers.filingOptions(dossier.roundId(), user)
			.stream()
			.filter(o -> o.productId() == dossier.productId())
			.toList());
		model.addAttribute("form", form);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("error", error);
		model.addAttribute("types", RegistrationType.values());
		model.addAttribute("dossier", dossier);
		return "evaluation/dossier-form";
	}

	@PostMapping("/dossiers/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "evaluation.dossier.submitted", () -> dossiers.submit(id, version, user));
	}

	@PostMapping("/dossiers/{id}/return")
	String returnForCompletion(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reasons, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		try {
			dossiers.returnForCompletion(id, version, reasons, user);
			redirect.addFlashAttribute("success", messages.get("evaluation.dossier.returned"));
			return "redirect:/dossiers/" + id;
		}
		catch (InvalidInput ex) {
			return page(dossiers.get(id, user), null, FieldMessages.of(ex, messages), null, user, model);
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
			return "redirect:/dossiers/" + id;
		}
	}

	@PostMapping("/dossiers/{id}/commune-assessment")
	String assess(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		CommuneAssessmentData data = assessment(params);
		try {
			dossiers.recordCommuneAssessment(id, version, data, user);
			redirect.addFlashAttribute("success", messages.get("evaluation.dossier.assessed"));
			return "redirect:/dossiers/" + id + "#commune";
		}
		catch (InvalidInput ex) {
			return page(dossiers.get(id, user), data, FieldMessages.of(ex, messages), null, user, model);
		}
		catch (BusinessRuleViolation ex) {
			return page(dossiers.get(id, user), data, Map.of(), messages.of(ex), user, model);
		}
	}

	@PostMapping("/dossiers/{id}/forward")
	String forward(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "evaluation.dossier.forwarded", () -> dossiers.forward(id, version, user));
	}

	/** The commune report exactly as stored when the dossier went to the province. */
	@GetMapping("/dossiers/{id}/commune-report.pdf")
	ResponseEntity<byte[]> report(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		byte[] pdf = dossiers.communeReport(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("bao-cao-xa-ho-so-" + id + ".pdf").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf);
	}

	private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", messages.get(successKey));
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/dossiers/" + id;
	}

	private String page(DossierView dossier, CommuneAssessmentData draft, Map<String, String> errors, String error,
			CurrentUser user, Model model) {
		model.addAttribute("dossier", dossier);
		result(dossier, user, model);
		model.addAttribute("criteria", LocalCriterion.values());
		model.addAttribute("agreements", Agreement.values());
		if (dossier.communeActions() || dossier.communeAssessment() != null) {
			model.addAttribute("selfAssessed", selfAssessed(dossier, user));
		}
		CommuneAssessmentData shown = draft != null ? draft
				: dossier.communeAssessment() != null ? dossier.communeAssessment().data() : null;
		model.addAttribute("assessment", shown);
		model.addAttribute("errors", errors);
		model.addAttribute("error", error);
		return "evaluation/dossier";
	}

	/**
	 * What the producer ticked for each of the four local criteria, where the set has it, so that the commune
	 * compares its finding with it: "A.1.a · mức 3 (5 điểm): text".
	 */
	private Map<LocalCriterion, String> selfAssessed(DossierView dossier, CurrentUser user) {
		vn.ocophub.criteria.CriteriaSet set = criteria.set(dossier.criteriaSetCode());
		Map<String, vn.ocophub.evaluation.RecordedAnswer> filed = assessments.get(dossier.selfAssessmentId(), user)
			.filedAnswers();
		Map<LocalCriterion, String> shown = new java.util.EnumMap<>(LocalCriterion.class);
		for (LocalCriterion local : LocalCriterion.values()) {
			local.criterionIn(set).ifPresent(code -> {
				vn.ocophub.evaluation.RecordedAnswer answer = filed.get(code);
				set.criterion(code)
					.flatMap(c -> answer == null ? java.util.Optional.empty() : c.option(answer.optionCode()))
					.ifPresent(option -> shown.put(local, messages.get("evaluation.commune.self-assessed", code,
							option.number(), answer.points(), answer.text())));
			});
		}
		return shown;
	}

	/**
	 * The council's result once confirmed, with the maximum of each part and, below 3★ or with star conditions
	 * the council's sheets did not meet, the way to the next star under the round's star bands.
	 */
	private void result(DossierView dossier, CurrentUser user, Model model) {
		ProductResult result = councils.confirmedResult(dossier.id()).orElse(null);
		model.addAttribute("result", result);
		if (result == null) {
			return;
		}
		model.addAttribute("confirmer", councils.seatHeldBy(result.councilId(), result.confirmedBy()).orElse(null));
		CriteriaSet set = criteria.set(dossier.criteriaSetCode());
		Map<String, Integer> maxima = new LinkedHashMap<>();
		set.parts().forEach(part -> maxima.put(part.code(), part.maxPoints()));
		model.addAttribute("resultParts", maxima);
		if (result.stars() < 3 || !result.unmetConditions().isEmpty()) {
			StarBands bands = criteria.version(rounds.get(dossier.roundId(), user).ruleVersion()).bands();
			model.addAttribute("resultNext", Progress.ofResult(result, set, bands, messages));
		}
	}

	/** Reads {@code check.*}, {@code finding.X}, {@code agreement.X}, {@code note.X} and {@code conclusion}. */
	static CommuneAssessmentData assessment(Map<String, String> params) {
		Map<LocalCriterion, LocalFinding> findings = new EnumMap<>(LocalCriterion.class);
		for (LocalCriterion c : LocalCriterion.values()) {
			String agreement = params.get("agreement." + c);
			findings.put(c, new LocalFinding(params.get("finding." + c),
					agreement == null || agreement.isBlank() ? null : Agreement.valueOf(agreement), params.get("note." + c)));
		}
		return new CommuneAssessmentData(params.containsKey("check.form"), params.containsKey("check.selfAssessment"),
				params.containsKey("check.samples"), params.containsKey("check.evidence"), findings,
				params.getOrDefault("conclusion", ""));
	}

}
