package vn.ocophub.shared.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * Turns the raw value of a worksheet cell into a {@link Cell}: shared-string indexes into text, serial numbers
 * with a date format into dates, raw numbers into exact decimals. A value Excel never writes (an unknown type,
 * a number with an absurd exponent, a missing shared string) means a damaged or forged file.
 */
final class XlsxCellDecoder {

	/** Longest plain-notation number Excel writes is about 25 characters; anything far longer is hostile. */
	private static final int MAX_NUMBER_LENGTH = 64;

	private static final int MAX_SCALE = 400;

	private final SharedStrings sharedStrings;

	private final CellStyles styles;

	private final boolean date1904;

	XlsxCellDecoder(SharedStrings sharedStrings, CellStyles styles, boolean date1904) {
		this.sharedStrings = sharedStrings;
		this.styles = styles;
		this.date1904 = date1904;
	}

	/**
	 * The cell for a {@code <c>} element's type ({@code t}), style ({@code s}) and raw value.
	 * @param reference the cell's address, computed only for an error message
	 */
	Cell decode(String type, String style, String raw, Supplier<String> reference) {
		if (type == null || type.equals("n")) {
			return raw.isBlank() ? Cell.BLANK : number(raw, style);
		}
		return switch (type) {
			case "s" -> sharedString(raw, reference);
			case "str", "inlineStr" -> Cell.ofText(raw);
			case "b" -> bool(raw);
			case "e" -> Cell.ofError(raw.strip());
			case "d" -> isoDate(raw);
			default -> throw corrupt();
		};
	}

	private Cell number(String raw, String style) {
		BigDecimal number = parseNumber(raw.strip());
		return switch (styles.of(style)) {
			case DATE -> date(number);
			case PERCENT -> Cell.ofPercent(number);
			case NUMBER -> Cell.ofNumber(number);
		};
	}

	/** A serial day number; a negative or absurd one stays a number rather than becoming a made-up day. */
	private Cell date(BigDecimal number) {
		double serial = number.doubleValue();
		if (!DateUtil.isValidExcelDate(serial)) {
			return Cell.ofNumber(number);
		}
		return Cell.ofDate(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
	}

	private BigDecimal parseNumber(String raw) {
		if (raw.length() > MAX_NUMBER_LENGTH) {
			throw corrupt();
		}
		try {
			BigDecimal number = new BigDecimal(raw);
			// A huge exponent would make the plain rendering gigabytes long.
			if (number.scale() > MAX_SCALE || number.scale() < -MAX_SCALE) {
				throw corrupt();
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw corrupt();
		}
	}

	private Cell sharedString(String raw, Supplier<String> reference) {
		String text;
		try {
			text = sharedStrings.getItemAt(Integer.parseInt(raw.strip())).getString();
		}
		catch (RuntimeException ex) {
			throw corrupt();
		}
		if (text != null && text.length() > SpreadsheetReader.MAX_CELL_LENGTH) {
			throw new SpreadsheetException(SpreadsheetErrors.CELL_TOO_LONG, reference.get(),
					SpreadsheetReader.MAX_CELL_LENGTH);
		}
		return Cell.ofText(text);
	}

	private Cell bool(String raw) {
		return switch (raw.strip()) {
			case "1", "true" -> Cell.ofBoolean(true);
			case "0", "false" -> Cell.ofBoolean(false);
			default -> throw corrupt();
		};
	}

	/** Strict OOXML and some generators store dates as ISO 8601 text with {@code t="d"}. */
	private Cell isoDate(String raw) {
		String text = raw.strip();
		try {
			return Cell.ofDate(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
		}
		catch (RuntimeException ex) {
			throw corrupt();
		}
	}

	private static SpreadsheetException corrupt() {
		return new SpreadsheetException(SpreadsheetErrors.CORRUPT);
	}

}
