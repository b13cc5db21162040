package vn.ocophub.shared.spreadsheet;

/** The formats {@link SpreadsheetReader} reads, as recognised from the file's content. */
public enum SpreadsheetFormat {

	/** Office Open XML workbook (.xlsx, .xlsm); only the first worksheet is read. */
	XLSX,
	/** Delimited text: comma, semicolon or tab; UTF-8, UTF-16 with a byte order mark, or Windows-1258. */
	CSV

}
