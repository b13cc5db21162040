package vn.ocophub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** PostgreSQL hands back instants at UTC; people read them in Vietnam time, whatever the offset. */
class TimeFormatTests {

	private final TimeFormat time = new TimeFormat();

	@Test
	void showsAnInstantReadAtUtcInVietnamTime() {
		assertThat(time.format(OffsetDateTime.parse("2026-12-06T17:30:00Z"), "dd/MM/yyyy HH:mm"))
			.isEqualTo("07/12/2026 00:30");
		assertThat(time.format(OffsetDateTime.parse("2026-12-07T00:30:00+07:00"), "dd/MM/yyyy HH:mm"))
			.isEqualTo("07/12/2026 00:30");
		assertThat(time.format(null, "dd/MM/yyyy")).isEmpty();
	}

}
