package vn.ocophub.shared;

import java.io.Serializable;
import java.util.Objects;

/**
 * The part of the country a user works in: the whole country, one province, or one commune (with the
 * province it belongs to). Records carry the province and commune codes they belong to, and every list or
 * lookup is filtered by the scope <em>inside its query</em>, using {@link #provinceFilter()} and
 * {@link #communeFilter()}.
 */
public record AccessScope(Level level, String provinceCode, String communeCode) implements Serializable {

	/** How wide a scope is. */
	public enum Level {

		COUNTRY, PROVINCE, COMMUNE

	}

	public AccessScope {
		Objects.requireNonNull(level, "level");
		switch (level) {
			case COUNTRY -> {
				if (provinceCode != null || communeCode != null) {
					throw new IllegalArgumentException("A country-wide scope names no unit");
				}
			}
			case PROVINCE -> {
				requireCode(provinceCode, "provinceCode");
				if (communeCode != null) {
					throw new IllegalArgumentException("A province scope names no commune");
				}
			}
			case COMMUNE -> {
				requireCode(provinceCode, "provinceCode");
				requireCode(communeCode, "communeCode");
			}
		}
	}

	public static AccessScope country() {
		return new AccessScope(Level.COUNTRY, null, null);
	}

	public static AccessScope province(String provinceCode) {
		return new AccessScope(Level.PROVINCE, provinceCode, null);
	}

	public static AccessScope commune(String provinceCode, String communeCode) {
		return new AccessScope(Level.COMMUNE, provinceCode, communeCode);
	}

	/** Whether a record of the given province and commune (either may be null) lies inside this scope. */
	public boolean covers(String recordProvinceCode, String recordCommuneCode) {
		return switch (level) {
			case COUNTRY -> true;
			case PROVINCE -> provinceCode.equals(recordProvinceCode);
			case COMMUNE -> provinceCode.equals(recordProvinceCode) && communeCode.equals(recordCommuneCode);
		};
	}

	/** Whether every record visible in {@code other} is also visible in this scope. */
	public boolean includes(AccessScope other) {
		return covers(other.provinceCode, other.communeCode) && level.ordinal() <= other.level.ordinal();
	}

	/** The province code a query must match, or null when the scope is the whole country. */
	public String provinceFilter() {
		return provinceCode;
	}

	/** The commune code a query must match, or null when the scope is wider than a commune. */
	public String communeFilter() {
		return communeCode;
	}

	/** The code of the unit this scope is rooted at, or null for the whole country. */
	public String unitCode() {
		return level == Level.COMMUNE ? communeCode : provinceCode;
	}

	private static void requireCode(String code, String name) {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException(name + " is required for this scope");
		}
	}

}
