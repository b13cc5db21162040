package vn.ocophub.identity;

import java.time.OffsetDateTime;
import java.util.Set;

import vn.ocophub.shared.AccessScope;

/** An account as administrators see it (never with its password hash). */
public record UserView(long id, String username, String fullName, String email, String phone,
		String organisation, boolean enabled, boolean mustChangePassword, Set<Role> roles, AccessScope scope,
		String scopeName, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime lastLoginAt,
		long version) {
}
