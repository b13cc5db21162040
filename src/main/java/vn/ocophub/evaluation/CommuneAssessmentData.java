package vn.ocophub.evaluation;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the commune records: the format checklist and its findings on the four local criteria, with a
 * conclusion. Every local criterion needs a finding and an agreement; a disagreement needs a note.
 */
public record CommuneAssessmentData(boolean formComplete, boolean selfAssessmentAttached, boolean samplesPresent,
		boolean evidencePresent, Map<LocalCriterion, LocalFinding> findings, String conclusion) {

	public CommuneAssessmentData {
		findings = findings == null || findings.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(findings));
	}

	/** Whether every item of the format checklist is ticked. */
	public boolean formatOk() {
		return formComplete && selfAssessmentAttached && samplesPresent && evidencePresent;
	}

}
