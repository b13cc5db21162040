package vn.ocophub.producer;

import java.util.regex.Pattern;

/**
 * A Vietnamese tax code: 10 digits (an organisation or household), 10 digits, "-" and 3 digits (a dependent
 * unit such as a branch), or the 12-digit personal identification number that household businesses and
 * individuals use as their tax code since 1 July 2025.
 */
public record TaxCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{10}(-\\d{3})?|\\d{12}");

	public TaxCode {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a tax code: " + value);
		}
	}

	/** Removes the spaces and dots people type into codes; returns null for blank input. */
	public static String normalize(String text) {
		if (text == null) {
			return null;
		}
		String compact = text.replaceAll("[\\s.]", "").replace('–', '-').replace('—', '-');
		return compact.isEmpty() ? null : compact;
	}

	public static boolean isValid(String normalized) {
		return normalized != null && FORMAT.matcher(normalized).matches();
	}

	/** Whether this is a 12-digit personal identification number. */
	public boolean isPersonal() {
		return value.length() == 12;
	}

	@Override
	public String toString() {
		return value;
	}

}
