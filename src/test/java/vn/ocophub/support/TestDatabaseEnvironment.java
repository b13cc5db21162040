package vn.ocophub.support;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test context at PostgreSQL when the build runs with {@code -Docop.test.database=postgresql}
 * (the second Surefire execution does, when {@code OCOP_TEST_PG_URL} is set). Otherwise the tests keep their
 * in-memory H2 database.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

	public static boolean onPostgres() {
		return "postgresql".equals(System.getProperty("ocop.test.database"));
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!onPostgres()) {
			return;
		}
		String url = System.getenv("OCOP_TEST_PG_URL");
		if (url == null || url.isBlank()) {
			throw new IllegalStateException("ocop.test.database=postgresql needs OCOP_TEST_PG_URL");
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("ocop-test-postgresql",
					Map.of("spring.datasource.url", url, "spring.datasource.username",
							System.getenv().getOrDefault("OCOP_TEST_PG_USER", "ocop"), "spring.datasource.password",
							System.getenv().getOrDefault("OCOP_TEST_PG_PASSWORD", ""),
							"spring.datasource.hikari.maximum-pool-size", "5")));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
