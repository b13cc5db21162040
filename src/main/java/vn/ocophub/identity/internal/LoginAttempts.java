package vn.ocophub.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account in the database, so that the back-off holds whichever app node a login
 * reaches.
 */
@Component
public class LoginAttempts {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginBackoff backoff;

	LoginAttempts(JdbcClient jdbc, Clock clock, @Value("${ocop.security.max-failed-logins:5}") int allowed,
			@Value("${ocop.security.first-lockout:30s}") Duration first,
			@Value("${ocop.security.max-lockout:1h}") Duration max) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.backoff = new LoginBackoff(allowed, first, max);
	}

	public void create(long userId) {
		jdbc.sql("INSERT INTO app_user_login (app_user, failed_logins) VALUES (:id, 0)").param("id", userId).update();
	}

	/** Until when the account must wait, if it must wait now. */
	public Optional<OffsetDateTime> lockedUntil(long userId) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return jdbc.sql("SELECT locked_until FROM app_user_login WHERE app_user = :id")
			.param("id", userId)
			.query(OffsetDateTime.class)
			.optional()
			.filter(until -> until.isAfter(now));
	}

	/** Counts one more failure; returns the number of consecutive failures. */
	public int recordFailure(long userId) {
		jdbc.sql("UPDATE app_user_login SET failed_logins = failed_logins + 1 WHERE app_user = :id")
			.param("id", userId)
			.update();
		int failures = jdbc.sql("SELECT failed_logins FROM app_user_login WHERE app_user = :id")
			.param("id", userId)
			.query(Integer.class)
			.optional()
			.orElse(0);
		Duration wait = backoff.waitAfter(failures);
		if (!wait.isZero()) {
			jdbc.sql("UPDATE app_user_login SET locked_until = :until WHERE app_user = :id")
				.param("until", OffsetDateTime.now(clock).plus(wait))
				.param("id", userId)
				.update();
		}
		return failures;
	}

	/** Clears the failure count after a good password (a no-op write-free query when there was none). */
	public void recordSuccess(long userId) {
		jdbc.sql("UPDATE app_user_login SET failed_logins = 0, locked_until = NULL WHERE app_user = :id AND failed_logins > 0")
			.param("id", userId)
			.update();
	}

	/** Remembers when the account last signed in through the login form. */
	public void recordInteractiveLogin(long userId) {
		jdbc.sql("UPDATE app_user_login SET last_login_at = :now WHERE app_user = :id")
			.param("now", OffsetDateTime.now(clock))
			.param("id", userId)
			.update();
	}

	/** Clears the count, e.g. when an administrator resets the password. */
	public void reset(long userId) {
		jdbc.sql("UPDATE app_user_login SET failed_logins = 0, locked_until = NULL WHERE app_user = :id")
			.param("id", userId)
			.update();
	}

	public Optional<OffsetDateTime> lastLogin(long userId) {
		return jdbc.sql("SELECT last_login_at FROM app_user_login WHERE app_user = :id")
			.param("id", userId)
			.query(OffsetDateTime.class)
			.optional();
	}

}
