package vn.ocophub.evaluation.web;

import java.util.Map;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocophub.evaluation.ConflictKind;
import vn.ocophub.evaluation.CouncilManagement;
import vn.ocophub.evaluation.CouncilView;
import vn.ocophub.evaluation.Declaration;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;
import vn.ocophub.shared.web.Messages;

/**
 * A council member's conflict-of-interest declaration for one product, made before the member may open its
 * dossier: the page names only the product, its producer and commune. Once signed, it shows the declaration
 * read-only; a member who declared no conflict goes on to the score sheet.
 */
@Controller
@RequestMapping("/councils/{id}/dossiers/{dossierId}/declaration")
class DeclarationController {

	private final CouncilManagement councils;

	private final Messages messages;

	DeclarationController(CouncilManagement councils, Messages messages) {
		this.councils = councils;
		this.messages = messages;
	}

	/** The answers as the page posts them; {@code conflict} is null until one of the two is chosen. */
	record DeclarationForm(Boolean conflict, Set<ConflictKind> kinds, String statement) {

		DeclarationForm {
			kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
		}

	}

	@GetMapping
	String show(@PathVariable long id, @PathVariable long dossierId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		return page(councils.get(id, user), dossierId, new DeclarationForm(null, Set.of(), null), Map.of(), model);
	}

	@PostMapping
	String declare(@PathVariable long id, @PathVariable long dossierId, @ModelAttribute DeclarationForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.conflict() == null) {
			return page(councils.get(id, user), dossierId, form,
					Map.of("conflict", messages.get("evaluation.declaration.choose")), model);
		}
		Declaration declaration;
		try {
			declaration = councils.declare(id, dossierId, form.conflict(), form.kinds(), form.statement(), user);
		}
		catch (InvalidInput ex) {
			return page(councils.get(id, user), dossierId, form, FieldMessages.of(ex, messages), model);
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
			return "redirect:/councils/" + id + "/dossiers/" + dossierId + "/declaration";
		}
		CouncilView council = councils.get(id, user);
		CouncilView.CouncilDossier dossier = dossier(council, dossierId);
		if (declaration.conflict()) {
			redirect.addFlashAttribute("success",
					messages.get("evaluation.declaration.declared-conflict", dossier.productName()));
			return "redirect:/councils/" + id;
		}
		if (!council.mySeat().scores()) {
			redirect.addFlashAttribute("success", messages.get("evaluation.declaration.declared-none-secretary"));
			return "redirect:/councils/" + id;
		}
		redirect.addFlashAttribute("success", messages.get("evaluation.declaration.declared-none"));
		return "redirect:/councils/" + id + "/dossiers/" + dossierId + "/sheet";
	}

	private String page(CouncilView council, long dossierId, DeclarationForm form, Map<String, String> errors,
			Model model) {
		if (council.mySeat() == null) {
			throw new AccessDenied(CouncilManagement.Errors.NOT_MEMBER);
		}
		CouncilView.CouncilDossier dossier = dossier(council, dossierId);
		model.addAttribute("council", council);
		model.addAttribute("product", dossier);
		model.addAttribute("declaration", dossier.of(council.mySeat().memberId()).declaration());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", ConflictKind.values());
		return "evaluation/declaration";
	}

	private static CouncilView.CouncilDossier dossier(CouncilView council, long dossierId) {
		return council.dossiers()
			.stream()
			.filter(d -> d.dossierId() == dossierId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(CouncilManagement.Errors.NOT_ASSIGNED, String.valueOf(dossierId)));
	}

}
