package vn.ocophub.product.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import vn.ocophub.product.ProductData;

/** A product's fields as its history records them (enums by name; the page translates them). */
public final class ProductSnapshots {

	private ProductSnapshots() {
	}

	public static Map<String, String> of(ProductData d, String producerName) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", d.name());
		fields.put("producerId", producerName == null ? String.valueOf(d.producerId()) : producerName);
		fields.put("productSet", d.productSet() == null ? null : d.productSet().code());
		fields.put("description", d.description());
		fields.put("brand", d.brand());
		fields.put("geographicalIndication", d.geographicalIndication());
		fields.put("packaging", d.packaging());
		fields.put("labelInfo", d.labelInfo());
		fields.put("story", d.story());
		fields.put("usageGuide", d.usageGuide());
		fields.put("rawMaterialOrigin", d.rawMaterialOrigin());
		fields.put("localMaterialShare",
				d.localMaterialShare() == null ? null : d.localMaterialShare().stripTrailingZeros().toPlainString());
		fields.put("productionCapacity", d.productionCapacity());
		fields.put("linkageContracts", d.linkageContracts());
		fields.put("channels", d.channels().isEmpty() ? null
				: d.channels().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
		fields.put("exportMarkets", d.exportMarkets());
		return fields;
	}

}
