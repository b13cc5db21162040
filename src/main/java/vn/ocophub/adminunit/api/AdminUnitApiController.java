package vn.ocophub.adminunit.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocophub.adminunit.AdminUnitDetails;
import vn.ocophub.adminunit.AdminUnitLevel;
import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.adminunit.AdminUnitQuery;
import vn.ocophub.adminunit.AdminUnitSummary;
import vn.ocophub.adminunit.MergeKind;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;

/** The administrative map, public: no sign-in needed. */
@RestController
@RequestMapping("/api/v1/admin-units")
@Tag(name = "Administrative units", description = "Provinces and communes in force since 1 July 2025, with their history")
class AdminUnitApiController {

	private final AdminUnitManagement units;

	AdminUnitApiController(AdminUnitManagement units) {
		this.units = units;
	}

	/** A unit in a list. */
	record UnitItem(String code, String name, String type, AdminUnitLevel level, String parentCode) {

		static UnitItem of(AdminUnitSummary unit) {
			return new UnitItem(unit.code(), unit.name(), unit.type().name(), unit.level(), unit.parentCode());
		}

	}

	/** A unit with its validity and history. */
	record UnitDetails(String code, String name, String type, AdminUnitLevel level, String parentCode,
			String provinceCode, LocalDate validFrom, LocalDate validTo, List<PredecessorItem> predecessors,
			List<SuccessorItem> successors) {
	}

	record PredecessorItem(String code, String name, AdminUnitLevel level, String districtName, String provinceName,
			MergeKind mergeKind, String note) {
	}

	record SuccessorItem(String code, String name, AdminUnitLevel level, String provinceName, MergeKind mergeKind,
			LocalDate effectiveDate) {
	}

	@GetMapping
	@Operation(summary = "Search units", description = "Accent-insensitive: 'ha tinh' finds 'Hà Tĩnh'. Best matches first.")
	PageResult<UnitItem> search(@RequestParam(required = false) AdminUnitLevel level,
			@RequestParam(required = false) String parent, @RequestParam(required = false) String province,
			@RequestParam(required = false) String q,
			@Parameter(description = "The day the map is read for (default today); 2025-06-30 shows the pre-reform map")
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return units.search(new AdminUnitQuery(level, parent, province, q, date), PageRequest.of(page, size))
			.map(UnitItem::of);
	}

	@GetMapping("/{code}")
	@Operation(summary = "One unit with its predecessors (and successors once replaced)")
	UnitDetails get(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		AdminUnitDetails details = units.details(code, date);
		AdminUnitSummary unit = details.unit();
		return new UnitDetails(unit.code(), unit.name(), unit.type().name(), unit.level(), unit.parentCode(),
				unit.provinceCode(), unit.validFrom(), unit.validTo(),
				details.predecessors()
					.stream()
					.map(p -> new PredecessorItem(p.code(), p.name(), p.level(), p.districtName(), p.provinceName(),
							p.mergeKind(), p.note()))
					.toList(),
				details.successors()
					.stream()
					.map(s -> new SuccessorItem(s.code(), s.name(), s.level(), s.provinceName(), s.mergeKind(),
							s.effectiveDate()))
					.toList());
	}

}
