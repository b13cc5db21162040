package vn.ocophub.evaluation;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.evaluation.internal.CommuneReport;
import vn.ocophub.evaluation.internal.Dossier;
import vn.ocophub.evaluation.internal.DossierRecords;
import vn.ocophub.evaluation.internal.DossierRecords.SubmittedAssessment;
import vn.ocophub.evaluation.internal.DossierRepository;
import vn.ocophub.evaluation.internal.DossierRules;
import vn.ocophub.evaluation.internal.DossierSteps;
import vn.ocophub.evaluation.internal.EvaluationRound;
import vn.ocophub.evaluation.internal.EvaluationRoundRepository;
import vn.ocophub.evaluation.internal.EvidenceStore;
import vn.ocophub.evaluation.internal.NotificationStore;
import vn.ocophub.evaluation.internal.SelfAssessment;
import vn.ocophub.evaluation.internal.SelfAssessmentRepository;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.producer.ProducerAccess;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductView;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;

/**
 * Dossiers (hồ sơ) in rounds: filed and completed by the producer's accounts or an officer in scope, checked,
 * returned or assessed and forwarded by the officer of the product's commune (or a provincial officer), seen on
 * the round's status board by whoever's scope reaches them. Every step is versioned, audited, written to the
 * dossier's history and, when it leaves someone waiting, notified.
 */
@Service
@Transactional(readOnly = true)
public class DossierManagement {

	/** The language of records that outlive the screen they were made on (reports, history). */
	private static final java.util.Locale OFFICIAL = java.util.Locale.forLanguageTag("vi");

	/** Audit target type of dossiers. */
	public static final String AUDIT_TYPE = "dossier";

	public enum Errors implements ErrorCode {

		NOT_FOUND("evaluation.dossier.not-found"), OUT_OF_SCOPE("evaluation.dossier.out-of-scope"),
		NOT_COMMUNE("evaluation.dossier.not-commune"), ILLEGAL_TRANSITION("evaluation.dossier.illegal-transition"),
		NOT_EDITABLE("evaluation.dossier.not-editable"), CONCURRENT_EDIT("evaluation.dossier.concurrent-edit"),
		DUPLICATE("evaluation.dossier.duplicate"), CENTRAL_ROUND("evaluation.dossier.central-round"),
		OTHER_PROVINCE("evaluation.dossier.other-province"),
		SELF_ASSESSMENT_NOT_FOUND("evaluation.dossier.self-assessment-not-found"),
		SELF_ASSESSMENT_NOT_SUBMITTED("evaluation.dossier.self-assessment-not-submitted"),
		SELF_ASSESSMENT_OTHER_PRODUCT("evaluation.dossier.self-assessment-other-product"),
		SELF_ASSESSMENT_WRONG_SET("evaluation.dossier.self-assessment-wrong-set"),
		FORMAT_INCOMPLETE("evaluation.dossier.format-incomplete"), NO_ASSESSMENT("evaluation.dossier.no-assessment"),
		ASSESSMENT_SENT("evaluation.dossier.assessment-sent"), NO_REPORT("evaluation.dossier.no-report");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final DossierRepository dossiers;

	private final DossierRecords records;

	private final EvaluationRoundRepository rounds;

	private final SelfAssessmentRepository assessments;

	private final EvidenceStore evidence;

	private final NotificationStore notifications;

	private final CriteriaCatalogue criteria;

	private final ProductManagement products;

	private final ProducerManagement producers;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final DossierSteps steps;

	private final Clock clock;

	DossierManagement(DossierRepository dossiers, DossierRecords records, EvaluationRoundRepository rounds,
			SelfAssessmentRepository assessments, EvidenceStore evidence, NotificationStore notifications,
			CriteriaCatalogue criteria, ProductManagement products, ProducerManagement producers, AuditTrail audit,
			MessageSource messages, DossierSteps steps, Clock clock) {
		this.steps = steps;
		this.dossiers = dossiers;
		this.records = records;
		this.rounds = rounds;
		this.assessments = assessments;
		this.evidence = evidence;
		this.notifications = notifications;
		this.criteria = criteria;
		this.products = products;
		this.producers = producers;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Who sees and files dossiers: provincial and commune officers in their scope, producer accounts for their
	 * own producers. Council members see only what a council assigns them, which this access does not give.
	 */
	public ProducerAccess access(CurrentUser user) {
		boolean officer = user.hasRole(Role.PROVINCE_OFFICER) || user.hasRole(Role.COMMUNE_OFFICER);
		return new ProducerAccess(user.scope(), officer, false, producers.access(user).ownProducers(),
				user.getUsername());
	}

	/** The submitted self-assessments the user may file in a round (its province's products the user may edit). */
	public List<SubmittedAssessment> filingOptions(long roundId, CurrentUser user) {
		EvaluationRound round = round(roundId);
		RoundManagement.requireVisible(round, user);
		if (round.provinceCode() == null) {
			return List.of();
		}
		return records.submittedAssessments(round.provinceCode(), access(user));
	}

	/** Files a draft dossier in an open provincial round for the product of a submitted self-assessment. */
	@Transactional
	public long file(long roundId, DossierData input, CurrentUser user) {
		EvaluationRound round = round(roundId);
		RoundManagement.requireVisible(round, user);
		round.requireOpen();
		if (round.level() != RoundLevel.PROVINCE) {
			throw new BusinessRuleViolation(Errors.CENTRAL_ROUND);
		}
		DossierData data = input.normalized();
		SelfAssessment assessment = data.selfAssessmentId() == null ? null
				: assessments.findById(data.selfAssessmentId()).orElse(null);
		ProductView product = assessment == null ? null : products.get(assessment.productId(), user);
		InvalidInput.throwIfAny(DossierRules.problems(data, product != null && tourism(product)));
		if (assessment == null) {
			throw new BusinessRuleViolation(Errors.SELF_ASSESSMENT_NOT_FOUND, String.valueOf(data.selfAssessmentId()));
		}
		requireEditable(product, user);
		if (!round.provinceCode().equals(product.provinceCode())) {
			throw new BusinessRuleViolation(Errors.OTHER_PROVINCE, product.name(), round.label());
		}
		String set = checkedSet(assessment, product, round);
		if (records.exists(roundId, product.id())) {
			throw new BusinessRuleViolation(Errors.DUPLICATE, product.name(), round.label());
		}
		Dossier dossier;
		Dossier.Step filed;
		try {
			Dossier draft = Dossier.draft(roundId, new Dossier.ProductFacts(product.id(), product.code(),
					product.name(), product.data().producerId(), product.producerName(), product.provinceCode(),
					product.communeCode(), product.communeName()), data, set, user.getUsername(), now());
			filed = draft.lastStep();
			dossier = dossiers.save(draft);
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleViolation(Errors.DUPLICATE, product.name(), round.label());
		}
		step(dossier, filed, user, List.of(new FieldChange("round", null, round.label()),
				new FieldChange("product", null, product.code() + " " + product.name()),
				new FieldChange("registrationType", null, data.registrationType().name())));
		return dossier.id();
	}

	/** Replaces the registration form of a draft or returned dossier read at {@code version}. */
	@Transactional
	public DossierView update(long id, long version, DossierData input, CurrentUser user) {
		Dossier dossier = load(id, version);
		ProductView product = products.get(dossier.productId(), user);
		requireEditable(product, user);
		EvaluationRound round = round(dossier.roundId());
		round.requireOpen();
		DossierData data = input.normalized();
		InvalidInput.throwIfAny(DossierRules.problems(data, tourism(product)));
		SelfAssessment assessment = assessments.findById(data.selfAssessmentId())
			.orElseThrow(() -> new BusinessRuleViolation(Errors.SELF_ASSESSMENT_NOT_FOUND,
					String.valueOf(data.selfAssessmentId())));
		String set = checkedSet(assessment, product, round);
		DossierData before = dossier.data();
		dossier.edit(data, set, user.getUsername(), now());
		Dossier.Step step = dossier.lastStep();
		Dossier saved = save(dossier);
		audit.recordChanges("DOSSIER_EDITED", AUDIT_TYPE, String.valueOf(id), saved.provinceCode(),
				DossierRules.changes(before, data));
		return get(id, user);
	}

	/** The producer (or an officer for it) sends the dossier to the commune; its officers are notified. */
	@Transactional
	public DossierView submit(long id, long version, CurrentUser user) {
		Dossier dossier = load(id, version);
		requireEditable(products.get(dossier.productId(), user), user);
		round(dossier.roundId()).requireOpen();
		dossier.submit(user.getUsername(), now());
		Dossier.Step step = dossier.lastStep();
		Dossier saved = save(dossier);
		step(saved, step, user, List.of());
		notifications.toRole(Role.COMMUNE_OFFICER, saved.provinceCode(), saved.communeCode(),
				"evaluation.notification.submitted", List.of(saved.productName(), saved.producerName()), link(saved), now());
		return get(id, user);
	}

	/** The commune returns the dossier for completion with its reasons; the producer's accounts are notified. */
	@Transactional
	public DossierView returnForCompletion(long id, long version, String reasons, CurrentUser user) {
		String reason = reasons == null ? "" : reasons.strip();
		if (reason.isEmpty() || reason.length() > 2000) {
			throw new InvalidInput(new vn.ocophub.shared.error.FieldProblem("reasons", "evaluation.dossier.validation.reasons"));
		}
		Dossier dossier = load(id, version);
		requireCommune(dossier, user);
		round(dossier.roundId()).requireOpen();
		if (records.assessment(id).map(CommuneAssessmentView::sent).orElse(false)) {
			throw new BusinessRuleViolation(Errors.ASSESSMENT_SENT);
		}
		dossier.returnForCompletion(reason, user.getUsername(), now());
		Dossier.Step step = dossier.lastStep();
		Dossier saved = save(dossier);
		step(saved, step, user, List.of());
		notifications.toProducer(saved.producerId(), "evaluation.notification.returned",
				List.of(saved.productName(), reason), link(saved), now());
		return get(id, user);
	}

	/** The commune records (or corrects, until it is sent) its format check and its findings on the local criteria. */
	@Transactional
	public DossierView recordCommuneAssessment(long id, long version, CommuneAssessmentData data, CurrentUser user) {
		Dossier dossier = load(id, version);
		requireCommune(dossier, user);
		InvalidInput.throwIfAny(DossierRules.problems(data));
		if (!data.formatOk()) {
			throw new BusinessRuleViolation(Errors.FORMAT_INCOMPLETE);
		}
		round(dossier.roundId()).requireOpen();
		dossier.recordCommuneAssessment(user.getUsername(), now());
		if (!records.saveAssessment(id, DossierRules.clean(data), user.getUsername(), now())) {
			throw new BusinessRuleViolation(Errors.ASSESSMENT_SENT);
		}
		Dossier.Step step = dossier.lastStep();
		Dossier saved = save(dossier);
		if (step != null) {
			step(saved, step, user, List.of());
		}
		else {
			audit.recordChanges("DOSSIER_COMMUNE_ASSESSMENT_CORRECTED", AUDIT_TYPE, String.valueOf(id),
					saved.provinceCode(), List.of(new FieldChange("communeAssessment", null, data.conclusion())));
		}
		return get(id, user);
	}

	/**
	 * The commune sends the dossier to the province: the commune report is written as PDF and stored with the
	 * dossier, and from then on neither it nor the assessment changes. Provincial officers are notified.
	 */
	@Transactional
	public DossierView forward(long id, long version, CurrentUser user) {
		Dossier dossier = load(id, version);
		requireCommune(dossier, user);
		EvaluationRound round = round(dossier.roundId());
		round.requireOpen();
		CommuneAssessmentView assessment = records.assessment(id)
			.orElseThrow(() -> new BusinessRuleViolation(Errors.NO_ASSESSMENT));
		dossier.forward(user.getUsername(), now());
		Dossier.Step step = dossier.lastStep();
		Dossier saved = save(dossier);
		SelfAssessment selfAssessment = assessments.findById(saved.selfAssessmentId()).orElseThrow();
		// The report is an official paper of the commune's People's Committee: in Vietnamese, whatever the
		// language of the officer's screen.
		byte[] pdf = new CommuneReport((key, args) -> messages.getMessage(key, args, key, OFFICIAL))
			.write(new CommuneReport.Facts(id, round.label(), saved.communeName(), saved.productName(),
					saved.productCode(), saved.producerName(),
					messages.getMessage("evaluation.type." + saved.data().registrationType(), null, OFFICIAL),
					saved.criteriaSet(), selfAssessment.recordedScore().total(), user.fullName(), now()),
					assessment.data());
		if (!records.markSent(id, pdf, sha256(pdf), user.getUsername(), now())) {
			throw new BusinessRuleViolation(Errors.ASSESSMENT_SENT);
		}
		step(saved, step, user, List.of(new FieldChange("communeReport", null, sha256(pdf))));
		notifications.toRole(Role.PROVINCE_OFFICER, saved.provinceCode(), null, "evaluation.notification.forwarded",
				List.of(saved.productName(), saved.communeName()), link(saved), now());
		return get(id, user);
	}

	/** Dossiers of a round that lapse because it closes while they are still with the producer. */
	@Transactional
	public int lapse(List<Long> ids, String roundLabel, CurrentUser user) {
		// Stored in the history that every reader sees, so in the official language.
		String reason = messages.getMessage("evaluation.dossier.lapse-reason", new Object[] { roundLabel }, OFFICIAL);
		for (Long id : ids) {
			Dossier dossier = dossiers.findById(id).orElseThrow();
			dossier.lapse(reason, user.getUsername(), now());
			Dossier.Step step = dossier.lastStep();
			step(save(dossier), step, user, List.of());
		}
		return ids.size();
	}

	public DossierView get(long id, CurrentUser user) {
		Dossier d = dossiers.findById(id).orElseThrow(() -> new NotFoundException(Errors.NOT_FOUND, String.valueOf(id)));
		if (!access(user).canSee(d.producerId(), d.provinceCode(), d.communeCode())) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE);
		}
		EvaluationRound round = round(d.roundId());
		boolean open = round.status() == RoundStatus.OPEN;
		SelfAssessment sa = assessments.findById(d.selfAssessmentId()).orElseThrow();
		boolean editable = open && d.status().editableByProducer()
				&& access(user).canEdit(d.producerId(), d.provinceCode(), d.communeCode());
		boolean commune = open && communeOfficer(d, user)
				&& (d.status() == DossierStatus.SUBMITTED || d.status() == DossierStatus.COMMUNE_ASSESSED);
		return new DossierView(d.id(), d.roundId(), round.label(), d.productId(), d.productCode(), d.productName(),
				d.producerId(), d.producerName(), d.provinceCode(), d.communeCode(), d.communeName(), d.selfAssessmentId(),
				d.criteriaSet(), sa.recordedScore(), evidence.count(d.selfAssessmentId(), null), d.data(), d.status(),
				d.statusChangedAt(), d.createdAt(), d.createdBy(), d.updatedAt(), d.updatedBy(), d.version(),
				history(id, user), records.assessment(id).orElse(null), "26".equals(productSetOf(d.criteriaSet())),
				editable, commune);
	}

	/**
	 * The dossier's history as the reader may see it. A council works behind closed doors until its chair confirms
	 * the result: for readers outside the offices (the producer's accounts) the council's steps name no member, and
	 * the re-scorings (a sheet reopened, with its reason) are left out.
	 */
	private List<DossierEvent> history(long id, CurrentUser user) {
		List<DossierEvent> events = records.history(id);
		if (user.hasRole(Role.PROVINCE_OFFICER) || user.hasRole(Role.COMMUNE_OFFICER)) {
			return events;
		}
		java.util.Set<DossierStatus> council = java.util.EnumSet.of(DossierStatus.ASSIGNED, DossierStatus.SCORED,
				DossierStatus.RESULT_CONFIRMED);
		return events.stream()
			.filter(e -> !(e.from() == DossierStatus.SCORED && e.to() == DossierStatus.ASSIGNED))
			.map(e -> council.contains(e.to()) ? new DossierEvent(e.occurredAt(),
					messages.getMessage("evaluation.dossier.history.council", null, org.springframework.context.i18n.LocaleContextHolder.getLocale()), e.from(), e.to(), null) : e)
			.toList();
	}

	/** The round's status board: the dossiers the user may see, filtered. */
	public List<DossierRow> board(long roundId, BoardQuery query, CurrentUser user) {
		EvaluationRound round = round(roundId);
		RoundManagement.requireVisible(round, user);
		return records.board(roundId, access(user), query, now());
	}

	/** Communes of the round's visible dossiers, code → name, for the board's filter. */
	public java.util.Map<String, String> boardCommunes(long roundId, CurrentUser user) {
		return records.communes(roundId, access(user));
	}

	/** The commune report as it was stored when the dossier was sent to the province. */
	public byte[] communeReport(long id, CurrentUser user) {
		get(id, user);
		return records.report(id).orElseThrow(() -> new NotFoundException(Errors.NO_REPORT, String.valueOf(id)));
	}

	private String checkedSet(SelfAssessment assessment, ProductView product, EvaluationRound round) {
		if (assessment.productId() != product.id()) {
			throw new BusinessRuleViolation(Errors.SELF_ASSESSMENT_OTHER_PRODUCT, assessment.id());
		}
		if (assessment.isDraft()) {
			throw new BusinessRuleViolation(Errors.SELF_ASSESSMENT_NOT_SUBMITTED, assessment.id());
		}
		String expected = vn.ocophub.criteria.CriteriaSet.codeOf(criteria.version(round.ruleVersion()).criteriaVersion(),
				product.data().productSet().code());
		if (!expected.equals(assessment.criteriaSet())) {
			throw new BusinessRuleViolation(Errors.SELF_ASSESSMENT_WRONG_SET, assessment.id(), assessment.criteriaSet(),
					round.label(), expected);
		}
		return assessment.criteriaSet();
	}

	private void requireEditable(ProductView product, CurrentUser user) {
		if (!access(user).canEdit(product.data().producerId(), product.provinceCode(), product.communeCode())) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE);
		}
	}

	private void requireCommune(Dossier dossier, CurrentUser user) {
		if (!access(user).canSee(dossier.producerId(), dossier.provinceCode(), dossier.communeCode())) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE);
		}
		if (!communeOfficer(dossier, user)) {
			throw new AccessDenied(Errors.NOT_COMMUNE);
		}
	}

	private static boolean communeOfficer(Dossier dossier, CurrentUser user) {
		return (user.hasRole(Role.COMMUNE_OFFICER) || user.hasRole(Role.PROVINCE_OFFICER))
				&& user.scope().covers(dossier.provinceCode(), dossier.communeCode());
	}

	private boolean tourism(ProductView product) {
		return "26".equals(product.data().productSet().code());
	}

	private String productSetOf(String criteriaSet) {
		return criteria.find(criteriaSet).map(vn.ocophub.criteria.CriteriaSet::productSetCode).orElse("");
	}

	private void step(Dossier dossier, Dossier.Step step, CurrentUser user, List<FieldChange> details) {
		steps.record(dossier, step, user.getUsername(), details);
	}

	private Dossier load(long id, long version) {
		Dossier dossier = dossiers.findById(id)
			.orElseThrow(() -> new NotFoundException(Errors.NOT_FOUND, String.valueOf(id)));
		if (dossier.version() != version) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		return dossier;
	}

	private Dossier save(Dossier dossier) {
		return steps.save(dossier);
	}

	private EvaluationRound round(long id) {
		return rounds.findById(id)
			.orElseThrow(() -> new NotFoundException(RoundManagement.Errors.NOT_FOUND, String.valueOf(id)));
	}

	private static String link(Dossier dossier) {
		return "/dossiers/" + dossier.id();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
