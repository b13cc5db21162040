package vn.ocophub.shared.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a delimited text file with commons-csv. Every cell is TEXT (or BLANK): a CSV file carries no types,
 * and guessing would strip the leading zero of a tax code.
 */
final class CsvSheetReader {

	/** Enough for any real header line; the delimiter is guessed from it. */
	private static final int HEADER_SCAN = 65_536;

	/** Excel writes and honours a first line {@code sep=;} that names the delimiter. */
	private static final Pattern SEP_LINE = Pattern.compile("^sep=(.)$");

	private static final char[] DELIMITERS = { ';', '\t', ',' };

	private CsvSheetReader() {
	}

	static void read(Path file, RowHandler handler) {
		TextCharsets.Choice choice = TextCharsets.of(file, head(file));
		try (InputStream in = Files.newInputStream(file);
				BufferedReader reader = new BufferedReader(new InputStreamReader(skip(in, choice.bomLength()),
						choice.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
							.onUnmappableCharacter(CodingErrorAction.REPLACE)),
						HEADER_SCAN)) {
			reader.mark(HEADER_SCAN);
			String firstLine = firstLine(reader);
			reader.reset();
			Matcher sep = SEP_LINE.matcher(firstLine.strip());
			boolean sepLine = sep.matches();
			char delimiter = sepLine ? sep.group(1).charAt(0) : delimiterOf(firstLine);
			parse(reader, delimiter, sepLine ? 1 : 0, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void parse(BufferedReader reader, char delimiter, int skippedRecords, RowHandler handler)
			throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			// Empty lines are kept so that record numbers stay the row numbers Excel shows.
			.setIgnoreEmptyLines(false)
			// Like Excel, accept "abc"def instead of refusing the whole file.
			.setTrailingData(true)
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			long startLine = 1;
			while (hasNext(records, startLine)) {
				CSVRecord record = records.next();
				startLine = parser.getCurrentLineNumber() + 1;
				int number = (int) (record.getRecordNumber() - skippedRecords);
				if (number >= 1) {
					deliver(record.values(), number, handler);
				}
			}
		}
		handler.mergedRegions(List.of());
	}

	private static boolean hasNext(Iterator<CSVRecord> records, long startLine) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CSVException) {
				// commons-csv reports an unclosed quote only when it reaches the end of the file.
				throw SpreadsheetException.causedBy(ex, SpreadsheetErrors.CSV_MALFORMED, startLine);
			}
			throw ex;
		}
	}

	private static void deliver(String[] values, int number, RowHandler handler) {
		if (values.length > SpreadsheetReader.MAX_COLUMNS) {
			throw new SpreadsheetException(SpreadsheetErrors.TOO_MANY_COLUMNS, number, SpreadsheetReader.MAX_COLUMNS);
		}
		int[] columns = new int[values.length];
		Cell[] cells = new Cell[values.length];
		int count = 0;
		for (int column = 0; column < values.length; column++) {
			if (values[column].length() > SpreadsheetReader.MAX_CELL_LENGTH) {
				throw new SpreadsheetException(SpreadsheetErrors.CELL_TOO_LONG,
						SheetRow.columnLetter(column) + number, SpreadsheetReader.MAX_CELL_LENGTH);
			}
			Cell cell = Cell.ofText(values[column]);
			if (!cell.isBlank()) {
				columns[count] = column;
				cells[count++] = cell;
			}
		}
		if (count > 0) {
			handler.row(new SheetRow(number, columns, cells, count));
		}
	}

	/** The delimiter that occurs most often outside quotes in the header line; comma when there is none. */
	static char delimiterOf(String line) {
		int[] counts = new int[DELIMITERS.length];
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
				if (c == DELIMITERS[d]) {
					counts[d]++;
				}
			}
		}
		int best = DELIMITERS.length - 1;
		for (int d = 0; d < DELIMITERS.length; d++) {
			if (counts[d] > counts[best]) {
				best = d;
			}
		}
		return DELIMITERS[best];
	}

	private static String firstLine(BufferedReader reader) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = reader.read(); c >= 0 && c != '\n' && c != '\r' && line.length() < HEADER_SCAN - 1; c = reader
			.read()) {
			line.append((char) c);
		}
		return line.toString();
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(FormatSniffer.HEAD_LENGTH);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream skip(InputStream in, int bytes) throws IOException {
		in.skipNBytes(bytes);
		return in;
	}

}
