package vn.ocophub.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status of a day: 30 days or fewer left is EXPIRING, the last valid day still counts, revoked beats the rest. */
class CertificateStatusTests {

	private static final LocalDate LAST_DAY = LocalDate.of(2028, 6, 9);

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "2025-06-10, VALID", "2028-05-10, VALID", "2028-05-11, EXPIRING", "2028-06-09, EXPIRING",
			"2028-06-10, EXPIRED", "2031-01-01, EXPIRED" })
	void fromTheDates(LocalDate day, CertificateStatus expected) {
		assertThat(CertificateStatus.on(day, LAST_DAY, false, false)).isEqualTo(expected);
		assertThat(expected.current()).isEqualTo(expected == CertificateStatus.VALID || expected == CertificateStatus.EXPIRING);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2026-01-01", "2028-06-01", "2030-01-01" })
	void revokedAndSupersededWhateverTheDates(LocalDate day) {
		assertThat(CertificateStatus.on(day, LAST_DAY, true, false)).isEqualTo(CertificateStatus.REVOKED);
		assertThat(CertificateStatus.on(day, LAST_DAY, true, true)).isEqualTo(CertificateStatus.REVOKED);
		assertThat(CertificateStatus.on(day, LAST_DAY, false, true)).isEqualTo(CertificateStatus.SUPERSEDED);
	}

}
