package vn.ocophub.shared.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part. POI's own XSSFSheetXMLHandler hands over formatted text only: no types,
 * no merged cells, no sign of a formula whose result was not saved, all of which an importer must see. Rows are
 * handed over as they end; merged regions come after {@code sheetData} and are handed over at the end of the
 * document.
 */
final class SheetXmlHandler extends DefaultHandler {

	/** Carries an exception through the XML parser, which would otherwise wrap or swallow it. */
	static final class Stop extends SAXException {

		private final transient RuntimeException reason;

		Stop(RuntimeException reason) {
			super(reason.getMessage());
			this.reason = reason;
		}

		RuntimeException reason() {
			return reason;
		}

	}

	private final XlsxCellDecoder decoder;

	private final RowHandler handler;

	private final List<CellRange> merges = new ArrayList<>();

	private final StringBuilder value = new StringBuilder();

	private int rowNumber;

	private int[] columns = new int[64];

	private Cell[] cells = new Cell[64];

	private int count;

	private boolean inCell;

	private int column = -1;

	private String type;

	private String style;

	private boolean formula;

	private boolean hasValue;

	private boolean collecting;

	private boolean inInlineString;

	private boolean inPhonetic;

	SheetXmlHandler(XlsxCellDecoder decoder, RowHandler handler) {
		this.decoder = decoder;
		this.handler = handler;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		try {
			switch (localName) {
				case "row" -> startRow(attributes.getValue("r"));
				case "c" -> startCell(attributes);
				case "f" -> formula |= inCell;
				case "v" -> startValue(inCell);
				case "is" -> {
					inInlineString = inCell;
					hasValue |= inCell;
				}
				case "t" -> startValue(inInlineString && !inPhonetic);
				case "rPh" -> inPhonetic = true;
				case "mergeCell" -> addMerge(attributes.getValue("ref"));
				default -> {
				}
			}
		}
		catch (RuntimeException ex) {
			throw new Stop(ex);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		try {
			switch (localName) {
				case "v", "t" -> collecting = false;
				case "rPh" -> inPhonetic = false;
				case "is" -> inInlineString = false;
				case "c" -> endCell();
				case "row" -> endRow();
				default -> {
				}
			}
		}
		catch (RuntimeException ex) {
			throw new Stop(ex);
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (collecting) {
			if (value.length() + length > SpreadsheetReader.MAX_CELL_LENGTH) {
				throw new Stop(new SpreadsheetException(SpreadsheetErrors.CELL_TOO_LONG, reference(),
						SpreadsheetReader.MAX_CELL_LENGTH));
			}
			value.append(ch, start, length);
		}
	}

	@Override
	public void endDocument() throws SAXException {
		try {
			handler.mergedRegions(List.copyOf(merges));
		}
		catch (RuntimeException ex) {
			throw new Stop(ex);
		}
	}

	private void startRow(String r) {
		int number = CellRefs.rowNumber(r);
		rowNumber = number > 0 ? number : rowNumber + 1;
		count = 0;
		column = -1;
	}

	private void startCell(Attributes attributes) {
		String r = attributes.getValue("r");
		int parsed = r == null ? -1 : CellRefs.column(r);
		column = parsed >= 0 ? parsed : column + 1;
		if (column >= SpreadsheetReader.MAX_COLUMNS) {
			throw new SpreadsheetException(SpreadsheetErrors.TOO_MANY_COLUMNS, rowNumber,
					SpreadsheetReader.MAX_COLUMNS);
		}
		inCell = true;
		type = attributes.getValue("t");
		style = attributes.getValue("s");
		formula = false;
		hasValue = false;
		value.setLength(0);
	}

	private void startValue(boolean start) {
		if (start) {
			collecting = true;
			hasValue = true;
		}
	}

	private void endCell() {
		Cell cell = hasValue ? decoder.decode(type, style, value.toString(), this::reference)
				: formula ? Cell.formulaWithoutValue() : Cell.BLANK;
		if (formula) {
			cell = cell.asFormulaResult();
		}
		inCell = false;
		if (!cell.isBlank()) {
			if (count == columns.length) {
				columns = Arrays.copyOf(columns, count * 2);
				cells = Arrays.copyOf(cells, count * 2);
			}
			columns[count] = column;
			cells[count++] = cell;
		}
	}

	private void endRow() {
		if (count == 0) {
			return;
		}
		if (!ascending()) {
			sortByColumn();
		}
		handler.row(new SheetRow(rowNumber, columns, cells, count));
	}

	private void addMerge(String ref) {
		CellRange range = CellRange.parse(ref);
		if (range == null) {
			throw new SpreadsheetException(SpreadsheetErrors.CORRUPT);
		}
		merges.add(range);
	}

	private boolean ascending() {
		for (int i = 1; i < count; i++) {
			if (columns[i] <= columns[i - 1]) {
				return false;
			}
		}
		return true;
	}

	/** Excel writes cells in column order; other producers may not. On a repeated column the last one wins. */
	private void sortByColumn() {
		Cell[] byColumn = new Cell[SpreadsheetReader.MAX_COLUMNS];
		for (int i = 0; i < count; i++) {
			byColumn[columns[i]] = cells[i];
		}
		count = 0;
		for (int c = 0; c < byColumn.length; c++) {
			if (byColumn[c] != null) {
				columns[count] = c;
				cells[count++] = byColumn[c];
			}
		}
	}

	private String reference() {
		return SheetRow.columnLetter(Math.max(column, 0)) + Math.max(rowNumber, 1);
	}

}
