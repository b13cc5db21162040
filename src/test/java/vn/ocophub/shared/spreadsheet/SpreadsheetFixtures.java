package vn.ocophub.shared.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets built in the test, in the business language of producer imports. */
final class SpreadsheetFixtures {

	static final String SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	/** Everything a {@link RowHandler} heard, in order. */
	static final class Recording implements RowHandler {

		final List<SheetRow> rows = new ArrayList<>();

		final List<String> events = new ArrayList<>();

		List<CellRange> merges;

		@Override
		public void row(SheetRow row) {
			rows.add(row);
			events.add("row " + row.number());
		}

		@Override
		public void mergedRegions(List<CellRange> regions) {
			merges = regions;
			events.add("merges");
		}

		List<Integer> numbers() {
			return rows.stream().map(SheetRow::number).toList();
		}

		List<String> texts(int row) {
			return rows.get(row).cells().stream().map(Cell::text).toList();
		}

	}

	private SpreadsheetFixtures() {
	}

	static Recording read(Path file) {
		Recording recording = new Recording();
		new SpreadsheetReader().read(file, recording);
		return recording;
	}

	/** A workbook written with POI's usermodel. */
	static Path xlsx(Path dir, String name, Consumer<XSSFWorkbook> content) {
		Path file = dir.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			content.accept(workbook);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** A sheet "Chủ thể" of rows of values (String, Number, LocalDate, Boolean, or null for no cell). */
	static Path producers(Path dir, Object[]... rows) {
		return xlsx(dir, "chu-the.xlsx", workbook -> {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Sheet sheet = workbook.createSheet("Chủ thể");
			for (int r = 0; r < rows.length; r++) {
				if (rows[r] == null) {
					continue;
				}
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof String text) {
						row.createCell(c).setCellValue(text);
					}
					else if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value instanceof Boolean bool) {
						row.createCell(c).setCellValue(bool);
					}
					else if (value instanceof LocalDate day) {
						row.createCell(c).setCellValue(day);
						row.getCell(c).setCellStyle(date);
					}
				}
			}
		});
	}

	/**
	 * A valid workbook whose first sheet is the given XML body (inside {@code <worksheet>}): for what POI's
	 * usermodel cannot write, such as formulas without a saved value. Style 1 is a date format.
	 */
	static Path sheetXml(Path dir, String body) {
		Path workbook = producers(dir, new Object[] { LocalDate.of(2024, 1, 1) });
		return replaceEntry(workbook, "xl/worksheets/sheet1.xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + SHEET_NS + "\">" + body + "</worksheet>");
	}

	/** A copy of a ZIP with one entry's content replaced (or removed when content is null). */
	static Path replaceEntry(Path zip, String entryName, String content) {
		Path copy = zip.resolveSibling("changed-" + zip.getFileName());
		try (ZipFile source = new ZipFile(zip.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (Enumeration<? extends ZipEntry> entries = source.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (entry.getName().equals(entryName)) {
					if (content != null) {
						out.putNextEntry(new ZipEntry(entryName));
						out.write(content.getBytes(StandardCharsets.UTF_8));
					}
					continue;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = source.getInputStream(entry)) {
					in.transferTo(out);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return copy;
	}

	/** Writes {@code megabytes} of spaces to a ZIP entry through the deflater, never holding them in memory. */
	static void spaces(OutputStream out, int megabytes) throws IOException {
		byte[] block = new byte[1 << 20];
		Arrays.fill(block, (byte) ' ');
		for (int i = 0; i < megabytes; i++) {
			out.write(block);
		}
	}

}
