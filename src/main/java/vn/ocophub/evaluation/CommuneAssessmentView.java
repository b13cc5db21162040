package vn.ocophub.evaluation;

import java.time.OffsetDateTime;

/** The commune's recorded pre-assessment of a dossier; {@code sentAt} is set once it went to the province. */
public record CommuneAssessmentView(CommuneAssessmentData data, OffsetDateTime assessedAt, String assessedBy,
		OffsetDateTime sentAt, String sentBy, String reportSha256) {

	public boolean sent() {
		return sentAt != null;
	}

}
