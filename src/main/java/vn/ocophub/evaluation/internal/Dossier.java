package vn.ocophub.evaluation.internal;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

import vn.ocophub.evaluation.DossierData;
import vn.ocophub.evaluation.DossierManagement;
import vn.ocophub.evaluation.DossierStatus;
import vn.ocophub.evaluation.RegistrationType;
import vn.ocophub.shared.error.BusinessRuleViolation;

/**
 * A product's dossier (hồ sơ) in a round. Its status only moves through the intention-revealing methods below,
 * each of which refuses an illegal step with {@code evaluation.dossier.illegal-transition}; the last step taken
 * is kept (transiently) so that the caller can write it to the dossier's history. Versioned, so that two
 * people acting on the same dossier never overwrite each other.
 */
public class Dossier {

	@Id
	private Long id;

	private long roundId;

	private long productId;

	private String productCode;

	private String productName;

	private long producerId;

	private String producerName;

	private String provinceCode;

	private String communeCode;

	private String communeName;

	private long selfAssessmentId;

	private String criteriaSet;

	private String registrationType;

	private String applicantName;

	private String applicantTitle;

	private String applicantPhone;

	private String applicantEmail;

	private String productionAddress;

	private String productSummary;

	private String currentCertificate;

	private Integer sampleCount;

	private Long sourceDossierId;

	private String status;

	private OffsetDateTime statusChangedAt;

	private OffsetDateTime createdAt;

	private String createdBy;

	private OffsetDateTime updatedAt;

	private String updatedBy;

	@Version
	private Long version;

	@Transient
	private Step lastStep;

	Dossier() {
	}

	/** A new draft; the caller has checked the form, the self-assessment and the round. */
	public static Dossier draft(long roundId, ProductFacts product, DossierData data, String criteriaSet,
			String actor, OffsetDateTime now) {
		Dossier dossier = new Dossier();
		dossier.roundId = roundId;
		dossier.productId = product.productId();
		dossier.productCode = product.productCode();
		dossier.productName = product.productName();
		dossier.producerId = product.producerId();
		dossier.producerName = product.producerName();
		dossier.provinceCode = product.provinceCode();
		dossier.communeCode = product.communeCode();
		dossier.communeName = product.communeName();
		dossier.status = DossierStatus.DRAFT.name();
		dossier.statusChangedAt = now;
		dossier.createdAt = now;
		dossier.createdBy = actor;
		dossier.fill(data, criteriaSet, actor, now);
		dossier.lastStep = new Step(null, DossierStatus.DRAFT, null);
		return dossier;
	}

	/**
	 * A provincial dossier proposed for 5 stars, carried into a central round: the same product, registration
	 * and self-assessment, waiting for the central council (the commune has no part at that level).
	 */
	public static Dossier carriedOver(long centralRoundId, Dossier source, String reason, String actor,
			OffsetDateTime now) {
		Dossier dossier = new Dossier();
		dossier.roundId = centralRoundId;
		dossier.sourceDossierId = source.id;
		dossier.productId = source.productId;
		dossier.productCode = source.productCode;
		dossier.productName = source.productName;
		dossier.producerId = source.producerId;
		dossier.producerName = source.producerName;
		dossier.provinceCode = source.provinceCode;
		dossier.communeCode = source.communeCode;
		dossier.communeName = source.communeName;
		dossier.status = DossierStatus.FORWARDED.name();
		dossier.statusChangedAt = now;
		dossier.createdAt = now;
		dossier.createdBy = actor;
		dossier.fill(source.data(), source.criteriaSet, actor, now);
		dossier.lastStep = new Step(null, DossierStatus.FORWARDED, reason);
		return dossier;
	}

	/** Replaces the registration form of a draft or returned dossier. */
	public void edit(DossierData data, String criteriaSet, String actor, OffsetDateTime now) {
		if (!status().editableByProducer()) {
			throw new BusinessRuleViolation(DossierManagement.Errors.NOT_EDITABLE, status().name());
		}
		fill(data, criteriaSet, actor, now);
	}

	/** The producer sends the dossier to the commune, the first time or after completing a returned one. */
	public void submit(String actor, OffsetDateTime now) {
		move(EnumSet.of(DossierStatus.DRAFT, DossierStatus.RETURNED), DossierStatus.SUBMITTED, null, actor, now);
	}

	/** The commune returns the dossier to the producer for completion, with the reasons. */
	public void returnForCompletion(String reasons, String actor, OffsetDateTime now) {
		move(EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.COMMUNE_ASSESSED), DossierStatus.RETURNED, reasons,
				actor, now);
	}

	/** The commune has recorded (or corrected, before sending) its assessment of the local criteria. */
	public void recordCommuneAssessment(String actor, OffsetDateTime now) {
		if (status() == DossierStatus.COMMUNE_ASSESSED) {
			touch(actor, now);
			lastStep = null;
			return;
		}
		move(EnumSet.of(DossierStatus.SUBMITTED), DossierStatus.COMMUNE_ASSESSED, null, actor, now);
	}

	/** The commune sends the assessed dossier and its report to the province. */
	public void forward(String actor, OffsetDateTime now) {
		move(EnumSet.of(DossierStatus.COMMUNE_ASSESSED), DossierStatus.FORWARDED, null, actor, now);
	}

	/** The province assigns the forwarded dossier to a council. */
	public void assignToCouncil(String actor, OffsetDateTime now) {
		move(EnumSet.of(DossierStatus.FORWARDED), DossierStatus.ASSIGNED, null, actor, now);
	}

	/** The council has scored the dossier. */
	public void markScored(String actor, OffsetDateTime now) {
		move(EnumSet.of(DossierStatus.ASSIGNED), DossierStatus.SCORED, null, actor, now);
	}

	/** The chair reopened a member's sheet: the dossier waits for scores again. */
	public void reopenScoring(String reason, String actor, OffsetDateTime now) {
		move(EnumSet.of(DossierStatus.SCORED), DossierStatus.ASSIGNED, reason, actor, now);
	}

	/**
	 * The chair has confirmed the result: with every eligible sheet in (scored), or with a quorum while some
	 * members have not scored (still assigned).
	 */
	public void confirmResult(String actor, OffsetDateTime now) {
		move(EnumSet.of(DossierStatus.ASSIGNED, DossierStatus.SCORED), DossierStatus.RESULT_CONFIRMED, null, actor,
				now);
	}

	/** The round closed while the dossier was still with the producer (never submitted or never resubmitted). */
	public void lapse(String reason, String actor, OffsetDateTime now) {
		move(EnumSet.of(DossierStatus.DRAFT, DossierStatus.RETURNED), DossierStatus.LAPSED, reason, actor, now);
	}

	private void move(Set<DossierStatus> from, DossierStatus to, String reason, String actor, OffsetDateTime now) {
		DossierStatus current = status();
		if (!from.contains(current)) {
			throw new BusinessRuleViolation(DossierManagement.Errors.ILLEGAL_TRANSITION, current.name(), to.name());
		}
		status = to.name();
		statusChangedAt = now;
		touch(actor, now);
		lastStep = new Step(current, to, reason);
	}

	private void fill(DossierData data, String criteriaSet, String actor, OffsetDateTime now) {
		this.selfAssessmentId = data.selfAssessmentId();
		this.criteriaSet = criteriaSet;
		this.registrationType = data.registrationType().name();
		this.applicantName = data.applicantName();
		this.applicantTitle = data.applicantTitle();
		this.applicantPhone = data.applicantPhone();
		this.applicantEmail = data.applicantEmail();
		this.productionAddress = data.productionAddress();
		this.productSummary = data.productSummary();
		this.currentCertificate = data.currentCertificate();
		this.sampleCount = data.sampleCount();
		touch(actor, now);
	}

	private void touch(String actor, OffsetDateTime now) {
		updatedAt = now;
		updatedBy = actor;
	}

	public DossierData data() {
		return new DossierData(RegistrationType.valueOf(registrationType), selfAssessmentId, applicantName,
				applicantTitle, applicantPhone, applicantEmail, productionAddress, productSummary, currentCertificate,
				sampleCount);
	}

	/** The step the last transition took, or null when nothing moved. */
	public Step lastStep() {
		return lastStep;
	}

	public Long id() {
		return id;
	}

	public long roundId() {
		return roundId;
	}

	public long productId() {
		return productId;
	}

	public String productCode() {
		return productCode;
	}

	public String productName() {
		return productName;
	}

	public long producerId() {
		return producerId;
	}

	public String producerName() {
		return producerName;
	}

	public String provinceCode() {
		return provinceCode;
	}

	public String communeCode() {
		return communeCode;
	}

	public String communeName() {
		return communeName;
	}

	/** The provincial dossier a central round's dossier was carried over from; null otherwise. */
	public Long sourceDossierId() {
		return sourceDossierId;
	}

	public long selfAssessmentId() {
		return selfAssessmentId;
	}

	public String criteriaSet() {
		return criteriaSet;
	}

	public DossierStatus status() {
		return DossierStatus.valueOf(status);
	}

	public OffsetDateTime statusChangedAt() {
		return statusChangedAt;
	}

	public OffsetDateTime createdAt() {
		return createdAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public OffsetDateTime updatedAt() {
		return updatedAt;
	}

	public String updatedBy() {
		return updatedBy;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** A status change: from (null when filed), to, and the reason given. */
	public record Step(DossierStatus from, DossierStatus to, String reason) {
	}

	/** What a dossier copies from its product when it is filed. */
	public record ProductFacts(long productId, String productCode, String productName, long producerId,
			String producerName, String provinceCode, String communeCode, String communeName) {
	}

}
