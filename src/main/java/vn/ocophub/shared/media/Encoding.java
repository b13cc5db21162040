package vn.ocophub.shared.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes images from pixels alone. No metadata of the upload is passed to the writers, so EXIF (with the GPS
 * position of a producer's home), XMP, comments and colour profiles never reach the stored file.
 */
final class Encoding {

	/** High enough that photos show no visible artefacts, low enough to keep files far smaller than near 1.0. */
	static final float JPEG_QUALITY = 0.85f;

	private Encoding() {
	}

	/** A baseline JPEG of an opaque {@code TYPE_INT_RGB} image. */
	static byte[] jpeg(BufferedImage rgb) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			if (param instanceof JPEGImageWriteParam jpeg) {
				jpeg.setOptimizeHuffmanTables(true); // a few per cent smaller, same pixels
			}
			return write(writer, rgb, param);
		}
		finally {
			writer.dispose();
		}
	}

	/** A PNG, keeping the alpha channel of a {@code TYPE_INT_ARGB} image. */
	static byte[] png(BufferedImage argb) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		try {
			return write(writer, argb, writer.getDefaultWriteParam());
		}
		finally {
			writer.dispose();
		}
	}

	private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode an image in memory", ex);
		}
		return bytes.toByteArray();
	}

}
