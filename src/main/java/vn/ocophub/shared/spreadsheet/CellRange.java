package vn.ocophub.shared.spreadsheet;

/**
 * A rectangle of cells, such as a merged region. Rows are 1-based (as in {@link SheetRow#number()}), columns
 * 0-based (as in {@link SheetRow#cell(int)}).
 */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

	public CellRange {
		if (firstRow < 1 || lastRow < firstRow || firstColumn < 0 || lastColumn < firstColumn) {
			throw new IllegalArgumentException("Not a cell range: rows " + firstRow + "–" + lastRow + ", columns "
					+ firstColumn + "–" + lastColumn);
		}
	}

	/** Whether the range covers any row from {@code from} to {@code to}, inclusive. */
	public boolean touchesRows(int from, int to) {
		return firstRow <= to && lastRow >= from;
	}

	/** The range in Excel notation, e.g. {@code A1:C2}, for error messages. */
	public String reference() {
		String first = SheetRow.columnLetter(firstColumn) + firstRow;
		String last = SheetRow.columnLetter(lastColumn) + lastRow;
		return first.equals(last) ? first : first + ":" + last;
	}

	/** Parses {@code A1:C2} (or a single cell); null when the text is not a range. */
	static CellRange parse(String reference) {
		if (reference == null) {
			return null;
		}
		int colon = reference.indexOf(':');
		String first = colon < 0 ? reference : reference.substring(0, colon);
		String last = colon < 0 ? reference : reference.substring(colon + 1);
		int firstColumn = CellRefs.column(first);
		int lastColumn = CellRefs.column(last);
		int firstRow = CellRefs.row(first);
		int lastRow = CellRefs.row(last);
		if (firstColumn < 0 || lastColumn < 0 || firstRow < 1 || lastRow < 1) {
			return null;
		}
		return new CellRange(Math.min(firstRow, lastRow), Math.max(firstRow, lastRow),
				Math.min(firstColumn, lastColumn), Math.max(firstColumn, lastColumn));
	}

}
