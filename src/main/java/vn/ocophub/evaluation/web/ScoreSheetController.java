package vn.ocophub.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaHeading;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.RuleVersion;
import vn.ocophub.criteria.StarResult;
import vn.ocophub.evaluation.CouncilManagement;
import vn.ocophub.evaluation.EvidenceContent;
import vn.ocophub.evaluation.LocalCriterion;
import vn.ocophub.evaluation.ScoreSheetView;
import vn.ocophub.evaluation.SelfAssessmentManagement;
import vn.ocophub.evaluation.internal.AnswerSheetRules;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;
import vn.ocophub.shared.web.Messages;

/**
 * A council member's pages: the work waiting in each council ({@code /councils/mine}) and the score sheet of one
 * product on the official form of its set, with the producer's self-assessed option, the commune's finding and
 * the evidence beside each criterion. The running total is added up in the browser (ocop.js), so ticking an
 * option costs no request; the server scores again on every save and submission.
 */
@Controller
@RequestMapping("/councils")
class ScoreSheetController {

	/** An earlier revision asked for that the sheet does not have; the service's errors are its own. */
	static final ErrorCode REVISION_NOT_FOUND = () -> "evaluation.sheet.revision-not-found";

	/** A criterion (or alternative heading) a submission lacked, with the fieldset it is answered in. */
	record Missing(String code, String title, String anchor) {
	}

	private final CouncilManagement councils;

	private final CriteriaCatalogue criteria;

	private final Messages messages;

	ScoreSheetController(CouncilManagement councils, CriteriaCatalogue criteria, Messages messages) {
		this.councils = councils;
		this.criteria = criteria;
		this.messages = messages;
	}

	@GetMapping("/mine")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("work", MemberWork.of(councils.mine(user)));
		return "evaluation/council-mine";
	}

	@GetMapping("/{id}/dossiers/{dossierId}/sheet")
	String show(@PathVariable long id, @PathVariable long dossierId, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		ScoreSheetView view;
		try {
			view = councils.sheet(id, dossierId, user);
		}
		catch (BusinessRuleViolation ex) {
			return declareFirst(ex, id, dossierId, redirect);
		}
		return page(view, view.answers(), view.version(), List.of(), List.of(), null, model);
	}

	/** An earlier submitted revision, as it was submitted (the chair reopened it since). */
	@GetMapping("/{id}/dossiers/{dossierId}/sheet/revisions/{revision}")
	String revision(@PathVariable long id, @PathVariable long dossierId, @PathVariable int revision,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ScoreSheetView view;
		try {
			view = councils.sheet(id, dossierId, user);
		}
		catch (BusinessRuleViolation ex) {
			return declareFirst(ex, id, dossierId, redirect);
		}
		ScoreSheetView.Revision shown = view.earlier()
			.stream()
			.filter(r -> r.revision() == revision)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(REVISION_NOT_FOUND, revision));
		return page(view, shown.answers(), view.version(), List.of(), List.of(), shown, model);
	}

	@PostMapping("/{id}/dossiers/{dossierId}/sheet")
	String save(@PathVariable long id, @PathVariable long dossierId, @RequestParam long version,
			@RequestParam Map<String, String> params, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return store(id, dossierId, version, params, false, user, model, redirect);
	}

	@PostMapping("/{id}/dossiers/{dossierId}/sheet/submit")
	String submit(@PathVariable long id, @PathVariable long dossierId, @RequestParam long version,
			@RequestParam Map<String, String> params, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return store(id, dossierId, version, params, true, user, model, redirect);
	}

	/**
	 * An evidence file of the product, shown in the browser (PDF or image, recognised by content when uploaded)
	 * under its stored name; never sniffed, and kept out of shared caches.
	 */
	@GetMapping("/{id}/dossiers/{dossierId}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long dossierId, @PathVariable long evidenceId,
			@AuthenticationPrincipal CurrentUser user) {
		EvidenceContent content = councils.evidence(id, dossierId, evidenceId, user);
		String name = SelfAssessmentManagement.shownFileName(content.fileName());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(name.isEmpty() ? "minh-chung-" + evidenceId : name, StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(content.bytes());
	}

	private String store(long id, long dossierId, long version, Map<String, String> params, boolean submit,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		Map<String, String> answers = SelfAssessmentController.answers(params);
		try {
			ScoreSheetView saved = councils.saveSheet(id, dossierId, version, answers, submit, user);
			redirect.addFlashAttribute("success", submit ? messages.get("evaluation.sheet.submitted", saved.total())
					: messages.get("evaluation.sheet.saved"));
			return "redirect:" + sheetPath(id, dossierId);
		}
		catch (InvalidInput ex) {
			return page(councils.sheet(id, dossierId, user), answers, version, problems(ex), List.of(), null, model);
		}
		catch (BusinessRuleViolation ex) {
			if (ex.errorCode() == CouncilManagement.Errors.SHEET_INCOMPLETE) {
				// Nothing was saved: the answers come back as ticked, the missing criteria marked.
				ScoreSheetView view = councils.sheet(id, dossierId, user);
				return page(view, answers, version, List.of(messages.of(ex)),
						AnswerSheetRules.unanswered(view.set(), answers), null, model);
			}
			if (ex.errorCode() == CouncilManagement.Errors.DECLARE_FIRST) {
				return declareFirst(ex, id, dossierId, redirect);
			}
			// Changed elsewhere, submitted, confirmed or the round closed: the latest sheet, with the reason.
			redirect.addFlashAttribute("error", messages.of(ex));
			return "redirect:" + sheetPath(id, dossierId);
		}
	}

	/** A member who has not declared yet goes to the declaration first; anything else is the error page's. */
	private String declareFirst(BusinessRuleViolation ex, long id, long dossierId, RedirectAttributes redirect) {
		if (ex.errorCode() != CouncilManagement.Errors.DECLARE_FIRST) {
			throw ex;
		}
		redirect.addFlashAttribute("error", messages.of(ex));
		return "redirect:/councils/" + id + "/dossiers/" + dossierId + "/declaration";
	}

	private String page(ScoreSheetView view, Map<String, String> answers, long version, List<String> errors,
			List<String> missing, ScoreSheetView.Revision shown, Model model) {
		CriteriaSet set = view.set();
		RuleVersion rules = criteria.version(view.ruleVersion());
		StarResult result;
		try {
			result = criteria.score(rules, set.code(), answers);
		}
		catch (InvalidInput ex) {
			result = criteria.score(rules, set.code(), view.answers());
		}
		model.addAttribute("sheet", view);
		model.addAttribute("reopener",
				view.reopenedBy() == null ? null : councils.seatHeldBy(view.councilId(), view.reopenedBy()).orElse(null));
		model.addAttribute("set", set);
		model.addAttribute("answers", answers);
		model.addAttribute("version", version);
		model.addAttribute("shown", shown);
		model.addAttribute("editable", view.editable() && shown == null);
		model.addAttribute("progress",
				Progress.of(result, set, AnswerSheetRules.unanswered(set, answers).size(), messages).withErrors(errors));
		model.addAttribute("bands",
				rules.bands().lowerBounds().stream().map(String::valueOf).collect(Collectors.joining(",")));
		model.addAttribute("missing", missing);
		model.addAttribute("missingList", missing.stream().map(code -> missing(set, code)).toList());
		model.addAttribute("selfChosen", view.selfAssessment());
		model.addAttribute("locals", locals(set));
		return "evaluation/score-sheet";
	}

	private static Missing missing(CriteriaSet set, String code) {
		return set.criterion(code)
			.map(c -> new Missing(c.code(), c.title(), anchor(c.code())))
			.orElseGet(() -> {
				CriteriaHeading heading = set.parts()
					.stream()
					.flatMap(p -> p.headings().stream())
					.filter(h -> h.code().equals(code))
					.findFirst()
					.orElseThrow();
				return new Missing(code, heading.title(), anchor(heading.criteria().get(0).code()));
			});
	}

	private static String anchor(String criterionCode) {
		return "c-" + criterionCode.replace('.', '-');
	}

	/** Which criterion of the set each local criterion the commune assessed is. */
	private static Map<String, LocalCriterion> locals(CriteriaSet set) {
		Map<String, LocalCriterion> locals = new HashMap<>();
		for (LocalCriterion local : LocalCriterion.values()) {
			local.criterionIn(set).ifPresent(code -> locals.put(code, local));
		}
		return locals;
	}

	private List<String> problems(InvalidInput invalid) {
		return invalid.problems().stream().map(p -> messages.get(p.messageKey(), p.arguments())).toList();
	}

	static String sheetPath(long councilId, long dossierId) {
		return "/councils/" + councilId + "/dossiers/" + dossierId + "/sheet";
	}

}
