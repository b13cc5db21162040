package vn.ocophub.shared;

import org.springframework.security.core.Authentication;

import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.ErrorCode;

/** The scope of an authenticated caller, and checks on it. */
public final class AccessScopes {

	/** Error codes of scope checks. */
	public enum Errors implements ErrorCode {

		OUT_OF_SCOPE("shared.scope.out-of-scope"), COUNTRY_ONLY("shared.scope.country-only");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private AccessScopes() {
	}

	/** The caller's scope; a caller without one is treated as having no access at all. */
	public static AccessScope of(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof ScopedPrincipal principal) {
			return principal.scope();
		}
		throw new AccessDenied(Errors.OUT_OF_SCOPE);
	}

	/** Refuses callers whose scope is narrower than the whole country. */
	public static void requireCountry(Authentication authentication) {
		if (of(authentication).level() != AccessScope.Level.COUNTRY) {
			throw new AccessDenied(Errors.COUNTRY_ONLY);
		}
	}

}
