package vn.ocophub.shared.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.ocophub.shared.media.PhotoFixtures.BLUE;
import static vn.ocophub.shared.media.PhotoFixtures.RED;
import static vn.ocophub.shared.media.PhotoFixtures.concat;
import static vn.ocophub.shared.media.PhotoFixtures.read;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ocophub.shared.media.MediaException.Errors;

/** What becomes of the photos producers and officers upload, and which files are refused, and why. */
class ImageUploadsTests {

	final ImageUploads uploads = new ImageUploads();

	@Test
	void shrinksLargePhotoKeepingItsProportionsAndMakesThumbnail() throws Exception {
		byte[] upload = PhotoFixtures.phoneJpeg(4000, 3000);

		ProcessedImage photo = uploads.process(upload, "cam-bu-huong-son.jpg");

		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(photo.fileExtension()).isEqualTo("jpg");
		assertThat(photo.width()).isEqualTo(1600);
		assertThat(photo.height()).isEqualTo(1200);
		BufferedImage stored = read(photo.image());
		assertThat(stored.getWidth()).isEqualTo(1600);
		assertThat(stored.getHeight()).isEqualTo(1200);
		BufferedImage thumbnail = read(photo.thumbnail());
		assertThat(thumbnail.getWidth()).isEqualTo(400);
		assertThat(thumbnail.getHeight()).isEqualTo(300);
		assertThat(isNear(thumbnail.getRGB(50, 150), RED)).isTrue();
		assertThat(isNear(thumbnail.getRGB(350, 150), BLUE)).isTrue();
		assertThat(photo.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(upload)));
	}

	@Test
	void shrinksPortraitPhotoByItsLongSide() {
		ProcessedImage photo = uploads.process(PhotoFixtures.phoneJpeg(1500, 2000), "portrait.jpg");

		assertThat(photo.width()).isEqualTo(1200);
		assertThat(photo.height()).isEqualTo(1600);
		assertThat(read(photo.thumbnail()).getHeight()).isEqualTo(400);
		assertThat(read(photo.thumbnail()).getWidth()).isEqualTo(300);
	}

	@Test
	void neverEnlargesSmallPhoto() {
		ProcessedImage photo = uploads.process(PhotoFixtures.phoneJpeg(300, 240), "small.jpg");

		assertThat(photo.width()).isEqualTo(300);
		assertThat(photo.height()).isEqualTo(240);
		assertThat(read(photo.thumbnail()).getWidth()).isEqualTo(300);
	}

	@Test
	void keepsTransparentPngAsPng() {
		byte[] upload = PhotoFixtures.png(PhotoFixtures.logoWithTransparency(2400, 1800));

		ProcessedImage photo = uploads.process(upload, "logo.png");

		assertThat(photo.contentType()).isEqualTo("image/png");
		assertThat(photo.fileExtension()).isEqualTo("png");
		BufferedImage stored = read(photo.image());
		assertThat(stored.getWidth()).isEqualTo(1600);
		assertThat(stored.getRGB(5, 5) >>> 24).as("transparent corner").isZero();
		assertThat(stored.getRGB(800, 600) >>> 24).as("opaque centre").isEqualTo(0xFF);
		assertThat(Arrays.copyOf(photo.thumbnail(), 4)).isEqualTo(new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		assertThat(read(photo.thumbnail()).getRGB(2, 2) >>> 24).isZero();
	}

	@Test
	void storesPngWithoutTransparentPixelsAsJpeg() {
		BufferedImage opaque = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB);
		opaque.createGraphics().drawImage(PhotoFixtures.phonePicture(800, 600), 0, 0, null);

		ProcessedImage photo = uploads.process(PhotoFixtures.png(opaque), "screenshot.png");

		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(isNear(read(photo.image()).getRGB(100, 300), RED)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "lossy", "lossless" })
	void acceptsWebpAndStoresItAsJpeg(String kind) {
		byte[] upload = kind.equals("lossy") ? PhotoFixtures.WEBP_LOSSY : PhotoFixtures.WEBP_LOSSLESS;

		ProcessedImage photo = uploads.process(upload, "mat-ong.webp");

		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(photo.width()).isEqualTo(320);
		assertThat(photo.height()).isEqualTo(240);
		BufferedImage stored = read(photo.image());
		assertThat(isNear(stored.getRGB(40, 120), RED)).isTrue();
		assertThat(isNear(stored.getRGB(280, 120), BLUE)).isTrue();
	}

	@Test
	void keepsTransparentWebpAsPng() {
		ProcessedImage photo = uploads.process(PhotoFixtures.WEBP_TRANSPARENT, "logo.webp");

		assertThat(photo.contentType()).isEqualTo("image/png");
		BufferedImage stored = read(photo.image());
		assertThat(stored.getRGB(5, 5) >>> 24).isZero();
		assertThat(stored.getRGB(150, 100)).isEqualTo(0xFF27AE60);
	}

	@Test
	void acceptsCmykJpegFromPrintShopInTrueColours() {
		ProcessedImage photo = uploads.process(PhotoFixtures.PRINT_SHOP_CMYK_JPEG, "nhan-in.jpg");

		BufferedImage stored = read(photo.image());
		assertThat(stored.getWidth()).isEqualTo(320);
		assertThat(isReddish(stored.getRGB(40, 120))).isTrue();
		assertThat(isBluish(stored.getRGB(280, 120))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 6, 8 })
	void turnsSidewaysPhonePhotoUpright(int orientation) {
		ProcessedImage photo = uploads.process(PhotoFixtures.phoneJpegWithOrientation(400, 300, orientation), "dt.jpg");

		assertThat(photo.width()).isEqualTo(300);
		assertThat(photo.height()).isEqualTo(400);
		BufferedImage stored = read(photo.image());
		assertThat(stored.getWidth()).isEqualTo(300);
		// A quarter turn clockwise (6) brings the left side to the top; counter-clockwise (8) to the bottom.
		Color top = orientation == 6 ? RED : BLUE;
		Color bottom = orientation == 6 ? BLUE : RED;
		assertThat(isNear(stored.getRGB(150, 50), top)).isTrue();
		assertThat(isNear(stored.getRGB(150, 350), bottom)).isTrue();
		assertThat(read(photo.thumbnail()).getHeight()).isGreaterThan(read(photo.thumbnail()).getWidth());
	}

	@Test
	void storesNoMetadataOfTheUpload() {
		byte[] upload = PhotoFixtures.phoneJpegWithOrientation(2000, 1500, 1);
		assertThat(PhotoFixtures.contains(upload, "Exif")).isTrue();
		assertThat(PhotoFixtures.contains(upload, PhotoFixtures.HOME_POSITION)).isTrue();

		ProcessedImage photo = uploads.process(upload, "vuon-cam.jpg");

		for (byte[] stored : new byte[][] { photo.image(), photo.thumbnail() }) {
			assertThat(PhotoFixtures.contains(stored, "Exif")).isFalse();
			assertThat(PhotoFixtures.contains(stored, PhotoFixtures.HOME_POSITION)).isFalse();
		}
	}

	@Test
	void dropsWhateverIsHiddenAfterTheImage() {
		byte[] program = "MZ\u0090\0 This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
		byte[] polyglot = concat(PhotoFixtures.phoneJpeg(800, 600), program);

		ProcessedImage photo = uploads.process(polyglot, "photo.jpg");

		assertThat(PhotoFixtures.contains(photo.image(), "This program")).isFalse();
		assertThat(photo.width()).isEqualTo(800);
	}

	@ParameterizedTest
	@ValueSource(strings = { "MZ\u0090\0\3\0\0\0", "\u007fELF\2\1\1\0", "#!/bin/sh\nrm -rf /", "PK\3\4\24\0\0\0" })
	void refusesProgramNamedLikePhotoAsNotAnImage(String start) {
		byte[] program = concat(start.getBytes(StandardCharsets.ISO_8859_1), new byte[4096]);

		MediaException refused = refuse(program, "photo.jpg");

		assertThat(refused.error()).isEqualTo(Errors.NOT_IMAGE);
		assertThat(refused.arguments()).containsExactly("photo.jpg", 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "GIF89a", "%PDF-1.7", "\0\0\0\30ftypheic", "BM", "II*\0", "<svg xmlns=" })
	void refusesOtherFormatsNamingTheAcceptedOnes(String start) {
		MediaException refused = refuse(concat(start.getBytes(StandardCharsets.ISO_8859_1), new byte[512]), "anh.jpg");

		assertThat(refused.error()).isEqualTo(Errors.NOT_IMAGE);
		assertThat(refused.arguments()).containsExactly("anh.jpg", 0);
	}

	@Test
	void refusesEmptyFile() {
		assertThat(refuse(new byte[0], "trong.jpg").error()).isEqualTo(Errors.EMPTY);
		assertThat(refuse(null, "trong.jpg").error()).isEqualTo(Errors.EMPTY);
	}

	@Test
	void refusesFileOverTenMegabytesButNotAtTheLimit() {
		byte[] tooLarge = concat(PhotoFixtures.phoneJpeg(400, 300), new byte[11 * 1024 * 1024]);
		MediaException refused = refuse(tooLarge, "lon.jpg");
		assertThat(refused.error()).isEqualTo(Errors.TOO_LARGE);
		assertThat(refused.arguments()).containsExactly("lon.jpg", 10);

		byte[] atLimit = new byte[ImageUploads.MAX_BYTES];
		assertThat(refuse(atLimit, "vua.jpg").error()).as("size accepted, content checked next")
			.isEqualTo(Errors.NOT_IMAGE);
	}

	@Test
	void refusesEndlessUploadAfterReadingJustPastTheLimit() {
		InputStream endless = new InputStream() {
			@Override
			public int read() {
				return 0xFF;
			}
		};

		MediaException refused = catchThrowableOfType(MediaException.class, () -> uploads.process(endless, "x.jpg"));

		assertThat(refused.error()).isEqualTo(Errors.TOO_LARGE);
	}

	@Test
	void processesStreamLikeBytes() {
		ProcessedImage photo = uploads.process(new ByteArrayInputStream(PhotoFixtures.phoneJpeg(640, 480)), "a.jpg");

		assertThat(photo.width()).isEqualTo(640);
	}

	@Test
	void refusesDecompressionBombBeforeDecodingIt() {
		byte[] bomb = PhotoFixtures.pngHeaderClaiming(60_000, 60_000);
		assertThat(bomb).hasSizeLessThan(100);

		MediaException refused = refuse(bomb, "bom.png");

		assertThat(refused.error()).isEqualTo(Errors.TOO_MANY_PIXELS);
		assertThat(refused.arguments()).containsExactly("bom.png", 60_000, 60_000, 50L, 12_000);
	}

	@Test
	void refusesOverlongSideEvenWithFewPixels() {
		assertThat(refuse(PhotoFixtures.pngHeaderClaiming(13_000, 100), "bang-ron.png").error())
			.isEqualTo(Errors.TOO_MANY_PIXELS);
	}

	@Test
	void refusesImageTooSmallToShowAProduct() {
		MediaException refused = refuse(PhotoFixtures.png(PhotoFixtures.phonePicture(150, 100)), "icon.png");

		assertThat(refused.error()).isEqualTo(Errors.TOO_SMALL);
		assertThat(refused.arguments()).containsExactly("icon.png", 150, 100, 200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "jpeg", "png" })
	void refusesTruncatedImageAsCorrupt(String format) {
		BufferedImage picture = PhotoFixtures.phonePicture(1200, 900);
		byte[] whole = format.equals("jpeg") ? PhotoFixtures.jpeg(picture) : PhotoFixtures.png(picture);

		MediaException refused = refuse(Arrays.copyOf(whole, whole.length * 6 / 10), "dang-do." + format);

		assertThat(refused.error()).isEqualTo(Errors.CORRUPT);
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 40, 400 })
	void refusesJpegSignatureFollowedByGarbageAsCorrupt(int length) {
		byte[] garbage = new byte[length];
		new java.util.Random(length).nextBytes(garbage);

		assertThat(refuse(concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, garbage), "x.jpg").error())
			.isEqualTo(Errors.CORRUPT);
	}

	@Test
	void acceptsPhotoWithStrayBytesBetweenSegmentsAsSomeCamerasWrite() {
		byte[] photo = PhotoFixtures.phoneJpeg(640, 480);
		byte[] stray = concat(Arrays.copyOf(photo, 20), new byte[] { 0, 0, 0 }, Arrays.copyOfRange(photo, 20, photo.length));

		assertThat(uploads.process(stray, "may-anh.jpg").width()).isEqualTo(640);
	}

	@Test
	void refusesTruncatedWebpAsCorrupt() {
		byte[] whole = PhotoFixtures.WEBP_LOSSY;

		assertThat(refuse(Arrays.copyOf(whole, whole.length / 2), "dang-do.webp").error()).isEqualTo(Errors.CORRUPT);
	}

	@Test
	void namesTheFileAsTheUserKnowsIt() {
		assertThat(ImageUploads.shownName("C:\\fakepath\\Ảnh sản phẩm.jpg")).isEqualTo("Ảnh sản phẩm.jpg");
		assertThat(ImageUploads.shownName("/home/a/b.png")).isEqualTo("b.png");
		assertThat(ImageUploads.shownName("a\u0000b\nc.jpg")).isEqualTo("abc.jpg");
		assertThat(ImageUploads.shownName("x".repeat(200) + ".jpg")).hasSize(80).endsWith("…");
		assertThat(ImageUploads.shownName(null)).isEmpty();
	}

	private MediaException refuse(byte[] content, String name) {
		MediaException refused = catchThrowableOfType(MediaException.class, () -> uploads.process(content, name));
		assertThat(refused).as("refused").isNotNull();
		return refused;
	}

	private static boolean isNear(int rgb, Color expected) {
		Color actual = new Color(rgb);
		return Math.abs(actual.getRed() - expected.getRed()) < 40 && Math.abs(actual.getGreen() - expected.getGreen()) < 40
				&& Math.abs(actual.getBlue() - expected.getBlue()) < 40;
	}

	private static boolean isReddish(int rgb) {
		Color c = new Color(rgb);
		return c.getRed() > c.getBlue() + 60 && c.getRed() > c.getGreen() + 60;
	}

	private static boolean isBluish(int rgb) {
		Color c = new Color(rgb);
		return c.getBlue() > c.getRed() + 60;
	}

}
