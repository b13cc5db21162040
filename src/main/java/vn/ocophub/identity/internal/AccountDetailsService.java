package vn.ocophub.identity.internal;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import vn.ocophub.identity.CurrentUser;

/** Loads an account for sign-in. */
@Component
class AccountDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	AccountDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	public CurrentUser loadUserByUsername(String username) {
		return users.findByUsername(username == null ? "" : username.trim())
			.map(AccountDetailsService::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

	static CurrentUser toCurrentUser(AppUser user) {
		return new CurrentUser(user.id(), user.username(), user.fullName(), user.passwordHash(), user.enabled(),
				user.mustChangePassword(), user.roles(), user.scope());
	}

}
