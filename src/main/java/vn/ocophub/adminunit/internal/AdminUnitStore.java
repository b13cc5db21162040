package vn.ocophub.adminunit.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ocophub.adminunit.AdminUnitLevel;
import vn.ocophub.adminunit.internal.MapUpdater.NewUnit;
import vn.ocophub.adminunit.internal.UnitRow.Key;
import vn.ocophub.shared.VietText;

/** Writes and bulk-reads of {@code admin_unit} and {@code admin_unit_succession}, in plain SQL. */
@Repository
public class AdminUnitStore {

	/** The condition "in force on :date", shared by every query of the map. */
	public static final String VALID_ON = "(valid_from IS NULL OR valid_from <= :date) AND (valid_to IS NULL OR valid_to >= :date)";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AdminUnitStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public LocalDate latestValidFrom() {
		return jdbc.sql("SELECT MAX(valid_from) FROM admin_unit").query(LocalDate.class).optional().orElse(null);
	}

	/** Every unit in force on a day, by level and code. */
	public Map<Key, UnitRow> validOn(LocalDate date) {
		Map<Key, UnitRow> result = new HashMap<>();
		jdbc.sql("SELECT " + UnitRow.COLUMNS + " FROM admin_unit WHERE " + VALID_ON)
			.param("date", date)
			.query(UnitRow::map)
			.list()
			.forEach(row -> result.put(row.key(), row));
		return result;
	}

	void end(List<Long> ids, LocalDate validTo) {
		if (ids.isEmpty()) {
			return;
		}
		template.batchUpdate("UPDATE admin_unit SET valid_to = ? WHERE id = ?",
				ids.stream().map(id -> new Object[] { Date.valueOf(validTo), id }).toList());
	}

	void correct(long id, NewUnit unit) {
		jdbc.sql("""
				UPDATE admin_unit SET name = :name, unit_type = :type, parent_code = :parent, province_code = :province,
				       path = :path, name_key = :nameKey, search_key = :searchKey
				WHERE id = :id""")
			.param("name", unit.name())
			.param("type", unit.type().name())
			.param("parent", unit.parentCode())
			.param("province", unit.provinceCode())
			.param("path", unit.path())
			.param("nameKey", VietText.searchKey(unit.type().shortName(unit.name())))
			.param("searchKey", searchKey(unit))
			.param("id", id)
			.update();
	}

	void insert(List<NewUnit> units) {
		if (units.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(units.size());
		for (NewUnit u : units) {
			rows.add(new Object[] { u.level().name(), u.code(), u.name(), u.type().name(), u.parentCode(),
					u.provinceCode(), u.path(), VietText.searchKey(u.type().shortName(u.name())), searchKey(u),
					u.validFrom() == null ? null : Date.valueOf(u.validFrom()),
					u.validTo() == null ? null : Date.valueOf(u.validTo()) });
		}
		template.batchUpdate("""
				INSERT INTO admin_unit (unit_level, code, name, unit_type, parent_code, province_code, path, name_key,
				                        search_key, valid_from, valid_to)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** The full name, the short name and the code, so that "huong son", "xa huong son" and "18133" all match. */
	private static String searchKey(NewUnit unit) {
		return VietText.searchKey(unit.name()) + " " + unit.code();
	}

	/** A succession link as the official table states it. */
	record LinkKey(AdminUnitLevel successorLevel, String successorCode, AdminUnitLevel predecessorLevel,
			String predecessorCode, String predecessorName) {

		static LinkKey of(MapChangeSet.Derivation d) {
			return new LinkKey(d.successorLevel(), d.successorCode(), d.predecessor().level(), d.predecessor().code(),
					d.predecessor().name());
		}

	}

	Set<LinkKey> existingLinks(LocalDate effectiveDate) {
		return new HashSet<>(jdbc.sql("""
				SELECT u.unit_level, u.code, s.predecessor_level, s.predecessor_code, s.predecessor_name
				FROM admin_unit_succession s JOIN admin_unit u ON u.id = s.successor_id
				WHERE s.effective_date = :date""")
			.param("date", effectiveDate)
			.query((rs, n) -> new LinkKey(AdminUnitLevel.valueOf(rs.getString(1)), rs.getString(2),
					AdminUnitLevel.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
			.list());
	}

	/** Inserts the links that are not there yet; a unit that simply continues gets no link to itself. */
	void link(List<MapChangeSet.Derivation> derivations, LocalDate effectiveDate) {
		Map<Key, UnitRow> successors = validOn(effectiveDate);
		Map<Key, UnitRow> predecessors = validOn(effectiveDate.minusDays(1));
		Set<LinkKey> done = existingLinks(effectiveDate);
		List<Object[]> rows = new ArrayList<>();
		for (MapChangeSet.Derivation d : derivations) {
			if (!done.add(LinkKey.of(d))) {
				continue;
			}
			MapChangeSet.OldUnit old = d.predecessor();
			UnitRow successor = successors.get(new Key(d.successorLevel(), d.successorCode()));
			UnitRow predecessor = old.code() == null ? null : predecessors.get(new Key(old.level(), old.code()));
			if (successor == null) {
				throw new IllegalStateException("No unit " + d.successorCode() + " in force on " + effectiveDate);
			}
			if (predecessor != null && predecessor.id() == successor.id()) {
				continue;
			}
			rows.add(new Object[] { successor.id(), predecessor == null ? null : predecessor.id(), old.level().name(),
					old.code(), old.name(), old.level() == AdminUnitLevel.COMMUNE ? old.districtName() : null,
					old.provinceName(), d.kind().name(), d.note(), Date.valueOf(effectiveDate) });
		}
		template.batchUpdate("""
				INSERT INTO admin_unit_succession (successor_id, predecessor_id, predecessor_level, predecessor_code,
				       predecessor_name, district_name, province_name, merge_kind, note, effective_date)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

}
