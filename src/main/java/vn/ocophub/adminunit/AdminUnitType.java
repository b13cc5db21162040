package vn.ocophub.adminunit;

import java.util.List;

import vn.ocophub.shared.VietText;

/**
 * The official type of a unit, read from the prefix of its official name ("Tỉnh Hà Tĩnh", "Xã Hương Sơn",
 * "Đặc khu Vân Đồn").
 */
public enum AdminUnitType {

	TINH("Tỉnh", AdminUnitLevel.PROVINCE), THANH_PHO("Thành phố", AdminUnitLevel.PROVINCE),
	QUAN("Quận", AdminUnitLevel.DISTRICT), HUYEN("Huyện", AdminUnitLevel.DISTRICT),
	THI_XA("Thị xã", AdminUnitLevel.DISTRICT), THANH_PHO_THUOC_TINH("Thành phố", AdminUnitLevel.DISTRICT),
	XA("Xã", AdminUnitLevel.COMMUNE), PHUONG("Phường", AdminUnitLevel.COMMUNE),
	THI_TRAN("Thị trấn", AdminUnitLevel.COMMUNE), DAC_KHU("Đặc khu", AdminUnitLevel.COMMUNE),
	KHU_VUC("Khu vực", AdminUnitLevel.COMMUNE);

	private final String prefix;

	private final AdminUnitLevel level;

	AdminUnitType(String prefix, AdminUnitLevel level) {
		this.prefix = prefix;
		this.level = level;
	}

	/** The official prefix, e.g. "Xã". */
	public String prefix() {
		return prefix;
	}

	public AdminUnitLevel level() {
		return level;
	}

	/**
	 * The type named by the prefix of an official name at a level, accent-insensitively (the official tables
	 * contain "Xa" for "Xã"), or null when the name has no known prefix.
	 */
	public static AdminUnitType fromName(AdminUnitLevel level, String name) {
		String key = VietText.searchKey(name);
		for (AdminUnitType type : List.of(values())) {
			String prefixKey = VietText.searchKey(type.prefix);
			if (type.level == level && (key.equals(prefixKey) || key.startsWith(prefixKey + " "))) {
				return type;
			}
		}
		return null;
	}

	/**
	 * The official name written with the canonical prefix: "Xa Hòa Bình" becomes "Xã Hòa Bình". Names without
	 * a known prefix are returned unchanged.
	 */
	public String canonicalName(String name) {
		String cleaned = VietText.clean(name);
		int words = prefix.split(" ").length;
		String[] parts = cleaned.split(" ", words + 1);
		if (parts.length <= words) {
			return cleaned;
		}
		return prefix + " " + parts[words];
	}

	/** The name without its type prefix: "Xã Hương Sơn" → "Hương Sơn". */
	public String shortName(String name) {
		String cleaned = VietText.clean(name);
		int words = prefix.split(" ").length;
		String[] parts = cleaned.split(" ", words + 1);
		return parts.length <= words ? cleaned : parts[words];
	}

}
