package vn.ocophub.shared.spreadsheet;

import java.math.BigDecimal;

/**
 * Numbers typed as text. Vietnamese writes {@code 1.234.567,5} (dot for thousands, comma for decimals);
 * spreadsheets set to English write {@code 1,234,567.5}; people also type {@code 1.5}. The rules: with both
 * marks, the last one is the decimal mark; a lone comma is a decimal comma; a lone dot followed by exactly three
 * digits separates thousands ({@code 1.234} is 1234), otherwise it is a decimal point; a mark that occurs twice
 * separates thousands. Spaces between digit groups are ignored.
 */
final class NumberText {

	private static final int MAX_LENGTH = 40;

	private NumberText() {
	}

	/** The number, or null when the text is not one. */
	static BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		String compact = text.strip().replaceAll("[\\s\u00A0\u202F]", "").replace('\u2212', '-');
		if (compact.isEmpty() || compact.length() > MAX_LENGTH) {
			return null;
		}
		boolean negative = compact.charAt(0) == '-';
		String body = negative || compact.charAt(0) == '+' ? compact.substring(1) : compact;
		if (body.isEmpty() || !Character.isDigit(body.charAt(0)) || !body.matches("[0-9.,]+")) {
			return null;
		}
		String plain = toPlain(body);
		if (plain == null) {
			return null;
		}
		BigDecimal number = new BigDecimal(plain);
		return negative ? number.negate() : number;
	}

	/** {@code 1.234,5} → {@code 1234.5}; null when the digit groups are inconsistent. */
	private static String toPlain(String body) {
		int lastDot = body.lastIndexOf('.');
		int lastComma = body.lastIndexOf(',');
		char decimal;
		char grouping;
		if (lastDot >= 0 && lastComma >= 0) {
			decimal = lastDot > lastComma ? '.' : ',';
			grouping = decimal == '.' ? ',' : '.';
		}
		else if (lastComma >= 0) {
			boolean once = body.indexOf(',') == lastComma;
			decimal = once ? ',' : 0;
			grouping = once ? 0 : ',';
		}
		else if (lastDot >= 0) {
			boolean once = body.indexOf('.') == lastDot;
			boolean thousands = !once || (body.length() - lastDot - 1 == 3 && body.charAt(0) != '0');
			decimal = thousands ? 0 : '.';
			grouping = thousands ? '.' : 0;
		}
		else {
			return body;
		}
		int decimalAt = decimal == 0 ? -1 : body.lastIndexOf(decimal);
		if (decimalAt >= 0 && body.indexOf(decimal) != decimalAt) {
			return null;
		}
		String integer = decimalAt >= 0 ? body.substring(0, decimalAt) : body;
		String fraction = decimalAt >= 0 ? body.substring(decimalAt + 1) : "";
		if (fraction.indexOf(grouping) >= 0 || (decimalAt >= 0 && fraction.isEmpty())) {
			return null;
		}
		String digits = grouping == 0 ? integer : ungroup(integer, grouping);
		return digits == null ? null : fraction.isEmpty() ? digits : digits + "." + fraction;
	}

	/** {@code 1.234.567} → {@code 1234567}; null unless the groups after the first have three digits. */
	private static String ungroup(String integer, char grouping) {
		String[] groups = integer.split(grouping == '.' ? "\\." : ",", -1);
		if (groups[0].isEmpty() || groups[0].length() > 3 || (groups.length > 1 && groups[0].startsWith("0"))) {
			return null;
		}
		StringBuilder digits = new StringBuilder(groups[0]);
		for (int i = 1; i < groups.length; i++) {
			if (groups[i].length() != 3) {
				return null;
			}
			digits.append(groups[i]);
		}
		return digits.toString();
	}

}
