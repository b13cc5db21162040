package vn.ocophub.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import com.lowagie.text.pdf.BaseFont;

/**
 * Liberation Sans (SIL OFL, from openpdf-fonts-extra) for every PDF the application prints: embedded, so that
 * Vietnamese prints the same everywhere. The font files are read once; each document gets its own BaseFont.
 */
public final class PdfFonts {

	private static final byte[] REGULAR = load("liberation/LiberationSans-Regular.ttf");

	private static final byte[] BOLD = load("liberation/LiberationSans-Bold.ttf");

	private PdfFonts() {
	}

	public static BaseFont regular() {
		return create("LiberationSans-Regular.ttf", REGULAR);
	}

	public static BaseFont bold() {
		return create("LiberationSans-Bold.ttf", BOLD);
	}

	/** Text in NFC, the form the fonts' glyph tables hold Vietnamese letters in. */
	public static String nfc(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFC);
	}

	private static BaseFont create(String name, byte[] bytes) {
		try {
			return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] load(String resource) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("font " + resource + " is missing (openpdf-fonts-extra)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
