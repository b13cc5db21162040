package vn.ocophub.identity.web;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.UserManagement;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.web.Messages;

/** The signed-in user's own password. */
@Controller
@RequestMapping("/account/password")
class AccountController {

	private final UserManagement users;

	private final Messages messages;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(UserManagement users, Messages messages) {
		this.users = users;
		this.messages = messages;
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("mustChange", user.mustChangePassword());
		return "identity/password";
	}

	@PostMapping
	String change(@RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String confirmPassword, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("mustChange", user.mustChangePassword());
		if (!newPassword.equals(confirmPassword)) {
			model.addAttribute("error", messages.get("identity.password.mismatch"));
			return "identity/password";
		}
		try {
			users.changeOwnPassword(user, currentPassword, newPassword);
		}
		catch (BusinessRuleViolation ex) {
			model.addAttribute("error", messages.of(ex));
			return "identity/password";
		}
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		CurrentUser updated = user.withPasswordChanged();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, current.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("success", messages.get("identity.password.changed"));
		return "redirect:/workspace";
	}

}
