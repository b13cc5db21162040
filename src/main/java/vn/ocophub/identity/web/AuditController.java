package vn.ocophub.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.audit.AuditTrail;

/** The audit trail, for system administrators, limited to their scope. */
@Controller
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("entries", audit.find(user.scope(), action, actor, new PageRequest(page, 50)));
		model.addAttribute("actions", audit.actions());
		model.addAttribute("action", action);
		model.addAttribute("actor", actor);
		return "identity/audit";
	}

}
