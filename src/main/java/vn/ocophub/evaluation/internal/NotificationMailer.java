package vn.ocophub.evaluation.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocophub.identity.Role;
import vn.ocophub.identity.UserManagement;
import vn.ocophub.identity.UserView;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.shared.AccessScope;
import vn.ocophub.shared.PageRequest;

/**
 * Sends an e-mail copy of each in-app notification when an SMTP server is configured ({@code spring.mail.host};
 * without it there is no mail sender and nothing is published). The copy goes after the notification's transaction
 * commits, on another thread, through the event publication registry: a copy that could not be sent stays
 * recorded as incomplete and is sent again when a node restarts. One message per notification, recipients in Bcc
 * so that they do not see each other's addresses, in Vietnamese (the official language of the records).
 */
@Component
public class NotificationMailer {

	private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

	private static final Locale OFFICIAL = Locale.forLanguageTag("vi");

	private final ObjectProvider<JavaMailSender> sender;

	private final UserManagement users;

	private final ProducerManagement producers;

	private final MessageSource messages;

	private final String from;

	private final String publicUrl;

	NotificationMailer(ObjectProvider<JavaMailSender> sender, UserManagement users, ProducerManagement producers,
			MessageSource messages, @Value("${ocop.mail.from:OCOP Hub <no-reply@ocophub.vn>}") String from,
			@Value("${ocop.public-url:http://localhost:8080}") String publicUrl) {
		this.sender = sender;
		this.users = users;
		this.producers = producers;
		this.messages = messages;
		this.from = from;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** A notification was stored; who it is for, as the notification itself says it. */
	public record NotificationStored(Long userId, String role, String provinceCode, String communeCode, Long producerId,
			String messageKey, List<String> args, String link) {
	}

	/** Whether copies are sent at all (an SMTP server is configured). */
	public boolean active() {
		return sender.getIfAvailable() != null;
	}

	@ApplicationModuleListener
	void on(NotificationStored notification) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return;
		}
		Set<String> addresses = addresses(notification);
		if (addresses.isEmpty()) {
			return;
		}
		String text = messages.getMessage(notification.messageKey(), notification.args().toArray(),
				notification.messageKey(), OFFICIAL);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(from);
		message.setBcc(addresses.toArray(String[]::new));
		message.setSubject(messages.getMessage("evaluation.mail.subject", new Object[] { abbreviate(text) }, OFFICIAL));
		message.setText(messages.getMessage("evaluation.mail.body", new Object[] { text, publicUrl + notification.link() },
				OFFICIAL));
		try {
			mail.send(message);
		}
		catch (MailException ex) {
			log.warn("Could not e-mail notification '{}' to {} recipients: {}", notification.messageKey(), addresses.size(),
					ex.getMessage());
			throw ex;
		}
	}

	/** The e-mail addresses of the enabled accounts the notification is addressed to. */
	Set<String> addresses(NotificationStored n) {
		List<UserView> accounts = new ArrayList<>();
		if (n.userId() != null) {
			accounts.addAll(users.findAll(List.of(n.userId())));
		}
		if (n.producerId() != null) {
			accounts.addAll(users.findAll(producers.accountIds(n.producerId())));
		}
		if (n.role() != null) {
			Role role = Role.valueOf(n.role());
			AccessScope viewer = n.provinceCode() == null ? AccessScope.country() : AccessScope.province(n.provinceCode());
			users.list(viewer, null, role, true, new PageRequest(0, 500))
				.items()
				.stream()
				.filter(u -> java.util.Objects.equals(u.scope().provinceCode(), n.provinceCode()))
				.filter(u -> n.communeCode() == null || n.communeCode().equals(u.scope().communeCode()))
				.filter(u -> n.communeCode() != null || role != Role.PROVINCE_OFFICER || u.scope().communeCode() == null)
				.forEach(accounts::add);
		}
		Set<String> addresses = new LinkedHashSet<>();
		accounts.stream()
			.filter(UserView::enabled)
			.map(UserView::email)
			.filter(email -> email != null && !email.isBlank())
			.forEach(addresses::add);
		return addresses;
	}

	private static String abbreviate(String text) {
		return text.length() <= 120 ? text : text.substring(0, 119) + "…";
	}

}
