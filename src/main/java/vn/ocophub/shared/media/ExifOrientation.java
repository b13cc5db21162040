package vn.ocophub.shared.media;

import java.awt.image.BufferedImage;

/**
 * The EXIF orientation tag of a JPEG, and the turn or flip it asks for. Phones store the sensor's pixels as
 * they came and only note how the phone was held; once the metadata is stripped, the photo would show
 * sideways unless its pixels are turned first. Only IFD0's tag 0x0112 is read, with every offset checked, so
 * a broken or hostile EXIF block means "upright" rather than an error.
 */
final class ExifOrientation {

	/** The stored pixels are already upright. */
	static final int UPRIGHT = 1;

	private static final int SOI_LENGTH = 2;

	private static final int APP1 = 0xE1;

	private static final int START_OF_SCAN = 0xDA;

	private static final int END_OF_IMAGE = 0xD9;

	private static final int ORIENTATION_TAG = 0x0112;

	private static final int TYPE_SHORT = 3;

	private static final byte[] EXIF_HEADER = { 'E', 'x', 'i', 'f', 0, 0 };

	private ExifOrientation() {
	}

	/** The orientation (1 to 8) a JPEG's EXIF block declares, or {@link #UPRIGHT} when it declares none. */
	static int of(byte[] jpeg) {
		int pos = SOI_LENGTH;
		while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
			int marker = jpeg[pos + 1] & 0xFF;
			if (marker == 0xFF) {
				pos++; // fill byte before a marker
				continue;
			}
			if (marker == START_OF_SCAN || marker == END_OF_IMAGE) {
				break; // EXIF comes before the pixels
			}
			int length = u16(jpeg, pos + 2, true);
			int data = pos + 4;
			if (marker == APP1 && length >= 2 + EXIF_HEADER.length && startsWith(jpeg, data, EXIF_HEADER)) {
				return fromTiff(jpeg, data + EXIF_HEADER.length, pos + 2 + length);
			}
			pos += 2 + length;
		}
		return UPRIGHT;
	}

	private static int fromTiff(byte[] b, int tiff, int end) {
		end = Math.min(end, b.length);
		if (tiff + 8 > end) {
			return UPRIGHT;
		}
		boolean bigEndian;
		if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
			bigEndian = true;
		}
		else if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
			bigEndian = false;
		}
		else {
			return UPRIGHT;
		}
		long ifd = tiff + u32(b, tiff + 4, bigEndian);
		if (ifd + 2 > end) {
			return UPRIGHT;
		}
		int entries = u16(b, (int) ifd, bigEndian);
		for (int i = 0; i < entries; i++) {
			int entry = (int) ifd + 2 + 12 * i;
			if (entry + 12 > end) {
				return UPRIGHT;
			}
			if (u16(b, entry, bigEndian) == ORIENTATION_TAG) {
				int value = u16(b, entry + 8, bigEndian);
				boolean valid = u16(b, entry + 2, bigEndian) == TYPE_SHORT && value >= 1 && value <= 8;
				return valid ? value : UPRIGHT;
			}
		}
		return UPRIGHT;
	}

	/**
	 * The image turned and flipped as the orientation asks (EXIF 2.32, tag 0x0112): 6 turns a quarter clockwise,
	 * 8 a quarter counter-clockwise, 3 half a turn; 2 and 4 mirror, 5 and 7 mirror along a diagonal.
	 */
	static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation <= UPRIGHT || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swapsSides = orientation >= 5;
		int tw = swapsSides ? h : w;
		int th = swapsSides ? w : h;
		int[] source = image.getRGB(0, 0, w, h, null, 0, w);
		int[] target = new int[source.length];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int tx = switch (orientation) {
					case 2, 3 -> w - 1 - x;
					case 4 -> x;
					case 5, 8 -> y;
					default -> h - 1 - y; // 6, 7
				};
				int ty = switch (orientation) {
					case 2 -> y;
					case 3, 4 -> h - 1 - y;
					case 5, 6 -> x;
					default -> w - 1 - x; // 7, 8
				};
				target[ty * tw + tx] = source[y * w + x];
			}
		}
		BufferedImage turned = new BufferedImage(tw, th,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		turned.setRGB(0, 0, tw, th, target, 0, tw);
		return turned;
	}

	private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
		if (offset + prefix.length > b.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (b[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int u16(byte[] b, int i, boolean bigEndian) {
		int first = b[i] & 0xFF;
		int second = b[i + 1] & 0xFF;
		return bigEndian ? first << 8 | second : second << 8 | first;
	}

	private static long u32(byte[] b, int i, boolean bigEndian) {
		long high = u16(b, bigEndian ? i : i + 2, bigEndian);
		long low = u16(b, bigEndian ? i + 2 : i, bigEndian);
		return high << 16 | low;
	}

}
