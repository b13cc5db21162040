package vn.ocophub.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.ocophub.certificate.CatalogueQuery;
import vn.ocophub.certificate.CataloguePlace;
import vn.ocophub.product.ProductGroup;
import vn.ocophub.product.ProductSet;
import vn.ocophub.shared.web.Messages;

/**
 * The choices of the catalogue's filter form, labelled in the reader's language and marked selected from the
 * query. Built in Java so that the page renders each of its hundred options from three plain values instead of
 * evaluating message keys and comparisons per option.
 *
 * @param stars 5★ to 3★
 * @param sorts the orders of the results
 * @param groups the product groups
 * @param productSets the 26 product sets, as "code – name"
 * @param provinces the provinces with certified products
 * @param communes the communes with certified products of the chosen province (none without one)
 */
record FilterOptions(List<Option> stars, List<Option> sorts, List<Option> groups, List<Option> productSets,
		List<Option> provinces, List<Option> communes) {

	/** One choice of a select. */
	record Option(String value, String label, boolean selected) {
	}

	static FilterOptions of(CatalogueQuery query, List<CataloguePlace> provinces, List<CataloguePlace> communes,
			Messages messages) {
		List<Option> stars = new ArrayList<>();
		for (int n = 5; n >= 3; n--) {
			stars.add(new Option(Integer.toString(n), messages.get("catalogue.stars", n),
					query.stars() != null && query.stars() == n));
		}
		List<Option> sorts = new ArrayList<>();
		for (CatalogueQuery.Sort sort : CatalogueQuery.Sort.values()) {
			sorts.add(new Option(sort.name(), messages.get("catalogue.sort." + sort.name()), query.sort() == sort));
		}
		List<Option> groups = new ArrayList<>();
		for (ProductGroup group : ProductGroup.values()) {
			groups.add(new Option(group.name(), messages.get("product.group." + group.name()), query.group() == group));
		}
		List<Option> sets = new ArrayList<>();
		for (ProductSet set : ProductSet.values()) {
			sets.add(new Option(set.code(), set.code() + " – " + messages.get("product.productSet." + set.code()),
					query.productSet() == set));
		}
		return new FilterOptions(stars, sorts, groups, sets, places(provinces, query.provinceCode()),
				places(communes, query.communeCode()));
	}

	/** Provinces or communes as choices, the one with the code {@code selected} (may be null) marked. */
	static List<Option> places(List<CataloguePlace> places, String selected) {
		return places.stream().map(p -> new Option(p.code(), p.name(), Objects.equals(p.code(), selected))).toList();
	}

}
