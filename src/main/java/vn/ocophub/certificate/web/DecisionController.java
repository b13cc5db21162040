package vn.ocophub.certificate.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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

import vn.ocophub.certificate.DecisionCommand;
import vn.ocophub.certificate.DecisionView;
import vn.ocophub.certificate.RecognitionManagement;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.web.FormErrors;
import vn.ocophub.shared.web.Messages;

/**
 * The office's recognition decisions: the list with the confirmed results still waiting for one, drafting a
 * decision from chosen results, the draft's page (its number, date and signer; adding and removing products;
 * deleting it) and signing, which the office confirms on a second step that says what signing will issue.
 * A signed decision's page lists the certificates it issued.
 */
@Controller
@RequestMapping("/decisions")
class DecisionController {

	private final RecognitionManagement recognitions;

	private final Messages messages;

	DecisionController(RecognitionManagement recognitions, Messages messages) {
		this.recognitions = recognitions;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("decisions", recognitions.decisions(user));
		model.addAttribute("candidates", recognitions.candidates(user));
		model.addAttribute("central", user.scope().provinceCode() == null);
		return "certificate/decisions";
	}

	@PostMapping
	String draft(@RequestParam(required = false) List<Long> dossierIds, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			long id = recognitions.draft(DecisionCommand.empty(), dossierIds, user);
			redirect.addFlashAttribute("success", messages.get("certificate.decisions.drafted"));
			return "redirect:/decisions/" + id;
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
			return "redirect:/decisions";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		DecisionView decision = recognitions.get(id, user);
		return page(decision, DecisionForm.of(decision), decision.version(), Map.of(), false, user, model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @RequestParam long version, @ModelAttribute DecisionForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return onDraft(id, version, form, user, model, redirect, () -> {
			recognitions.update(id, version, form.command(), user);
			redirect.addFlashAttribute("success", messages.get("certificate.decision.saved"));
			return "redirect:/decisions/" + id;
		});
	}

	/**
	 * Signing, in two steps: the first checks what the office entered and asks it to confirm (nothing is saved);
	 * the second, {@code confirmed}, signs and issues the certificates.
	 */
	@PostMapping("/{id}/sign")
	String sign(@PathVariable long id, @RequestParam long version, @ModelAttribute DecisionForm form,
			@RequestParam(defaultValue = "false") boolean confirmed, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		return onDraft(id, version, form, user, model, redirect, () -> {
			if (!confirmed) {
				recognitions.checkSigning(id, form.command(), user);
				return page(recognitions.get(id, user), form, version, Map.of(), true, user, model);
			}
			DecisionView signed = recognitions.sign(id, version, form.command(), user);
			redirect.addFlashAttribute("success",
					messages.get("certificate.decision.signed-message", signed.number(), signed.items().size()));
			return "redirect:/decisions/" + id;
		});
	}

	/**
	 * Runs a change of the draft's header: the page again with each problem beside its field when the input is
	 * wrong, or back to the page with the reason when the change is refused (signed, changed meanwhile).
	 */
	private String onDraft(long id, long version, DecisionForm form, CurrentUser user, Model model,
			RedirectAttributes redirect, Supplier<String> change) {
		try {
			return change.get();
		}
		catch (InvalidInput ex) {
			return page(recognitions.get(id, user), form, version, FormErrors.byField(ex, messages), false, user, model);
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
			return "redirect:/decisions/" + id;
		}
	}

	@PostMapping("/{id}/items")
	String add(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) List<Long> dossierIds,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			recognitions.addResults(id, version, dossierIds, user);
			return messages.get("certificate.decision.added", dossierIds.size());
		});
	}

	@PostMapping("/{id}/items/{itemId}/remove")
	String remove(@PathVariable long id, @PathVariable long itemId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			recognitions.removeItem(id, version, itemId, user);
			return messages.get("certificate.decision.removed");
		});
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			recognitions.delete(id, version, user);
			redirect.addFlashAttribute("success", messages.get("certificate.decision.deleted"));
			return "redirect:/decisions";
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
			return "redirect:/decisions/" + id;
		}
	}

	private String page(DecisionView decision, DecisionForm form, long version, Map<String, String> errors,
			boolean confirming, CurrentUser user, Model model) {
		model.addAttribute("decision", decision);
		model.addAttribute("form", form);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("confirming", confirming);
		model.addAttribute("candidates", decision.manageable() ? recognitions.candidates(user) : List.of());
		return "certificate/decision";
	}

	/** Runs an action on the draft and goes back to its page with its message, or with why it was refused. */
	private String act(long id, RedirectAttributes redirect, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("success", action.get());
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/decisions/" + id;
	}

}
