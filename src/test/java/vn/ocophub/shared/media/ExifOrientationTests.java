package vn.ocophub.shared.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading how a phone was held, and turning its pixels upright. */
class ExifOrientationTests {

	static final byte[] PLAIN_JPEG = PhotoFixtures.phoneJpeg(8, 8);

	@ParameterizedTest
	@CsvSource({ "1, true", "3, true", "6, true", "8, true", "2, false", "5, false", "6, false", "7, false" })
	void readsOrientationInEitherByteOrder(int orientation, boolean bigEndian) {
		byte[] jpeg = PhotoFixtures.withSegmentAfterStart(PLAIN_JPEG,
				PhotoFixtures.exifSegment(orientation, bigEndian));

		assertThat(ExifOrientation.of(jpeg)).isEqualTo(orientation);
	}

	@Test
	void findsExifAfterOtherSegments() {
		byte[] afterJfif = PhotoFixtures.concat(Arrays.copyOf(PLAIN_JPEG, 20), PhotoFixtures.exifSegment(6, true),
				Arrays.copyOfRange(PLAIN_JPEG, 20, PLAIN_JPEG.length));
		assertThat(Arrays.copyOfRange(PLAIN_JPEG, 2, 4)).as("JFIF APP0 of 18 bytes first")
			.isEqualTo(new byte[] { (byte) 0xFF, (byte) 0xE0 });

		assertThat(ExifOrientation.of(afterJfif)).isEqualTo(6);
	}

	@Test
	void treatsMissingOrBrokenExifAsUpright() {
		byte[] exif = PhotoFixtures.exifSegment(6, true);
		byte[] valueNine = PhotoFixtures.exifSegment(9, true);
		byte[] ifdOutside = exif.clone();
		ifdOutside[4 + 6 + 4] = 0x7F; // IFD0 offset far past the segment
		byte[] cutShort = Arrays.copyOf(PhotoFixtures.withSegmentAfterStart(PLAIN_JPEG, exif), 20);

		assertThat(ExifOrientation.of(PLAIN_JPEG)).isEqualTo(1);
		assertThat(ExifOrientation.of(PhotoFixtures.withSegmentAfterStart(PLAIN_JPEG, valueNine))).isEqualTo(1);
		assertThat(ExifOrientation.of(PhotoFixtures.withSegmentAfterStart(PLAIN_JPEG, ifdOutside))).isEqualTo(1);
		assertThat(ExifOrientation.of(cutShort)).isEqualTo(1);
		assertThat(ExifOrientation.of(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEqualTo(1);
	}

	/** Pixels A B C over D E F, and how each orientation lays them out once upright (rows split by /). */
	@ParameterizedTest
	@CsvSource({ "1, ABC/DEF", "2, CBA/FED", "3, FED/CBA", "4, DEF/ABC", "5, AD/BE/CF", "6, DA/EB/FC", "7, FC/EB/DA",
			"8, CF/BE/AD" })
	void turnsPixelsAsEachOrientationAsks(int orientation, String upright) {
		BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
		String letters = "ABCDEF";
		for (int i = 0; i < letters.length(); i++) {
			image.setRGB(i % 3, i / 3, letters.charAt(i));
		}

		BufferedImage turned = ExifOrientation.apply(image, orientation);

		StringBuilder layout = new StringBuilder();
		for (int y = 0; y < turned.getHeight(); y++) {
			layout.append(y == 0 ? "" : "/");
			for (int x = 0; x < turned.getWidth(); x++) {
				layout.append((char) (turned.getRGB(x, y) & 0xFFFFFF));
			}
		}
		assertThat(layout).hasToString(upright);
	}

}
