package vn.ocophub.identity.internal;

import java.time.Duration;

/**
 * How long an account waits after failed logins: nothing until {@code allowedFailures}, then
 * {@code firstWait}, doubling with every further failure up to {@code maxWait}. Plain Java, no Spring.
 */
public record LoginBackoff(int allowedFailures, Duration firstWait, Duration maxWait) {

	public LoginBackoff {
		if (allowedFailures < 1 || firstWait.isNegative() || firstWait.isZero() || maxWait.compareTo(firstWait) < 0) {
			throw new IllegalArgumentException("Invalid back-off settings");
		}
	}

	/** The wait imposed after {@code failures} consecutive failed logins (zero below the threshold). */
	public Duration waitAfter(int failures) {
		if (failures < allowedFailures) {
			return Duration.ZERO;
		}
		int doublings = failures - allowedFailures;
		if (doublings >= 30) {
			return maxWait;
		}
		Duration wait = firstWait.multipliedBy(1L << doublings);
		return wait.compareTo(maxWait) > 0 ? maxWait : wait;
	}

}
