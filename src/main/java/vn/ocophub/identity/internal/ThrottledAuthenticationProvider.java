package vn.ocophub.identity.internal;

import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.audit.AuditTrail;

/**
 * Password authentication with back-off: an account in back-off is refused before its password is even
 * checked; each failure is counted; every failed or refused attempt is audited. Serves both the login form
 * and HTTP Basic.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final AppUserRepository users;

	private final LoginAttempts attempts;

	private final AuditTrail audit;

	ThrottledAuthenticationProvider(AccountDetailsService details, PasswordEncoder encoder, AppUserRepository users,
			LoginAttempts attempts, AuditTrail audit) {
		super(details);
		setPasswordEncoder(encoder);
		this.users = users;
		this.attempts = attempts;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? "" : authentication.getName().trim();
		Optional<AppUser> user = users.findByUsername(username);
		String province = user.map(u -> u.scope().provinceCode()).orElse(null);
		if (user.isPresent()) {
			long id = user.get().id();
			Optional<java.time.OffsetDateTime> until = attempts.lockedUntil(id);
			if (until.isPresent()) {
				audit.record(username, "LOGIN_THROTTLED", "user", String.valueOf(id), "until " + until.get(), province);
				throw new LoginThrottledException(until.get());
			}
		}
		try {
			Authentication result = super.authenticate(authentication);
			attempts.recordSuccess(((CurrentUser) result.getPrincipal()).id());
			return result;
		}
		catch (BadCredentialsException ex) {
			if (user.isPresent()) {
				int failures = attempts.recordFailure(user.get().id());
				audit.record(username, "LOGIN_FAILED", "user", String.valueOf(user.get().id()),
						"wrong password; consecutive failures: " + failures, province);
			}
			else {
				audit.record(truncate(username), "LOGIN_FAILED", "user", null, "unknown user", null);
			}
			throw ex;
		}
		catch (DisabledException ex) {
			audit.record(username, "LOGIN_FAILED", "user", String.valueOf(user.map(AppUser::id).orElse(null)),
					"account disabled", province);
			throw ex;
		}
	}

	private static String truncate(String username) {
		return username.length() > 60 ? username.substring(0, 60) : username;
	}

}
