package vn.ocophub.identity.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.identity.UserCreated;
import vn.ocophub.identity.UserManagement;
import vn.ocophub.identity.UserView;
import vn.ocophub.shared.AccessScope;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.web.Messages;

/** Account administration pages, limited to the administrator's scope. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserManagement users;

	private final AdminUnitManagement units;

	private final Messages messages;

	UserAdminController(UserManagement users, AdminUnitManagement units, Messages messages) {
		this.users = users;
		this.units = units;
		this.messages = messages;
	}

	@ModelAttribute("allRoles")
	Role[] roles() {
		return Role.values();
	}

	@ModelAttribute("scopeLevels")
	AccessScope.Level[] scopeLevels() {
		return AccessScope.Level.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Boolean enabled, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser actor, Model model) {
		model.addAttribute("users", users.list(actor.scope(), q, role, enabled, new PageRequest(page, 25)));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("enabled", enabled);
		return "identity/users";
	}

	@GetMapping("/new")
	String newUser(@AuthenticationPrincipal CurrentUser actor, Model model) {
		UserForm form = new UserForm();
		if (actor.scope().level() != AccessScope.Level.COUNTRY) {
			form.setScopeUnitCode(actor.scope().unitCode());
		}
		model.addAttribute("userForm", form);
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser actor, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, null);
		}
		try {
			UserCreated created = users.create(form.toCommand(), actor);
			redirect.addFlashAttribute("success", messages.get("identity.users.created", created.user().username()));
			if (created.oneTimePassword() != null) {
				redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
			}
			return "redirect:/admin/users/" + created.user().id();
		}
		catch (BusinessRuleViolation ex) {
			result.reject(ex.errorCode().code(), messages.of(ex));
			return formView(model, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor, Model model) {
		UserView user = users.get(id, actor);
		model.addAttribute("userForm", UserForm.of(user));
		return formView(model, user);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser actor, Model model, RedirectAttributes redirect) {
		UserView user = users.get(id, actor);
		form.setUsername(user.username());
		if (result.hasErrors()) {
			return formView(model, user);
		}
		try {
			users.update(id, form.getVersion(), form.toCommand(), actor);
			redirect.addFlashAttribute("success", messages.get("identity.users.saved", user.username()));
			return "redirect:/admin/users/" + id;
		}
		catch (BusinessRuleViolation ex) {
			result.reject(ex.errorCode().code(), messages.of(ex));
			return formView(model, user);
		}
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @AuthenticationPrincipal CurrentUser actor,
			RedirectAttributes redirect) {
		try {
			UserView user = users.setEnabled(id, enabled, actor);
			redirect.addFlashAttribute("success",
					messages.get(enabled ? "identity.users.enabled" : "identity.users.disabled", user.username()));
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor,
			RedirectAttributes redirect) {
		String password = users.resetPassword(id, actor);
		redirect.addFlashAttribute("success", messages.get("identity.users.password-reset"));
		redirect.addFlashAttribute("oneTimePassword", password);
		return "redirect:/admin/users/" + id;
	}

	private String formView(Model model, UserView user) {
		model.addAttribute("user", user);
		model.addAttribute("provinces", units.provinces(null));
		return "identity/user-form";
	}

}
