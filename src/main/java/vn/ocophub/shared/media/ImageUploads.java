package vn.ocophub.shared.media;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import vn.ocophub.shared.media.MediaException.Errors;

/**
 * Turns an uploaded file into a product photo that is safe to store and show. Every upload is treated as
 * hostile until its content proves it is a JPEG, PNG or WebP image of a sensible size; the stored photo is a
 * fresh encoding of its pixels, so nothing else from the upload (metadata, trailing data, a program hidden
 * behind the image) survives. Checks run in this order, each refusing with its own {@link Errors reason}:
 * empty, too large, not an image, too many pixels or too small (from the header, before decoding), corrupt.
 */
@Component
public class ImageUploads {

	/** Largest upload accepted, in bytes (10 MB). */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** Most pixels accepted (50 megapixels); a decoded image takes at least 4 bytes per pixel. */
	public static final long MAX_PIXELS = 50_000_000L;

	/** Longest side accepted, in pixels. */
	public static final int MAX_SIDE = 12_000;

	/** Shortest long side accepted, in pixels: anything smaller cannot show a product. */
	public static final int MIN_LONG_SIDE = 200;

	/** Long side of the stored photo, in pixels, at most. */
	public static final int IMAGE_LONG_SIDE = 1600;

	/** Long side of the thumbnail, in pixels, at most. */
	public static final int THUMBNAIL_LONG_SIDE = 400;

	private static final int NAME_SHOWN_MAX = 80;

	/**
	 * Checks and re-encodes an uploaded photo.
	 * @param content the bytes as uploaded
	 * @param originalFileName the name the user's device gave the file, used in messages only (may be null)
	 * @return the photo and its thumbnail, upright, without metadata
	 * @throws MediaException when the file is not an acceptable photo; its message tells the user what to do
	 */
	public ProcessedImage process(byte[] content, String originalFileName) {
		String name = shownName(originalFileName);
		ImageType type = acceptedType(content, name);
		BufferedImage decoded = decode(content, type, name);
		boolean mayHaveAlpha = decoded.getColorModel().hasAlpha();
		BufferedImage image = Downscaling.fit(decoded, IMAGE_LONG_SIDE, mayHaveAlpha);
		// An alpha channel that every pixel leaves opaque (common in screenshots) does not deserve a PNG.
		boolean transparent = mayHaveAlpha && !Downscaling.isOpaque(image);
		if (mayHaveAlpha && !transparent) {
			image = Downscaling.fit(image, IMAGE_LONG_SIDE, false);
		}
		if (type == ImageType.JPEG) {
			image = ExifOrientation.apply(image, ExifOrientation.of(content));
		}
		return encode(image, transparent, sha256(content));
	}

	/**
	 * Reads at most one byte more than {@link #MAX_BYTES} from the stream, so an endless upload costs no more
	 * memory than an allowed one, then works as {@link #process(byte[], String)}. The stream is not closed.
	 * @throws UncheckedIOException when the stream fails, e.g. the browser went away mid-upload
	 */
	public ProcessedImage process(InputStream content, String originalFileName) {
		try {
			return process(content.readNBytes(MAX_BYTES + 1), originalFileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the uploaded file", ex);
		}
	}

	private static ImageType acceptedType(byte[] content, String name) {
		if (content == null || content.length == 0) {
			throw new MediaException(Errors.EMPTY, name);
		}
		if (content.length > MAX_BYTES) {
			throw new MediaException(Errors.TOO_LARGE, name, MAX_BYTES / (1024 * 1024));
		}
		// Whether it looks like a program only changes the wording: the user is told it is not an image at all.
		int program = ImageType.looksLikeProgram(content) ? 1 : 0;
		return ImageType.of(content).orElseThrow(() -> new MediaException(Errors.NOT_IMAGE, name, program));
	}

	private static ProcessedImage encode(BufferedImage image, boolean transparent, String sha256) {
		BufferedImage thumbnail = Downscaling.fit(image, THUMBNAIL_LONG_SIDE, transparent);
		if (transparent) {
			return new ProcessedImage(Encoding.png(image), Encoding.png(thumbnail), ProcessedImage.PNG,
					image.getWidth(), image.getHeight(), sha256);
		}
		return new ProcessedImage(Encoding.jpeg(image), Encoding.jpeg(thumbnail), ProcessedImage.JPEG,
				image.getWidth(), image.getHeight(), sha256);
	}

	private static BufferedImage decode(byte[] content, ImageType type, String name) {
		GuardedDecoder decoder = new GuardedDecoder(content, type);
		try {
			Dimension size = readOrCorrupt(decoder::size, name);
			checkSize(size.width, size.height, name);
			return readOrCorrupt(decoder::pixels, name);
		}
		finally {
			decoder.close();
		}
	}

	private static void checkSize(int width, int height, String name) {
		if (Math.max(width, height) > MAX_SIDE || (long) width * height > MAX_PIXELS) {
			throw new MediaException(Errors.TOO_MANY_PIXELS, name, width, height, MAX_PIXELS / 1_000_000, MAX_SIDE);
		}
		if (Math.max(width, height) < MIN_LONG_SIDE) {
			throw new MediaException(Errors.TOO_SMALL, name, width, height, MIN_LONG_SIDE);
		}
	}

	/** Hostile bytes make decoders fail in many ways besides IOException; to the user it is all "damaged". */
	private static <T> T readOrCorrupt(Step<T> step, String name) {
		try {
			return step.run();
		}
		catch (IOException | RuntimeException ex) {
			MediaException corrupt = new MediaException(Errors.CORRUPT, name);
			corrupt.initCause(ex); // for the log; the user only needs to know the file is damaged
			throw corrupt;
		}
	}

	@FunctionalInterface
	private interface Step<T> {

		T run() throws IOException;

	}

	/** The bare file name (browsers may send a whole Windows path), without control characters, shortened. */
	static String shownName(String originalFileName) {
		if (originalFileName == null) {
			return "";
		}
		String name = originalFileName.substring(
				Math.max(originalFileName.lastIndexOf('/'), originalFileName.lastIndexOf('\\')) + 1);
		name = name.replaceAll("\\p{Cntrl}", "").strip();
		return name.length() <= NAME_SHOWN_MAX ? name : name.substring(0, NAME_SHOWN_MAX - 1) + "…";
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
