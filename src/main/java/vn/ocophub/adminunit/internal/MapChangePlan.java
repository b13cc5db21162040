package vn.ocophub.adminunit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.ocophub.adminunit.AdminUnitLevel;

/**
 * What applying a change set would do to the map, computed without touching it: the dry run shows it, and
 * the apply carries it out. {@code problems} block the apply.
 */
public record MapChangePlan(MapChangeSet changeSet, List<Change> changes, List<RowError> problems, int linksToAdd) {

	/** What happens to one unit. */
	public enum Action {

		/** A unit that did not exist is created. */
		CREATE,
		/** A unit in force is replaced by a new version (new name, type or province); the old one is ended. */
		REPLACE,
		/** A unit created on the same date by an earlier import is corrected in place. */
		CORRECT,
		/** A unit in force that the table no longer lists gets an end date. */
		END,
		/** A unit from before the effective date that the map did not know is recorded, already ended. */
		RECORD_HISTORY,
		/** Nothing changes. */
		UNCHANGED

	}

	/** One unit's change; {@code previousName} is set for REPLACE and CORRECT. */
	public record Change(Action action, AdminUnitLevel level, String code, String name, String previousName) {
	}

	public LocalDate effectiveDate() {
		return changeSet.effectiveDate();
	}

	public boolean applicable() {
		return problems.isEmpty();
	}

	/** How many units each action touches, in the order of {@link Action}. */
	public Map<Action, Long> counts() {
		Map<Action, Long> counts = new TreeMap<>();
		for (Action action : Action.values()) {
			counts.put(action, 0L);
		}
		changes.forEach(change -> counts.merge(change.action(), 1L, Long::sum));
		return counts;
	}

	/** Whether applying would change anything at all. */
	public boolean changesAnything() {
		return linksToAdd > 0 || changes.stream().anyMatch(c -> c.action() != Action.UNCHANGED);
	}

}
