package vn.ocophub.evaluation;

import java.time.OffsetDateTime;

import vn.ocophub.shared.VietnamTime;

/** One dossier on a round's status board. */
public record DossierRow(long id, String productCode, String productName, String producerName, String communeCode,
		String communeName, RegistrationType registrationType, DossierStatus status, OffsetDateTime statusChangedAt,
		long daysSinceChange) {

	public DossierRow {
		statusChangedAt = VietnamTime.of(statusChangedAt);
	}

	public WaitingFor waitingFor() {
		return status.waitingFor();
	}

}
