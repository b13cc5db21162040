package vn.ocophub.evaluation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.ocophub.evaluation.Notification;
import vn.ocophub.evaluation.NotificationManagement;
import vn.ocophub.identity.CurrentUser;

/** The notifications page, the navbar bell (loaded by htmx) and marking notifications read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final NotificationManagement notifications;

	NotificationController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("notifications", notifications.recent(user));
		return "evaluation/notifications";
	}

	@GetMapping("/bell")
	String bell(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("unread", notifications.unread(user));
		return "evaluation/notifications :: bell";
	}

	/** Opens a notification: marks it read and goes where it points. */
	@PostMapping("/{id}/open")
	String open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		notifications.markRead(id, user);
		String link = notifications.recent(user)
			.stream()
			.filter(n -> n.id() == id)
			.map(Notification::link)
			.filter(l -> l.startsWith("/"))
			.findFirst()
			.orElse("/notifications");
		return "redirect:" + link;
	}

	@PostMapping("/read-all")
	String readAll(@AuthenticationPrincipal CurrentUser user) {
		notifications.markRead(null, user);
		return "redirect:/notifications";
	}

}
