package vn.ocophub.identity.internal;

import java.time.OffsetDateTime;

import org.springframework.security.authentication.AccountStatusException;

/** A login refused without checking the password, because the account is in back-off. */
public class LoginThrottledException extends AccountStatusException {

	private final OffsetDateTime until;

	LoginThrottledException(OffsetDateTime until) {
		super("Too many failed logins; retry after " + until);
		this.until = until;
	}

	public OffsetDateTime until() {
		return until;
	}

}
