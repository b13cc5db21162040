package vn.ocophub.identity.internal;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

import vn.ocophub.identity.Role;
import vn.ocophub.shared.AccessScope;

/** The account aggregate: identity, roles and scope. Versioned: two administrators never overwrite each other. */
public class AppUser {

	@Id
	private Long id;

	private String username;

	private String fullName;

	private String email;

	private String phone;

	private String organisation;

	private String passwordHash;

	private boolean enabled;

	private boolean mustChangePassword;

	private String scopeLevel;

	private String scopeProvinceCode;

	private String scopeCommuneCode;

	@MappedCollection
	private Set<AppUserRole> roles = new HashSet<>();

	private OffsetDateTime createdAt;

	private OffsetDateTime updatedAt;

	@Version
	private Long version;

	AppUser() {
	}

	public AppUser(String username, String passwordHash, boolean mustChangePassword, OffsetDateTime now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.enabled = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void describe(String fullName, String email, String phone, String organisation, OffsetDateTime now) {
		this.fullName = fullName;
		this.email = email;
		this.phone = phone;
		this.organisation = organisation;
		this.updatedAt = now;
	}

	public void grant(Set<Role> newRoles, AccessScope scope, OffsetDateTime now) {
		this.roles = newRoles.stream().map(role -> new AppUserRole(role.name())).collect(Collectors.toSet());
		this.scopeLevel = scope.level().name();
		this.scopeProvinceCode = scope.provinceCode();
		this.scopeCommuneCode = scope.communeCode();
		this.updatedAt = now;
	}

	public void setEnabled(boolean enabled, OffsetDateTime now) {
		this.enabled = enabled;
		this.updatedAt = now;
	}

	public void changePassword(String passwordHash, boolean mustChange, OffsetDateTime now) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChange;
		this.updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String fullName() {
		return fullName;
	}

	public String email() {
		return email;
	}

	public String phone() {
		return phone;
	}

	public String organisation() {
		return organisation;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public boolean enabled() {
		return enabled;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	public Set<Role> roles() {
		Set<Role> result = EnumSet.noneOf(Role.class);
		roles.forEach(role -> result.add(Role.valueOf(role.role())));
		return result;
	}

	public AccessScope scope() {
		return new AccessScope(AccessScope.Level.valueOf(scopeLevel), scopeProvinceCode, scopeCommuneCode);
	}

	public OffsetDateTime createdAt() {
		return createdAt;
	}

	public OffsetDateTime updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** For an optimistic-lock check against the version a form was opened with. */
	public void expectVersion(long expected) {
		this.version = expected;
	}

	/** A role held by an account (one row of app_user_role). */
	record AppUserRole(String role) {
	}

}
