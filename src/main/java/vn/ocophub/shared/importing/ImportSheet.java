package vn.ocophub.shared.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;

import vn.ocophub.shared.VietText;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.spreadsheet.Cell;
import vn.ocophub.shared.spreadsheet.CellRange;
import vn.ocophub.shared.spreadsheet.Parsed;
import vn.ocophub.shared.spreadsheet.RowHandler;
import vn.ocophub.shared.spreadsheet.SheetRow;
import vn.ocophub.shared.spreadsheet.SpreadsheetReader;

/**
 * Reads an import file against the columns of a template: checks the header row (accent- and
 * case-insensitive, a "STT" numbering column allowed), hands each data row to the handler as an
 * {@link ImportRow}, turns merged cells, formulas without a value and Excel errors into row errors, and
 * collects every error with its row, column and message in the user's language.
 */
public final class ImportSheet {

	/** Most data rows per file. */
	public static final int MAX_ROWS = 100_000;

	private static final Set<String> NUMBERING = Set.of("stt", "tt", "so thu tu");

	/** Problems of the file as a whole. */
	public enum Errors implements ErrorCode {

		HEADER_MISSING("import.header-missing"), HEADER_UNKNOWN("import.header-unknown"),
		HEADER_DUPLICATE("import.header-duplicate"), NO_HEADER("import.no-header"), NO_ROWS("import.no-rows"),
		TOO_MANY_ROWS("import.too-many-rows");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	/** A column of the template: the field it fills, its header, and whether the header must be present. */
	public record Column(String field, String header, boolean required) {
	}

	private final List<Column> columns;

	private final MessageSource messages;

	private final Locale locale;

	private final List<RowError> errors = new ArrayList<>();

	private int errorCount;

	private int rowsRead;

	public ImportSheet(List<Column> columns, MessageSource messages, Locale locale) {
		this.columns = List.copyOf(columns);
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * Reads the file; {@code consumer} gets every data row, in order, and records its problems on the row.
	 * @throws BusinessRuleViolation when the file is not a spreadsheet or its header does not fit the template
	 */
	public void read(Path file, Consumer<ImportRow> consumer, ImportRun.Progress progress) {
		Map<String, Integer> positions = new HashMap<>();
		Map<Integer, Column> byIndex = new HashMap<>();
		int[] headerRow = { -1 };
		new SpreadsheetReader(MAX_ROWS + 1).read(file, new RowHandler() {
			@Override
			public void row(SheetRow row) {
				if (headerRow[0] < 0) {
					header(row, positions, byIndex);
					headerRow[0] = row.number();
					return;
				}
				rowsRead++;
				if (rowsRead > MAX_ROWS) {
					throw new BusinessRuleViolation(Errors.TOO_MANY_ROWS, String.valueOf(MAX_ROWS));
				}
				ImportRow importRow = new ImportRow(row, positions, ImportSheet.this);
				importRow.checkCells(byIndex);
				consumer.accept(importRow);
				progress.rowsDone(rowsRead);
			}

			@Override
			public void mergedRegions(List<CellRange> regions) {
				for (CellRange region : regions) {
					if (headerRow[0] >= 0 && region.touchesRows(headerRow[0] + 1, Integer.MAX_VALUE)) {
						Column column = byIndex.get(region.firstColumn());
						add(region.firstRow(), column == null ? null : column.header(),
								message("import.error.merged", region.reference()));
					}
				}
			}
		});
		if (headerRow[0] < 0) {
			throw new BusinessRuleViolation(Errors.NO_HEADER);
		}
		if (rowsRead == 0) {
			throw new BusinessRuleViolation(Errors.NO_ROWS);
		}
	}

	private void header(SheetRow row, Map<String, Integer> positions, Map<Integer, Column> byIndex) {
		Map<String, Column> expected = new LinkedHashMap<>();
		columns.forEach(column -> expected.put(VietText.searchKey(column.header()), column));
		for (int i = 0; i < row.width(); i++) {
			Cell cell = row.cell(i);
			if (cell.isBlank()) {
				continue;
			}
			String key = VietText.searchKey(cell.text().replace("*", ""));
			Column column = expected.get(key);
			if (column == null) {
				if (NUMBERING.contains(key)) {
					continue;
				}
				throw new BusinessRuleViolation(Errors.HEADER_UNKNOWN, cell.text());
			}
			if (positions.putIfAbsent(column.field(), i) != null) {
				throw new BusinessRuleViolation(Errors.HEADER_DUPLICATE, column.header());
			}
			byIndex.put(i, column);
		}
		for (Column column : columns) {
			if (column.required() && !positions.containsKey(column.field())) {
				throw new BusinessRuleViolation(Errors.HEADER_MISSING, column.header());
			}
		}
	}

	String headerOf(String field) {
		return columns.stream().filter(c -> c.field().equals(field)).map(Column::header).findFirst().orElse(field);
	}

	String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	void add(int row, String column, String message) {
		errorCount++;
		if (errors.size() < ImportOutcome.MAX_ERRORS) {
			errors.add(new RowError(row, column, message));
		}
	}

	public int rowsRead() {
		return rowsRead;
	}

	public int errorCount() {
		return errorCount;
	}

	/** The errors, in row order (merged-cell errors come last in the file, so they are sorted in). */
	public List<RowError> errors() {
		List<RowError> sorted = new ArrayList<>(errors);
		sorted.sort((a, b) -> Integer.compare(a.row(), b.row()));
		return sorted;
	}

	/** The outcome of this read, with the rows found valid and the records created and updated. */
	public ImportOutcome outcome(int rowsValid, int created, int updated, boolean committed) {
		return new ImportOutcome(rowsRead, rowsValid, created, updated, errors(), errorCount, committed);
	}

	/** A parsed value, or null with the row's error recorded for the field. */
	static <T> T value(ImportRow row, String field, Parsed<T> parsed) {
		if (parsed.failed()) {
			row.error(field, parsed.messageKey(), parsed.arguments());
			return null;
		}
		return parsed.value();
	}

}
