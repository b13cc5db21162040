package vn.ocophub.identity;

import java.util.Set;

import vn.ocophub.shared.AccessScope;

/**
 * The editable fields of an account. {@code scopeUnitCode} is a province or commune code (null for the whole
 * country); the province of a commune follows from the map. {@code password} is only read on creation: null
 * means "generate a one-time password".
 */
public record UserCommand(String username, String fullName, String email, String phone, String organisation,
		Set<Role> roles, AccessScope.Level scopeLevel, String scopeUnitCode, String password) {
}
