package vn.ocophub.shared.spreadsheet;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * What the number format of a cell style says about a number: Excel stores dates and percentages as plain
 * numbers and tells them apart only by format. Answers are cached per style, since a sheet has a handful of
 * styles and 100,000 rows.
 */
final class CellStyles {

	/** How a number in a style is meant. */
	enum Meaning {

		NUMBER, DATE, PERCENT

	}

	private final StylesTable styles;

	private final Map<Integer, Meaning> meanings = new HashMap<>();

	CellStyles(StylesTable styles) {
		this.styles = styles;
	}

	/** The meaning of a number in the style of the {@code s} attribute (absent means style 0). */
	Meaning of(String styleAttribute) {
		int index = 0;
		if (styleAttribute != null) {
			try {
				index = Integer.parseInt(styleAttribute);
			}
			catch (NumberFormatException ex) {
				return Meaning.NUMBER;
			}
		}
		return meanings.computeIfAbsent(index, this::lookUp);
	}

	private Meaning lookUp(int index) {
		if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
			return Meaning.NUMBER;
		}
		XSSFCellStyle style = styles.getStyleAt(index);
		if (style == null) {
			return Meaning.NUMBER;
		}
		String format = style.getDataFormatString();
		if (DateUtil.isADateFormat(style.getDataFormat(), format)) {
			return Meaning.DATE;
		}
		return isPercent(format) ? Meaning.PERCENT : Meaning.NUMBER;
	}

	/** A % sign that is not inside quotes nor escaped ("0%", "0.00%", but not {@code 0"%"}). */
	static boolean isPercent(String format) {
		if (format == null) {
			return false;
		}
		boolean quoted = false;
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == '\\') {
				i++;
			}
			else if (c == '%' && !quoted) {
				return true;
			}
		}
		return false;
	}

}
