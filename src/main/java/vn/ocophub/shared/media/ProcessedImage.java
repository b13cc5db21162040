package vn.ocophub.shared.media;

import java.util.Objects;

/**
 * A product photo ready to store: re-encoded, without the metadata of the upload.
 *
 * @param image the photo, its long side at most {@link ImageUploads#IMAGE_LONG_SIDE} pixels
 * @param thumbnail the same photo, its long side at most {@link ImageUploads#THUMBNAIL_LONG_SIDE} pixels
 * @param contentType of both: {@code image/jpeg}, or {@code image/png} when the photo has transparent parts
 * @param width of {@code image}, in pixels, upright (after the camera's orientation was applied)
 * @param height of {@code image}, in pixels, upright
 * @param sha256 lower-case hex SHA-256 of the bytes as uploaded, to recognise the same file uploaded again
 */
public record ProcessedImage(byte[] image, byte[] thumbnail, String contentType, int width, int height,
		String sha256) {

	/** Content type of photos. */
	public static final String JPEG = "image/jpeg";

	/** Content type of images with transparency. */
	public static final String PNG = "image/png";

	public ProcessedImage {
		Objects.requireNonNull(image, "image");
		Objects.requireNonNull(thumbnail, "thumbnail");
		Objects.requireNonNull(contentType, "contentType");
		Objects.requireNonNull(sha256, "sha256");
	}

	/** File name extension matching {@link #contentType()}, without the dot: {@code jpg} or {@code png}. */
	public String fileExtension() {
		return PNG.equals(contentType) ? "png" : "jpg";
	}

}
