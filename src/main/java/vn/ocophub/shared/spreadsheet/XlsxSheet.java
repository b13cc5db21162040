package vn.ocophub.shared.spreadsheet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** One sheet being written by {@link XlsxWriter}: typed cells, and the widest value of each column. */
final class XlsxSheet {

	private static final int MIN_WIDTH = 8;

	private static final int MAX_WIDTH = 60;

	/** Room for the auto-filter button next to the header text. */
	private static final int FILTER_BUTTON = 3;

	private final Sheet sheet;

	private final List<Column> columns;

	private final XlsxStyles styles;

	private final int[] widths;

	private int nextRow;

	XlsxSheet(Sheet sheet, List<Column> columns, XlsxStyles styles) {
		this.sheet = sheet;
		this.columns = List.copyOf(columns);
		this.styles = styles;
		this.widths = new int[columns.size()];
		Row header = sheet.createRow(nextRow++);
		for (int i = 0; i < this.columns.size(); i++) {
			String text = Texts.normalize(this.columns.get(i).header());
			Cell cell = header.createCell(i);
			cell.setCellValue(text);
			cell.setCellStyle(styles.header);
			widths[i] = longestLine(text) + FILTER_BUTTON;
		}
		sheet.createFreezePane(0, 1);
	}

	void row(Object[] values) {
		if (values.length > columns.size()) {
			throw new IllegalArgumentException(
					"Sheet " + sheet.getSheetName() + " has " + columns.size() + " columns, got " + values.length);
		}
		Row row = sheet.createRow(nextRow++);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				widths[i] = Math.max(widths[i], write(row.createCell(i), columns.get(i), values[i]));
			}
		}
	}

	/** Sets the widths and the auto-filter, which need every row to be known. */
	void finish() {
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, Math.min(Math.max(widths[i] + 1, MIN_WIDTH), MAX_WIDTH) * 256);
		}
		if (!columns.isEmpty()) {
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(nextRow - 1, 0), 0, columns.size() - 1));
		}
	}

	/** Writes one value; returns its width in characters. */
	private int write(Cell cell, Column column, Object value) {
		switch (column.type()) {
			case TEXT -> {
				String text = Texts
					.normalize(value instanceof LocalDate day ? Texts.DAY_MONTH_YEAR.format(day) : value.toString());
				// Excel refuses longer cells; an export must not fail for one overlong description.
				if (text.length() > SpreadsheetReader.MAX_CELL_LENGTH) {
					text = text.substring(0, SpreadsheetReader.MAX_CELL_LENGTH - 1) + "…";
				}
				cell.setCellValue(text);
				cell.setCellStyle(styles.text);
				return longestLine(text);
			}
			case DATE -> {
				cell.setCellValue(expect(value, LocalDate.class, column));
				cell.setCellStyle(styles.date);
				return 10;
			}
			default -> {
				return writeNumber(cell, column, decimal(expect(value, Number.class, column)));
			}
		}
	}

	private int writeNumber(Cell cell, Column column, BigDecimal number) {
		boolean whole = number.stripTrailingZeros().scale() <= 0;
		String plain = Texts.plain(number);
		if (column.type() == Column.Type.PERCENT) {
			cell.setCellValue(number.movePointLeft(2).doubleValue());
			cell.setCellStyle(whole ? styles.wholePercent : styles.percent);
			return plain.length() + 1;
		}
		cell.setCellValue(number.doubleValue());
		cell.setCellStyle(column.type() == Column.Type.INTEGER || whole ? styles.integer : styles.decimal);
		// One thousands separator per three digits.
		return plain.length() + plain.length() / 3;
	}

	private static BigDecimal decimal(Number number) {
		if (number instanceof BigDecimal exact) {
			return exact;
		}
		if (number instanceof BigInteger big) {
			return new BigDecimal(big);
		}
		if (number instanceof Double || number instanceof Float) {
			return BigDecimal.valueOf(number.doubleValue());
		}
		return BigDecimal.valueOf(number.longValue());
	}

	private <T> T expect(Object value, Class<T> type, Column column) {
		if (!type.isInstance(value)) {
			throw new IllegalArgumentException("Column \"" + column.header() + "\" takes a " + type.getSimpleName()
					+ ", got " + value.getClass().getSimpleName());
		}
		return type.cast(value);
	}

	private static int longestLine(String text) {
		int longest = 0;
		for (String line : text.split("\n", -1)) {
			longest = Math.max(longest, line.length());
		}
		return longest;
	}

}
