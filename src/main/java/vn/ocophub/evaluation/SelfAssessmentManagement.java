package vn.ocophub.evaluation;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.RuleVersion;
import vn.ocophub.criteria.StarResult;
import vn.ocophub.evaluation.internal.AnswerSheetRules;
import vn.ocophub.evaluation.internal.EvidenceStore;
import vn.ocophub.evaluation.internal.EvidenceType;
import vn.ocophub.evaluation.internal.SelfAssessment;
import vn.ocophub.evaluation.internal.SelfAssessment.ProductFacts;
import vn.ocophub.evaluation.internal.SelfAssessmentListing;
import vn.ocophub.evaluation.internal.SelfAssessmentReport;
import vn.ocophub.evaluation.internal.SelfAssessmentRepository;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.UserManagement;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.producer.ProducerMoved;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductView;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.VietText;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;

/**
 * Self-assessments (báo cáo tự đánh giá) of products: started, answered and submitted by whoever may edit the
 * product (its producer's accounts, officers in scope), read by whoever may see it. A draft is scored with the
 * star rule as it is answered; a submitted one keeps its answers, evidence and score for good.
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessmentManagement {

	/** Audit target type of self-assessments. */
	public static final String AUDIT_TYPE = "self-assessment";

	/** Largest evidence file accepted. */
	public static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

	/** Evidence files one criterion may have, and one self-assessment in all. */
	public static final int MAX_EVIDENCE_PER_CRITERION = 5;

	/**
	 * How far back evidence may be reused: the 36 months an OCOP certificate lasts, the span a re-recognition
	 * dossier reports on. The page shows when each file was filed; whether a paper is still in force (a test
	 * report, a contract) is for the producer to judge, and the council sees the date too.
	 */
	public static final int REUSE_MONTHS = 36;

	public static final int MAX_EVIDENCE = 60;

	/** Error codes of self-assessments. */
	public enum Errors implements ErrorCode {

		NOT_FOUND("evaluation.self-assessment.not-found"), OUT_OF_SCOPE("evaluation.self-assessment.out-of-scope"),
		ALREADY_SUBMITTED("evaluation.self-assessment.already-submitted"),
		CONCURRENT_EDIT("evaluation.self-assessment.concurrent-edit"),
		NO_CRITERIA_SET("evaluation.self-assessment.no-criteria-set"),
		INCOMPLETE("evaluation.self-assessment.incomplete"), EVIDENCE_NOT_FOUND("evaluation.evidence.not-found"),
		EVIDENCE_TYPE("evaluation.evidence.type"), EVIDENCE_TOO_LARGE("evaluation.evidence.too-large"),
		EVIDENCE_EMPTY("evaluation.evidence.empty"), EVIDENCE_TOO_MANY("evaluation.evidence.too-many"),
		EVIDENCE_TOO_MANY_FOR_CRITERION("evaluation.evidence.too-many-for-criterion"),
		EVIDENCE_DUPLICATE("evaluation.evidence.duplicate"),
		EVIDENCE_NOT_REUSABLE("evaluation.evidence.not-reusable"),
		UNKNOWN_CRITERION("evaluation.evidence.unknown-criterion");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final SelfAssessmentRepository repository;

	private final SelfAssessmentListing listing;

	private final EvidenceStore evidence;

	private final CriteriaCatalogue criteria;

	private final ProductManagement products;

	private final ProducerManagement producers;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	private final UserManagement users;

	SelfAssessmentManagement(SelfAssessmentRepository repository, SelfAssessmentListing listing,
			EvidenceStore evidence, CriteriaCatalogue criteria, ProductManagement products,
			ProducerManagement producers, AuditTrail audit, Clock clock, MessageSource messages, UserManagement users) {
		this.users = users;
		this.repository = repository;
		this.listing = listing;
		this.evidence = evidence;
		this.criteria = criteria;
		this.products = products;
		this.producers = producers;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * Starts a draft for a product on the criteria set of its product set under the rule version in force today.
	 * @return the new self-assessment's id
	 */
	@Transactional
	public long start(long productId, CurrentUser user) {
		ProductView product = products.get(productId, user);
		if (!product.editable()) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE);
		}
		RuleVersion version = criteria.current();
		String setCode = CriteriaSet.codeOf(version.criteriaVersion(), product.data().productSet().code());
		CriteriaSet set = criteria.find(setCode)
			.orElseThrow(() -> new BusinessRuleViolation(Errors.NO_CRITERIA_SET, setCode));
		SelfAssessment draft = repository.save(SelfAssessment.start(facts(product), version.code(), set.code(),
				criteria.score(version, set.code(), Map.of()), user.getUsername(), now()));
		audit.recordChanges("SELF_ASSESSMENT_CREATED", AUDIT_TYPE, String.valueOf(draft.id()), product.provinceCode(),
				List.of(new FieldChange("product", null, product.code() + " " + product.name()),
						new FieldChange("criteriaSet", null, set.code()),
						new FieldChange("ruleVersion", null, version.code())));
		return draft.id();
	}

	public SelfAssessmentView get(long id, CurrentUser user) {
		SelfAssessment assessment = load(id);
		return view(assessment, products.get(assessment.productId(), user).editable());
	}

	/** Scores answers on a self-assessment's criteria set without storing them (the running total of the form). */
	public StarResult preview(long id, Map<String, String> answers, CurrentUser user) {
		SelfAssessment assessment = load(id);
		products.get(assessment.productId(), user);
		return score(assessment, clean(answers));
	}

	/** Saves a draft's answers, read at {@code version}. */
	@Transactional
	public SelfAssessmentView saveDraft(long id, long version, Map<String, String> answers, CurrentUser user) {
		return view(record(id, version, answers, user), true);
	}

	/**
	 * Saves the answers and submits: every criterion must be answered. From then on the self-assessment, its
	 * evidence and its score never change.
	 */
	@Transactional
	public SelfAssessmentView submit(long id, long version, Map<String, String> answers, CurrentUser user) {
		SelfAssessment assessment = record(id, version, answers, user);
		List<String> unanswered = AnswerSheetRules.unanswered(criteria.set(assessment.criteriaSet()),
				assessment.answers());
		if (!unanswered.isEmpty()) {
			throw new BusinessRuleViolation(Errors.INCOMPLETE, unanswered.size(), String.join(", ", unanswered));
		}
		assessment.submit(criteria.set(assessment.criteriaSet()), user.getUsername(), now());
		SelfAssessment submitted = saveChecked(assessment);
		RecordedScore score = submitted.recordedScore();
		audit.recordChanges("SELF_ASSESSMENT_SUBMITTED", AUDIT_TYPE, String.valueOf(id), submitted.provinceCode(),
				List.of(new FieldChange("status", SelfAssessmentStatus.DRAFT.name(), SelfAssessmentStatus.SUBMITTED.name()),
						new FieldChange("total", null, String.valueOf(score.total())),
						new FieldChange("stars", null, String.valueOf(score.stars()))));
		return view(submitted, false);
	}

	private SelfAssessment record(long id, long version, Map<String, String> answers, CurrentUser user) {
		SelfAssessment assessment = load(id);
		ProductView product = editableProduct(assessment, user);
		assessment.requireDraft();
		if (assessment.version() != version) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		Map<String, String> cleaned = clean(answers);
		assessment.answer(cleaned, score(assessment, cleaned), facts(product), user.getUsername(), now());
		return saveChecked(assessment);
	}

	/** The self-assessments of a product, newest first. */
	public List<SelfAssessmentSummary> ofProduct(long productId, CurrentUser user) {
		products.get(productId, user);
		return listing.ofProduct(productId);
	}

	/** A page of the self-assessments the user may see, optionally of one status. */
	public PageResult<SelfAssessmentSummary> search(SelfAssessmentStatus status, PageRequest page, CurrentUser user) {
		return listing.page(producers.access(user), status, page);
	}

	/** Writes the printable report (PDF) of a self-assessment, draft or submitted. */
	public void report(long id, CurrentUser user, OutputStream out) {
		SelfAssessmentView view = get(id, user);
		new SelfAssessmentReport((key, args) -> messages.getMessage(key, args, key, LocaleContextHolder.getLocale()))
			.write(view, criteria.set(view.criteriaSetCode()), criteria.version(view.ruleVersion()).title(),
					username -> users.findByUsername(username)
						.map(account -> account.fullName() + " – " + account.username())
						.orElse(username),
					out);
	}

	/**
	 * Attaches an evidence file to a criterion of a draft: PDF, JPEG or PNG recognised by content, at most
	 * {@value #MAX_EVIDENCE_BYTES} bytes, stored as uploaded.
	 */
	@Transactional
	public EvidenceFile addEvidence(long id, String criterionCode, byte[] content, String fileName, CurrentUser user) {
		SelfAssessment assessment = lockedDraft(id, user);
		String criterion = criterionCode == null ? "" : criterionCode.trim();
		if (criteria.set(assessment.criteriaSet()).criterion(criterion).isEmpty()) {
			throw new BusinessRuleViolation(Errors.UNKNOWN_CRITERION, criterion);
		}
		String name = shownFileName(fileName);
		if (content == null || content.length == 0) {
			throw new BusinessRuleViolation(Errors.EVIDENCE_EMPTY, name);
		}
		if (content.length > MAX_EVIDENCE_BYTES) {
			throw new BusinessRuleViolation(Errors.EVIDENCE_TOO_LARGE, name, MAX_EVIDENCE_BYTES / (1024 * 1024));
		}
		EvidenceType type = EvidenceType.of(content)
			.orElseThrow(() -> new BusinessRuleViolation(Errors.EVIDENCE_TYPE, name));
		if (evidence.count(id, criterion) >= MAX_EVIDENCE_PER_CRITERION) {
			throw new BusinessRuleViolation(Errors.EVIDENCE_TOO_MANY_FOR_CRITERION, criterion, MAX_EVIDENCE_PER_CRITERION);
		}
		if (evidence.count(id, null) >= MAX_EVIDENCE) {
			throw new BusinessRuleViolation(Errors.EVIDENCE_TOO_MANY, MAX_EVIDENCE);
		}
		String sha = sha256(content);
		if (evidence.hasSame(id, criterion, sha)) {
			throw new BusinessRuleViolation(Errors.EVIDENCE_DUPLICATE, name, criterion);
		}
		String stored = storedName(fileName, type.extension());
		long evidenceId = evidence.insert(id, criterion, stored, type, content, sha, user.getUsername(), now());
		audit.recordChanges("SELF_ASSESSMENT_EVIDENCE_ADDED", AUDIT_TYPE, String.valueOf(id),
				assessment.provinceCode(), List.of(new FieldChange("evidence." + criterion, null, stored)));
		return evidence.find(id, evidenceId).orElseThrow();
	}

	/**
	 * What a draft may reuse, by criterion: evidence of the product's submitted self-assessments of the last
	 * {@value #REUSE_MONTHS} months for criteria of this draft's set, without the files it already has (same
	 * content) and one copy of each file (the newest filing).
	 */
	public Map<String, List<ReusableEvidence>> reusableEvidence(long id, CurrentUser user) {
		SelfAssessment assessment = load(id);
		products.get(assessment.productId(), user);
		if (!assessment.isDraft()) {
			return Map.of();
		}
		vn.ocophub.criteria.CriteriaSet set = criteria.set(assessment.criteriaSet());
		java.util.Set<String> attached = evidence.contentKeys(id);
		Map<String, List<ReusableEvidence>> byCriterion = new LinkedHashMap<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (ReusableEvidence candidate : evidence.reusable(assessment.productId(), id, now().minusMonths(REUSE_MONTHS))) {
			String criterion = candidate.file().criterionCode();
			String key = criterion + "|" + candidate.sha256();
			if (set.criterion(criterion).isPresent() && !attached.contains(key) && seen.add(key)) {
				byCriterion.computeIfAbsent(criterion, k -> new java.util.ArrayList<>()).add(candidate);
			}
		}
		return byCriterion;
	}

	/**
	 * Attaches to a draft a copy of an evidence file of the product's earlier submitted self-assessment, for the
	 * same criterion, with the same checks as an upload (limits, no duplicate).
	 */
	@Transactional
	public EvidenceFile reuseEvidence(long id, long sourceAssessmentId, long evidenceId, CurrentUser user) {
		SelfAssessment assessment = lockedDraft(id, user);
		ReusableEvidence source = evidence.reusable(assessment.productId(), id, now().minusMonths(REUSE_MONTHS))
			.stream()
			.filter(r -> r.assessmentId() == sourceAssessmentId && r.file().id() == evidenceId)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleViolation(Errors.EVIDENCE_NOT_REUSABLE, String.valueOf(evidenceId)));
		String criterion = source.file().criterionCode();
		if (criteria.set(assessment.criteriaSet()).criterion(criterion).isEmpty()) {
			throw new BusinessRuleViolation(Errors.UNKNOWN_CRITERION, criterion);
		}
		if (evidence.count(id, criterion) >= MAX_EVIDENCE_PER_CRITERION) {
			throw new BusinessRuleViolation(Errors.EVIDENCE_TOO_MANY_FOR_CRITERION, criterion, MAX_EVIDENCE_PER_CRITERION);
		}
		if (evidence.count(id, null) >= MAX_EVIDENCE) {
			throw new BusinessRuleViolation(Errors.EVIDENCE_TOO_MANY, MAX_EVIDENCE);
		}
		if (evidence.hasSame(id, criterion, source.sha256())) {
			throw new BusinessRuleViolation(Errors.EVIDENCE_DUPLICATE, source.file().fileName(), criterion);
		}
		long copy = evidence.copy(sourceAssessmentId, evidenceId, id, criterion, user.getUsername(), now());
		audit.recordChanges("SELF_ASSESSMENT_EVIDENCE_REUSED", AUDIT_TYPE, String.valueOf(id), assessment.provinceCode(),
				List.of(new FieldChange("evidence." + criterion, null,
						source.file().fileName() + " (#" + sourceAssessmentId + ")")));
		return evidence.find(id, copy).orElseThrow();
	}

	@Transactional
	public void removeEvidence(long id, long evidenceId, CurrentUser user) {
		SelfAssessment assessment = lockedDraft(id, user);
		EvidenceFile file = evidence.find(id, evidenceId)
			.orElseThrow(() -> new NotFoundException(Errors.EVIDENCE_NOT_FOUND, String.valueOf(evidenceId)));
		evidence.delete(id, evidenceId);
		audit.recordChanges("SELF_ASSESSMENT_EVIDENCE_REMOVED", AUDIT_TYPE, String.valueOf(id),
				assessment.provinceCode(), List.of(new FieldChange("evidence." + file.criterionCode(), file.fileName(), null)));
	}

	/** The bytes of an evidence file, for a user who may see the product. */
	public EvidenceContent evidence(long id, long evidenceId, CurrentUser user) {
		SelfAssessment assessment = load(id);
		products.get(assessment.productId(), user);
		return evidence.content(id, evidenceId)
			.orElseThrow(() -> new NotFoundException(Errors.EVIDENCE_NOT_FOUND, String.valueOf(evidenceId)));
	}

	@EventListener
	void producerMoved(ProducerMoved moved) {
		listing.producerMoved(moved.producerId(), moved.provinceCode(), moved.communeCode());
	}

	private SelfAssessment lockedDraft(long id, CurrentUser user) {
		SelfAssessment assessment = load(id);
		editableProduct(assessment, user);
		assessment.requireDraft();
		if (!listing.lockDraft(id)) {
			throw new BusinessRuleViolation(Errors.ALREADY_SUBMITTED);
		}
		return assessment;
	}

	private ProductView editableProduct(SelfAssessment assessment, CurrentUser user) {
		ProductView product = products.get(assessment.productId(), user);
		if (!product.editable()) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE);
		}
		return product;
	}

	private StarResult score(SelfAssessment assessment, Map<String, String> answers) {
		CriteriaSet set = criteria.set(assessment.criteriaSet());
		InvalidInput.throwIfAny(AnswerSheetRules.casesProblems(set, answers));
		return criteria.score(criteria.version(assessment.ruleVersion()), set.code(), answers);
	}

	private SelfAssessment saveChecked(SelfAssessment assessment) {
		try {
			return repository.save(assessment);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
	}

	private SelfAssessment load(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException(Errors.NOT_FOUND, String.valueOf(id)));
	}

	private SelfAssessmentView view(SelfAssessment a, boolean mayEdit) {
		CriteriaSet set = criteria.set(a.criteriaSet());
		Map<String, String> answers = a.answers();
		// Answers a later correction of the set no longer knows are kept, but not scored.
		Map<String, String> known = new LinkedHashMap<>();
		answers.forEach((criterion, option) -> set.criterion(criterion)
			.flatMap(c -> c.option(option))
			.ifPresent(o -> known.put(criterion, option)));
		return new SelfAssessmentView(a.id(), a.productId(), a.productCode(), a.productName(), a.producerId(),
				a.producerName(), a.ruleVersion(), a.criteriaSet(), a.status(), answers, a.filedAnswers(), a.recordedScore(),
				criteria.score(criteria.version(a.ruleVersion()), set.code(), known), evidence.list(a.id()), a.createdAt(), a.createdBy(), a.updatedAt(),
				a.updatedBy(), a.submittedAt(), a.submittedBy(), a.version(), mayEdit && a.isDraft());
	}

	/** Criterion → option, without blank options (a criterion left unanswered). */
	private static Map<String, String> clean(Map<String, String> answers) {
		Map<String, String> cleaned = new LinkedHashMap<>();
		answers.forEach((criterion, option) -> {
			if (criterion != null && option != null && !option.isBlank()) {
				cleaned.put(criterion.trim(), option.trim());
			}
		});
		return cleaned;
	}

	private static ProductFacts facts(ProductView product) {
		return new ProductFacts(product.id(), product.code(), product.name(), product.data().producerId(),
				product.producerName(), product.provinceCode(), product.communeCode());
	}

	/** An uploaded name as messages may quote it: no path, no control or direction-changing characters. */
	public static String shownFileName(String original) {
		String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cc}\\p{Cf}]", "");
		name = VietText.clean(name);
		return name == null ? "" : name;
	}

	/**
	 * The name an evidence file is listed and served under: the uploaded base name without path, control or
	 * direction-changing characters, with the extension of the type its content was recognised as (a PDF is
	 * never served as "bien-ban.html").
	 */
	static String storedName(String original, String extension) {
		String name = shownFileName(original);
		int dot = name.lastIndexOf('.');
		String base = (dot >= 0 ? name.substring(0, dot) : name).strip();
		if (base.isEmpty()) {
			base = "minh-chung";
		}
		base = base.length() <= 200 ? base : base.substring(0, 200);
		return base + "." + extension;
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
