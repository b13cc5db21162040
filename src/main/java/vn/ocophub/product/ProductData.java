package vn.ocophub.product;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import vn.ocophub.shared.VietText;

/** What a user records about a product or service, from the form, the API or one row of an import. */
public record ProductData(String name, long producerId, ProductSet productSet, String description, String brand,
		String geographicalIndication, String packaging, String labelInfo, String story, String usageGuide,
		String rawMaterialOrigin, BigDecimal localMaterialShare, String productionCapacity, String linkageContracts,
		Set<DistributionChannel> channels, String exportMarkets) {

	public ProductData {
		channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
	}

	/** The data as stored: text in NFC (multi-line text keeps its line breaks), blanks as null. */
	public ProductData normalized() {
		return new ProductData(line(name), producerId, productSet, block(description), line(brand),
				line(geographicalIndication), block(packaging), block(labelInfo), block(story), block(usageGuide),
				block(rawMaterialOrigin), localMaterialShare, line(productionCapacity), block(linkageContracts), channels,
				line(exportMarkets));
	}

	private static String line(String value) {
		String clean = VietText.clean(value);
		return clean == null || clean.isEmpty() ? null : clean;
	}

	private static String block(String value) {
		if (value == null) {
			return null;
		}
		String normalized = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC)
			.replace("\r\n", "\n")
			.replaceAll("[ \\t]+", " ")
			.replaceAll("\\n{3,}", "\n\n")
			.strip();
		return normalized.isEmpty() ? null : normalized;
	}

}
