package vn.ocophub.identity;

import vn.ocophub.shared.AccessScope;

/** What an account may do. The public needs no account. */
public enum Role {

	/** Manages accounts, reference data and the administrative map within its scope. */
	SYSTEM_ADMIN(AccessScope.Level.COUNTRY, AccessScope.Level.PROVINCE),
	/** Provincial (or, at country scope, national) OCOP office: rounds, councils, decisions, certificates. */
	PROVINCE_OFFICER(AccessScope.Level.COUNTRY, AccessScope.Level.PROVINCE),
	/** Commune officer: ideas, dossier checks, the commune's assessment. */
	COMMUNE_OFFICER(AccessScope.Level.COMMUNE),
	/** Member of an evaluation council: scores the products assigned to the council. */
	COUNCIL_MEMBER(AccessScope.Level.COUNTRY, AccessScope.Level.PROVINCE),
	/** An OCOP producer (chủ thể): its own organisation, products and dossiers. */
	PRODUCER(AccessScope.Level.COMMUNE);

	private final AccessScope.Level[] allowedScopes;

	Role(AccessScope.Level... allowedScopes) {
		this.allowedScopes = allowedScopes;
	}

	/** Whether an account with this role may have a scope of that level. */
	public boolean allows(AccessScope.Level level) {
		for (AccessScope.Level allowed : allowedScopes) {
			if (allowed == level) {
				return true;
			}
		}
		return false;
	}

	/** The Spring Security authority, e.g. {@code ROLE_SYSTEM_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
