package vn.ocophub.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Evidence is recognised by what it contains, never by its name. */
class EvidenceTypeTests {

	static Stream<Arguments> contents() {
		return Stream.of(Arguments.of("a PDF", ascii("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n"), EvidenceType.PDF),
				Arguments.of("a PDF with junk after its end, as scanners write", ascii("%PDF-1.4\nx\n%%EOF\r\n\0\0\0"),
						EvidenceType.PDF),
				Arguments.of("a JPEG", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10), EvidenceType.JPEG),
				Arguments.of("a PNG", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13), EvidenceType.PNG),
				Arguments.of("text named .pdf", ascii("Giấy chứng nhận VietGAP (bản đánh máy)"), null),
				Arguments.of("a PDF cut short (no end marker)", ascii("%PDF-1.7\n1 0 obj\n<<"), null),
				Arguments.of("a Windows program", ascii("MZ\u0090\u0000This program cannot be run in DOS mode."), null),
				Arguments.of("a zip archive", bytes('P', 'K', 3, 4, 20, 0), null),
				Arguments.of("an HTML page", ascii("<!DOCTYPE html><script>alert(1)</script>"), null),
				Arguments.of("a WebP image (not accepted as evidence)", ascii("RIFF\0\0\0\0WEBPVP8 "), null),
				Arguments.of("nothing", new byte[0], null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("contents")
	void recognisesEvidenceByItsContent(String description, byte[] content, EvidenceType expected) {
		assertThat(EvidenceType.of(content)).isEqualTo(Optional.ofNullable(expected));
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
