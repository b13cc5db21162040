package vn.ocophub.shared.spreadsheet;

import vn.ocophub.shared.error.ErrorCode;

/**
 * Why a spreadsheet, or one of its cells, could not be read. File-level codes come with a
 * {@link SpreadsheetException}; {@code value.*} codes come with a {@link Parsed} cell value and take the cell's
 * text as argument {0}.
 */
public enum SpreadsheetErrors implements ErrorCode {

	/** Neither an Excel workbook nor a text (CSV) file, e.g. a picture or a program. */
	NOT_SPREADSHEET("shared.spreadsheet.not-spreadsheet"),
	/** An Excel 97–2003 workbook (.xls). */
	LEGACY_XLS("shared.spreadsheet.legacy-xls"),
	/** A spreadsheet in a format that is not .xlsx: binary workbook (.xlsb), OpenDocument (.ods), Strict OOXML. */
	UNSUPPORTED_FORMAT("shared.spreadsheet.unsupported-format"),
	/** A workbook protected by a password to open. */
	ENCRYPTED("shared.spreadsheet.encrypted"),
	/** A compressed file that would expand to an abnormal size. */
	ZIP_BOMB("shared.spreadsheet.zip-bomb"),
	/** A damaged workbook: broken ZIP, missing parts, malformed XML. */
	CORRUPT("shared.spreadsheet.corrupt"),
	/** No row with any value. */
	EMPTY("shared.spreadsheet.empty"),
	/** More rows than allowed; argument {0} is the limit. */
	TOO_MANY_ROWS("shared.spreadsheet.too-many-rows"),
	/** A cell beyond the last column Excel allows; arguments: {0} the row, {1} the limit. */
	TOO_MANY_COLUMNS("shared.spreadsheet.too-many-columns"),
	/** A cell longer than Excel allows; arguments: {0} the cell (e.g. B12), {1} the limit. */
	CELL_TOO_LONG("shared.spreadsheet.cell-too-long"),
	/** A CSV file whose quotes do not match; argument {0} is the line where the broken record starts. */
	CSV_MALFORMED("shared.spreadsheet.csv-malformed"),

	/** Not a date in a recognised form. */
	NOT_A_DATE("shared.spreadsheet.value.not-a-date"),
	/** Looks like a date but is not on the calendar, e.g. 31/02/2024. */
	NO_SUCH_DATE("shared.spreadsheet.value.no-such-date"),
	/** Not a number. */
	NOT_A_NUMBER("shared.spreadsheet.value.not-a-number"),
	/** A number with a fractional part where a whole number is expected. */
	NOT_AN_INTEGER("shared.spreadsheet.value.not-an-integer"),
	/** Not a yes/no answer. */
	NOT_A_BOOLEAN("shared.spreadsheet.value.not-a-boolean"),
	/** A code or text that Excel turned into a date, e.g. "1-2" typed into a General cell. */
	DATE_IN_TEXT_COLUMN("shared.spreadsheet.value.date-in-text-column"),
	/** An Excel error such as #N/A or #DIV/0!. */
	ERROR_VALUE("shared.spreadsheet.value.error"),
	/** A formula whose result was never saved (the file was produced by a program, not by Excel). */
	FORMULA_WITHOUT_VALUE("shared.spreadsheet.value.formula-without-value");

	private final String code;

	SpreadsheetErrors(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

}
