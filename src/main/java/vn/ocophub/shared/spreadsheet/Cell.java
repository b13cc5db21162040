package vn.ocophub.shared.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One cell as the user sees it. {@code text} is never null: for TEXT it is the value in Unicode NFC with
 * surrounding white space removed (inner line breaks are kept; single-line fields go through
 * {@link vn.ocophub.shared.VietText#clean}); for NUMBER the exact value in plain notation ({@code 101234567},
 * never {@code 1.01234567E8} nor {@code 101234567.0}), or the percentage with a {@code %} sign when the cell is
 * formatted as one; for DATE {@code dd/MM/yyyy}; for BOOLEAN {@code TRUE}/{@code FALSE}; for ERROR the Excel
 * error such as {@code #N/A}.
 *
 * @param text the value as text, empty for BLANK and FORMULA_WITHOUT_VALUE
 * @param kind what the value is
 * @param number the exact value of a NUMBER cell, without trailing zeros (0.45 for a cell showing 45%), otherwise
 * null
 * @param date the day of a DATE cell (its time of day is dropped), otherwise null
 * @param formula whether the value was computed by a formula (the value is the one Excel saved)
 */
public record Cell(String text, Kind kind, BigDecimal number, LocalDate date, boolean formula) {

	/** What a cell holds. */
	public enum Kind {

		TEXT, NUMBER, DATE, BOOLEAN, ERROR,
		/** A formula whose result was not saved in the file; its value is unknown. */
		FORMULA_WITHOUT_VALUE, BLANK

	}

	/** An empty cell, or one holding only white space. */
	public static final Cell BLANK = new Cell("", Kind.BLANK, null, null, false);

	public Cell {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(kind, "kind");
	}

	/** A text cell: NFC, trimmed; BLANK when nothing is left. */
	public static Cell ofText(String value) {
		String text = Texts.normalize(value);
		return text.isEmpty() ? BLANK : new Cell(text, Kind.TEXT, null, null, false);
	}

	/** A number cell; the value is kept exact, without trailing zeros ({@code 1250.0} becomes {@code 1250}). */
	public static Cell ofNumber(BigDecimal value) {
		BigDecimal exact = canonical(value);
		return new Cell(Texts.plain(exact), Kind.NUMBER, exact, null, false);
	}

	/** A number shown as a percentage: {@code 0.455} reads {@code 45.5%}. */
	public static Cell ofPercent(BigDecimal value) {
		BigDecimal exact = canonical(value);
		return new Cell(Texts.plain(exact.movePointRight(2)) + "%", Kind.NUMBER, exact, null, false);
	}

	public static Cell ofDate(LocalDate value) {
		return new Cell(Texts.DAY_MONTH_YEAR.format(value), Kind.DATE, null, value, false);
	}

	public static Cell ofBoolean(boolean value) {
		return new Cell(value ? "TRUE" : "FALSE", Kind.BOOLEAN, null, null, false);
	}

	public static Cell ofError(String excelError) {
		return new Cell(excelError, Kind.ERROR, null, null, false);
	}

	/** A formula cell saved without its result. */
	public static Cell formulaWithoutValue() {
		return new Cell("", Kind.FORMULA_WITHOUT_VALUE, null, null, true);
	}

	/** This value, marked as computed by a formula. */
	public Cell asFormulaResult() {
		return formula ? this : new Cell(text, kind, number, date, true);
	}

	public boolean isBlank() {
		return kind == Kind.BLANK;
	}

	/** One representation per value, so that cells compare equal whether Excel wrote 1250 or 1250.0. */
	private static BigDecimal canonical(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
