package vn.ocophub.shared.spreadsheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an XLSX export with bounded memory: POI's streaming workbook keeps {@value #WINDOW} rows per sheet in
 * memory and the rest in temporary files, which {@link #close()} deletes. Each sheet starts with a bold,
 * frozen, filterable header row; values are typed cells (dates are real Excel dates, numbers are numbers).
 *
 * <pre>{@code
 * try (XlsxWriter xlsx = new XlsxWriter()) {
 *     xlsx.sheet("Chủ thể", List.of(Column.text("Tên chủ thể"), Column.date("Ngày thành lập")));
 *     xlsx.row("Hợp tác xã Cam bù Hương Sơn", LocalDate.of(2019, 3, 15));
 *     xlsx.sheet("Hướng dẫn", List.of(Column.text("Hướng dẫn")));
 *     xlsx.row("Mỗi dòng là một chủ thể.");
 *     xlsx.write(response.getOutputStream());
 * }
 * }</pre>
 *
 * Not thread-safe; one instance per export.
 */
public final class XlsxWriter implements Closeable {

	/** Rows kept in memory per sheet before they are flushed to a temporary file. */
	public static final int WINDOW = 100;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final XlsxStyles styles = new XlsxStyles(workbook);

	private final List<XlsxSheet> sheets = new ArrayList<>();

	private XlsxSheet current;

	private boolean written;

	/**
	 * Starts a new sheet with its header row; the following {@link #row} calls fill it.
	 * @param name the sheet's name: at most 31 characters, none of {@code [ ] : * ? / \}, unique in the workbook
	 * (see {@link #safeSheetName} for names that come from data)
	 * @throws IllegalArgumentException for an invalid or repeated name
	 */
	public XlsxWriter sheet(String name, List<Column> columns) {
		String composed = Texts.normalize(name);
		WorkbookUtil.validateSheetName(composed);
		current = new XlsxSheet(workbook.createSheet(composed), columns, styles);
		sheets.add(current);
		return this;
	}

	/**
	 * Appends a row to the current sheet, one value per column in order; null leaves a cell empty and missing
	 * trailing values too.
	 * @throws IllegalArgumentException when a value does not suit its column's type, or there are more values
	 * than columns
	 */
	public XlsxWriter row(Object... values) {
		if (current == null) {
			throw new IllegalStateException("Call sheet(name, columns) before row(...)");
		}
		current.row(values);
		return this;
	}

	/** Appends a row given as a list; see {@link #row(Object...)}. */
	public XlsxWriter row(List<?> values) {
		return row(values.toArray());
	}

	/** Writes the workbook; the stream is left open. Can be called once. */
	public void write(OutputStream out) throws IOException {
		if (written) {
			throw new IllegalStateException("The workbook was already written");
		}
		if (sheets.isEmpty()) {
			throw new IllegalStateException("A workbook needs at least one sheet");
		}
		written = true;
		sheets.forEach(XlsxSheet::finish);
		workbook.write(out);
	}

	/** Deletes the temporary files. */
	@Override
	public void close() throws IOException {
		workbook.dispose();
		workbook.close();
	}

	/**
	 * A valid sheet name made from any text (a province or product name): forbidden characters replaced, cut
	 * to 31 characters.
	 */
	public static String safeSheetName(String name) {
		return WorkbookUtil.createSafeSheetName(Texts.normalize(name));
	}

}
