package vn.ocophub.evaluation.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The evidence formats accepted, recognised by their content: a file's name and the type the browser declares
 * prove nothing. A PDF starts with {@code %PDF-} and ends with {@code %%EOF} (possibly followed by a little
 * whitespace or junk, as scanners write it); a JPEG with FF D8 FF; a PNG with its 8-byte signature.
 */
public enum EvidenceType {

	PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

	private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** How far from the end the PDF end marker may sit. */
	private static final int PDF_TAIL = 1024;

	private static final byte[] JPEG_START = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private final String contentType;

	private final String extension;

	EvidenceType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	/** The format of the content, if it is one that is accepted. */
	public static Optional<EvidenceType> of(byte[] content) {
		if (content == null) {
			return Optional.empty();
		}
		if (startsWith(content, PDF_START) && endsNear(content, PDF_END, PDF_TAIL)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, JPEG_START) && content.length > 4) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, PNG_SIGNATURE) && content.length > PNG_SIGNATURE.length) {
			return Optional.of(PNG);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] start) {
		if (content.length < start.length) {
			return false;
		}
		for (int i = 0; i < start.length; i++) {
			if (content[i] != start[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean endsNear(byte[] content, byte[] marker, int tail) {
		int from = Math.max(0, content.length - tail - marker.length);
		for (int at = content.length - marker.length; at >= from; at--) {
			boolean match = true;
			for (int i = 0; i < marker.length && match; i++) {
				match = content[at + i] == marker[i];
			}
			if (match) {
				return true;
			}
		}
		return false;
	}

}
