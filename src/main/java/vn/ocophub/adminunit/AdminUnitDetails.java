package vn.ocophub.adminunit;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit with its place in the hierarchy and its history: the units it was formed from and, once replaced,
 * the units that succeeded it.
 */
public record AdminUnitDetails(AdminUnitSummary unit, AdminUnitSummary parent, AdminUnitSummary province,
		int childCount, List<Predecessor> predecessors, List<Successor> successors) {

	/** A unit this one was formed from, with names as the official table wrote them. */
	public record Predecessor(String code, String name, AdminUnitLevel level, String districtName,
			String provinceName, MergeKind mergeKind, String note, boolean linked, LocalDate validTo) {
	}

	/** A unit that took over (part of) this one. */
	public record Successor(String code, String name, AdminUnitLevel level, String provinceName,
			MergeKind mergeKind, String note, LocalDate effectiveDate) {
	}

}
