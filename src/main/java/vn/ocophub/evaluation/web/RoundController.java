package vn.ocophub.evaluation.web;

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

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.evaluation.BoardQuery;
import vn.ocophub.evaluation.CouncilManagement;
import vn.ocophub.evaluation.DossierManagement;
import vn.ocophub.evaluation.DossierStatus;
import vn.ocophub.evaluation.RoundLevel;
import vn.ocophub.evaluation.RoundManagement;
import vn.ocophub.evaluation.RoundView;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.web.Messages;

/**
 * Rounds: the list, opening one, its status board (filterable by status and commune), its councils, the
 * products proposed for 5★ (on an open central round) and closing it.
 */
@Controller
@RequestMapping("/rounds")
class RoundController {

	private final RoundManagement rounds;

	private final DossierManagement dossiers;

	private final CouncilManagement councils;

	private final CriteriaCatalogue criteria;

	private final Messages messages;

	RoundController(RoundManagement rounds, DossierManagement dossiers, CouncilManagement councils,
			CriteriaCatalogue criteria, Messages messages) {
		this.rounds = rounds;
		this.dossiers = dossiers;
		this.councils = councils;
		this.criteria = criteria;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rounds", rounds.list(user));
		model.addAttribute("mayOpen", rounds.mayOpen(user));
		return "evaluation/rounds";
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, Model model) {
		return form(RoundForm.of(rounds.defaults(user)), java.util.Map.of(), null, model);
	}

	@PostMapping
	String open(@ModelAttribute RoundForm form, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		try {
			RoundView round = rounds.open(form.command(), user);
			redirect.addFlashAttribute("success", messages.get("evaluation.round.opened", round.number(), round.year()));
			return "redirect:/rounds/" + round.id();
		}
		catch (InvalidInput ex) {
			return form(form, FieldMessages.of(ex, messages), null, model);
		}
		catch (BusinessRuleViolation ex) {
			return form(form, java.util.Map.of(), messages.of(ex), model);
		}
	}

	private String form(RoundForm form, java.util.Map<String, String> errors, String error, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("error", error);
		model.addAttribute("versions", criteria.versions());
		return "evaluation/round-form";
	}

	@GetMapping("/{id}")
	String board(@PathVariable long id, @RequestParam(required = false) DossierStatus status,
			@RequestParam(required = false) String commune, @AuthenticationPrincipal CurrentUser user, Model model) {
		RoundView round = rounds.get(id, user);
		model.addAttribute("round", round);
		model.addAttribute("statuses", DossierStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("commune", commune);
		model.addAttribute("communes", dossiers.boardCommunes(id, user));
		model.addAttribute("rows", dossiers.board(id, new BoardQuery(status, commune), user));
		model.addAttribute("mayFile", round.open() && !dossiers.filingOptions(id, user).isEmpty());
		// The list leaves out each council's dossiers; the page counts them, so it reads each council whole.
		model.addAttribute("councils", councils.councils(id, user).stream().map(c -> councils.get(c.id(), user)).toList());
		model.addAttribute("proposals", round.level() == RoundLevel.CENTRAL && round.manageable() && round.open()
				? councils.proposals(user) : java.util.List.of());
		return "evaluation/round";
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			RoundView round = rounds.close(id, version, user);
			redirect.addFlashAttribute("success", messages.get("evaluation.round.closed-message", round.number(), round.year()));
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/rounds/" + id;
	}

}
