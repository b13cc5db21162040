package vn.ocophub.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.ocophub.shared.spreadsheet.SpreadsheetFixtures.producers;
import static vn.ocophub.shared.spreadsheet.SpreadsheetFixtures.read;
import static vn.ocophub.shared.spreadsheet.SpreadsheetFixtures.replaceEntry;
import static vn.ocophub.shared.spreadsheet.SpreadsheetFixtures.sheetXml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are not what they claim to be end in a clean, explained refusal, never a stack trace. */
class SpreadsheetReaderHostileFileTests {

	@TempDir
	Path dir;

	@Test
	void refusesAZipBombDisguisedAsAWorkbook() throws IOException {
		Path bomb = dir.resolve("bao-cao.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
					+ "http://schemas.openxmlformats.org/package/2006/content-types\"/>").getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			SpreadsheetFixtures.spaces(zip, 200);
		}
		assertThat(Files.size(bomb)).as("the bomb is small").isLessThan(1_000_000);

		SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class, () -> read(bomb));

		assertThat(refused.errorCode()).isEqualTo(SpreadsheetErrors.ZIP_BOMB);
		assertThat(refused).as("refused from the declared sizes, before inflating anything").hasNoCause();
	}

	@Test
	void stopsAZipBombThatUnderstatesItsSizeWhileInflating() throws IOException {
		Path workbook = producers(dir, new Object[] { "Tên" });
		Path bomb = dir.resolve("noi-doi.xlsx");
		try (ZipFile source = new ZipFile(workbook.toFile());
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			for (Enumeration<? extends ZipEntry> entries = source.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					zip.write(("<worksheet xmlns=\"" + SpreadsheetFixtures.SHEET_NS + "\">").getBytes(StandardCharsets.UTF_8));
					SpreadsheetFixtures.spaces(zip, 50);
					zip.write("<sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8));
				}
				else {
					try (InputStream in = source.getInputStream(entry)) {
						in.transferTo(zip);
					}
				}
			}
		}
		understateSize(bomb, "xl/worksheets/sheet1.xml");

		SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class, () -> read(bomb));

		assertThat(refused.errorCode()).isEqualTo(SpreadsheetErrors.ZIP_BOMB);
		assertThat(refused).as("caught by POI while inflating, not from the declared sizes")
			.rootCause()
			.hasMessageStartingWith("Zip bomb detected");
	}

	@Test
	void refusesAProgramRenamedToXlsx() throws IOException {
		byte[] program = new byte[4096];
		new Random(42).nextBytes(program);
		program[0] = 'M';
		program[1] = 'Z';
		Path file = Files.write(dir.resolve("danh-sach.xlsx"), program);

		assertRefused(file, SpreadsheetErrors.NOT_SPREADSHEET);
	}

	@Test
	void refusesOtherBinaryContent() throws IOException {
		byte[] elf = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 };
		byte[] nul = "Tên;Xã\n\0\0\0".getBytes(StandardCharsets.UTF_8);
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

		assertRefused(Files.write(dir.resolve("a.csv"), elf), SpreadsheetErrors.NOT_SPREADSHEET);
		assertRefused(Files.write(dir.resolve("b.csv"), nul), SpreadsheetErrors.NOT_SPREADSHEET);
		assertRefused(Files.write(dir.resolve("c.csv"), pdf), SpreadsheetErrors.NOT_SPREADSHEET);
	}

	@Test
	void asksToSaveALegacyXlsWorkbookAsXlsx() throws IOException {
		Path xls = dir.resolve("cu.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
			workbook.createSheet("Chủ thể").createRow(0).createCell(0).setCellValue("Tên");
			workbook.write(out);
		}
		byte[] bareHeader = Arrays.copyOf(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
				(byte) 0xB1, 0x1A, (byte) 0xE1 }, 1024);

		assertRefused(xls, SpreadsheetErrors.LEGACY_XLS);
		assertRefused(Files.write(dir.resolve("hong.xlsx"), bareHeader), SpreadsheetErrors.LEGACY_XLS);
	}

	@Test
	void asksToRemoveThePasswordOfAnEncryptedWorkbook() throws Exception {
		Path plain = producers(dir, new Object[] { "Tên" });
		Path encrypted = dir.resolve("mat-khau.xlsx");
		try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("ocop2024");
			try (OPCPackage workbook = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
					OutputStream out = encryptor.getDataStream(ole2)) {
				workbook.save(out);
			}
			try (OutputStream out = Files.newOutputStream(encrypted)) {
				ole2.writeFilesystem(out);
			}
		}

		assertRefused(encrypted, SpreadsheetErrors.ENCRYPTED);
	}

	@Test
	void refusesAnOfficeDocumentThatIsNotAWorkbook() throws IOException {
		Path doc = dir.resolve("to-trinh.doc");
		try (POIFSFileSystem ole2 = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
			ole2.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
			ole2.writeFilesystem(out);
		}
		Path docx = dir.resolve("to-trinh.docx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
		}

		assertRefused(doc, SpreadsheetErrors.NOT_SPREADSHEET);
		assertRefused(docx, SpreadsheetErrors.NOT_SPREADSHEET);
	}

	@Test
	void refusesDamagedWorkbooks() throws IOException {
		Path good = producers(dir, new Object[] { "Tên" }, new Object[] { "Hợp tác xã" });
		byte[] bytes = Files.readAllBytes(good);
		Path truncated = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
		Path brokenXml = replaceEntry(good, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>");
		Path noWorkbook = replaceEntry(good, "xl/workbook.xml", null);

		assertRefused(truncated, SpreadsheetErrors.CORRUPT);
		assertRefused(brokenXml, SpreadsheetErrors.CORRUPT);
		assertRefused(noWorkbook, SpreadsheetErrors.CORRUPT);
	}

	@Test
	void neverResolvesExternalEntities() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "mat-khau-may-chu");
		Path file = sheetXml(dir, "<sheetData><row><c t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>");
		String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri()
				+ "\">]><worksheet xmlns=\"" + SpreadsheetFixtures.SHEET_NS + "\">"
				+ "<sheetData><row><c t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
		Path xxe = replaceEntry(file, "xl/worksheets/sheet1.xml", sheet);

		SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class,
				() -> new SpreadsheetReader().read(xxe, row -> assertThat(row.toString()).doesNotContain("mat-khau")));

		assertThat(refused).as("a DOCTYPE is refused outright").isNotNull();
		assertThat(refused.errorCode()).isEqualTo(SpreadsheetErrors.CORRUPT);
	}

	@Test
	void refusesCellsLongerThanExcelAllows() {
		Path file = sheetXml(dir, "<sheetData><row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>" + "a".repeat(40_000)
				+ "</t></is></c></row></sheetData>");

		SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class, () -> read(file));

		assertThat(refused.errorCode()).isEqualTo(SpreadsheetErrors.CELL_TOO_LONG);
		assertThat(refused.arguments()).containsExactly("B3", SpreadsheetReader.MAX_CELL_LENGTH);
	}

	@Test
	void refusesCellsBeyondTheLastColumn() {
		Path file = sheetXml(dir, "<sheetData><row r=\"7\"><c r=\"XFE7\"><v>1</v></c></row></sheetData>");

		SpreadsheetException refused = catchThrowableOfType(SpreadsheetException.class, () -> read(file));

		assertThat(refused.errorCode()).isEqualTo(SpreadsheetErrors.TOO_MANY_COLUMNS);
		assertThat(refused.arguments()).containsExactly(7, SpreadsheetReader.MAX_COLUMNS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1E999999999", "1E2147483647", "1E-999999999", "1.5.2" })
	void refusesNumbersThatWouldNotFitInMemoryWhenWrittenOut(String number) {
		Path file = sheetXml(dir, "<sheetData><row><c><v>" + number + "</v></c></row></sheetData>");

		assertRefused(file, SpreadsheetErrors.CORRUPT);
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		Path file = producers(dir, new Object[] { "Tên" }, new Object[] { "1" }, new Object[] { "2" },
				new Object[] { "3" });

		assertThatThrownBy(() -> new SpreadsheetReader(3).read(file, row -> {
		})).isInstanceOfSatisfying(SpreadsheetException.class,
				refused -> assertThat(refused.errorCode()).isEqualTo(SpreadsheetErrors.TOO_MANY_ROWS));
	}

	@Test
	void refusesFilesWithoutData() throws IOException {
		Path nothing = Files.write(dir.resolve("rong.csv"), new byte[0]);
		Path blankSheet = sheetXml(dir, "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"/></row></sheetData>");
		Path separators = Files.writeString(dir.resolve("cham-phay.csv"), ";;;\r\n ; ;\r\n");

		assertRefused(nothing, SpreadsheetErrors.EMPTY);
		assertRefused(blankSheet, SpreadsheetErrors.EMPTY);
		assertRefused(separators, SpreadsheetErrors.EMPTY);
	}

	@Test
	void letsTheHandlersOwnExceptionThrough() {
		Path file = producers(dir, new Object[] { "Tên" }, new Object[] { "Hợp tác xã" });
		IllegalStateException stop = new IllegalStateException("quá nhiều lỗi");

		assertThatThrownBy(() -> new SpreadsheetReader().read(file, row -> {
			throw stop;
		})).isSameAs(stop);
	}

	static void assertRefused(Path file, SpreadsheetErrors expected) {
		assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(SpreadsheetException.class,
				refused -> assertThat(refused.errorCode()).isEqualTo(expected));
	}

	/** Rewrites the central directory so that an entry claims to expand no larger than it is compressed. */
	private static void understateSize(Path zip, String entryName) throws IOException {
		byte[] bytes = Files.readAllBytes(zip);
		byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 < bytes.length; i++) {
			if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2
					&& Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
				System.arraycopy(bytes, i + 20, bytes, i + 24, 4);
			}
		}
		Files.write(zip, bytes);
	}

}
