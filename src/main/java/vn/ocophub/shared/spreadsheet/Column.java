package vn.ocophub.shared.spreadsheet;

import java.util.Objects;

/**
 * A column of an exported sheet: its header and how its values are written. Values are typed cells, so that
 * users can sort, filter and sum them in Excel.
 *
 * @param header the header text, shown bold in the frozen first row
 * @param type how values are written and shown
 */
public record Column(String header, Type type) {

	/** How a column's values are written and shown. */
	public enum Type {

		/** Any value, written as text in a text-formatted cell (codes keep their leading zeros). */
		TEXT,
		/** A {@link Number}, shown {@code #,##0}. */
		INTEGER,
		/** A {@link Number}, shown with up to two decimals ({@code #,##0.##}; whole values without a dangling mark). */
		DECIMAL,
		/** A {@link Number} in percentage points (45 means 45%), written as a real percentage (0.45). */
		PERCENT,
		/** A {@link java.time.LocalDate}, written as an Excel date shown {@code dd/mm/yyyy}. */
		DATE

	}

	public Column {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(type, "type");
	}

	public static Column text(String header) {
		return new Column(header, Type.TEXT);
	}

	public static Column integer(String header) {
		return new Column(header, Type.INTEGER);
	}

	public static Column decimal(String header) {
		return new Column(header, Type.DECIMAL);
	}

	public static Column percent(String header) {
		return new Column(header, Type.PERCENT);
	}

	public static Column date(String header) {
		return new Column(header, Type.DATE);
	}

}
