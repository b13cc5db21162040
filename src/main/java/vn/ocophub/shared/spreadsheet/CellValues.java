package vn.ocophub.shared.spreadsheet;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ocophub.shared.VietText;

/**
 * Turns cells into the values importers need, accepting what officers actually type: dates as real Excel
 * dates or as text ({@code 15/03/2024}, {@code 5/3/2024}, {@code 15-03-2024}, {@code 2024-03-15}), numbers
 * with Vietnamese or English separators, percentages with or without a {@code %}, yes/no in Vietnamese or
 * English. A blank cell gives {@link Parsed#empty()}; a value that cannot be read gives an error, never a
 * guess (31/02/2024 is refused, not moved to March).
 */
public final class CellValues {

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

	private static final Pattern YEAR_MONTH_DAY = Pattern
		.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T\\s]\\d{1,2}:\\d{2}(?::\\d{2})?)?");

	private static final Set<String> YES = Set.of("co", "x", "yes", "y", "true", "dung", "1");

	private static final Set<String> NO = Set.of("khong", "no", "n", "false", "sai", "0");

	private CellValues() {
	}

	/** A DATE cell, or text in dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy or yyyy-MM-dd (a time is ignored). */
	public static Parsed<LocalDate> date(Cell cell) {
		return switch (cell.kind()) {
			case DATE -> Parsed.of(cell.date());
			case TEXT -> dateFromText(cell.text());
			default -> unusable(cell, SpreadsheetErrors.NOT_A_DATE);
		};
	}

	/** A whole number: a NUMBER cell without fraction, or text such as {@code 1.234} or {@code 1 234}. */
	public static Parsed<Long> integer(Cell cell) {
		Parsed<BigDecimal> number = decimal(cell);
		if (number.value() == null) {
			return new Parsed<>(null, number.error(), number.input());
		}
		try {
			return Parsed.of(number.value().longValueExact());
		}
		catch (ArithmeticException ex) {
			boolean whole = number.value().stripTrailingZeros().scale() <= 0;
			return Parsed.failure(whole ? SpreadsheetErrors.NOT_A_NUMBER : SpreadsheetErrors.NOT_AN_INTEGER,
					cell.text());
		}
	}

	/** A NUMBER cell, or text such as {@code 12,5}, {@code 1.234,5} or {@code 1,234.5}. */
	public static Parsed<BigDecimal> decimal(Cell cell) {
		return switch (cell.kind()) {
			case NUMBER -> Parsed.of(cell.number());
			case TEXT -> numberFromText(cell.text());
			default -> unusable(cell, SpreadsheetErrors.NOT_A_NUMBER);
		};
	}

	/**
	 * A percentage in points: {@code 45%} typed as text, {@code 45}, or a cell formatted as a percentage (which
	 * Excel stores as 0.45) all give 45.
	 */
	public static Parsed<BigDecimal> percent(Cell cell) {
		if (cell.kind() == Cell.Kind.NUMBER && cell.text().endsWith("%")) {
			return Parsed.of(cell.number().movePointRight(2));
		}
		if (cell.kind() == Cell.Kind.TEXT && cell.text().endsWith("%")) {
			return numberFromText(cell.text().substring(0, cell.text().length() - 1), cell.text());
		}
		return decimal(cell);
	}

	/** Có/Không, X (ticked), Yes/No, Y/N, Đúng/Sai, TRUE/FALSE, 1/0; accents and case do not matter. */
	public static Parsed<Boolean> bool(Cell cell) {
		String key = switch (cell.kind()) {
			case BOOLEAN, TEXT, NUMBER -> VietText.searchKey(cell.text());
			default -> null;
		};
		if (key == null) {
			return unusable(cell, SpreadsheetErrors.NOT_A_BOOLEAN);
		}
		if (YES.contains(key) || cell.text().equals("✓") || cell.text().equals("✔")) {
			return Parsed.of(true);
		}
		return NO.contains(key) ? Parsed.of(false) : Parsed.failure(SpreadsheetErrors.NOT_A_BOOLEAN, cell.text());
	}

	/**
	 * The text of a code-like column (tax code, phone, commune code) whatever Excel made of it: a number is
	 * given in plain digits ({@code 101234567}). A leading zero lost because the cell was a number cannot be
	 * recovered here; the caller knows the code's length. A date means Excel converted the typed text.
	 */
	public static Parsed<String> code(Cell cell) {
		return switch (cell.kind()) {
			case TEXT, BOOLEAN -> Parsed.of(cell.text());
			case NUMBER -> Parsed.of(Texts.plain(cell.number()));
			case DATE -> Parsed.failure(SpreadsheetErrors.DATE_IN_TEXT_COLUMN, cell.text());
			default -> unusable(cell, null);
		};
	}

	private static Parsed<LocalDate> dateFromText(String text) {
		Matcher dmy = DAY_MONTH_YEAR.matcher(text);
		Matcher ymd = YEAR_MONTH_DAY.matcher(text);
		try {
			if (dmy.matches()) {
				return Parsed.of(LocalDate.of(Integer.parseInt(dmy.group(4)), Integer.parseInt(dmy.group(3)),
						Integer.parseInt(dmy.group(1))));
			}
			if (ymd.matches()) {
				return Parsed.of(LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
						Integer.parseInt(ymd.group(3))));
			}
		}
		catch (DateTimeException ex) {
			return Parsed.failure(SpreadsheetErrors.NO_SUCH_DATE, text);
		}
		return Parsed.failure(SpreadsheetErrors.NOT_A_DATE, text);
	}

	private static Parsed<BigDecimal> numberFromText(String text) {
		return numberFromText(text, text);
	}

	private static Parsed<BigDecimal> numberFromText(String number, String input) {
		BigDecimal value = NumberText.parse(number);
		return value == null ? Parsed.failure(SpreadsheetErrors.NOT_A_NUMBER, input) : Parsed.of(value);
	}

	/** Blank is empty; Excel errors and unsaved formulas have their own messages; the rest is the wrong kind. */
	private static <T> Parsed<T> unusable(Cell cell, SpreadsheetErrors wrongKind) {
		return switch (cell.kind()) {
			case BLANK -> Parsed.empty();
			case ERROR -> Parsed.failure(SpreadsheetErrors.ERROR_VALUE, cell.text());
			case FORMULA_WITHOUT_VALUE -> Parsed.failure(SpreadsheetErrors.FORMULA_WITHOUT_VALUE, cell.text());
			default -> Parsed.failure(wrongKind, cell.text());
		};
	}

}
