package vn.ocophub.evaluation.internal;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.CriterionOption;
import vn.ocophub.criteria.StarResult;
import vn.ocophub.evaluation.RecordedAnswer;
import vn.ocophub.evaluation.RecordedScore;
import vn.ocophub.evaluation.SelfAssessmentManagement;
import vn.ocophub.evaluation.SelfAssessmentStatus;
import vn.ocophub.shared.error.BusinessRuleViolation;

/**
 * The self-assessment aggregate: the answers ticked on one criteria set for one product, and the score they
 * make. Versioned, so that two people editing the same draft never overwrite each other; once submitted, every
 * change is refused.
 */
public class SelfAssessment {

	@Id
	private Long id;

	private long productId;

	private String productCode;

	private String productName;

	private long producerId;

	private String producerName;

	private String provinceCode;

	private String communeCode;

	private String ruleVersion;

	private String criteriaSet;

	private String status;

	@MappedCollection
	private Set<SelfAssessmentAnswer> answers = new HashSet<>();

	private int totalPoints;

	private int pointsA;

	private int pointsB;

	private int pointsC;

	private int stars;

	private OffsetDateTime createdAt;

	private String createdBy;

	private OffsetDateTime updatedAt;

	private String updatedBy;

	private OffsetDateTime submittedAt;

	private String submittedBy;

	@Version
	private Long version;

	SelfAssessment() {
	}

	/** A new draft with nothing ticked, on the criteria set of a rule version. */
	public static SelfAssessment start(ProductFacts product, String ruleVersion, String criteriaSet,
			StarResult empty, String actor, OffsetDateTime now) {
		SelfAssessment assessment = new SelfAssessment();
		assessment.productId = product.productId();
		assessment.producerId = product.producerId();
		assessment.ruleVersion = ruleVersion;
		assessment.criteriaSet = criteriaSet;
		assessment.status = SelfAssessmentStatus.DRAFT.name();
		assessment.createdAt = now;
		assessment.createdBy = actor;
		assessment.describe(product);
		assessment.score(empty);
		assessment.touch(actor, now);
		return assessment;
	}

	/** Replaces the answers of a draft and the score they make. */
	public void answer(Map<String, String> newAnswers, StarResult result, ProductFacts product, String actor,
			OffsetDateTime now) {
		requireDraft();
		answers = newAnswers.entrySet()
			.stream()
			.map(entry -> new SelfAssessmentAnswer(entry.getKey(), entry.getValue(), null, null))
			.collect(Collectors.toCollection(HashSet::new));
		describe(product);
		score(result);
		touch(actor, now);
	}

	/**
	 * Files the draft: from now on it is a report that never changes. The points and text of each ticked option
	 * are recorded with it from the set it was scored on.
	 */
	public void submit(CriteriaSet set, String actor, OffsetDateTime now) {
		requireDraft();
		answers = answers.stream().map(answer -> {
			CriterionOption option = set.criterion(answer.criterionCode())
				.flatMap(criterion -> criterion.option(answer.optionCode()))
				.orElseThrow(() -> new IllegalStateException("answer outside its set: " + answer));
			return new SelfAssessmentAnswer(answer.criterionCode(), answer.optionCode(), option.points(), option.text());
		}).collect(Collectors.toCollection(HashSet::new));
		status = SelfAssessmentStatus.SUBMITTED.name();
		submittedAt = now;
		submittedBy = actor;
		touch(actor, now);
	}

	/** @throws BusinessRuleViolation when the self-assessment was submitted */
	public void requireDraft() {
		if (!isDraft()) {
			throw new BusinessRuleViolation(SelfAssessmentManagement.Errors.ALREADY_SUBMITTED);
		}
	}

	public boolean isDraft() {
		return SelfAssessmentStatus.DRAFT.name().equals(status);
	}

	private void describe(ProductFacts product) {
		// A product moved to another producer (a corrected registration) takes its drafts with it.
		producerId = product.producerId();
		productCode = product.productCode();
		productName = product.productName();
		producerName = product.producerName();
		provinceCode = product.provinceCode();
		communeCode = product.communeCode();
	}

	private void score(StarResult result) {
		totalPoints = result.total();
		pointsA = result.parts().getOrDefault("A", 0);
		pointsB = result.parts().getOrDefault("B", 0);
		pointsC = result.parts().getOrDefault("C", 0);
		stars = result.stars();
	}

	private void touch(String actor, OffsetDateTime now) {
		updatedAt = now;
		updatedBy = actor;
	}

	/** Criterion code → option code, in code order. */
	public Map<String, String> answers() {
		return answers.stream()
			.collect(Collectors.toMap(SelfAssessmentAnswer::criterionCode, SelfAssessmentAnswer::optionCode,
					(a, b) -> a, TreeMap::new));
	}

	/** What the filed report recorded for each answer: empty for a draft. */
	public Map<String, RecordedAnswer> filedAnswers() {
		return answers.stream()
			.filter(answer -> answer.points() != null)
			.collect(Collectors.toMap(SelfAssessmentAnswer::criterionCode,
					answer -> new RecordedAnswer(answer.optionCode(), answer.points(), answer.optionText()),
					(a, b) -> a, TreeMap::new));
	}

	public RecordedScore recordedScore() {
		return new RecordedScore(totalPoints, pointsA, pointsB, pointsC, stars);
	}

	public Long id() {
		return id;
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

	public String ruleVersion() {
		return ruleVersion;
	}

	public String criteriaSet() {
		return criteriaSet;
	}

	public SelfAssessmentStatus status() {
		return SelfAssessmentStatus.valueOf(status);
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

	public OffsetDateTime submittedAt() {
		return submittedAt;
	}

	public String submittedBy() {
		return submittedBy;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** An answer: the option ticked for a criterion. */
	/**
	 * One ticked option; {@code points} and {@code optionText} are recorded when the report is filed, so that the
	 * filed report reads the same even if the rule file of its set is corrected later.
	 */
	record SelfAssessmentAnswer(String criterionCode, String optionCode, Integer points, String optionText) {
	}

	/** What a self-assessment copies from its product when it is started and while it is a draft. */
	public record ProductFacts(long productId, String productCode, String productName, long producerId,
			String producerName, String provinceCode, String communeCode) {
	}

}
