package vn.ocophub.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.ocophub.shared.error.FieldProblem;

/**
 * The checks a product's data must pass on its own, whatever the channel. Whether the producer exists and the
 * user may attach products to it is checked by {@link ProductManagement}. Expects normalized data.
 */
public final class ProductRules {

	/** Codes given by a user (an import from another system) use letters, digits, "-" and ".". */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{2,39}");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ProductRules() {
	}

	public static List<FieldProblem> check(ProductData data) {
		List<FieldProblem> problems = new ArrayList<>();
		if (data.name() == null) {
			problems.add(problem("name", "required"));
		}
		if (data.producerId() <= 0) {
			problems.add(problem("producerId", "required"));
		}
		if (data.productSet() == null) {
			problems.add(problem("productSet", "required"));
		}
		length(problems, "name", data.name(), 300);
		length(problems, "description", data.description(), 4000);
		length(problems, "brand", data.brand(), 300);
		length(problems, "geographicalIndication", data.geographicalIndication(), 300);
		length(problems, "packaging", data.packaging(), 1000);
		length(problems, "labelInfo", data.labelInfo(), 1000);
		length(problems, "story", data.story(), 8000);
		length(problems, "usageGuide", data.usageGuide(), 4000);
		length(problems, "rawMaterialOrigin", data.rawMaterialOrigin(), 1000);
		length(problems, "productionCapacity", data.productionCapacity(), 200);
		length(problems, "linkageContracts", data.linkageContracts(), 2000);
		length(problems, "exportMarkets", data.exportMarkets(), 500);
		BigDecimal share = data.localMaterialShare();
		if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
			problems.add(problem("localMaterialShare", "percent-range"));
		}
		if (data.exportMarkets() != null && !data.channels().contains(DistributionChannel.EXPORT)) {
			problems.add(problem("exportMarkets", "export-channel"));
		}
		return problems;
	}

	/** Checks a code a user gives for a new product. */
	public static List<FieldProblem> checkCode(String code) {
		if (code != null && !CODE.matcher(code).matches()) {
			return List.of(problem("code", "code-invalid", code));
		}
		return List.of();
	}

	private static void length(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(problem(field, "too-long", max));
		}
	}

	static FieldProblem problem(String field, String rule, Object... args) {
		return new FieldProblem(field, "product.validation." + rule, args);
	}

}
