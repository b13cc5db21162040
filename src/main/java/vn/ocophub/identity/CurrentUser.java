package vn.ocophub.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.ocophub.shared.AccessScope;
import vn.ocophub.shared.ScopedPrincipal;

/**
 * The signed-in user: id, name, roles and data scope. Serializable because sessions are kept in the database
 * and may be read by any app node.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, ScopedPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String fullName;

	private String passwordHash;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final Set<Role> roles;

	private final AccessScope scope;

	public CurrentUser(long id, String username, String fullName, String passwordHash, boolean enabled,
			boolean mustChangePassword, Set<Role> roles, AccessScope scope) {
		this.id = id;
		this.username = username;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.scope = scope;
	}

	public long id() {
		return id;
	}

	public String fullName() {
		return fullName;
	}

	public Set<Role> roles() {
		return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	@Override
	public AccessScope scope() {
		return scope;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	/** A copy that no longer asks for a password change. */
	public CurrentUser withPasswordChanged() {
		return new CurrentUser(id, username, fullName, passwordHash, enabled, false, roles, scope);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.copyOf(roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + username + "]";
	}

}
