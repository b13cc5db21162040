package vn.ocophub.product;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 26 product sets of Decision 148/QĐ-TTg (Annex I classification, one criteria set each in Annex III),
 * numbered "01"…"26" in the order of Annex III; tourism services are set 26. {@code classification} is the
 * position in the Annex I table (group, subgroup, letter). Names are in the message bundles
 * ({@code product.set.NN}).
 */
public enum ProductSet {

	S01("01", "I.1.a", ProductGroup.FOOD), S02("02", "I.1.b", ProductGroup.FOOD),
	S03("03", "I.2.a", ProductGroup.FOOD), S04("04", "I.2.b", ProductGroup.FOOD),
	S05("05", "I.3.a", ProductGroup.FOOD), S06("06", "I.3.b", ProductGroup.FOOD),
	S07("07", "I.3.c", ProductGroup.FOOD), S08("08", "I.3.d", ProductGroup.FOOD),
	S09("09", "I.4.a", ProductGroup.FOOD), S10("10", "I.4.b", ProductGroup.FOOD),
	S11("11", "I.5.a", ProductGroup.FOOD), S12("12", "I.5.b", ProductGroup.FOOD),
	S13("13", "I.6", ProductGroup.FOOD), S14("14", "II.1.a", ProductGroup.BEVERAGE),
	S15("15", "II.1.b", ProductGroup.BEVERAGE), S16("16", "II.2.a", ProductGroup.BEVERAGE),
	S17("17", "II.2.b", ProductGroup.BEVERAGE), S18("18", "III.1", ProductGroup.HERBAL),
	S19("19", "III.2", ProductGroup.HERBAL), S20("20", "III.3", ProductGroup.HERBAL),
	S21("21", "IV.1", ProductGroup.HANDICRAFT), S22("22", "IV.2", ProductGroup.HANDICRAFT),
	S23("23", "V.1", ProductGroup.ORNAMENTAL), S24("24", "V.2", ProductGroup.ORNAMENTAL),
	S25("25", "V.3", ProductGroup.ORNAMENTAL), S26("26", "VI", ProductGroup.TOURISM);

	private final String code;

	private final String classification;

	private final ProductGroup group;

	ProductSet(String code, String classification, ProductGroup group) {
		this.code = code;
		this.classification = classification;
		this.group = group;
	}

	/** "01"…"26". */
	public String code() {
		return code;
	}

	public String classification() {
		return classification;
	}

	public ProductGroup group() {
		return group;
	}

	/** Whether the set is a service (tourism), which has no samples and is checked on site. */
	public boolean isService() {
		return group == ProductGroup.TOURISM;
	}

	/** The set with this code; "1" and "01" are the same set. */
	public static Optional<ProductSet> ofCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String trimmed = code.trim();
		String padded = trimmed.length() == 1 ? "0" + trimmed : trimmed;
		return Arrays.stream(values()).filter(set -> set.code.equals(padded)).findFirst();
	}

}
