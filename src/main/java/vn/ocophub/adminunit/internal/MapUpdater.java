package vn.ocophub.adminunit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.adminunit.AdminUnitLevel;
import vn.ocophub.adminunit.AdminUnitType;
import vn.ocophub.adminunit.internal.MapChangePlan.Action;
import vn.ocophub.adminunit.internal.MapChangePlan.Change;
import vn.ocophub.adminunit.internal.UnitRow.Key;

/**
 * Compares a {@link MapChangeSet} with the map in the database and applies the difference. Units are never
 * deleted: a unit the table no longer lists, or lists with another name, type or province, gets
 * {@code valid_to} = the day before the effective date, and its successors are linked. Applying the same
 * table twice changes nothing the second time.
 */
@Component
public class MapUpdater {

	private final AdminUnitStore store;

	MapUpdater(AdminUnitStore store) {
		this.store = store;
	}

	/** The plan, read-only. */
	@Transactional(readOnly = true)
	public MapChangePlan plan(MapChangeSet changeSet) {
		LocalDate date = changeSet.effectiveDate();
		List<RowError> problems = new ArrayList<>();
		LocalDate latest = store.latestValidFrom();
		if (latest != null && date.isBefore(latest)) {
			problems.add(new RowError(0, "", "adminunit.import.error.older-than-map", date, latest));
		}
		Map<Key, UnitRow> onDate = store.validOn(date);
		Map<Key, UnitRow> dayBefore = store.validOn(date.minusDays(1));
		List<Change> changes = new ArrayList<>();
		Set<Key> listed = new HashSet<>();
		for (MapChangeSet.Unit unit : changeSet.units()) {
			Key key = new Key(unit.level(), unit.code());
			listed.add(key);
			changes.add(unitChange(unit, onDate.get(key), date));
		}
		for (UnitRow row : onDate.values()) {
			if (!listed.contains(row.key())) {
				if (date.equals(row.validFrom())) {
					problems.add(new RowError(0, "", "adminunit.import.error.cannot-end-new", row.name(), row.code()));
				}
				changes.add(new Change(Action.END, row.level(), row.code(), row.name(), null));
			}
		}
		for (OldUnitKey old : historyToRecord(changeSet, dayBefore).keySet()) {
			changes.add(new Change(Action.RECORD_HISTORY, old.level(), old.code(), old.name(), null));
		}
		Set<AdminUnitStore.LinkKey> existing = store.existingLinks(date);
		Set<Key> renewed = new HashSet<>();
		changes.stream()
			.filter(c -> c.action() == Action.REPLACE || c.action() == Action.CREATE)
			.forEach(c -> renewed.add(new Key(c.level(), c.code())));
		int links = (int) changeSet.derivations()
			.stream()
			.filter(d -> renewed.contains(new Key(d.successorLevel(), d.successorCode()))
					|| !continues(d, onDate, dayBefore))
			.map(AdminUnitStore.LinkKey::of)
			.distinct()
			.filter(link -> !existing.contains(link))
			.count();
		return new MapChangePlan(changeSet, changes, problems, links);
	}

	/** Whether a derivation only says that a unit in force the day before simply goes on (no link needed). */
	private static boolean continues(MapChangeSet.Derivation d, Map<Key, UnitRow> onDate, Map<Key, UnitRow> dayBefore) {
		UnitRow successor = onDate.get(new Key(d.successorLevel(), d.successorCode()));
		UnitRow predecessor = d.predecessor().code() == null ? null
				: dayBefore.get(new Key(d.predecessor().level(), d.predecessor().code()));
		return successor != null && predecessor != null && successor.id() == predecessor.id();
	}

	private static Change unitChange(MapChangeSet.Unit unit, UnitRow existing, LocalDate date) {
		if (existing == null) {
			return new Change(Action.CREATE, unit.level(), unit.code(), unit.name(), null);
		}
		boolean same = existing.name().equals(unit.name()) && existing.type() == unit.type()
				&& Objects.equals(existing.parentCode(), unit.parentCode());
		if (same) {
			return new Change(Action.UNCHANGED, unit.level(), unit.code(), unit.name(), null);
		}
		Action action = date.equals(existing.validFrom()) ? Action.CORRECT : Action.REPLACE;
		return new Change(action, unit.level(), unit.code(), unit.name(), existing.name());
	}

	/**
	 * Applies a plan computed by {@link #plan} in the caller's transaction. Throws when the plan has problems.
	 */
	@Transactional
	public void apply(MapChangePlan plan) {
		if (!plan.applicable()) {
			throw new IllegalStateException("The plan has problems and cannot be applied");
		}
		MapChangeSet changeSet = plan.changeSet();
		LocalDate date = changeSet.effectiveDate();
		LocalDate dayBefore = date.minusDays(1);
		Map<Key, UnitRow> onDate = store.validOn(date);
		Map<Key, MapChangeSet.Unit> units = new LinkedHashMap<>();
		changeSet.units().forEach(u -> units.put(new Key(u.level(), u.code()), u));

		List<Long> toEnd = new ArrayList<>();
		List<NewUnit> toInsert = new ArrayList<>();
		for (Change change : plan.changes()) {
			Key key = new Key(change.level(), change.code());
			switch (change.action()) {
				case END -> toEnd.add(onDate.get(key).id());
				case REPLACE -> {
					toEnd.add(onDate.get(key).id());
					toInsert.add(current(units.get(key), date));
				}
				case CORRECT -> store.correct(onDate.get(key).id(), current(units.get(key), date));
				case CREATE -> toInsert.add(current(units.get(key), date));
				case RECORD_HISTORY, UNCHANGED -> {
				}
			}
		}
		store.end(toEnd, dayBefore);
		store.insert(new ArrayList<>(historyToRecord(changeSet, store.validOn(dayBefore)).values()));
		store.insert(toInsert);
		store.link(changeSet.derivations(), date);
	}

	private static NewUnit current(MapChangeSet.Unit unit, LocalDate date) {
		String province = unit.level() == AdminUnitLevel.PROVINCE ? unit.code() : unit.parentCode();
		String path = unit.level() == AdminUnitLevel.PROVINCE ? "/" + unit.code() + "/"
				: "/" + unit.parentCode() + "/" + unit.code() + "/";
		return new NewUnit(unit.level(), unit.code(), unit.name(), unit.type(), unit.parentCode(), province, path,
				date, null);
	}

	/** A unit of the day before as the table names it. */
	record OldUnitKey(AdminUnitLevel level, String code, String name) {
	}

	/**
	 * The predecessors (and their districts and provinces) that the map does not yet hold for the day before
	 * the effective date, as ended units, parents first.
	 */
	private static Map<OldUnitKey, NewUnit> historyToRecord(MapChangeSet changeSet, Map<Key, UnitRow> dayBefore) {
		LocalDate end = changeSet.effectiveDate().minusDays(1);
		Map<OldUnitKey, NewUnit> provinces = new LinkedHashMap<>();
		Map<OldUnitKey, NewUnit> districts = new LinkedHashMap<>();
		Map<OldUnitKey, NewUnit> communes = new LinkedHashMap<>();
		Set<Key> seen = new HashSet<>();
		for (MapChangeSet.Derivation derivation : changeSet.derivations()) {
			MapChangeSet.OldUnit old = derivation.predecessor();
			String province = old.provinceCode();
			if (seen.add(new Key(AdminUnitLevel.PROVINCE, province))
					&& !dayBefore.containsKey(new Key(AdminUnitLevel.PROVINCE, province))) {
				provinces.put(new OldUnitKey(AdminUnitLevel.PROVINCE, province, old.provinceName()),
						new NewUnit(AdminUnitLevel.PROVINCE, province, old.provinceName(), provinceType(old), null,
								province, "/" + province + "/", null, end));
			}
			String district = old.level() == AdminUnitLevel.DISTRICT ? old.code() : old.districtCode();
			if (district != null && seen.add(new Key(AdminUnitLevel.DISTRICT, district))
					&& !dayBefore.containsKey(new Key(AdminUnitLevel.DISTRICT, district))) {
				String name = old.level() == AdminUnitLevel.DISTRICT ? old.name() : old.districtName();
				AdminUnitType type = old.level() == AdminUnitLevel.DISTRICT ? old.type() : old.districtType();
				districts.put(new OldUnitKey(AdminUnitLevel.DISTRICT, district, name),
						new NewUnit(AdminUnitLevel.DISTRICT, district, name, type, province, province,
								"/" + province + "/" + district + "/", null, end));
			}
			if (old.level() == AdminUnitLevel.COMMUNE && old.code() != null
					&& seen.add(new Key(AdminUnitLevel.COMMUNE, old.code()))
					&& !dayBefore.containsKey(new Key(AdminUnitLevel.COMMUNE, old.code()))) {
				String parent = district != null ? district : province;
				communes.put(new OldUnitKey(AdminUnitLevel.COMMUNE, old.code(), old.name()),
						new NewUnit(AdminUnitLevel.COMMUNE, old.code(), old.name(), old.type(), parent, province,
								"/" + province + "/" + (district != null ? district + "/" : "") + old.code() + "/",
								null, end));
			}
		}
		Map<OldUnitKey, NewUnit> all = new LinkedHashMap<>(provinces);
		all.putAll(districts);
		all.putAll(communes);
		return all;
	}

	private static AdminUnitType provinceType(MapChangeSet.OldUnit old) {
		return old.provinceType() != null ? old.provinceType() : AdminUnitType.TINH;
	}

	/** A unit to insert. */
	record NewUnit(AdminUnitLevel level, String code, String name, AdminUnitType type, String parentCode,
			String provinceCode, String path, LocalDate validFrom, LocalDate validTo) {
	}

}
