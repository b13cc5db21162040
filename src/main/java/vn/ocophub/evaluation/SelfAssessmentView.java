package vn.ocophub.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import vn.ocophub.criteria.StarResult;

/**
 * A self-assessment as its page and report show it.
 *
 * @param answers criterion code → option code, for the answered criteria
 * @param filedAnswers for a submitted one, each answer's option, points and text as filed (empty for a draft)
 * @param score the points and stars stored with it (frozen once submitted)
 * @param result the star rule applied to the answers now, with the way to the next star
 * @param editable whether the user may still change it: a draft of a product the user may edit
 */
public record SelfAssessmentView(long id, long productId, String productCode, String productName, long producerId,
		String producerName, String ruleVersion, String criteriaSetCode, SelfAssessmentStatus status,
		Map<String, String> answers, Map<String, RecordedAnswer> filedAnswers, RecordedScore score, StarResult result, List<EvidenceFile> evidence,
		OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy,
		OffsetDateTime submittedAt, String submittedBy, long version, boolean editable) {

	public SelfAssessmentView {
		answers = Map.copyOf(answers);
		filedAnswers = Map.copyOf(filedAnswers);
		evidence = List.copyOf(evidence);
	}

	public boolean submitted() {
		return status == SelfAssessmentStatus.SUBMITTED;
	}

	/** The evidence files of one criterion, in upload order. */
	public List<EvidenceFile> evidenceOf(String criterionCode) {
		return evidence.stream().filter(file -> file.criterionCode().equals(criterionCode)).toList();
	}

}
