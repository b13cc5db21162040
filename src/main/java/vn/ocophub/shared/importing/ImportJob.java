package vn.ocophub.shared.importing;

import java.time.OffsetDateTime;

/**
 * An import as its page shows it. {@link #state()} tells the user where it stands; a job whose node stopped
 * while running shows as {@link State#INTERRUPTED} and can be checked again.
 */
public record ImportJob(long id, String kind, String fileName, long sizeBytes, Phase phase, Status status,
		int rowsDone, Integer rowsTotal, Integer rowsRead, Integer rowsValid, Integer created, Integer updated,
		Integer errorCount, String failureKey, String[] failureArgs, String ownerUsername,
		OffsetDateTime createdAt, OffsetDateTime heartbeatAt, OffsetDateTime finishedAt, boolean stale) {

	/** Which run of the job: the dry run (check) or the commit. */
	public enum Phase {

		CHECK, COMMIT

	}

	/** The state of the current run. */
	public enum Status {

		QUEUED, RUNNING, DONE, FAILED

	}

	/** What the user sees. */
	public enum State {

		CHECKING, CHECKED_WITH_ERRORS, READY, COMMITTING, COMMITTED, COMMIT_REFUSED, FAILED, INTERRUPTED

	}

	public State state() {
		if (status == Status.FAILED) {
			return State.FAILED;
		}
		if (status != Status.DONE) {
			return stale ? State.INTERRUPTED : phase == Phase.CHECK ? State.CHECKING : State.COMMITTING;
		}
		boolean clean = errorCount != null && errorCount == 0;
		if (phase == Phase.CHECK) {
			return clean ? State.READY : State.CHECKED_WITH_ERRORS;
		}
		return clean ? State.COMMITTED : State.COMMIT_REFUSED;
	}

	public boolean running() {
		State state = state();
		return state == State.CHECKING || state == State.COMMITTING;
	}

	/** Percent of rows handled, or null when the total is not known yet. */
	public Integer percent() {
		if (rowsTotal == null || rowsTotal <= 0) {
			return null;
		}
		return Math.min(100, (int) (100L * rowsDone / rowsTotal));
	}

}
