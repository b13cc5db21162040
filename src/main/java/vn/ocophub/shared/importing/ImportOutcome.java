package vn.ocophub.shared.importing;

import java.util.List;

/**
 * The result of checking or committing a file: rows read and valid, records that would be (or were) created
 * and updated, the errors (the first {@link #MAX_ERRORS}; {@code errorCount} counts them all), and whether
 * anything was saved. With any error nothing is saved.
 */
public record ImportOutcome(int rowsRead, int rowsValid, int created, int updated, List<RowError> errors,
		int errorCount, boolean committed) {

	/** Errors kept per import; a file with more is reported with its first ones and the total. */
	public static final int MAX_ERRORS = 10_000;

	public ImportOutcome {
		errors = List.copyOf(errors);
	}

}
