package vn.ocophub.adminunit;

import java.time.LocalDate;

/**
 * A search of the map: units of a level, under a parent or within a province, whose name or code matches a
 * text (accent-insensitively), as in force on a day. Every part is optional; the day defaults to today.
 */
public record AdminUnitQuery(AdminUnitLevel level, String parentCode, String provinceCode, String text,
		LocalDate date) {
}
