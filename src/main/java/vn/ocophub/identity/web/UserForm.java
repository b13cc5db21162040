package vn.ocophub.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import vn.ocophub.identity.Role;
import vn.ocophub.identity.UserCommand;
import vn.ocophub.identity.UserView;
import vn.ocophub.shared.AccessScope;

/** The account form. */
public class UserForm {

	@NotBlank(message = "{identity.validation.username}")
	@Size(max = 60, message = "{identity.validation.username}")
	private String username;

	@NotBlank(message = "{identity.validation.full-name}")
	@Size(max = 200, message = "{identity.validation.full-name}")
	private String fullName;

	@Size(max = 200)
	private String email;

	@Size(max = 30)
	private String phone;

	@Size(max = 200)
	private String organisation;

	@NotEmpty(message = "{identity.validation.roles}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private AccessScope.Level scopeLevel = AccessScope.Level.PROVINCE;

	private String scopeUnitCode;

	private String password;

	private long version;

	static UserForm of(UserView user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.fullName = user.fullName();
		form.email = user.email();
		form.phone = user.phone();
		form.organisation = user.organisation();
		form.roles = EnumSet.copyOf(user.roles());
		form.scopeLevel = user.scope().level();
		form.scopeUnitCode = user.scope().unitCode();
		form.version = user.version();
		return form;
	}

	UserCommand toCommand() {
		return new UserCommand(username, fullName, email, phone, organisation, roles, scopeLevel,
				scopeLevel == AccessScope.Level.COUNTRY ? null : scopeUnitCode, password);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	public AccessScope.Level getScopeLevel() {
		return scopeLevel;
	}

	public void setScopeLevel(AccessScope.Level scopeLevel) {
		this.scopeLevel = scopeLevel;
	}

	public String getScopeUnitCode() {
		return scopeUnitCode;
	}

	public void setScopeUnitCode(String scopeUnitCode) {
		this.scopeUnitCode = scopeUnitCode;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
