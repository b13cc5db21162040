package vn.ocophub.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.ocophub.catalogue.CatalogueParameters;
import vn.ocophub.certificate.CatalogueQuery;

/** The pager's links keep the filters that are set, and only those; junk parameters are dropped, not echoed. */
class CatalogueSearchUrlTests {

	@Test
	void theSearchUrlHoldsOnlyTheFiltersSet() {
		CatalogueQuery query = CatalogueParameters.of("cam bù", "4", null, "1", "42", null, "NAME", "2", null, 24).query();
		assertThat(CatalogueController.searchUrl(query))
			.isEqualTo("/ocop?q=cam%20b%C3%B9&stars=4&productSet=01&province=42&sort=NAME");
		assertThat(CatalogueController.searchUrl(CatalogueQuery.all())).isEqualTo("/ocop");
	}

	@Test
	void pagesForgiveJunkThatTheApiReports() {
		CatalogueParameters junk = CatalogueParameters.of(null, "9", "FRUIT", "27", "4'2", null, "up", "-1", "0", 24);
		assertThat(CatalogueController.searchUrl(junk.query())).isEqualTo("/ocop");
		assertThat(junk.page().page()).isZero();
		assertThat(junk.page().size()).isEqualTo(24);
		assertThat(junk.problems()).extracting(p -> p.field())
			.containsExactlyInAnyOrder("stars", "group", "productSet", "sort", "page", "size");
	}

}
