package vn.ocophub.shared.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells the format from the first bytes, because users rename files and browsers send whatever content type
 * the extension suggests.
 */
final class FormatSniffer {

	static final int HEAD_LENGTH = 8192;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/**
	 * Programs, PDF, pictures and archives that are sometimes uploaded by mistake. A text file starting with the
	 * letters "MZ" would be refused too; no header of ours does.
	 */
	private static final List<byte[]> BINARY = List.of(new byte[] { 'M', 'Z' }, new byte[] { 0x7F, 'E', 'L', 'F' },
			new byte[] { '%', 'P', 'D', 'F' }, new byte[] { (byte) 0x89, 'P', 'N', 'G' },
			new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, new byte[] { 'G', 'I', 'F', '8' },
			new byte[] { 0x1F, (byte) 0x8B }, new byte[] { 'R', 'a', 'r', '!' },
			new byte[] { '7', 'z', (byte) 0xBC, (byte) 0xAF });

	private FormatSniffer() {
	}

	static SpreadsheetFormat detect(Path file) {
		byte[] head = head(file);
		if (head.length == 0) {
			throw new SpreadsheetException(SpreadsheetErrors.EMPTY);
		}
		if (startsWith(head, ZIP)) {
			return SpreadsheetFormat.XLSX;
		}
		if (startsWith(head, OLE2)) {
			throw refuseOle2(file);
		}
		if (BINARY.stream().anyMatch(magic -> startsWith(head, magic)) || !TextCharsets.looksLikeText(head)) {
			throw new SpreadsheetException(SpreadsheetErrors.NOT_SPREADSHEET);
		}
		return SpreadsheetFormat.CSV;
	}

	/**
	 * An OLE2 container is an Excel 97–2003 workbook, an XLSX encrypted with a password to open (Excel wraps
	 * those in OLE2), or another Office document.
	 */
	private static SpreadsheetException refuseOle2(Path file) {
		try (POIFSFileSystem ole2 = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = ole2.getRoot();
			if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
				return new SpreadsheetException(SpreadsheetErrors.ENCRYPTED);
			}
			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				return new SpreadsheetException(SpreadsheetErrors.LEGACY_XLS);
			}
			return new SpreadsheetException(SpreadsheetErrors.NOT_SPREADSHEET);
		}
		catch (IOException | RuntimeException damaged) {
			// A damaged OLE2 file is still most likely an old .xls: saving it again from Excel is the way out.
			return SpreadsheetException.causedBy(damaged, SpreadsheetErrors.LEGACY_XLS);
		}
	}

	private static byte[] head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(HEAD_LENGTH);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean startsWith(byte[] data, byte[] prefix) {
		return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
	}

}
