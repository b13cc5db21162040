package vn.ocophub.shared.spreadsheet;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.CellReference;

/**
 * A row that has at least one non-blank cell, with its 1-based row number as Excel shows it (for CSV, the
 * number of the record, which is the row Excel shows when it opens the file). Cells are addressed by 0-based
 * column index; a column with no value answers {@link Cell#BLANK}.
 */
public final class SheetRow {

	private final int number;

	// Sparse on purpose: a hostile file may put one cell in column XFD of every row.
	private final int[] columns;

	private final Cell[] cells;

	SheetRow(int number, int[] columns, Cell[] cells, int count) {
		this.number = number;
		this.columns = Arrays.copyOf(columns, count);
		this.cells = Arrays.copyOf(cells, count);
	}

	/** The 1-based row number. */
	public int number() {
		return number;
	}

	/** The cell in a 0-based column; BLANK when the row has no value there. */
	public Cell cell(int column) {
		int at = Arrays.binarySearch(columns, column);
		return at >= 0 ? cells[at] : Cell.BLANK;
	}

	/** One more than the last column holding a value. */
	public int width() {
		return columns.length == 0 ? 0 : columns[columns.length - 1] + 1;
	}

	/** All cells from column A to the last one with a value, blanks included (e.g. to read a header row). */
	public List<Cell> cells() {
		Cell[] dense = new Cell[width()];
		Arrays.fill(dense, Cell.BLANK);
		for (int i = 0; i < columns.length; i++) {
			dense[columns[i]] = cells[i];
		}
		return List.of(dense);
	}

	/** The address of a cell of this row, e.g. {@code B12}, for error messages. */
	public String reference(int column) {
		return columnLetter(column) + number;
	}

	/** The letters of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
	public static String columnLetter(int column) {
		return CellReference.convertNumToColString(column);
	}

	@Override
	public String toString() {
		return "SheetRow[" + number + ": " + cells() + "]";
	}

}
