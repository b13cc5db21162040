package vn.ocophub.producer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.producer.CooperativeRating;
import vn.ocophub.producer.Gender;
import vn.ocophub.producer.LegalType;
import vn.ocophub.producer.ProducerAccess;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.producer.ProducerQuery;
import vn.ocophub.producer.ProducerStatus;
import vn.ocophub.producer.ProducerView;
import vn.ocophub.shared.AccessScope;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.web.FormErrors;
import vn.ocophub.shared.web.Messages;

/** Pages of the producer registry: list with filters, registration, the record with its history, editing. */
@Controller
@RequestMapping("/producers")
class ProducerController {

	private final ProducerManagement producers;

	private final AdminUnitManagement units;

	private final Messages messages;

	private final Clock clock;

	ProducerController(ProducerManagement producers, AdminUnitManagement units, Messages messages, Clock clock) {
		this.clock = clock;
		this.producers = producers;
		this.units = units;
		this.messages = messages;
	}

	@ModelAttribute("legalTypes")
	LegalType[] legalTypes() {
		return LegalType.values();
	}

	@ModelAttribute("statuses")
	ProducerStatus[] statuses() {
		return ProducerStatus.values();
	}

	@ModelAttribute("genders")
	Gender[] genders() {
		return Gender.values();
	}

	@ModelAttribute("ratings")
	CooperativeRating[] ratings() {
		return CooperativeRating.values();
	}

	@GetMapping
	String list(@ModelAttribute("filter") ProducerFilter filter, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("producers", producers.search(filter.toQuery(), new PageRequest(page, 25), user));
		model.addAttribute("canRegister", producers.access(user).canRegister());
		// A provincial or commune user filters within the own province only; others see every province.
		String scopeProvince = user.scope().provinceCode();
		model.addAttribute("scopeProvince", scopeProvince);
		model.addAttribute("provinces", units.provinces(null)
			.stream()
			.filter(p -> scopeProvince == null || p.province().code().equals(scopeProvince))
			.toList());
		model.addAttribute("sorts", ProducerQuery.Sort.values());
		model.addAttribute("communeName", filter.getCommune() == null || filter.getCommune().isBlank() ? null
				: units.findCurrent(filter.getCommune()).map(u -> u.name()).orElse(filter.getCommune()));
		return "producer/list";
	}

	/** The filtered list as an Excel file, in the import template's columns (it can be edited and imported back). */
	@GetMapping("/export.xlsx")
	ResponseEntity<StreamingResponseBody> export(@ModelAttribute("filter") ProducerFilter filter,
			@AuthenticationPrincipal CurrentUser user) {
		String name = "chu-the-ocop-" + LocalDate.now(clock) + ".xlsx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out -> producers.export(filter.toQuery(), user, out));
	}

	/** Results of the producer picker of the product form: producers the user may add products to. */
	@GetMapping("/picker")
	String picker(@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user, Model model) {
		ProducerAccess access = producers.access(user);
		model.addAttribute("q", q);
		model.addAttribute("producers", q == null || q.isBlank() ? List.of()
				: producers.search(new ProducerQuery(q, null, null, null, null, null), new PageRequest(0, 10), user)
					.items()
					.stream()
					.filter(p -> access.canEdit(p.id(), p.provinceCode(), p.communeCode()))
					.toList());
		return "producer/picker :: items";
	}

	@GetMapping("/new")
	String newProducer(@AuthenticationPrincipal CurrentUser user, Model model) {
		ProducerForm form = new ProducerForm();
		if (user.scope().level() == AccessScope.Level.COMMUNE) {
			form.setCommuneCode(user.scope().communeCode());
		}
		model.addAttribute("producerForm", form);
		return formView(model, null, user);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("producerForm") ProducerForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, null, user);
		}
		try {
			ProducerView created = producers.create(form.toData(), user);
			redirect.addFlashAttribute("success", messages.get("producer.saved.created", created.name()));
			return "redirect:/producers/" + created.id();
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, result, messages);
			return formView(model, null, user);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ProducerView producer = producers.get(id, user);
		model.addAttribute("producer", producer);
		model.addAttribute("history", producers.history(id, user));
		model.addAttribute("accounts", producers.accounts(id, user));
		model.addAttribute("isOfficer", producers.access(user).officer());
		return "producer/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ProducerView producer = producers.get(id, user);
		model.addAttribute("producerForm", ProducerForm.of(producer));
		return formView(model, producer, user);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("producerForm") ProducerForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ProducerView producer = producers.get(id, user);
		if (result.hasErrors()) {
			return formView(model, producer, user);
		}
		try {
			ProducerView saved = producers.update(id, form.getVersion(), form.toData(), user);
			redirect.addFlashAttribute("success", messages.get("producer.saved.updated", saved.name()));
			return "redirect:/producers/" + id;
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, result, messages);
			return formView(model, producer, user);
		}
		catch (BusinessRuleViolation ex) {
			result.reject(ex.errorCode().code(), messages.of(ex));
			return formView(model, producer, user);
		}
	}

	@PostMapping("/{id}/accounts")
	String linkAccount(@PathVariable long id, @RequestParam String username,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			producers.linkAccount(id, username, user);
			redirect.addFlashAttribute("success", messages.get("producer.accounts.linked", username.trim()));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("error", ex.problems()
				.stream()
				.map(p -> messages.get(p.messageKey(), p.arguments()))
				.findFirst()
				.orElse(""));
		}
		return "redirect:/producers/" + id + "#accounts";
	}

	@PostMapping("/{id}/accounts/{userId}/remove")
	String unlinkAccount(@PathVariable long id, @PathVariable long userId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		producers.unlinkAccount(id, userId, user);
		redirect.addFlashAttribute("success", messages.get("producer.accounts.unlinked"));
		return "redirect:/producers/" + id + "#accounts";
	}

	private String formView(Model model, ProducerView producer, CurrentUser user) {
		model.addAttribute("producer", producer);
		model.addAttribute("isOfficer", producers.access(user).officer());
		String province = user.scope().provinceCode();
		model.addAttribute("pickerProvince", province);
		ProducerForm form = (ProducerForm) model.getAttribute("producerForm");
		String commune = form == null ? null : form.getCommuneCode();
		model.addAttribute("communeLabel", commune == null || commune.isBlank() ? null
				: units.findCurrent(commune.trim()).map(u -> u.name()).orElse(null));
		return "producer/form";
	}

}
