package vn.ocophub.adminunit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import vn.ocophub.adminunit.AdminUnitLevel;
import vn.ocophub.adminunit.AdminUnitSummary;
import vn.ocophub.adminunit.AdminUnitType;

/** A row of {@code admin_unit}. */
public record UnitRow(long id, AdminUnitLevel level, String code, String name, AdminUnitType type, String parentCode,
		String provinceCode, String path, LocalDate validFrom, LocalDate validTo) {

	public static final String COLUMNS = "id, unit_level, code, name, unit_type, parent_code, province_code, path, valid_from, valid_to";

	public static UnitRow map(ResultSet rs, int rowNum) throws SQLException {
		return new UnitRow(rs.getLong("id"), AdminUnitLevel.valueOf(rs.getString("unit_level")), rs.getString("code"),
				rs.getString("name"), AdminUnitType.valueOf(rs.getString("unit_type")), rs.getString("parent_code"),
				rs.getString("province_code"), rs.getString("path"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}

	Key key() {
		return new Key(level, code);
	}

	public AdminUnitSummary summary() {
		return new AdminUnitSummary(code, name, type, level, parentCode, provinceCode, validFrom, validTo);
	}

	/** A unit's identity on one day: its level and official code. */
	record Key(AdminUnitLevel level, String code) {
	}

}
