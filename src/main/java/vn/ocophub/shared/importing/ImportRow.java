package vn.ocophub.shared.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.ocophub.shared.VietText;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.spreadsheet.Cell;
import vn.ocophub.shared.spreadsheet.CellValues;
import vn.ocophub.shared.spreadsheet.SheetRow;

/**
 * One data row of an import, read by field name, with its problems recorded against the column the user
 * sees. Readers return null for a blank cell and for a value that could not be read (the error is recorded).
 */
public final class ImportRow {

	private final SheetRow row;

	private final Map<String, Integer> positions;

	private final ImportSheet sheet;

	private boolean valid = true;

	/** Fields that already have an error in this row: a cell that could not be read is not also "missing". */
	private final Set<String> fieldsInError = new HashSet<>();

	ImportRow(SheetRow row, Map<String, Integer> positions, ImportSheet sheet) {
		this.row = row;
		this.positions = positions;
		this.sheet = sheet;
	}

	/** The row number as Excel shows it. */
	public int number() {
		return row.number();
	}

	public boolean valid() {
		return valid;
	}

	void checkCells(Map<Integer, ImportSheet.Column> columns) {
		columns.forEach((index, column) -> {
			Cell cell = row.cell(index);
			if (cell.kind() == Cell.Kind.FORMULA_WITHOUT_VALUE) {
				error(column.field(), "import.error.formula-no-value");
			}
			else if (cell.kind() == Cell.Kind.ERROR) {
				error(column.field(), "import.error.cell-error", cell.text());
			}
		});
	}

	private Cell cell(String field) {
		Integer index = positions.get(field);
		return index == null ? Cell.BLANK : row.cell(index);
	}

	/** The text of a single-line field (NFC, spaces collapsed), or null. */
	public String text(String field) {
		Cell cell = cell(field);
		if (!usable(cell)) {
			return null;
		}
		String clean = VietText.clean(cell.text());
		return clean == null || clean.isEmpty() ? null : clean;
	}

	/** The text of a multi-line field, line breaks kept, or null. */
	public String block(String field) {
		Cell cell = cell(field);
		return usable(cell) && !cell.text().isBlank() ? cell.text() : null;
	}

	/** A code typed as text or as a number (a number keeps no ".0"), or null. */
	public String code(String field) {
		Cell cell = cell(field);
		return usable(cell) ? ImportSheet.value(this, field, CellValues.code(cell)) : null;
	}

	public LocalDate date(String field) {
		Cell cell = cell(field);
		return usable(cell) ? ImportSheet.value(this, field, CellValues.date(cell)) : null;
	}

	public Integer integer(String field) {
		Cell cell = cell(field);
		if (!usable(cell)) {
			return null;
		}
		Long value = ImportSheet.value(this, field, CellValues.integer(cell));
		if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
			error(field, "import.error.unknown-value", cell.text(), "0 – " + Integer.MAX_VALUE);
			return null;
		}
		return value == null ? null : value.intValue();
	}

	public BigDecimal percent(String field) {
		Cell cell = cell(field);
		return usable(cell) ? ImportSheet.value(this, field, CellValues.percent(cell)) : null;
	}

	public Boolean bool(String field) {
		Cell cell = cell(field);
		return usable(cell) ? ImportSheet.value(this, field, CellValues.bool(cell)) : null;
	}

	/**
	 * One of a fixed set of values, matched without accents on any of its labels (the Vietnamese and English
	 * labels, the code); an unknown text is an error that lists the Vietnamese labels.
	 */
	public <E> E choice(String field, E[] values, Function<E, String[]> labels) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		String key = VietText.searchKey(text);
		for (E value : values) {
			for (String label : labels.apply(value)) {
				if (label != null && VietText.searchKey(label).equals(key)) {
					return value;
				}
			}
		}
		error(field, "import.error.unknown-value", text,
				Arrays.stream(values).map(v -> labels.apply(v)[0]).collect(Collectors.joining("; ")));
		return null;
	}

	/** Records a problem of this row in the column of the field. */
	public void error(String field, String messageKey, Object... arguments) {
		valid = false;
		fieldsInError.add(field);
		sheet.add(row.number(), sheet.headerOf(field), sheet.message(messageKey, arguments));
	}

	/**
	 * Records the problems a registry found in the row's data, each in its column, except in columns whose cell
	 * already has an error (an unreadable value reaches the rules as empty: "required" would contradict the cell).
	 */
	public void errors(Iterable<FieldProblem> problems) {
		Set<String> unreadable = Set.copyOf(fieldsInError);
		for (FieldProblem problem : problems) {
			if (!unreadable.contains(problem.field())) {
				error(problem.field(), problem.messageKey(), problem.arguments());
			}
		}
	}

	/**
	 * Records an error when an earlier row of the same file already had this key (a registration number, a code,
	 * a producer and name); {@code seen} maps keys to the first row that had them.
	 */
	public void uniqueInFile(String field, String key, String shown, Map<String, Integer> seen) {
		if (key == null) {
			return;
		}
		Integer first = seen.putIfAbsent(key, number());
		if (first != null) {
			error(field, "import.error.duplicate-in-file", String.valueOf(first), shown);
		}
	}

	private static boolean usable(Cell cell) {
		return cell.kind() != Cell.Kind.BLANK && cell.kind() != Cell.Kind.FORMULA_WITHOUT_VALUE
				&& cell.kind() != Cell.Kind.ERROR;
	}

}
