package vn.ocophub.shared.spreadsheet;

/**
 * A cell value turned into a Java value by {@link CellValues}: a value, nothing (a blank cell; the caller
 * decides whether the column is required), or an error whose message takes the cell's text as argument {0}.
 *
 * @param value the value, null when empty or failed
 * @param error why the text could not be read, null on success
 * @param input the cell's text, for the error message
 */
public record Parsed<T>(T value, SpreadsheetErrors error, String input) {

	public static <T> Parsed<T> of(T value) {
		return new Parsed<>(value, null, null);
	}

	public static <T> Parsed<T> empty() {
		return new Parsed<>(null, null, null);
	}

	public static <T> Parsed<T> failure(SpreadsheetErrors error, String input) {
		return new Parsed<>(null, error, input);
	}

	public boolean failed() {
		return error != null;
	}

	/** A blank cell: no value and no error. */
	public boolean isEmpty() {
		return value == null && error == null;
	}

	/** The value, or {@code fallback} when the cell was blank or failed. */
	public T orElse(T fallback) {
		return value != null ? value : fallback;
	}

	/** The key of the error message (in the shared bundle); null on success. */
	public String messageKey() {
		return error == null ? null : error.messageKey();
	}

	/** The arguments of the error message: the cell's text. */
	public Object[] arguments() {
		return new Object[] { input };
	}

}
