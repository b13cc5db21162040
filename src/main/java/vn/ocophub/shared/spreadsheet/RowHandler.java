package vn.ocophub.shared.spreadsheet;

import java.util.List;

/**
 * Receives the rows of a sheet as they are read, so that a file of 100,000 rows never sits in memory. An
 * exception thrown here stops the reading and reaches the caller of {@link SpreadsheetReader#read} unchanged.
 */
@FunctionalInterface
public interface RowHandler {

	/** Called for each row with at least one value, in file order; fully blank rows are skipped. */
	void row(SheetRow row);

	/**
	 * Called once after the last row with the merged regions of the sheet (Excel stores them after the cells);
	 * empty for CSV. Importers usually refuse a merge that touches data rows, since only its first cell has the
	 * value.
	 */
	default void mergedRegions(List<CellRange> regions) {
	}

}
