package vn.ocophub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import vn.ocophub.support.TestDatabaseEnvironment;

/**
 * Says plainly whether the suite also runs on PostgreSQL: the second Surefire execution (profile
 * {@code postgresql}) runs every test again against {@code OCOP_TEST_PG_URL}; without it that run is skipped.
 */
class PostgresRunTests {

	@Test
	void postgresqlRunIsConfiguredWhenAUrlIsGiven() {
		String url = System.getenv("OCOP_TEST_PG_URL");
		assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
				"OCOP_TEST_PG_URL is not set: the suite runs on H2 only (CI runs it on PostgreSQL too)");
		if (TestDatabaseEnvironment.onPostgres()) {
			assertThat(System.getenv("OCOP_TEST_PG_USER")).isNotBlank();
		}
		else {
			assertThat(url).startsWith("jdbc:postgresql://");
		}
	}

}
