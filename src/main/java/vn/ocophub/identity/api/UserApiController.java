package vn.ocophub.identity.api;

import java.time.OffsetDateTime;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.identity.UserCommand;
import vn.ocophub.identity.UserCreated;
import vn.ocophub.identity.UserManagement;
import vn.ocophub.identity.UserView;
import vn.ocophub.shared.AccessScope;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;

/** Accounts, for system administrators (HTTP Basic), limited to the administrator's scope. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts, roles and scopes (system administrators only)")
@SecurityRequirement(name = "basicAuth")
class UserApiController {

	private final UserManagement users;

	UserApiController(UserManagement users) {
		this.users = users;
	}

	/** An account as the API returns it. */
	record UserItem(long id, String username, String fullName, String email, String phone, String organisation,
			boolean enabled, Set<Role> roles, AccessScope.Level scopeLevel, String scopeUnitCode, String scopeProvinceCode,
			String scopeName,
			OffsetDateTime lastLoginAt, long version) {

		static UserItem of(UserView user) {
			return new UserItem(user.id(), user.username(), user.fullName(), user.email(), user.phone(),
					user.organisation(), user.enabled(), user.roles(), user.scope().level(), user.scope().unitCode(),
					user.scope().provinceCode(), user.scopeName(), user.lastLoginAt(), user.version());
		}

	}

	/** A new account; without a password, a one-time password is generated and returned once. */
	record CreateUserRequest(@NotBlank(message = "{identity.validation.username}") String username,
			@NotBlank(message = "{identity.validation.full-name}") @Size(max = 200) String fullName,
			String email, String phone, String organisation,
			@NotEmpty(message = "{identity.validation.roles}") Set<Role> roles, AccessScope.Level scopeLevel,
			String scopeUnitCode, String password) {
	}

	/** Changes to an account, at the {@code version} it was read. */
	record UpdateUserRequest(@NotBlank(message = "{identity.validation.full-name}") @Size(max = 200) String fullName,
			String email, String phone, String organisation,
			@NotEmpty(message = "{identity.validation.roles}") Set<Role> roles, AccessScope.Level scopeLevel,
			String scopeUnitCode, Boolean enabled, long version) {
	}

	record CreatedUser(UserItem user, String oneTimePassword) {
	}

	@GetMapping
	@Operation(summary = "Accounts in the caller's scope")
	PageResult<UserItem> list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Boolean enabled, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser actor) {
		return users.list(actor.scope(), q, role, enabled, PageRequest.of(page, size)).map(UserItem::of);
	}

	@PostMapping
	@Operation(summary = "Create an account within the caller's scope")
	ResponseEntity<CreatedUser> create(@Valid @RequestBody CreateUserRequest request,
			@AuthenticationPrincipal CurrentUser actor) {
		UserCreated created = users.create(new UserCommand(request.username(), request.fullName(), request.email(),
				request.phone(), request.organisation(), request.roles(), request.scopeLevel(), request.scopeUnitCode(),
				request.password()), actor);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Location", "/api/v1/users/" + created.user().id())
			.body(new CreatedUser(UserItem.of(created.user()), created.oneTimePassword()));
	}

	@GetMapping("/{id}")
	UserItem get(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor) {
		return UserItem.of(users.get(id, actor));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Update an account; 409 if it changed since it was read")
	UserItem update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request,
			@AuthenticationPrincipal CurrentUser actor) {
		return UserItem.of(users.update(id, request.version(), new UserCommand(null, request.fullName(),
				request.email(), request.phone(), request.organisation(), request.roles(), request.scopeLevel(),
				request.scopeUnitCode(), null), request.enabled(), actor));
	}

}
