package vn.ocophub.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.ocophub.certificate.CatalogueQuery;
import vn.ocophub.product.ProductGroup;
import vn.ocophub.product.ProductSet;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.error.FieldProblem;

/**
 * The catalogue's query parameters as typed in a URL ({@code q, stars, group, productSet, province, commune,
 * sort, page, size}). Pages forgive what they do not understand (a stale link still lists products); the API
 * reports every bad parameter ({@link #problems()}).
 */
public final class CatalogueParameters {

	/** The largest page the API and the pages serve. */
	public static final int MAX_SIZE = 100;

	private final List<FieldProblem> problems = new ArrayList<>();

	private final CatalogueQuery query;

	private final PageRequest page;

	private CatalogueParameters(String q, String stars, String group, String productSet, String province,
			String commune, String sort, String page, String size, int defaultSize) {
		Integer starLevel = integer("stars", stars, 3, 5, "catalogue.parameter.stars");
		ProductGroup productGroup = null;
		if (present(group)) {
			try {
				productGroup = ProductGroup.valueOf(group.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("group", "catalogue.parameter.group", group));
			}
		}
		ProductSet set = null;
		if (present(productSet)) {
			set = ProductSet.ofCode(productSet).orElse(null);
			if (set == null) {
				problems.add(new FieldProblem("productSet", "catalogue.parameter.product-set", productSet));
			}
		}
		CatalogueQuery.Sort order = CatalogueQuery.Sort.RELEVANCE;
		if (present(sort)) {
			try {
				order = CatalogueQuery.Sort.valueOf(sort.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("sort", "catalogue.parameter.sort", sort));
			}
		}
		String text = present(q) ? q.trim() : null;
		if (text != null && text.length() > 200) {
			problems.add(new FieldProblem("q", "catalogue.parameter.q", 200));
			text = text.substring(0, 200);
		}
		Integer pageNumber = integer("page", page, 0, 100_000, "catalogue.parameter.page");
		Integer pageSize = integer("size", size, 1, MAX_SIZE, "catalogue.parameter.size");
		this.query = new CatalogueQuery(text, starLevel, productGroup, set, code(province), code(commune), null, order);
		this.page = new PageRequest(pageNumber == null ? 0 : pageNumber, pageSize == null ? defaultSize : pageSize);
	}

	public static CatalogueParameters of(String q, String stars, String group, String productSet, String province,
			String commune, String sort, String page, String size, int defaultSize) {
		return new CatalogueParameters(q, stars, group, productSet, province, commune, sort, page, size, defaultSize);
	}

	public CatalogueQuery query() {
		return query;
	}

	public PageRequest page() {
		return page;
	}

	public List<FieldProblem> problems() {
		return List.copyOf(problems);
	}

	private Integer integer(String field, String value, int min, int max, String key) {
		if (!present(value)) {
			return null;
		}
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(new FieldProblem(field, key, min, max));
		return null;
	}

	private static String code(String value) {
		// Unit codes are digits ("42", "18133"); anything else matches no product, so it is dropped.
		return present(value) && value.trim().matches("[0-9A-Za-z]{1,10}") ? value.trim() : null;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
