package vn.ocophub.adminunit;

import java.time.LocalDate;

/** A unit as lists show it. {@code name} is the official name with its type prefix. */
public record AdminUnitSummary(String code, String name, AdminUnitType type, AdminUnitLevel level,
		String parentCode, String provinceCode, LocalDate validFrom, LocalDate validTo) {

	public boolean current() {
		return validTo == null;
	}

}
