package vn.ocophub.shared.spreadsheet;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads an uploaded spreadsheet row by row: the first worksheet of an XLSX workbook, or a CSV file. The format
 * is recognised from the content, never from the file name. Memory stays bounded whatever the number of rows
 * (only the workbook's shared strings are held); a hostile or damaged file ends in a
 * {@link SpreadsheetException} whose message tells the user what to do, never in a stack trace.
 *
 * <pre>{@code
 * ReadSummary summary = new SpreadsheetReader().read(upload, row -> importer.accept(row));
 * }</pre>
 *
 * Instances are immutable and may be shared.
 */
public final class SpreadsheetReader {

	/** Excel's last column is XFD. */
	public static final int MAX_COLUMNS = 16_384;

	/** Excel refuses longer cells; anything longer did not come from Excel. */
	public static final int MAX_CELL_LENGTH = 32_767;

	/** The registries accept 100,000 records; the margin leaves room for a header and a few title rows. */
	public static final int DEFAULT_MAX_ROWS = 100_100;

	private final int maxRows;

	/** A reader that accepts up to {@link #DEFAULT_MAX_ROWS} non-blank rows. */
	public SpreadsheetReader() {
		this(DEFAULT_MAX_ROWS);
	}

	/** A reader that refuses a file with more than {@code maxRows} non-blank rows (header rows included). */
	public SpreadsheetReader(int maxRows) {
		if (maxRows < 1) {
			throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
		}
		this.maxRows = maxRows;
	}

	/**
	 * Reads the file, passing each non-blank row to the handler and then the merged regions.
	 * @throws SpreadsheetException when the file is not a readable spreadsheet, has no row with a value, or
	 * exceeds a limit
	 * @throws java.io.UncheckedIOException when the file itself cannot be read from disk
	 */
	public ReadSummary read(Path file, RowHandler handler) {
		SpreadsheetFormat format = FormatSniffer.detect(file);
		CountingHandler counting = new CountingHandler(handler, maxRows);
		if (format == SpreadsheetFormat.XLSX) {
			XlsxSheetReader.read(file, counting);
		}
		else {
			CsvSheetReader.read(file, counting);
		}
		if (counting.rows == 0) {
			throw new SpreadsheetException(SpreadsheetErrors.EMPTY);
		}
		return new ReadSummary(format, counting.rows);
	}

	/**
	 * The format of a file, from its first bytes.
	 * @throws SpreadsheetException for an empty file, a legacy or encrypted workbook, or binary content
	 */
	public static SpreadsheetFormat detect(Path file) {
		return FormatSniffer.detect(file);
	}

	/** Enforces the row limit and refuses a file without a single value before the handler hears of merges. */
	private static final class CountingHandler implements RowHandler {

		private final RowHandler delegate;

		private final int maxRows;

		private int rows;

		CountingHandler(RowHandler delegate, int maxRows) {
			this.delegate = delegate;
			this.maxRows = maxRows;
		}

		@Override
		public void row(SheetRow row) {
			if (++rows > maxRows) {
				throw new SpreadsheetException(SpreadsheetErrors.TOO_MANY_ROWS, maxRows);
			}
			delegate.row(row);
		}

		@Override
		public void mergedRegions(List<CellRange> regions) {
			if (rows == 0) {
				throw new SpreadsheetException(SpreadsheetErrors.EMPTY);
			}
			delegate.mergedRegions(regions);
		}

	}

}
