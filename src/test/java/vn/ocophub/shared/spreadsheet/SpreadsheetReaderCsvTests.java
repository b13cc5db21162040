package vn.ocophub.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.ocophub.shared.spreadsheet.SpreadsheetFixtures.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ocophub.shared.spreadsheet.SpreadsheetFixtures.Recording;

class SpreadsheetReaderCsvTests {

	static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

	@TempDir
	Path dir;

	@Test
	void readsWindows1258AndComposesTheToneMarks() throws IOException {
		String name = "Hợp tác xã Cam bù Hương Sơn";
		byte[] bytes = windows1258("Tên chủ thể,Tỉnh\r\n" + name + ",Hà Tĩnh\r\n");
		assertThat(new String(bytes, WINDOWS_1258)).as("the file holds separate tone marks")
			.isNotEqualTo(Normalizer.normalize(new String(bytes, WINDOWS_1258), Normalizer.Form.NFC));
		Path file = Files.write(dir.resolve("chu-the.csv"), bytes);

		Recording recording = read(file);

		assertThat(recording.texts(0)).containsExactly("Tên chủ thể", "Tỉnh");
		assertThat(recording.texts(1)).containsExactly(name, "Hà Tĩnh");
	}

	@Test
	void dropsTheUtf8ByteOrderMarkAndKeepsLeadingZeros() throws IOException {
		byte[] text = "Mã số thuế,Tên chủ thể\n0101234567,Công ty Cổ phần Trà Tân Cương\n".getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(dir.resolve("bom.csv"), concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, text));

		Recording recording = read(file);

		assertThat(recording.rows.get(0).cell(0).text()).isEqualTo("Mã số thuế");
		assertThat(recording.rows.get(1).cell(0)).isEqualTo(Cell.ofText("0101234567"));
	}

	@Test
	void readsSemicolonsQuotedLineBreaksAndKeepsExcelRowNumbers() throws IOException {
		Path file = Files.writeString(dir.resolve("cham-phay.csv"), """
				Tên;Địa chỉ;Doanh thu
				"Hợp tác xã; Nông nghiệp";"Thôn 1
				Xã Sơn Kim 1";"1.234,5"

				Trà Thái;;12
				""");

		Recording recording = read(file);

		assertThat(recording.numbers()).containsExactly(1, 2, 4);
		assertThat(recording.texts(1)).containsExactly("Hợp tác xã; Nông nghiệp", "Thôn 1\nXã Sơn Kim 1", "1.234,5");
		assertThat(recording.rows.get(2).cell(1)).isEqualTo(Cell.BLANK);
		assertThat(recording.merges).isEmpty();
	}

	@Test
	void honoursExcelsSepLine() throws IOException {
		Path file = Files.writeString(dir.resolve("sep.csv"), "sep=|\nTên|Xã\nTrà Thái|Tân Cương\n");

		Recording recording = read(file);

		assertThat(recording.numbers()).containsExactly(1, 2);
		assertThat(recording.texts(1)).containsExactly("Trà Thái", "Tân Cương");
	}

	@Test
	void readsExcelUnicodeTextInUtf16WithTabs() throws IOException {
		Path file = Files.write(dir.resolve("unicode.txt"),
				concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, "Tên\tTỉnh\r\nChè Shan tuyết\tHà Giang\r\n"
					.getBytes(StandardCharsets.UTF_16LE)));

		assertThat(read(file).texts(1)).containsExactly("Chè Shan tuyết", "Hà Giang");
	}

	@Test
	void readsUtf8WithoutByteOrderMark() throws IOException {
		Path file = Files.writeString(dir.resolve("utf8.csv"), "Tên\tHạng\nMật ong bạc hà\t4 sao\n");

		assertThat(read(file).texts(1)).containsExactly("Mật ong bạc hà", "4 sao");
	}

	@Test
	void pointsAtTheRecordWithAnUnclosedQuote() throws IOException {
		Path file = Files.writeString(dir.resolve("hong.csv"), "Tên,Xã\nTrà Thái,Tân Cương\n\"Mật ong,Xã Mèo Vạc\nChè,Xã\n");

		SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class, () -> read(file));

		assertThat(refused.errorCode()).isEqualTo(SpreadsheetErrors.CSV_MALFORMED);
		assertThat(refused.arguments()).containsExactly(3L);
	}

	@Test
	void refusesCellsLongerThanExcelAllows() throws IOException {
		Path file = Files.writeString(dir.resolve("dai.csv"), "Tên,Mô tả\nChè," + "x".repeat(40_000) + "\n");

		SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class, () -> read(file));

		assertThat(refused.errorCode()).isEqualTo(SpreadsheetErrors.CELL_TOO_LONG);
		assertThat(refused.arguments()).containsExactly("B2", SpreadsheetReader.MAX_CELL_LENGTH);
	}

	@Test
	void guessesTheDelimiterFromTheHeaderLine() {
		assertThat(CsvSheetReader.delimiterOf("Tên;Địa chỉ;Ghi chú")).isEqualTo(';');
		assertThat(CsvSheetReader.delimiterOf("Tên\tĐịa chỉ, số nhà\tGhi chú")).isEqualTo('\t');
		assertThat(CsvSheetReader.delimiterOf("\"Tên; viết tắt\",Địa chỉ")).isEqualTo(',');
		assertThat(CsvSheetReader.delimiterOf("Tên")).isEqualTo(',');
	}

	/**
	 * Text as Excel in a Vietnamese Windows saves it: letters with horn, breve or circumflex precomposed, tones
	 * as separate combining marks (Windows-1258 has no "ợ").
	 */
	static byte[] windows1258(String text) throws IOException {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder();
		StringBuilder letter = new StringBuilder();
		StringBuilder tones = new StringBuilder();
		for (char c : decomposed.toCharArray()) {
			if (Character.getType(c) != Character.NON_SPACING_MARK) {
				out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
				letter.setLength(0);
				tones.setLength(0);
				letter.append(c);
			}
			else if (TONES.indexOf(c) >= 0) {
				tones.append(c);
			}
			else {
				letter.append(c);
			}
		}
		out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
		ByteBuffer encoded = WINDOWS_1258.newEncoder()
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.encode(CharBuffer.wrap(out));
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		return bytes;
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
