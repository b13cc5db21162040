package vn.ocophub.evaluation;

import java.time.OffsetDateTime;

import vn.ocophub.shared.VietnamTime;

/** One step of a dossier's history: who moved it from which status to which, and why. */
public record DossierEvent(OffsetDateTime occurredAt, String actor, DossierStatus from, DossierStatus to,
		String reason) {

	public DossierEvent {
		occurredAt = VietnamTime.of(occurredAt);
	}

}
