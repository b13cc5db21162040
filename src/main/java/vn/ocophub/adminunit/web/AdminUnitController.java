package vn.ocophub.adminunit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ocophub.adminunit.AdminUnitDetails;
import vn.ocophub.adminunit.AdminUnitLevel;
import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.adminunit.AdminUnitQuery;
import vn.ocophub.shared.PageRequest;

/** The public administrative map: provinces, search, and each unit with where it came from. */
@Controller
class AdminUnitController {

	/** The day before the 2025 reform: shows the old three-level map. */
	static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);

	private final AdminUnitManagement units;

	AdminUnitController(AdminUnitManagement units) {
		this.units = units;
	}

	@GetMapping("/map")
	String map(@RequestParam(required = false) String q, @RequestParam(required = false) AdminUnitLevel level,
			@RequestParam(required = false) String province,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model) {
		boolean searching = (q != null && !q.isBlank()) || level != null || (province != null && !province.isBlank());
		model.addAttribute("q", q);
		model.addAttribute("level", level);
		model.addAttribute("province", province);
		model.addAttribute("date", date);
		model.addAttribute("beforeReform", BEFORE_REFORM);
		model.addAttribute("searching", searching);
		java.util.List<vn.ocophub.adminunit.ProvinceOverview> provinces = units.provinces(date);
		model.addAttribute("provinceOptions", provinces);
		model.addAttribute("communeTotal", provinces.stream().mapToLong(vn.ocophub.adminunit.ProvinceOverview::total).sum());
		model.addAttribute("provinceNames", provinceNames(provinces));
		if (searching) {
			model.addAttribute("results", units.search(new AdminUnitQuery(level, null, blankToNull(province), q, date),
					new PageRequest(page, 25)));
		}
		else {
			model.addAttribute("overview", provinces);
		}
		model.addAttribute("mapDate", units.currentMapDate().orElse(null));
		return htmx != null ? "adminunit/map :: results" : "adminunit/map";
	}

	@GetMapping("/map/{code}")
	String unit(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		AdminUnitDetails details = units.details(code, date);
		LocalDate day = date != null ? date
				: details.unit().validTo() != null ? details.unit().validTo() : null;
		model.addAttribute("details", details);
		model.addAttribute("unit", details.unit());
		model.addAttribute("date", date);
		model.addAttribute("q", q);
		if (details.childCount() > 0) {
			model.addAttribute("children", units.search(new AdminUnitQuery(null, details.unit().code(), null, q, day),
					new PageRequest(page, 30)));
		}
		return htmx != null ? "adminunit/unit :: children" : "adminunit/unit";
	}

	/** Results of the unit picker of forms: provinces or communes matching a text, as clickable items. */
	@GetMapping("/map/picker")
	String picker(@RequestParam(required = false) String q, @RequestParam(required = false) String scopeLevel,
			@RequestParam(required = false) String target, @RequestParam(required = false) String province,
			Model model) {
		AdminUnitLevel level = "COMMUNE".equals(scopeLevel) ? AdminUnitLevel.COMMUNE
				: "PROVINCE".equals(scopeLevel) ? AdminUnitLevel.PROVINCE : null;
		model.addAttribute("units", q == null || q.isBlank() ? java.util.List.of()
				: units.search(new AdminUnitQuery(level, null, blankToNull(province), q, null), new PageRequest(0, 10))
					.items());
		// The id of the field a pick fills in; only plain identifiers are accepted.
		model.addAttribute("target", target != null && target.matches("[A-Za-z][A-Za-z0-9_-]{0,40}") ? target
				: "scopeUnitCode");
		model.addAttribute("provinceNames", provinceNames(units.provinces(null)));
		return "adminunit/picker :: items";
	}

	/** Province names by code, so that lists can tell apart the communes of the same name. */
	private static java.util.Map<String, String> provinceNames(java.util.List<vn.ocophub.adminunit.ProvinceOverview> provinces) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		provinces.forEach(p -> names.put(p.province().code(), p.province().name()));
		return names;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
