package vn.ocophub.evaluation;

import java.time.OffsetDateTime;

/** An evidence file (minh chứng) attached to one criterion of a self-assessment, without its bytes. */
public record EvidenceFile(long id, String criterionCode, String fileName, String contentType, long sizeBytes,
		OffsetDateTime createdAt, String createdBy) {
}
