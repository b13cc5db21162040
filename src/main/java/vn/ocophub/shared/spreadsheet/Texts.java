package vn.ocophub.shared.spreadsheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;

/**
 * Text as read from and written to files. Windows-1258 and some Mac tools write decomposed tone marks, so every
 * text is composed (NFC) to compare equal to what users type.
 */
final class Texts {

	/** How dates are written in Vietnam, and how DATE cells show as text. */
	static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Texts() {
	}

	/**
	 * NFC, non-breaking spaces (pasted from web pages) turned into spaces, surrounding white space removed.
	 * Inner white space and line breaks stay: a description may have paragraphs.
	 */
	static String normalize(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String composed = Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
				: Normalizer.normalize(value, Normalizer.Form.NFC);
		return composed.replace('\u00A0', ' ').strip();
	}

	/** The exact decimal in plain notation without trailing zeros: 1.50 → "1.5", 1E+8 → "100000000". */
	static String plain(BigDecimal value) {
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}

}
