package vn.ocophub.producer;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.identity.UserManagement;
import vn.ocophub.identity.UserView;
import vn.ocophub.producer.internal.Communes;
import vn.ocophub.producer.internal.ProducerListing;
import vn.ocophub.producer.internal.ProducerRow;
import vn.ocophub.producer.internal.ProducerSnapshots;
import vn.ocophub.producer.internal.ProducerStore;
import vn.ocophub.producer.internal.ProducerTemplate;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.audit.HistoryEntry;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;

/**
 * The producer registry: search within the reader's scope, register, edit (officers within their scope, a
 * producer account only its own organisation), and the history of every change.
 */
@Service
@Transactional(readOnly = true)
public class ProducerManagement {

	/** Audit target type of producers; the record's history is read back by it. */
	public static final String AUDIT_TYPE = "producer";

	/** Error codes of the producer registry. */
	public enum Errors implements ErrorCode {

		NOT_FOUND("producer.not-found"), OUT_OF_SCOPE("producer.out-of-scope"),
		CANNOT_REGISTER("producer.cannot-register"), CONCURRENT_EDIT("producer.concurrent-edit");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final ProducerStore store;

	private final ProducerListing listing;

	private final Communes communes;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final UserManagement users;

	private final MessageSource messages;

	ProducerManagement(ProducerStore store, ProducerListing listing, Communes communes, JdbcClient jdbc,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, UserManagement users,
			MessageSource messages) {
		this.messages = messages;
		this.users = users;
		this.store = store;
		this.listing = listing;
		this.communes = communes;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** What a user may see and change in the registries. */
	public ProducerAccess access(CurrentUser user) {
		boolean officer = user.hasRole(Role.SYSTEM_ADMIN) || user.hasRole(Role.PROVINCE_OFFICER)
				|| user.hasRole(Role.COMMUNE_OFFICER);
		boolean reader = officer || user.hasRole(Role.COUNCIL_MEMBER);
		Set<Long> own = user.hasRole(Role.PRODUCER) ? Set.copyOf(jdbc
			.sql("SELECT producer_id FROM producer_account WHERE user_id = :user")
			.param("user", user.id())
			.query(Long.class)
			.list()) : Set.of();
		return new ProducerAccess(user.scope(), officer, reader, own, user.getUsername());
	}

	/** A page of the producers the user may see, filtered and sorted. */
	public PageResult<ProducerSummary> search(ProducerQuery query, PageRequest page, CurrentUser user) {
		return listing.page(query, page, access(user));
	}

	/** Every producer of a query the user may see, in list order, for an export; streamed, not collected. */
	public void forEach(ProducerQuery query, CurrentUser user, Consumer<ProducerView> consumer) {
		ProducerAccess access = access(user);
		listing.stream(query, access, row -> consumer.accept(view(row, access)));
	}

	/** Every producer the access may update (to attach products to, e.g. in a product import). */
	public List<ProducerView> editable(ProducerAccess access) {
		List<ProducerView> views = new ArrayList<>();
		listing.stream(ProducerQuery.all(), access, row -> {
			if (access.canEdit(row.id(), row.provinceCode(), row.data().communeCode())) {
				views.add(view(row, access));
			}
		});
		return views;
	}

	/** Registration numbers of every producer the access may see, by id (for exports of their products). */
	public Map<Long, String> registrationNumbers(ProducerAccess access) {
		Map<Long, String> numbers = new HashMap<>();
		listing.stream(ProducerQuery.all(), access, row -> numbers.put(row.id(), row.data().registrationNumber()));
		return numbers;
	}

	/** Writes the producers of a query the user may see as an XLSX file, streamed row by row. */
	public void export(ProducerQuery query, CurrentUser user, OutputStream out) throws IOException {
		ProducerTemplate.export(out, messages, consumer -> forEach(query, user, consumer));
	}

	public ProducerView get(long id, CurrentUser user) {
		ProducerAccess access = access(user);
		return view(visible(id, access), access);
	}

	/** The producer if the user may see it (for other modules, e.g. to attach a product). */
	public ProducerView get(long id, ProducerAccess access) {
		return view(visible(id, access), access);
	}

	@Transactional
	public ProducerView create(ProducerData input, CurrentUser user) {
		ProducerAccess access = access(user);
		if (!access.canRegister()) {
			throw new AccessDenied(Errors.CANNOT_REGISTER);
		}
		ProducerData data = input.normalized();
		Communes.Commune commune = checkAll(data, null, access);
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = store.insert(write(0, 0, data, commune), access.actor(), now);
		audit.recordChanges("PRODUCER_CREATED", AUDIT_TYPE, String.valueOf(id), commune.provinceCode(),
				FieldChange.created(ProducerSnapshots.of(data, commune.name())));
		return get(id, user);
	}

	@Transactional
	public ProducerView update(long id, long version, ProducerData input, CurrentUser user) {
		ProducerAccess access = access(user);
		ProducerRow before = editable(id, access);
		ProducerData data = input.normalized();
		Communes.Commune commune = checkAll(data, before, access);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!store.update(write(id, version, data, commune), access.actor(), now)) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		audit.recordChanges("PRODUCER_UPDATED", AUDIT_TYPE, String.valueOf(id), commune.provinceCode(),
				FieldChange.between(ProducerSnapshots.of(before.data(), before.communeName()),
						ProducerSnapshots.of(data, commune.name())));
		if (!Objects.equals(before.data().name(), data.name())
				|| !Objects.equals(before.data().communeCode(), data.communeCode())) {
			events.publishEvent(new ProducerMoved(id, data.name(), commune.provinceCode(), commune.provinceName(),
					commune.code(), commune.name()));
		}
		return get(id, user);
	}

	/** The changes of a producer, newest first. */
	public List<HistoryEntry> history(long id, CurrentUser user) {
		visible(id, access(user));
		return audit.history(AUDIT_TYPE, String.valueOf(id));
	}

	/** The ids of the accounts that act for a producer, whoever asks: for addressing them (notifications). */
	public List<Long> accountIds(long producerId) {
		return jdbc.sql("SELECT user_id FROM producer_account WHERE producer_id = :id ORDER BY user_id")
			.param("id", producerId)
			.query(Long.class)
			.list();
	}

	/** The accounts that act for a producer. */
	public List<ProducerAccount> accounts(long id, CurrentUser user) {
		visible(id, access(user));
		return users.findAll(accountIds(id))
			.stream()
			.map(u -> new ProducerAccount(u.id(), u.username(), u.fullName(), u.enabled()))
			.toList();
	}

	/**
	 * Lets a producer account act for this producer. The account must have the producer role and the
	 * producer's commune as its scope, and act for no other producer.
	 */
	@Transactional
	public void linkAccount(long id, String username, CurrentUser user) {
		ProducerAccess access = access(user);
		ProducerRow producer = editable(id, access);
		UserView account = users.findByUsername(username)
			.filter(u -> access.scope().covers(u.scope().provinceCode(), u.scope().communeCode()))
			.orElseThrow(() -> new InvalidInput(
					new FieldProblem("username", "producer.validation.account-unknown", String.valueOf(username))));
		if (!account.roles().contains(Role.PRODUCER)) {
			throw new InvalidInput(new FieldProblem("username", "producer.validation.account-not-producer",
					account.username()));
		}
		if (!producer.data().communeCode().equals(account.scope().communeCode())) {
			throw new InvalidInput(new FieldProblem("username", "producer.validation.account-other-commune",
					account.username(), producer.communeName()));
		}
		boolean linked = jdbc.sql("SELECT COUNT(*) FROM producer_account WHERE user_id = :user")
			.param("user", account.id())
			.query(Long.class)
			.single() > 0;
		if (linked) {
			throw new InvalidInput(new FieldProblem("username", "producer.validation.account-linked",
					account.username()));
		}
		jdbc.sql("INSERT INTO producer_account (user_id, producer_id) VALUES (:user, :producer)")
			.param("user", account.id())
			.param("producer", id)
			.update();
		audit.recordChanges("PRODUCER_ACCOUNT_LINKED", AUDIT_TYPE, String.valueOf(id), producer.provinceCode(),
				List.of(new FieldChange("account", null, account.username())));
	}

	@Transactional
	public void unlinkAccount(long id, long userId, CurrentUser user) {
		ProducerAccess access = access(user);
		ProducerRow producer = editable(id, access);
		if (!access.officer()) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE);
		}
		String username = users.findAll(List.of(userId)).stream().map(UserView::username).findFirst()
			.orElse(String.valueOf(userId));
		int removed = jdbc.sql("DELETE FROM producer_account WHERE user_id = :user AND producer_id = :producer")
			.param("user", userId)
			.param("producer", id)
			.update();
		if (removed > 0) {
			audit.recordChanges("PRODUCER_ACCOUNT_UNLINKED", AUDIT_TYPE, String.valueOf(id), producer.provinceCode(),
					List.of(new FieldChange("account", username, null)));
		}
	}

	private ProducerRow editable(long id, ProducerAccess access) {
		ProducerRow row = visible(id, access);
		if (!access.canEdit(id, row.provinceCode(), row.data().communeCode())) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE);
		}
		return row;
	}

	private Communes.Commune checkAll(ProducerData data, ProducerRow before, ProducerAccess access) {
		List<FieldProblem> problems = new ArrayList<>(ProducerRules.check(data, LocalDate.now(clock)));
		Communes.Commune commune = null;
		if (data.communeCode() != null && problems.stream().noneMatch(p -> p.field().equals("communeCode"))) {
			Communes.Lookup lookup = communes.lookup("communeCode", data.communeCode());
			commune = lookup.commune();
			if (lookup.problem() != null) {
				problems.add(lookup.problem());
			}
			else if (!access.officer() || !access.scope().covers(commune.provinceCode(), commune.code())) {
				// A producer account keeps its commune; an officer registers only inside the scope.
				boolean unchanged = before != null && before.data().communeCode().equals(commune.code());
				if (!unchanged) {
					problems.add(new FieldProblem("communeCode", "producer.validation.commune-out-of-scope",
							commune.name()));
				}
			}
		}
		if (before != null && !access.officer() && before.data().status() != data.status()) {
			problems.add(new FieldProblem("status", "producer.validation.status-officer-only"));
		}
		long self = before == null ? -1 : before.id();
		if (data.registrationNumber() != null) {
			store.idByRegistration(data.registrationNumber())
				.filter(other -> other != self)
				.ifPresent(other -> problems.add(new FieldProblem("registrationNumber",
						"producer.validation.registration-taken", data.registrationNumber())));
		}
		if (data.taxCode() != null) {
			store.idByTaxCode(data.taxCode())
				.filter(other -> other != self)
				.ifPresent(other -> problems.add(
						new FieldProblem("taxCode", "producer.validation.tax-code-taken", data.taxCode())));
		}
		InvalidInput.throwIfAny(problems);
		return commune;
	}

	private ProducerRow visible(long id, ProducerAccess access) {
		ProducerRow row = store.find(id).orElseThrow(() -> new NotFoundException(Errors.NOT_FOUND, String.valueOf(id)));
		if (!access.canSee(id, row.provinceCode(), row.data().communeCode())) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE);
		}
		return row;
	}

	private static ProducerStore.Write write(long id, long version, ProducerData data, Communes.Commune commune) {
		return new ProducerStore.Write(id, version, data, commune.provinceCode(), commune.provinceName(),
				commune.name());
	}

	private static ProducerView view(ProducerRow row, ProducerAccess access) {
		return new ProducerView(row.id(), row.data(), row.provinceCode(), row.provinceName(), row.communeName(),
				row.createdAt(), row.createdBy(), row.updatedAt(), row.updatedBy(), row.version(),
				access.canEdit(row.id(), row.provinceCode(), row.data().communeCode()));
	}

}
