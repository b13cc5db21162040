package vn.ocophub.shared.media;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an upload in two steps, so that the size it claims can be refused before any pixel memory is taken:
 * a 60,000 × 60,000 PNG is a few hundred bytes on disk and over ten gigabytes once decoded.
 */
final class GuardedDecoder {

	/**
	 * Warnings of the JPEG decoder (libjpeg's wording) that mean pixels are missing or wrong. It reports a
	 * truncated file as a warning and fills the rest with grey; it also warns about harmless oddities, such as
	 * stray bytes between segments that some cameras write, which must not get a photo refused.
	 */
	private static final List<String> DAMAGE_WARNINGS = List.of("premature end", "bad huffman", "instead of rst");

	private final byte[] content;

	private final ImageReader reader;

	private ImageInputStream input;

	GuardedDecoder(byte[] content, ImageType type) {
		this.content = content;
		this.reader = type.newReader();
	}

	/** The width and height the header declares; nothing else is read yet. */
	Dimension size() throws IOException {
		// In memory: ImageIO.createImageInputStream would copy an upload to a temporary file.
		input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content));
		// Metadata is ignored: it is thrown away anyway, and compressed text or colour profiles can be bombs too.
		reader.setInput(input, false, true);
		return new Dimension(reader.getWidth(0), reader.getHeight(0));
	}

	/** The pixels of the first image; call {@link #size()} first. */
	BufferedImage pixels() throws IOException {
		DamageWatch watch = new DamageWatch();
		reader.addIIOReadWarningListener(watch);
		BufferedImage image = reader.read(0);
		if (watch.damage != null) {
			throw new IOException("Damaged image: " + watch.damage);
		}
		return image;
	}

	/** Releases the reader; safe to call at any point. */
	void close() {
		reader.dispose();
		try {
			if (input != null) {
				input.close();
			}
		}
		catch (IOException ex) {
			// An in-memory stream has nothing to fail on close.
		}
	}

	private static final class DamageWatch implements IIOReadWarningListener {

		private String damage;

		@Override
		public void warningOccurred(ImageReader source, String warning) {
			String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
			if (damage == null && DAMAGE_WARNINGS.stream().anyMatch(text::contains)) {
				damage = warning;
			}
		}

	}

}
