package vn.ocophub.evaluation;

import java.time.OffsetDateTime;

import vn.ocophub.shared.VietnamTime;

/**
 * An evidence file of an earlier, submitted self-assessment of the same product that a new draft may reuse for
 * the same criterion instead of uploading it again (a dossier of 300 pages is mostly the same papers each time).
 */
public record ReusableEvidence(long assessmentId, OffsetDateTime submittedAt, EvidenceFile file, String sha256) {

	public ReusableEvidence {
		submittedAt = VietnamTime.of(submittedAt);
	}

}
