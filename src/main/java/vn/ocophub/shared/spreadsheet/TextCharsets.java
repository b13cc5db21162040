package vn.ocophub.shared.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character set of a text file. Excel in a Vietnamese Windows saves "CSV" in Windows-1258 and
 * "CSV UTF-8" with a byte order mark; "Unicode Text" is UTF-16 with a byte order mark; most other tools write
 * UTF-8 without one.
 */
final class TextCharsets {

	/** Vietnamese Windows code page; tones are combining marks, so text read with it must be composed (NFC). */
	static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final byte[] UTF16LE_BOM = { (byte) 0xFF, (byte) 0xFE };

	private static final byte[] UTF16BE_BOM = { (byte) 0xFE, (byte) 0xFF };

	/** A charset and the length of the byte order mark to skip. */
	record Choice(Charset charset, int bomLength) {
	}

	private TextCharsets() {
	}

	/** The byte order mark's charset, or null when there is none. */
	static Choice fromBom(byte[] head) {
		if (FormatSniffer.startsWith(head, UTF8_BOM)) {
			return new Choice(StandardCharsets.UTF_8, UTF8_BOM.length);
		}
		if (FormatSniffer.startsWith(head, UTF16LE_BOM)) {
			return new Choice(StandardCharsets.UTF_16LE, UTF16LE_BOM.length);
		}
		if (FormatSniffer.startsWith(head, UTF16BE_BOM)) {
			return new Choice(StandardCharsets.UTF_16BE, UTF16BE_BOM.length);
		}
		return null;
	}

	/** BOM first; else UTF-8 when the whole file is valid UTF-8; else Windows-1258. */
	static Choice of(Path file, byte[] head) {
		Choice bom = fromBom(head);
		if (bom != null) {
			return bom;
		}
		return new Choice(isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1258, 0);
	}

	/**
	 * Text has no control characters other than tab, line breaks, form feed and the old end-of-file mark;
	 * programs and pictures have plenty (NUL above all).
	 */
	static boolean looksLikeText(byte[] head) {
		Choice bom = fromBom(head);
		if (bom != null && bom.charset() != StandardCharsets.UTF_8) {
			String text = new String(head, bom.bomLength(), head.length - bom.bomLength(), bom.charset());
			return text.chars().noneMatch(TextCharsets::isControl);
		}
		for (byte b : head) {
			if (isControl(b)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isControl(int c) {
		return c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A;
	}

	/** Decodes the whole file strictly; a file of 20 MB takes a few tens of milliseconds. */
	private static boolean isUtf8(Path file) {
		char[] buffer = new char[8192];
		try (InputStream in = Files.newInputStream(file);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT))) {
			while (reader.read(buffer) >= 0) {
				// decoding is the check
			}
			return true;
		}
		catch (CharacterCodingException notUtf8) {
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
