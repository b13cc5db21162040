package vn.ocophub.criteria.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.RuleVersion;

/** The public criteria browser: the rule versions, the sets of each, and any set's full scoring form. */
@Controller
class CriteriaController {

	private final CriteriaCatalogue catalogue;

	private final Clock clock;

	CriteriaController(CriteriaCatalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * The sets of one criteria version, grouped as Annex I groups them, and the rule versions that score with it.
	 */
	public record Catalogue(String criteriaVersion, List<RuleVersion> usedBy, Map<SetGroup, List<CriteriaSet>> groups) {

		public int size() {
			return groups.values().stream().mapToInt(List::size).sum();
		}

	}

	@GetMapping("/criteria")
	String index(Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("versions", catalogue.versions());
		model.addAttribute("catalogues", catalogues());
		return "criteria/index";
	}

	@GetMapping("/criteria/{code}")
	String set(@PathVariable String code, Model model) {
		CriteriaSet set = catalogue.set(code);
		model.addAttribute("set", set);
		model.addAttribute("unreconciled", catalogue.unreconciled(set.code()));
		model.addAttribute("usedBy", usedBy(set.criteriaVersion()));
		model.addAttribute("current", catalogue.current());
		return "criteria/set";
	}

	private List<Catalogue> catalogues() {
		Map<String, Map<SetGroup, List<CriteriaSet>>> byVersion = new LinkedHashMap<>();
		for (CriteriaSet set : catalogue.sets()) {
			byVersion.computeIfAbsent(set.criteriaVersion(), v -> new LinkedHashMap<>())
				.computeIfAbsent(SetGroup.of(set.productSetCode()), g -> new ArrayList<>())
				.add(set);
		}
		List<Catalogue> catalogues = new ArrayList<>();
		byVersion.forEach((version, groups) -> catalogues.add(new Catalogue(version, usedBy(version), groups)));
		return catalogues;
	}

	private List<RuleVersion> usedBy(String criteriaVersion) {
		return catalogue.versions().stream().filter(v -> v.criteriaVersion().equals(criteriaVersion)).toList();
	}

}
