package vn.ocophub.adminunit.internal;

import java.time.LocalDate;
import java.util.List;

import vn.ocophub.adminunit.AdminUnitLevel;
import vn.ocophub.adminunit.AdminUnitType;
import vn.ocophub.adminunit.MergeKind;

/**
 * The map as an official table states it: every unit in force from {@code effectiveDate}, and for each the
 * units it was formed from. Both the shipped map files and an uploaded official table are read into this
 * one model, and one updater applies it.
 */
public record MapChangeSet(LocalDate effectiveDate, String source, List<Unit> units, List<Derivation> derivations) {

	public MapChangeSet {
		units = List.copyOf(units);
		derivations = List.copyOf(derivations);
	}

	/** A unit in force from the effective date. {@code parentCode} is null for a province. */
	public record Unit(AdminUnitLevel level, String code, String name, AdminUnitType type, String parentCode) {
	}

	/** A unit that existed the day before, as the official table names it. Code is null for an uncoded area. */
	public record OldUnit(AdminUnitLevel level, String code, String name, AdminUnitType type, String districtCode,
			String districtName, AdminUnitType districtType, String provinceCode, String provinceName,
			AdminUnitType provinceType) {
	}

	/** "The successor was formed (in part) from the predecessor." */
	public record Derivation(AdminUnitLevel successorLevel, String successorCode, OldUnit predecessor,
			MergeKind kind, String note) {
	}

}
