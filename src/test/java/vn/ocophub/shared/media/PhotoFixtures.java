package vn.ocophub.shared.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Uploads as producers and officers send them, made in memory. */
final class PhotoFixtures {

	static final Color RED = new Color(0xC0392B);

	static final Color BLUE = new Color(0x2E86C1);

	/** 320 × 240, red left half, blue right half, lossy WebP (VP8), made with cwebp -q 60. */
	static final byte[] WEBP_LOSSY = Base64.getDecoder()
		.decode("UklGRhQBAABXRUJQVlA4IAgBAADwFQCdASpAAfAAPrVaqVAnJKOiodEIAOAWiWlu4XaxEYAGgAAAHiC/FVWA9vSQe7MUBcL+b+uGOkF+"
				+ "KrGf1slWkg92YoC4X839cMdIL8VWM/rZKtJB7sxQFwv5v64Y6QX4qsZ/WyVaSD3ZigLhfzf1wx0gvxVYz+tkq0kHuzFAXC/m/rhjpBfiqxn9"
				+ "bJVpIPdmKAuF/N/XDHSC/FVjP62SrSQe7MUBcL+b+uGOkF+KrGf1slWkg9QAAP7/FTvhuCjVL/8Q50OdDmsfsNn+SV/cSCSMpf/raTLIxaQZ"
				+ "SpKjNrZeLCwsLAK4TV8yBAKz0OCZmkDdGcAJozkpDGGcAJozkpDGGcAAAAA=");

	/** The same picture as a lossless WebP (VP8L), made with cwebp -lossless. */
	static final byte[] WEBP_LOSSLESS = Base64.getDecoder()
		.decode("UklGRjQAAABXRUJQVlA4TCcAAAAvP8E7AA/wnKa7AX/Fcv5DC2raNmDKn3TfAOiI6P8ECDV6/91/yQoA");

	/** 300 × 200, transparent but for a green rectangle in the middle, lossless WebP with alpha. */
	static final byte[] WEBP_TRANSPARENT = Base64.getDecoder()
		.decode("UklGRjQAAABXRUJQVlA4TCcAAAAvK8ExEA8wrnMyYPMf8FDTthHUhz/fbl2PQHUR/Z8AbO700J+u8QwA");

	/** 320 × 240, red left, blue right, as a print shop sends it: Adobe CMYK JPEG (ImageMagick -colorspace CMYK). */
	static final byte[] PRINT_SHOP_CMYK_JPEG = Base64.getDecoder()
		.decode("/9j/7gAOQWRvYmUAZAAAAAAC/9sAQwAQCwwODAoQDg0OEhEQExgoGhgWFhgxIyUdKDozPTw5Mzg3QEhcTkBEV0U3OFBtUVdfYmdoZz5NcXlw"
				+ "ZHhcZWdj/9sAQwEREhIYFRgvGhovY0I4QmNjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj/8AAFAgA"
				+ "8AFABAEiAAIRAQMRAQQiAP/EABcAAQEBAQAAAAAAAAAAAAAAAAABBAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFwEBAQEBAAAAAAAAAAAA"
				+ "AAAAAAYHBf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAOBAEAAhEDEQQAAD8AAOmlHQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMYCQaSoAAAA"
				+ "AAAAAAAAAAAAAAAAAAAAAAAAAADYAr2bIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxgJBpKgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANgCvZsg"
				+ "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAADGAkGkqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2AK9myAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMYC"
				+ "QaSoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADYAr2bIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxgJBpKgAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
				+ "ANgCvZsgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADGAkGkqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2AK9myAAAAAAAAAAAAAAAAAAAAAAAAAA"
				+ "AAAAAMYCQaSoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADYAr2bIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxgJBpKgAAAAAAAAAAAAAAAAAAAAA"
				+ "AAAAAAAAANgCvZsgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADGAkGkqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2AK9myAAAAAAAAAAAAAAAAAA"
				+ "AAAAAAAAAAAAAMYCQaSoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADYAr2bIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxgJBpKgAAAAAAAAAAAAA"
				+ "AAAAAAAAAAAAAAAAANgCvZsgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADGAkGkqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2AK9myAAAAAAAAAA"
				+ "AAAAAAAAAAAAAAAAAAAAAMYCQaSoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADYAr2bIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxgJBpKgAAAAA"
				+ "AAAAAAAAAAAAAAAAAAAAAAAAANgCvZsgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADGAkGkqAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/9k=");

	/** Where a producer's home is; it must never reach a stored photo. */
	static final String HOME_POSITION = "GPS 18.3427N 105.9057E";

	private PhotoFixtures() {
	}

	/** A photo as a phone camera takes it: red on the left, blue on the right, with a soft gradient. */
	static BufferedImage phonePicture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, RED, width / 2f, height, shade(RED)));
		g.fillRect(0, 0, width / 2, height);
		g.setPaint(new GradientPaint(width / 2f, 0, BLUE, width, height, shade(BLUE)));
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		return image;
	}

	/** A little darker, as light falls off across a photo; close enough to be told apart from the other half. */
	private static Color shade(Color color) {
		return new Color(color.getRed() * 9 / 10, color.getGreen() * 9 / 10, color.getBlue() * 9 / 10);
	}

	/** A logo with a transparent background and an opaque green disc. */
	static BufferedImage logoWithTransparency(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x27AE60));
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	static byte[] jpeg(BufferedImage image) {
		return write(image, "jpeg");
	}

	static byte[] png(BufferedImage image) {
		return write(image, "png");
	}

	static byte[] phoneJpeg(int width, int height) {
		return jpeg(phonePicture(width, height));
	}

	/** A phone JPEG held sideways: the pixels as the sensor read them, and an EXIF block saying how to turn them. */
	static byte[] phoneJpegWithOrientation(int width, int height, int orientation) {
		return withSegmentAfterStart(phoneJpeg(width, height), exifSegment(orientation, true));
	}

	/**
	 * An EXIF APP1 segment with only IFD0's orientation tag, followed by the text of {@link #HOME_POSITION} as a
	 * stand-in for the GPS block of a real phone.
	 */
	static byte[] exifSegment(int orientation, boolean bigEndian) {
		ByteBuffer tiff = ByteBuffer.allocate(26).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
		tiff.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I').putShort((short) 42)
			.putInt(8);
		tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1);
		tiff.putShort((short) orientation).putShort((short) 0).putInt(0);
		byte[] gps = HOME_POSITION.getBytes(StandardCharsets.US_ASCII);
		byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array(), gps);
		int length = payload.length + 2;
		return concat(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length }, payload);
	}

	/** The JPEG with a segment inserted right after its start-of-image marker. */
	static byte[] withSegmentAfterStart(byte[] jpeg, byte[] segment) {
		return concat(Arrays.copyOfRange(jpeg, 0, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	/** A PNG that is only a header claiming the given size, with a correct CRC, and an end chunk. */
	static byte[] pngHeaderClaiming(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
		ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit RGB, no interlace
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
		return concat(signature, chunk("IHDR", ihdr.array()), chunk("IEND", new byte[0]));
	}

	static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return concat(ByteBuffer.allocate(4).putInt(data.length).array(), typeBytes, data,
				ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	static BufferedImage read(byte[] image) {
		try {
			return ImageIO.read(new java.io.ByteArrayInputStream(image));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** True when the bytes contain the text anywhere. */
	static boolean contains(byte[] bytes, String text) {
		return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
	}

	private static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
