package vn.ocophub.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.shared.VietnamTime;

/**
 * A member's score sheet for one product, with what the member scores against: the producer's self-assessed
 * option and the commune's finding beside each criterion, the evidence per criterion, and the earlier submitted
 * revisions when the chair reopened the sheet. {@code version} is -1 before the first save. {@code ruleVersion} is
 * the round's rule version, whose star bands the page predicts the stars with.
 */
public record ScoreSheetView(long councilId, String councilName, String roundLabel, long dossierId, String productCode,
		String productName, String producerName, String communeName, RegistrationType registrationType,
		Integer sampleCount, CriteriaSet set, CouncilSeat seat, int revision, SheetStatus status, long version,
		Map<String, String> answers, int total, Map<String, Integer> parts, String reopenReason, String reopenedBy,
		OffsetDateTime submittedAt, long selfAssessmentId, Map<String, RecordedAnswer> selfAssessment,
		Map<String, LocalFinding> communeFindings, Map<String, List<EvidenceFile>> evidence,
		List<Revision> earlier, boolean editable, String ruleVersion) {

	public ScoreSheetView {
		answers = Map.copyOf(answers);
		parts = Map.copyOf(parts);
		submittedAt = VietnamTime.of(submittedAt);
		selfAssessment = Map.copyOf(selfAssessment);
		communeFindings = Map.copyOf(communeFindings);
		evidence = Map.copyOf(evidence);
		earlier = List.copyOf(earlier);
	}

	/** An earlier submitted revision, kept as it was. */
	public record Revision(int revision, int total, OffsetDateTime submittedAt, Map<String, String> answers) {

		public Revision {
			submittedAt = VietnamTime.of(submittedAt);
			answers = Map.copyOf(answers);
		}

	}

}
