package vn.ocophub.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Number patterns: the default and other sensible ones are accepted; a pattern without a sequence, with an
 * unknown token or with characters that do not belong in a URL stops start-up with a message naming the fault.
 * Expanding fills the known tokens and leaves the rest.
 */
class CertificateNumbersTests {

	@Test
	void sensiblePatternsAreAccepted() {
		assertThatCode(() -> CertificateNumbers.check("{provinceCode}-{year}-{sequence}")).doesNotThrowAnyException();
		assertThatCode(() -> CertificateNumbers.check("OCOP.{provinceCode}_{stars}S-{year}.{sequence}"))
			.doesNotThrowAnyException();
		assertThatCode(() -> CertificateNumbers.check("{sequence}")).doesNotThrowAnyException();
	}

	@Test
	void aPatternWithoutSequenceWithAnUnknownTokenOrWithUrlUnsafeCharactersIsRefused() {
		assertThatThrownBy(() -> CertificateNumbers.check(null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("{sequence}");
		assertThatThrownBy(() -> CertificateNumbers.check("{provinceCode}-{year}"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("must contain {sequence}");
		assertThatThrownBy(() -> CertificateNumbers.check("{province}-{sequence}"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("unknown token {province}");
		assertThatThrownBy(() -> CertificateNumbers.check("{provinceCode}/{year}/{sequence}"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("only letters, digits");
		assertThatThrownBy(() -> CertificateNumbers.check("Số {sequence}")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void expandingFillsTheKnownTokensAndLeavesTheRest() {
		Map<String, String> values = Map.of("provinceCode", "42", "year", "2025", "stars", "4", "sequence", "0001");
		assertThat(CertificateNumbers.expand("{provinceCode}-{year}-{sequence}", values)).isEqualTo("42-2025-0001");
		assertThat(CertificateNumbers.expand("TW-{stars}S-{year}-{sequence}", values)).isEqualTo("TW-4S-2025-0001");
		// The scope of a sequence is the pattern with the sequence left out.
		assertThat(CertificateNumbers.expand("{provinceCode}-{year}-#", values)).isEqualTo("42-2025-#");
		assertThat(CertificateNumbers.expand("{provinceCode}-{sequence}", Map.of("provinceCode", "4$2\\")))
			.isEqualTo("4$2\\-{sequence}");
	}

}
