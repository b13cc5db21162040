package vn.ocophub.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.adminunit.AdminUnitSummary;
import vn.ocophub.certificate.internal.CertificateNumbers;
import vn.ocophub.certificate.internal.CertificateRecords;
import vn.ocophub.certificate.internal.CertificateRecords.CertificateRow;
import vn.ocophub.certificate.internal.CertificateRecords.DecisionRow;
import vn.ocophub.certificate.internal.CertificateRecords.NewCertificate;
import vn.ocophub.certificate.internal.CertificateRecords.NewItem;
import vn.ocophub.evaluation.CouncilManagement;
import vn.ocophub.evaluation.NotificationManagement;
import vn.ocophub.evaluation.RecognisedResult;
import vn.ocophub.evaluation.RoundLevel;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductStatus;
import vn.ocophub.product.ProductView;
import vn.ocophub.shared.VietText;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;

/**
 * Recognition decisions (quyết định công nhận). A province's OCOP office drafts one from the province's confirmed
 * 3★–4★ results (a "potential 5★" product with its provincial 4★), the national office from confirmed 5★ results
 * of central rounds; a result enters one decision at most. Marking the decision signed, with its number, date and
 * signer, issues one certificate per product in the same transaction: numbered, valid 36 months from the decision
 * date; a certificate of the product still in force is superseded by it. The product's rating in the registry
 * follows, its producer is notified, and everything is audited.
 */
@Service
@Transactional(readOnly = true)
public class RecognitionManagement {

	/** Audit target type of decisions. */
	public static final String AUDIT_TYPE = "decision";

	/** Months a certificate is valid from its decision's date. */
	public static final int VALIDITY_MONTHS = 36;

	/** The earliest decision date accepted: the OCOP program's criteria were first issued in 2018. */
	static final LocalDate EARLIEST = LocalDate.of(2018, 1, 1);

	public enum Errors implements ErrorCode {

		NOT_FOUND("certificate.decision.not-found"), NOT_OFFICE("certificate.decision.not-office"),
		CONCURRENT_EDIT("certificate.decision.concurrent-edit"), SIGNED("certificate.decision.signed"),
		NOT_AVAILABLE("certificate.decision.result-not-available"), EMPTY("certificate.decision.empty"),
		ITEM_NOT_FOUND("certificate.decision.item-not-found");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final CertificateRecords records;

	private final CertificateNumbers numbers;

	private final CouncilManagement councils;

	private final ProductManagement products;

	private final AdminUnitManagement units;

	private final NotificationManagement notifications;

	private final AuditTrail audit;

	private final Clock clock;

	private final String centralIssuer;

	RecognitionManagement(CertificateRecords records, CertificateNumbers numbers, CouncilManagement councils,
			ProductManagement products, AdminUnitManagement units, NotificationManagement notifications,
			AuditTrail audit, Clock clock,
			@Value("${ocop.certificate.central-issuer:Bộ Nông nghiệp và Môi trường}") String centralIssuer) {
		this.records = records;
		this.numbers = numbers;
		this.councils = councils;
		this.products = products;
		this.units = units;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
		this.centralIssuer = centralIssuer;
	}

	/** Whether the user is an OCOP office that issues decisions (a province's, or the national office). */
	public boolean mayDecide(CurrentUser user) {
		return user.hasRole(Role.PROVINCE_OFFICER) && user.scope().communeCode() == null;
	}

	/** The confirmed results the user's office may put into a new or draft decision (not in any decision yet). */
	public List<RecognisedResult> candidates(CurrentUser user) {
		requireOffice(user);
		Set<Long> decided = records.decidedDossiers();
		return councils.recognised(levelOf(user), user.scope().provinceCode())
			.stream()
			.filter(r -> !decided.contains(r.dossierId()))
			.toList();
	}

	/** The decisions of the user's office, drafts first, then newest. */
	public List<DecisionView> decisions(CurrentUser user) {
		requireOffice(user);
		return records.decisions(scopeOf(user)).stream().map(row -> view(row, user)).toList();
	}

	public DecisionView get(long id, CurrentUser user) {
		DecisionRow row = decision(id);
		if (!visible(row, user)) {
			throw new AccessDenied(Errors.NOT_OFFICE);
		}
		return view(row, user);
	}

	/** Drafts a decision on the chosen results (at least one); number, date and signer may follow later. */
	@Transactional
	public long draft(DecisionCommand command, List<Long> dossierIds, CurrentUser user) {
		requireOffice(user);
		DecisionCommand clean = clean(command);
		List<FieldProblem> problems = new ArrayList<>();
		check(clean, false, scopeOf(user), 0, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		List<RecognisedResult> chosen = chosen(dossierIds, user);
		String province = user.scope().provinceCode();
		long id = records.insertDecision(levelOf(user), province, issuerName(province), clean, user.getUsername(),
				now());
		chosen.forEach(result -> records.insertItem(id, item(result)));
		audit.recordChanges("DECISION_DRAFTED", AUDIT_TYPE, String.valueOf(id), province,
				FieldChange.between(Map.of(), fields(clean, chosen.size())));
		return id;
	}

	/** Changes a draft's number, date or signer. */
	@Transactional
	public void update(long id, long version, DecisionCommand command, CurrentUser user) {
		DecisionRow row = draftOf(id, user);
		DecisionCommand clean = clean(command);
		List<FieldProblem> problems = new ArrayList<>();
		check(clean, false, row.scopeCode(), id, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (!records.updateDecision(id, version, clean)) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		audit.recordChanges("DECISION_UPDATED", AUDIT_TYPE, String.valueOf(id), row.provinceCode(),
				FieldChange.between(fields(header(row), -1), fields(clean, -1)));
	}

	/** Adds results to a draft. */
	@Transactional
	public void addResults(long id, long version, List<Long> dossierIds, CurrentUser user) {
		DecisionRow row = draftOf(id, user);
		List<RecognisedResult> chosen = chosen(dossierIds, user);
		if (!records.touchDecision(id, version)) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		chosen.forEach(result -> records.insertItem(id, item(result)));
		audit.record(user.getUsername(), "DECISION_ITEMS_ADDED", AUDIT_TYPE, String.valueOf(id),
				chosen.stream().map(RecognisedResult::productCode).reduce((a, b) -> a + ", " + b).orElse(""),
				row.provinceCode());
	}

	/** Takes a product off a draft (its result becomes available again). */
	@Transactional
	public void removeItem(long id, long version, long itemId, CurrentUser user) {
		DecisionRow row = draftOf(id, user);
		DecisionItem item = records.items(id)
			.stream()
			.filter(i -> i.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Errors.ITEM_NOT_FOUND, String.valueOf(itemId)));
		if (!records.touchDecision(id, version)) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		records.deleteItem(id, itemId);
		audit.record(user.getUsername(), "DECISION_ITEM_REMOVED", AUDIT_TYPE, String.valueOf(id), item.productCode(),
				row.provinceCode());
	}

	/** Deletes a draft; its results become available again. */
	@Transactional
	public void delete(long id, long version, CurrentUser user) {
		DecisionRow row = draftOf(id, user);
		if (!records.deleteDraft(id, version)) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		audit.record(user.getUsername(), "DECISION_DELETED", AUDIT_TYPE, String.valueOf(id), null, row.provinceCode());
	}

	/**
	 * Marks a draft signed with the number, date and signer given (all required) and issues its certificates, all
	 * or nothing. The date may not lie in the future nor before a council confirmed one of its results.
	 */
	@Transactional
	public DecisionView sign(long id, long version, DecisionCommand command, CurrentUser user) {
		DecisionRow row = draftOf(id, user);
		DecisionCommand clean = clean(command);
		List<DecisionItem> items = signable(row, clean);
		if (!records.updateDecision(id, version, clean) || !records.markSigned(id, version + 1, user.getUsername(), now())) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		DecisionRow signed = decision(id);
		issue(signed, user.getUsername());
		audit.recordChanges("DECISION_SIGNED", AUDIT_TYPE, String.valueOf(id), row.provinceCode(),
				FieldChange.between(fields(header(row), -1), fields(clean, items.size())));
		return view(decision(id), user);
	}

	/**
	 * Checks, without changing anything, that the draft could be signed with that number, date and signer: the
	 * page asks the office to confirm only what {@link #sign} would accept. Throws what {@code sign} would throw.
	 */
	public void checkSigning(long id, DecisionCommand command, CurrentUser user) {
		signable(draftOf(id, user), clean(command));
	}

	/** The draft's items, once the signing command passed every check. */
	private List<DecisionItem> signable(DecisionRow row, DecisionCommand clean) {
		List<DecisionItem> items = records.items(row.id());
		List<FieldProblem> problems = new ArrayList<>();
		check(clean, true, row.scopeCode(), row.id(), problems);
		if (clean.date() != null) {
			LocalDate latest = latestConfirmation(items, row.level());
			if (latest != null && clean.date().isBefore(latest)) {
				problems.add(new FieldProblem("date", "certificate.decision.validation.date-before-result", latest));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		if (items.isEmpty()) {
			throw new BusinessRuleViolation(Errors.EMPTY);
		}
		return items;
	}

	/**
	 * Records a decision signed before OCOP Hub, with its products (no council result behind them), and issues its
	 * certificates as signing would: for the demo history, and the way a later migration of paper records goes.
	 */
	@Transactional
	long recordSigned(RoundLevel level, String provinceCode, DecisionCommand command, List<NewItem> items,
			String actor) {
		long id = records.insertDecision(level, provinceCode, issuerName(provinceCode), clean(command), actor, now());
		items.forEach(item -> records.insertItem(id, item));
		if (!records.markSigned(id, 0, actor, now())) {
			throw new IllegalStateException("decision " + id + " could not be marked signed");
		}
		issue(decision(id), actor);
		audit.record(actor, "DECISION_RECORDED", AUDIT_TYPE, String.valueOf(id), command.number(), provinceCode);
		return id;
	}

	// ------------------------------------------------------------------ issuing

	private void issue(DecisionRow decision, String actor) {
		LocalDate today = LocalDate.now(clock);
		OffsetDateTime at = now();
		for (DecisionItem item : records.items(decision.id())) {
			long productId = item.productId();
			int stars = item.stars();
			ProductView product = products.find(productId)
				.orElseThrow(() -> new NotFoundException(ProductManagement.Errors.NOT_FOUND, String.valueOf(productId)));
			String provinceCode = item.provinceCode();
			String provinceName = units.findCurrent(provinceCode).map(AdminUnitSummary::name).orElse(product.provinceName());
			LocalDate from = decision.date();
			LocalDate until = from.plusMonths(VALIDITY_MONTHS).minusDays(1);
			String number = numbers.next(decision.scopeCode(), from.getYear(), stars);
			String name = item.productName();
			NewCertificate certificate = new NewCertificate(number, decision.id(), item.id(), productId,
					item.productCode(), name, product.data().productSet().code(),
					product.data().productSet().group().name(), item.producerId(), item.producerName(), provinceCode,
					provinceName, item.communeCode(), item.communeName(), stars, decision.scopeCode(),
					decision.issuerName(), decision.number(), decision.date(), from, until,
					CertificateStatus.on(today, until, false, false), VietText.searchKey(name),
					VietText.searchKeyOf(1500, name, item.producerName(), product.data().brand(),
							VietText.withoutUnitType(item.communeName()), VietText.withoutUnitType(provinceName), number,
							item.productCode()));
			List<CertificateRow> previous = records.inForce(productId, today);
			long id = records.insertCertificate(certificate, actor, at);
			for (CertificateRow old : previous) {
				// The newer recognition replaces the older; an older decision recorded late is itself replaced.
				boolean newer = !old.validFrom().isAfter(from);
				long replaced = newer ? old.id() : id;
				long by = newer ? id : old.id();
				int gained = newer ? stars - old.stars() : old.stars() - stars;
				SupersedeReason reason = gained > 0 ? SupersedeReason.UPGRADE : SupersedeReason.RE_EVALUATION;
				records.supersede(replaced, by, newer ? from : old.validFrom(), reason, at);
				audit.record(actor, "CERTIFICATE_SUPERSEDED", CertificateManagement.AUDIT_TYPE, String.valueOf(replaced),
						(newer ? old.number() + " → " + number : number + " → " + old.number()) + " (" + reason + ")",
						old.provinceCode());
			}
			audit.record(actor, "CERTIFICATE_ISSUED", CertificateManagement.AUDIT_TYPE, String.valueOf(id),
					number + " · " + name + " · " + stars + "★ · " + decision.number(), provinceCode);
			products.recordOcopStatus(productId, certificate.status().current() ? ProductStatus.RATED : ProductStatus.EXPIRED,
					stars, from.getYear());
			notifications.notifyProducer(certificate.producerId(), "certificate.notification.issued",
					List.of(name, String.valueOf(stars), number, decision.number()), "/certificates/" + id);
		}
	}

	// ------------------------------------------------------------------ helpers

	private List<RecognisedResult> chosen(List<Long> dossierIds, CurrentUser user) {
		Set<Long> wanted = new LinkedHashSet<>(dossierIds == null ? List.of() : dossierIds);
		wanted.remove(null);
		if (wanted.isEmpty()) {
			throw new BusinessRuleViolation(Errors.EMPTY);
		}
		Map<Long, RecognisedResult> available = new LinkedHashMap<>();
		candidates(user).forEach(r -> available.put(r.dossierId(), r));
		List<RecognisedResult> chosen = new ArrayList<>();
		Set<Long> products = new java.util.HashSet<>();
		for (Long id : wanted) {
			RecognisedResult result = available.get(id);
			if (result == null || !products.add(result.productId())) {
				throw new BusinessRuleViolation(Errors.NOT_AVAILABLE, String.valueOf(id));
			}
			chosen.add(result);
		}
		return chosen;
	}

	private static NewItem item(RecognisedResult r) {
		return new NewItem(r.dossierId(), r.productId(), r.productCode(), r.productName(), r.producerId(),
				r.producerName(), r.provinceCode(), r.communeCode(), r.communeName(), r.criteriaSet(), r.roundLabel(),
				r.meanPoints(), r.recognisedStars());
	}

	private LocalDate latestConfirmation(List<DecisionItem> items, RoundLevel level) {
		Set<Long> dossiers = new java.util.HashSet<>();
		items.stream().map(DecisionItem::dossierId).filter(Objects::nonNull).forEach(dossiers::add);
		if (dossiers.isEmpty()) {
			return null;
		}
		return councils.recognised(level, null)
			.stream()
			.filter(r -> dossiers.contains(r.dossierId()))
			.map(r -> r.confirmedAt().toLocalDate())
			.max(LocalDate::compareTo)
			.orElse(null);
	}

	private void check(DecisionCommand c, boolean signing, String scopeCode, long self, List<FieldProblem> problems) {
		if (signing && c.number() == null) {
			problems.add(new FieldProblem("number", "certificate.decision.validation.number-required"));
		}
		if (c.number() != null && c.number().length() > 60) {
			problems.add(new FieldProblem("number", "certificate.decision.validation.number-too-long", 60));
		}
		else if (c.number() != null && records.numberTaken(scopeCode, c.number(), self)) {
			problems.add(new FieldProblem("number", "certificate.decision.validation.number-taken", c.number()));
		}
		if (signing && c.date() == null) {
			problems.add(new FieldProblem("date", "certificate.decision.validation.date-required"));
		}
		if (c.date() != null && c.date().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("date", "certificate.decision.validation.date-future"));
		}
		if (c.date() != null && c.date().isBefore(EARLIEST)) {
			problems.add(new FieldProblem("date", "certificate.decision.validation.date-too-early", EARLIEST));
		}
		if (signing && c.signerName() == null) {
			problems.add(new FieldProblem("signerName", "certificate.decision.validation.signer-required"));
		}
		if (c.signerName() != null && c.signerName().length() > 200) {
			problems.add(new FieldProblem("signerName", "certificate.decision.validation.too-long", 200));
		}
		if (c.signerTitle() != null && c.signerTitle().length() > 200) {
			problems.add(new FieldProblem("signerTitle", "certificate.decision.validation.too-long", 200));
		}
	}

	private static DecisionCommand clean(DecisionCommand c) {
		DecisionCommand command = c == null ? DecisionCommand.empty() : c;
		return new DecisionCommand(blankToNull(command.number()), command.date(), blankToNull(command.signerName()),
				blankToNull(command.signerTitle()));
	}

	private static String blankToNull(String text) {
		String clean = VietText.clean(text);
		return clean == null || clean.isEmpty() ? null : clean;
	}

	private static DecisionCommand header(DecisionRow row) {
		return new DecisionCommand(row.number(), row.date(), row.signerName(), row.signerTitle());
	}

	private static Map<String, String> fields(DecisionCommand c, int products) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("number", c.number());
		fields.put("date", c.date() == null ? null : c.date().toString());
		fields.put("signerName", c.signerName());
		fields.put("signerTitle", c.signerTitle());
		if (products >= 0) {
			fields.put("products", String.valueOf(products));
		}
		return fields;
	}

	private String issuerName(String provinceCode) {
		if (provinceCode == null) {
			return centralIssuer;
		}
		String name = units.findCurrent(provinceCode).map(AdminUnitSummary::name).orElse(provinceCode);
		// "Tỉnh Hà Tĩnh" → "Ủy ban nhân dân tỉnh Hà Tĩnh"
		return "Ủy ban nhân dân " + name.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi")) + name.substring(1);
	}

	private void requireOffice(CurrentUser user) {
		if (!mayDecide(user)) {
			throw new AccessDenied(Errors.NOT_OFFICE);
		}
	}

	private static RoundLevel levelOf(CurrentUser user) {
		return user.scope().provinceCode() == null ? RoundLevel.CENTRAL : RoundLevel.PROVINCE;
	}

	private static String scopeOf(CurrentUser user) {
		return user.scope().provinceCode() == null ? "TW" : user.scope().provinceCode();
	}

	private boolean visible(DecisionRow row, CurrentUser user) {
		return mayDecide(user) && row.scopeCode().equals(scopeOf(user));
	}

	private DecisionRow decision(long id) {
		return records.decision(id).orElseThrow(() -> new NotFoundException(Errors.NOT_FOUND, String.valueOf(id)));
	}

	private DecisionRow draftOf(long id, CurrentUser user) {
		DecisionRow row = decision(id);
		if (!visible(row, user)) {
			throw new AccessDenied(Errors.NOT_OFFICE);
		}
		if (row.status() != DecisionStatus.DRAFT) {
			throw new BusinessRuleViolation(Errors.SIGNED);
		}
		return row;
	}

	private DecisionView view(DecisionRow row, CurrentUser user) {
		return new DecisionView(row.id(), row.level(), row.provinceCode(), row.issuerName(), row.number(), row.date(),
				row.signerName(), row.signerTitle(), row.status(), records.items(row.id()), row.createdAt(),
				row.createdBy(), row.signedAt(), row.signedBy(), row.version(),
				row.status() == DecisionStatus.DRAFT && visible(row, user));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
