package vn.ocophub.catalogue.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.adminunit.ProvinceOverview;
import vn.ocophub.certificate.CatalogueQuery;
import vn.ocophub.certificate.CertifiedProduct;
import vn.ocophub.certificate.CertifiedProducts;
import vn.ocophub.shared.PageRequest;

/**
 * The public home page: search the OCOP products, how many there are by stars, the newest certified, the
 * provinces that have some; the map and the staff sign-in stay one click away.
 */
@Controller
class CatalogueHomeController {

	static final int NEWEST = 8;

	private final CertifiedProducts catalogue;

	private final AdminUnitManagement units;

	private final CatalogueCards cards;

	CatalogueHomeController(CertifiedProducts catalogue, AdminUnitManagement units, CatalogueCards cards) {
		this.catalogue = catalogue;
		this.units = units;
		this.cards = cards;
	}

	@GetMapping("/")
	String home(Model model) {
		Map<Integer, Long> counts = catalogue.countsByStars(null);
		model.addAttribute("starCounts", counts);
		model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
		List<CertifiedProduct> newest = catalogue
			.search(new CatalogueQuery(null, null, null, null, null, null, null, CatalogueQuery.Sort.NEWEST),
					new PageRequest(0, NEWEST))
			.items();
		model.addAttribute("newest", newest);
		model.addAttribute("photos", cards.firstPhotos(newest));
		model.addAttribute("provinces", catalogue.provinces());
		List<ProvinceOverview> map = units.provinces(null);
		model.addAttribute("provinceCount", map.size());
		model.addAttribute("communeCount", map.stream().mapToLong(ProvinceOverview::total).sum());
		return "catalogue/home";
	}

}
