package vn.ocophub.evaluation;

import java.time.OffsetDateTime;

import vn.ocophub.shared.VietnamTime;

/** The commune's recorded pre-assessment of a dossier; {@code sentAt} is set once it went to the province. */
public record CommuneAssessmentView(CommuneAssessmentData data, OffsetDateTime assessedAt, String assessedBy,
		OffsetDateTime sentAt, String sentBy, String reportSha256) {

	public CommuneAssessmentView {
		assessedAt = VietnamTime.of(assessedAt);
		sentAt = VietnamTime.of(sentAt);
	}

	public boolean sent() {
		return sentAt != null;
	}

}
