package vn.ocophub.evaluation;

import java.time.OffsetDateTime;
import java.util.List;

import vn.ocophub.shared.VietnamTime;

/**
 * A dossier as its page shows it: the form, where it stands, its history and the commune's assessment, with
 * what the reader may do next.
 */
public record DossierView(long id, long roundId, String roundLabel, long productId, String productCode,
		String productName, long producerId, String producerName, String provinceCode, String communeCode,
		String communeName, long selfAssessmentId, String criteriaSetCode, RecordedScore selfAssessedScore,
		int evidenceCount, DossierData data, DossierStatus status, OffsetDateTime statusChangedAt,
		OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy, long version,
		List<DossierEvent> history, CommuneAssessmentView communeAssessment, boolean tourism, boolean editable,
		boolean communeActions) {

	public DossierView {
		statusChangedAt = VietnamTime.of(statusChangedAt);
		createdAt = VietnamTime.of(createdAt);
		updatedAt = VietnamTime.of(updatedAt);
		history = List.copyOf(history);
	}

	/** The reason of the latest return, shown to the producer while the dossier is returned. */
	public String returnReason() {
		for (int i = history.size() - 1; i >= 0; i--) {
			if (history.get(i).to() == DossierStatus.RETURNED) {
				return history.get(i).reason();
			}
		}
		return null;
	}

}
