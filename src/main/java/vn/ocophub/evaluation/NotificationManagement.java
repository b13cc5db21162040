package vn.ocophub.evaluation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.evaluation.internal.NotificationStore;
import vn.ocophub.evaluation.internal.NotificationStore.Reader;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.producer.ProducerManagement;

/**
 * The signed-in user's in-app notifications: what waits for them or their office (a dossier submitted to the
 * commune, returned to the producer, forwarded to the province), newest first, with an unread count.
 */
@Service
@Transactional(readOnly = true)
public class NotificationManagement {

	/** How many notifications the page lists. */
	public static final int PAGE = 50;

	private final NotificationStore store;

	private final ProducerManagement producers;

	private final MessageSource messages;

	private final Clock clock;

	NotificationManagement(NotificationStore store, ProducerManagement producers, MessageSource messages,
			Clock clock) {
		this.store = store;
		this.producers = producers;
		this.messages = messages;
		this.clock = clock;
	}

	public int unread(CurrentUser user) {
		return store.unread(reader(user));
	}

	public List<Notification> recent(CurrentUser user) {
		return store.recent(reader(user), PAGE)
			.stream()
			.map(n -> new Notification(n.id(), messages.getMessage(n.messageKey(), n.args().toArray(), n.messageKey(),
					LocaleContextHolder.getLocale()), n.link(), n.createdAt(), n.read()))
			.toList();
	}

	/** Marks one notification read; {@code id} null marks all of them. */
	@Transactional
	public void markRead(Long id, CurrentUser user) {
		store.markRead(reader(user), id, OffsetDateTime.now(clock));
	}

	/**
	 * Notifies a producer's accounts (in the app, and by e-mail when configured); {@code key} names a message
	 * of any module's bundle, rendered in each reader's language.
	 */
	@Transactional
	public void notifyProducer(long producerId, String key, List<String> args, String link) {
		store.toProducer(producerId, key, args, link, OffsetDateTime.now(clock));
	}

	/** Notifies an OCOP office: a province's officers, or the national office when {@code provinceCode} is null. */
	@Transactional
	public void notifyOffice(String provinceCode, String key, List<String> args, String link) {
		store.toRole(vn.ocophub.identity.Role.PROVINCE_OFFICER, provinceCode, null, key, args, link,
				OffsetDateTime.now(clock));
	}

	private Reader reader(CurrentUser user) {
		return new Reader(user.id(), user.roles(), user.scope().provinceCode(), user.scope().communeCode(),
				producers.access(user).ownProducers());
	}

}
