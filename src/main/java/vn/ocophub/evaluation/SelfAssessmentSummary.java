package vn.ocophub.evaluation;

import java.time.OffsetDateTime;

/** A self-assessment in a list: what, of which product, where it stands and its recorded score. */
public record SelfAssessmentSummary(long id, long productId, String productCode, String productName,
		String producerName, String criteriaSetCode, SelfAssessmentStatus status, RecordedScore score,
		OffsetDateTime updatedAt, String updatedBy, OffsetDateTime submittedAt, String submittedBy) {
}
