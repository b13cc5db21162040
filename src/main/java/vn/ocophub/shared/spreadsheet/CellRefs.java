package vn.ocophub.shared.spreadsheet;

/**
 * Fast parsing of cell references such as {@code AB12} (called for every cell of the sheet, so no regular
 * expressions). Absolute markers ({@code $A$1}) are ignored.
 */
final class CellRefs {

	/** Beyond Excel's 1,048,576 rows and 16,384 columns, but small enough never to overflow. */
	private static final int MAX_DIGITS = 9;

	private static final int MAX_LETTERS = 4;

	private CellRefs() {
	}

	/** The 0-based column of a reference, or -1 when it has no valid column letters. */
	static int column(String reference) {
		int column = 0;
		int letters = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c == '$') {
				continue;
			}
			char upper = Character.toUpperCase(c);
			if (upper < 'A' || upper > 'Z') {
				break;
			}
			if (++letters > MAX_LETTERS) {
				return -1;
			}
			column = column * 26 + (upper - 'A' + 1);
		}
		return letters == 0 ? -1 : column - 1;
	}

	/** The 1-based row of a reference, or -1 when it has no valid row digits. */
	static int row(String reference) {
		int row = 0;
		int digits = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= '0' && c <= '9') {
				if (++digits > MAX_DIGITS) {
					return -1;
				}
				row = row * 10 + (c - '0');
			}
			else if (digits > 0) {
				return -1;
			}
		}
		return digits == 0 ? -1 : row;
	}

	/** A row number attribute ({@code r="12"}), or -1 when it is not a positive number. */
	static int rowNumber(String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_DIGITS) {
			return -1;
		}
		int row = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			row = row * 10 + (c - '0');
		}
		return row == 0 ? -1 : row;
	}

}
