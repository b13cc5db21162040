package vn.ocophub.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.identity.CurrentUser;

/** The sign-in page and the signed-in user's workspace (the public home is the catalogue's). */
@Controller
class HomeController {

	private final AdminUnitManagement units;

	HomeController(AdminUnitManagement units) {
		this.units = units;
	}

	@GetMapping("/login")
	String login(@AuthenticationPrincipal CurrentUser user) {
		return user != null ? "redirect:/workspace" : "identity/login";
	}

	@GetMapping("/workspace")
	String workspace(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("scopeUnit",
				user.scope().unitCode() == null ? null : units.findCurrent(user.scope().unitCode()).orElse(null));
		model.addAttribute("scopeProvince", user.scope().level() == vn.ocophub.shared.AccessScope.Level.COMMUNE
				? units.findCurrent(user.scope().provinceCode()).orElse(null) : null);
		return "identity/workspace";
	}

}
