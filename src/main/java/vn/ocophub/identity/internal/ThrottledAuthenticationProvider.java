package vn.ocophub.identity.internal;

import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
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

	private final VerifiedPasswords verified = new VerifiedPasswords();

	ThrottledAuthenticationProvider(AccountDetailsService details, PasswordEncoder encoder, AppUserRepository users,
			LoginAttempts attempts, AuditTrail audit) {
		super(details);
		setPasswordEncoder(encoder);
		this.users = users;
		this.attempts = attempts;
		this.audit = audit;
		UserDetailsChecker standardChecks = getPreAuthenticationChecks();
		setPreAuthenticationChecks(user -> {
			refuseDuringBackoff((CurrentUser) user);
			standardChecks.check(user);
		});
	}

	/** Runs on the account just loaded, before its password is checked. */
	private void refuseDuringBackoff(CurrentUser user) {
		attempts.lockedUntil(user.id()).ifPresent(until -> {
			audit.record(user.getUsername(), "LOGIN_THROTTLED", "user", String.valueOf(user.id()), "until " + until,
					user.scope().provinceCode());
			throw new LoginThrottledException(until);
		});
	}

	/**
	 * Checks the password, skipping BCrypt when the same credentials were verified against the same stored hash
	 * a few minutes ago (an API client sends them with every request).
	 */
	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
			throws AuthenticationException {
		Object credentials = authentication.getCredentials();
		String password = credentials == null ? null : credentials.toString();
		if (password != null && verified.known(user.getUsername(), password, user.getPassword())) {
			return;
		}
		super.additionalAuthenticationChecks(user, authentication);
		if (password != null) {
			verified.remember(user.getUsername(), password, user.getPassword());
		}
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? "" : authentication.getName().trim();
		try {
			Authentication result = super.authenticate(authentication);
			attempts.recordSuccess(((CurrentUser) result.getPrincipal()).id());
			return result;
		}
		catch (BadCredentialsException ex) {
			// Only a failed attempt looks the account up again: a good password costs no extra query.
			Optional<AppUser> user = users.findByUsername(username);
			if (user.isPresent()) {
				int failures = attempts.recordFailure(user.get().id());
				audit.record(username, "LOGIN_FAILED", "user", String.valueOf(user.get().id()),
						"wrong password; consecutive failures: " + failures, user.get().scope().provinceCode());
			}
			else {
				audit.record(truncate(username), "LOGIN_FAILED", "user", null, "unknown user", null);
			}
			throw ex;
		}
		catch (DisabledException ex) {
			Optional<AppUser> user = users.findByUsername(username);
			audit.record(username, "LOGIN_FAILED", "user", String.valueOf(user.map(AppUser::id).orElse(null)),
					"account disabled", user.map(u -> u.scope().provinceCode()).orElse(null));
			throw ex;
		}
	}

	private static String truncate(String username) {
		return username.length() > 60 ? username.substring(0, 60) : username;
	}

}
