package vn.ocophub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LoginBackoffTests {

	static final LoginBackoff BACKOFF = new LoginBackoff(5, Duration.ofSeconds(30), Duration.ofHours(1));

	@ParameterizedTest(name = "{0} failures → wait {1} s")
	@CsvSource({ "0, 0", "4, 0", "5, 30", "6, 60", "7, 120", "10, 960", "12, 3600", "40, 3600", "2147483647, 3600" })
	void waitsDoubleAfterTheAllowedFailuresUpToTheCap(int failures, long seconds) {
		assertThat(BACKOFF.waitAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
	}

	@Test
	void rejectsNonsenseSettings() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LoginBackoff(0, Duration.ofSeconds(1), Duration.ofSeconds(2)));
		assertThatIllegalArgumentException().isThrownBy(() -> new LoginBackoff(5, Duration.ZERO, Duration.ofSeconds(2)));
		assertThatIllegalArgumentException().isThrownBy(() -> new LoginBackoff(5, Duration.ofMinutes(2), Duration.ofMinutes(1)));
	}

}
