package vn.ocophub.shared.media;

import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/** The accepted image formats, recognised by their first bytes: a file's name and declared type prove nothing. */
enum ImageType {

	JPEG("jpeg"), PNG("png"), WEBP("webp");

	private static final byte[] JPEG_START = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] RIFF = { 'R', 'I', 'F', 'F' };

	private static final byte[] WEBP_FORM = { 'W', 'E', 'B', 'P' };

	/** Windows and DOS programs, Linux programs, scripts, zip archives (jar, apk), macOS programs and Java classes. */
	private static final byte[][] PROGRAM_STARTS = { { 'M', 'Z' }, { 0x7F, 'E', 'L', 'F' }, { '#', '!' },
			{ 'P', 'K', 3, 4 }, bytes(0xFE, 0xED, 0xFA, 0xCE), bytes(0xFE, 0xED, 0xFA, 0xCF),
			bytes(0xCE, 0xFA, 0xED, 0xFE), bytes(0xCF, 0xFA, 0xED, 0xFE), bytes(0xCA, 0xFE, 0xBA, 0xBE) };

	private final String formatName;

	ImageType(String formatName) {
		this.formatName = formatName;
	}

	/** The format whose signature the content starts with, if it is one we accept. */
	static Optional<ImageType> of(byte[] content) {
		if (startsWith(content, 0, JPEG_START)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_FORM)) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	/** True when the content starts like a program or an archive that may carry one. */
	static boolean looksLikeProgram(byte[] content) {
		for (byte[] start : PROGRAM_STARTS) {
			if (startsWith(content, 0, start)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A new reader for this format only, so that hostile bytes never reach a decoder they were not sniffed for.
	 * The plug-ins are looked up again once when missing: ImageIO registers them from the class loader of the
	 * thread that touched it first, which in a packaged application may not see the application's jars.
	 */
	ImageReader newReader() {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName);
		if (!readers.hasNext() || !WEBP.hasReader()) {
			ImageIO.scanForPlugins();
			readers = ImageIO.getImageReadersByFormatName(formatName);
		}
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + formatName + ": is imageio-" + formatName
					+ " on the class path?");
		}
		return readers.next();
	}

	private boolean hasReader() {
		return ImageIO.getImageReadersByFormatName(formatName).hasNext();
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
		if (content.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
