package vn.ocophub.evaluation;

/**
 * Where a dossier is in the procedure since Decision 1489: drafted by the producer, submitted to the commune,
 * returned for completion or assessed by the commune and forwarded to the province, then assigned to a
 * council, scored and given a confirmed result. A draft or returned dossier never resubmitted lapses when its
 * round closes. The transitions themselves are guarded by {@code Dossier}.
 */
public enum DossierStatus {

	DRAFT(WaitingFor.PRODUCER), SUBMITTED(WaitingFor.COMMUNE), RETURNED(WaitingFor.PRODUCER),
	COMMUNE_ASSESSED(WaitingFor.COMMUNE), FORWARDED(WaitingFor.PROVINCE), ASSIGNED(WaitingFor.COUNCIL),
	SCORED(WaitingFor.COUNCIL), RESULT_CONFIRMED(WaitingFor.NOBODY), LAPSED(WaitingFor.NOBODY);

	private final WaitingFor waitingFor;

	DossierStatus(WaitingFor waitingFor) {
		this.waitingFor = waitingFor;
	}

	public WaitingFor waitingFor() {
		return waitingFor;
	}

	/** Whether the producer (or an officer for it) may still change the registration form. */
	public boolean editableByProducer() {
		return this == DRAFT || this == RETURNED;
	}

	/** Whether an official still owes work on the dossier, so that its round cannot close. */
	public boolean inProgress() {
		return this == SUBMITTED || this == COMMUNE_ASSESSED || this == FORWARDED || this == ASSIGNED
				|| this == SCORED;
	}

}
