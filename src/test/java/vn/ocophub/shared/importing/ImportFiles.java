package vn.ocophub.shared.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Import files built in the test: a table of rows keyed by the template's headers, written as an XLSX workbook
 * (POI usermodel: text, number, date, formula cells, merged regions) or as CSV in a chosen encoding, and a few
 * hostile files.
 */
final class ImportFiles {

	/** A formula cell; with {@code cached} false the file keeps no computed value (as programs write them). */
	record Formula(String expression, boolean cached) {
	}

	/** The Vietnamese Windows code page Excel uses for "CSV" on a Vietnamese Windows. */
	static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Tone marks, which Windows-1258 keeps as combining characters after the (possibly modified) vowel. */
	private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

	private ImportFiles() {
	}

	/** Rows of values under a header row; a value is a String, Number, LocalDate, Boolean, Formula or null. */
	static final class Table {

		private final List<String> headers;

		private final List<Object[]> rows = new ArrayList<>();

		private final List<CellRangeAddress> merges = new ArrayList<>();

		Table(List<String> headers) {
			this.headers = List.copyOf(headers);
		}

		List<String> headers() {
			return headers;
		}

		/** Adds a row; values are looked up by header, absent headers stay blank. */
		Table row(Map<String, ?> values) {
			for (String header : values.keySet()) {
				if (!headers.contains(header)) {
					throw new IllegalArgumentException("No column " + header + " in " + headers);
				}
			}
			rows.add(headers.stream().map(values::get).toArray());
			return this;
		}

		/** Merges the cells of a column over data rows {@code from}…{@code to} (Excel row numbers). */
		Table merge(String header, int fromRow, int toRow) {
			int column = headers.indexOf(header);
			merges.add(new CellRangeAddress(fromRow - 1, toRow - 1, column, column));
			return this;
		}

		byte[] xlsx() {
			try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				CellStyle date = workbook.createCellStyle();
				date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
				XSSFSheet sheet = workbook.createSheet("Chủ thể");
				XSSFRow header = sheet.createRow(0);
				for (int c = 0; c < headers.size(); c++) {
					header.createCell(c).setCellValue(headers.get(c));
				}
				for (int r = 0; r < rows.size(); r++) {
					XSSFRow row = sheet.createRow(r + 1);
					Object[] values = rows.get(r);
					for (int c = 0; c < values.length; c++) {
						write(workbook, row, c, values[c], date);
					}
				}
				merges.forEach(sheet::addMergedRegion);
				workbook.write(out);
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static void write(XSSFWorkbook workbook, XSSFRow row, int c, Object value, CellStyle date) {
			if (value == null) {
				return;
			}
			XSSFCell cell = row.createCell(c);
			if (value instanceof String text) {
				cell.setCellValue(text);
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof Boolean bool) {
				cell.setCellValue(bool);
			}
			else if (value instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(date);
			}
			else if (value instanceof Formula formula) {
				cell.setCellFormula(formula.expression());
				if (formula.cached()) {
					workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
				}
				else {
					if (cell.getCTCell().isSetV()) {
						cell.getCTCell().unsetV();
					}
					if (cell.getCTCell().isSetT()) {
						cell.getCTCell().unsetT();
					}
				}
			}
			else {
				throw new IllegalArgumentException("Unsupported cell value " + value);
			}
		}

		/** The table as CSV text (dates as dd/MM/yyyy, numbers in plain digits), quoted where needed. */
		String csvText(char separator) {
			StringBuilder csv = new StringBuilder();
			line(csv, headers.toArray(), separator);
			rows.forEach(row -> line(csv, row, separator));
			return csv.toString();
		}

		byte[] csvUtf8WithBom(char separator) {
			byte[] text = csvText(separator).getBytes(StandardCharsets.UTF_8);
			byte[] bytes = new byte[text.length + 3];
			bytes[0] = (byte) 0xEF;
			bytes[1] = (byte) 0xBB;
			bytes[2] = (byte) 0xBF;
			System.arraycopy(text, 0, bytes, 3, text.length);
			return bytes;
		}

		byte[] csvWindows1258(char separator) {
			return windows1258(csvText(separator));
		}

		private static void line(StringBuilder csv, Object[] values, char separator) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					csv.append(separator);
				}
				Object value = values[i];
				String text = value == null ? ""
						: value instanceof LocalDate day ? DAY.format(day)
								: value instanceof BigDecimal number ? number.toPlainString()
										: value instanceof Double number
												? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()
												: String.valueOf(value);
				if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0) {
					text = '"' + text.replace("\"", "\"\"") + '"';
				}
				csv.append(text);
			}
			csv.append("\r\n");
		}

	}

	/**
	 * Vietnamese text as Excel on a Vietnamese Windows saves it in Windows-1258: vowels with circumflex, breve
	 * or horn (and đ) precomposed, tone marks as combining characters after them. Fails on anything the code
	 * page cannot hold, so that the test never feeds question marks.
	 */
	static byte[] windows1258(String text) {
		CharsetEncoder encoder = WINDOWS_1258.newEncoder();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (encoder.canEncode(c)) {
				out.append(c);
				continue;
			}
			String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			StringBuilder base = new StringBuilder();
			StringBuilder tones = new StringBuilder();
			for (char part : decomposed.toCharArray()) {
				(TONES.indexOf(part) >= 0 ? tones : base).append(part);
			}
			String composed = Normalizer.normalize(base, Normalizer.Form.NFC) + tones;
			if (!encoder.canEncode(composed)) {
				throw new IllegalArgumentException("Not in Windows-1258: " + c);
			}
			out.append(composed);
		}
		return out.toString().getBytes(WINDOWS_1258);
	}

	/**
	 * A real workbook with one more entry of {@code megabytes} of spaces: a few hundred kilobytes that would
	 * inflate to hundreds of megabytes.
	 */
	static byte[] zipBomb(byte[] workbook, int megabytes) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				in.transferTo(zip);
			}
			zip.putNextEntry(new ZipEntry("xl/media/image1.bin"));
			byte[] block = new byte[1 << 20];
			Arrays.fill(block, (byte) ' ');
			for (int i = 0; i < megabytes; i++) {
				zip.write(block);
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The header texts of the first sheet of a workbook. */
	static List<String> firstSheetHeaders(byte[] workbook) {
		try (InputStream in = new ByteArrayInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			List<String> headers = new ArrayList<>();
			book.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			return headers;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A mutable row of values by header, in insertion order. */
	static Map<String, Object> values(Object... pairs) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((String) pairs[i], pairs[i + 1]);
		}
		return values;
	}

}
