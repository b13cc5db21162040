package vn.ocophub.evaluation.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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

import vn.ocophub.evaluation.BoardQuery;
import vn.ocophub.evaluation.CouncilManagement;
import vn.ocophub.evaluation.CouncilRole;
import vn.ocophub.evaluation.CouncilSeat;
import vn.ocophub.evaluation.CouncilView;
import vn.ocophub.evaluation.DossierManagement;
import vn.ocophub.evaluation.DossierStatus;
import vn.ocophub.evaluation.MemberProgress;
import vn.ocophub.evaluation.ProductResult;
import vn.ocophub.evaluation.RoundManagement;
import vn.ocophub.evaluation.RoundView;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.web.Messages;

/**
 * A round's evaluation councils: forming and changing one, its page (composition, the dossiers assigned with
 * each member's progress, results and minutes), assigning dossiers, the chair's confirmation and reopening of
 * a sheet, the minutes, and the national office carrying products proposed for 5★ into a central round. The
 * members' declarations have {@link DeclarationController}; score sheets have their own pages.
 */
@Controller
class CouncilController {

	private final CouncilManagement councils;

	private final RoundManagement rounds;

	private final DossierManagement dossiers;

	private final Messages messages;

	CouncilController(CouncilManagement councils, RoundManagement rounds, DossierManagement dossiers,
			Messages messages) {
		this.councils = councils;
		this.rounds = rounds;
		this.dossiers = dossiers;
		this.messages = messages;
	}

	// ------------------------------------------------------------------ forming and changing

	@GetMapping("/rounds/{roundId}/councils/new")
	String create(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user, Model model) {
		return form(rounds.get(roundId, user), null, CouncilForm.empty(), Map.of(), null, user, model);
	}

	@PostMapping("/rounds/{roundId}/councils")
	String form(@PathVariable long roundId, @ModelAttribute CouncilForm input, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		CouncilForm form = input.compact();
		try {
			long id = councils.form(roundId, form.command(), user);
			redirect.addFlashAttribute("success", messages.get("evaluation.council-form.formed"));
			return "redirect:/councils/" + id;
		}
		catch (InvalidInput ex) {
			return form(rounds.get(roundId, user), null, form, FieldMessages.of(ex, messages), null, user, model);
		}
		catch (BusinessRuleViolation ex) {
			return form(rounds.get(roundId, user), null, form, Map.of(), messages.of(ex), user, model);
		}
	}

	@GetMapping("/councils/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		CouncilView council = councils.get(id, user);
		CouncilForm form = CouncilForm.of(councils.command(id, user));
		model.addAttribute("version", council.version());
		return form(rounds.get(council.roundId(), user), council, form, Map.of(), null, user, model);
	}

	@PostMapping("/councils/{id}")
	String update(@PathVariable long id, @RequestParam long version, @ModelAttribute CouncilForm input,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		CouncilForm form = input.compact();
		try {
			councils.update(id, version, form.command(), user);
			redirect.addFlashAttribute("success", messages.get("evaluation.council-form.saved"));
			return "redirect:/councils/" + id;
		}
		catch (InvalidInput ex) {
			return changeForm(id, version, form, FieldMessages.of(ex, messages), null, user, model);
		}
		catch (BusinessRuleViolation ex) {
			return changeForm(id, version, form, Map.of(), messages.of(ex), user, model);
		}
	}

	private String changeForm(long id, long version, CouncilForm form, Map<String, String> errors, String error,
			CurrentUser user, Model model) {
		CouncilView council = councils.get(id, user);
		model.addAttribute("version", version);
		return form(rounds.get(council.roundId(), user), council, form, errors, error, user, model);
	}

	private String form(RoundView round, CouncilView council, CouncilForm form, Map<String, String> errors,
			String error, CurrentUser user, Model model) {
		model.addAttribute("round", round);
		model.addAttribute("council", council);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("error", error);
		model.addAttribute("candidates", councils.candidates(round.id(), user));
		model.addAttribute("roles", CouncilRole.values());
		model.addAttribute("minScoring", CouncilManagement.MIN_SCORING_SEATS);
		return "evaluation/council-form";
	}

	// ------------------------------------------------------------------ the council's page

	@GetMapping("/councils/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		CouncilView council = councils.get(id, user);
		model.addAttribute("council", council);
		model.addAttribute("assignable", council.manager() && council.roundOpen()
				? dossiers.board(council.roundId(), new BoardQuery(DossierStatus.FORWARDED, null), user) : List.of());
		model.addAttribute("presided", presided(council));
		// Confirmations and minutes record a username; the page names the member (the office keeps its username).
		model.addAttribute("names",
				council.seats().stream().collect(Collectors.toMap(CouncilSeat::username, CouncilSeat::fullName)));
		model.addAttribute("anyConfirmed",
				council.dossiers().stream().anyMatch(d -> d.result() != null && d.result().confirmed()));
		return "evaluation/council";
	}

	/**
	 * The dossiers whose result the reader confirms and whose sheets the reader may reopen: all the chair is not
	 * recused from; for a vice-chair, those the chair is recused from. The service checks it again.
	 */
	static Set<Long> presided(CouncilView council) {
		CouncilSeat mine = council.mySeat();
		if (mine == null || (mine.role() != CouncilRole.CHAIR && mine.role() != CouncilRole.VICE_CHAIR)) {
			return Set.of();
		}
		return council.dossiers().stream().filter(d -> {
			MemberProgress own = d.of(mine.memberId());
			boolean chairRecused = d.progress()
				.stream()
				.anyMatch(p -> p.seat().role() == CouncilRole.CHAIR && p.recused());
			return own != null && !own.recused() && (mine.role() == CouncilRole.CHAIR || chairRecused);
		}).map(CouncilView.CouncilDossier::dossierId).collect(Collectors.toSet());
	}

	@PostMapping("/councils/{id}/dossiers")
	String assign(@PathVariable long id, @RequestParam(required = false) List<Long> dossierIds,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act("/councils/" + id, redirect,
				() -> messages.get("evaluation.council-page.assigned", councils.assign(id, dossierIds, user)));
	}

	@PostMapping("/councils/{id}/dossiers/{dossierId}/confirm")
	String confirm(@PathVariable long id, @PathVariable long dossierId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act("/councils/" + id, redirect, () -> {
			ProductResult result = councils.confirm(id, dossierId, user);
			return messages.get("evaluation.council-page.confirmed", result.productName(), result.mean(), result.stars());
		});
	}

	@PostMapping("/councils/{id}/dossiers/{dossierId}/reopen")
	String reopen(@PathVariable long id, @PathVariable long dossierId, @RequestParam long memberId,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act("/councils/" + id, redirect, () -> {
			councils.reopen(id, dossierId, memberId, reason, user);
			return messages.get("evaluation.council-page.reopened");
		});
	}

	// ------------------------------------------------------------------ minutes

	@PostMapping("/councils/{id}/minutes")
	String writeMinutes(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act("/councils/" + id, redirect,
				() -> messages.get("evaluation.council-page.minutes-written", councils.writeMinutes(id, user)));
	}

	/** An edition of the minutes as it was written, shown in the browser. */
	@GetMapping("/councils/{id}/minutes/{edition}.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable long id, @PathVariable int edition,
			@AuthenticationPrincipal CurrentUser user) {
		byte[] pdf = councils.minutes(id, edition, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("bien-ban-hoi-dong-" + id + "-lan-" + edition + ".pdf")
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf);
	}

	// ------------------------------------------------------------------ central round

	@PostMapping("/rounds/{roundId}/carry-over")
	String carryOver(@PathVariable long roundId, @RequestParam(required = false) List<Long> dossierIds,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act("/rounds/" + roundId, redirect,
				() -> messages.get("evaluation.proposals.carried", councils.carryOver(roundId, dossierIds, user)));
	}

	/**
	 * Runs an action and redirects with its message, or with the reason it was refused. The redirect goes to the
	 * top of the page, where the message is, not to the section the action came from.
	 */
	private String act(String target, RedirectAttributes redirect, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("success", action.get());
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error", String.join(" ", FieldMessages.of(ex, messages).values()));
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:" + target;
	}

}
