package vn.ocophub.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.adminunit.AdminUnitLevel;
import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.adminunit.AdminUnitSummary;
import vn.ocophub.identity.internal.AppUser;
import vn.ocophub.identity.internal.AppUserRepository;
import vn.ocophub.identity.internal.LoginAttempts;
import vn.ocophub.identity.internal.Passwords;
import vn.ocophub.shared.AccessScope;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.VietText;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.NotFoundException;

/**
 * Account management by system administrators, always within the administrator's own scope: a provincial
 * administrator lists, opens and creates only accounts of that province. Every change is audited with its
 * before → after.
 */
@Service
public class UserManagement {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** Error codes of account management. */
	public enum Errors implements ErrorCode {

		USER_NOT_FOUND("identity.user.not-found"), OUT_OF_SCOPE("identity.user.out-of-scope"),
		USERNAME_INVALID("identity.user.username-invalid"), USERNAME_TAKEN("identity.user.username-taken"),
		FULL_NAME_REQUIRED("identity.user.full-name-required"), EMAIL_INVALID("identity.user.email-invalid"),
		ROLES_REQUIRED("identity.user.roles-required"), ROLE_SCOPE("identity.user.role-scope"),
		UNIT_UNKNOWN("identity.user.unit-unknown"), SCOPE_TOO_WIDE("identity.user.scope-too-wide"),
		PASSWORD_WEAK("identity.password.weak"), PASSWORD_WRONG("identity.password.wrong"),
		SELF_LOCKOUT("identity.user.self-lockout"), CONCURRENT_EDIT("identity.user.concurrent-edit");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final AppUserRepository users;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final AdminUnitManagement units;

	private final AuditTrail audit;

	private final LoginAttempts logins;

	private final Clock clock;

	UserManagement(AppUserRepository users, JdbcClient jdbc, PasswordEncoder encoder, AdminUnitManagement units,
			AuditTrail audit, LoginAttempts logins, Clock clock) {
		this.users = users;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.units = units;
		this.audit = audit;
		this.logins = logins;
		this.clock = clock;
	}

	/** Accounts inside the viewer's scope, filtered by text (name, username, e-mail), role and status. */
	@Transactional(readOnly = true)
	public PageResult<UserView> list(AccessScope viewer, String text, Role role, Boolean enabled, PageRequest page) {
		String where = """
				WHERE (CAST(:province AS VARCHAR) IS NULL OR u.scope_province_code = :province)
				  AND (CAST(:commune AS VARCHAR) IS NULL OR u.scope_commune_code = :commune)
				  AND (CAST(:role AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM app_user_role r WHERE r.app_user = u.id AND r.role = :role))
				  AND (CAST(:enabled AS BOOLEAN) IS NULL OR u.enabled = :enabled)
				  AND (CAST(:text AS VARCHAR) IS NULL OR LOWER(u.username) LIKE :text OR LOWER(u.full_name) LIKE :text
				       OR LOWER(u.email) LIKE :text)""";
		String like = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(java.util.Locale.ROOT) + "%";
		String roleName = role == null ? null : role.name();
		long total = jdbc.sql("SELECT COUNT(*) FROM app_user u " + where)
			.param("province", viewer.provinceFilter())
			.param("commune", viewer.communeFilter())
			.param("role", roleName)
			.param("enabled", enabled)
			.param("text", like)
			.query(Long.class)
			.single();
		List<Long> ids = jdbc.sql("SELECT u.id FROM app_user u " + where
				+ " ORDER BY u.full_name, u.username LIMIT :limit OFFSET :offset")
			.param("province", viewer.provinceFilter())
			.param("commune", viewer.communeFilter())
			.param("role", roleName)
			.param("enabled", enabled)
			.param("text", like)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Long.class)
			.list();
		List<UserView> items = users.findAllById(ids)
			.stream()
			.sorted(java.util.Comparator.comparing(u -> ids.indexOf(u.id())))
			.map(this::view)
			.toList();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** One account; 404 when it does not exist, 403 when it lies outside the actor's scope. */
	@Transactional(readOnly = true)
	public UserView get(long id, CurrentUser actor) {
		return view(inScope(id, actor));
	}

	/**
	 * An account by its username, whatever the reader's scope: for other modules that link accounts to their
	 * records and check the account's role and scope themselves.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<UserView> findByUsername(String username) {
		if (username == null || username.isBlank()) {
			return java.util.Optional.empty();
		}
		return users.findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT)).map(this::view);
	}

	/** Accounts by id (the ones that exist), for showing who is linked to a record. */
	@Transactional(readOnly = true)
	public List<UserView> findAll(java.util.Collection<Long> ids) {
		return users.findAllById(ids).stream().map(this::view).toList();
	}

	@Transactional
	public UserCreated create(UserCommand command, CurrentUser actor) {
		String username = command.username() == null ? "" : command.username().trim().toLowerCase(java.util.Locale.ROOT);
		if (!USERNAME.matcher(username).matches()) {
			throw new BusinessRuleViolation(Errors.USERNAME_INVALID, username);
		}
		if (users.existsByUsername(username)) {
			throw new BusinessRuleViolation(Errors.USERNAME_TAKEN, username);
		}
		AccessScope scope = resolveScope(command, actor);
		String oneTime = null;
		String password = command.password();
		if (password == null || password.isBlank()) {
			oneTime = Passwords.generate();
			password = oneTime;
		}
		else {
			checkStrength(password);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		AppUser user = new AppUser(username, encoder.encode(password), true, now);
		describe(user, command, now);
		user.grant(roles(command), scope, now);
		user = users.save(user);
		logins.create(user.id());
		audit.record("USER_CREATED", "user", String.valueOf(user.id()), describe(user), scope.provinceCode());
		return new UserCreated(view(user), oneTime);
	}

	/** Updates an account opened at {@code version}; a concurrent change by someone else is refused. */
	@Transactional
	public UserView update(long id, long version, UserCommand command, CurrentUser actor) {
		return update(id, version, command, null, actor);
	}

	/**
	 * Updates an account and, when {@code enabled} is not null, enables or disables it, in one transaction.
	 * The account's open sessions end, so that new roles or a new scope apply at once.
	 */
	@Transactional
	public UserView update(long id, long version, UserCommand command, Boolean enabled, CurrentUser actor) {
		AppUser user = inScope(id, actor);
		String before = describe(user);
		AccessScope scope = resolveScope(command, actor);
		Set<Role> roles = roles(command);
		if (user.id() == actor.id() && !roles.contains(Role.SYSTEM_ADMIN)) {
			throw new BusinessRuleViolation(Errors.SELF_LOCKOUT);
		}
		if (enabled != null && !enabled && user.id() == actor.id()) {
			throw new BusinessRuleViolation(Errors.SELF_LOCKOUT);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		describe(user, command, now);
		user.grant(roles, scope, now);
		if (enabled != null) {
			user.setEnabled(enabled, now);
		}
		user.expectVersion(version);
		user = save(user);
		endSessions(user.username());
		audit.record("USER_UPDATED", "user", String.valueOf(id), before + " → " + describe(user), scope.provinceCode());
		return view(user);
	}

	@Transactional
	public UserView setEnabled(long id, boolean enabled, CurrentUser actor) {
		AppUser user = inScope(id, actor);
		if (user.id() == actor.id() && !enabled) {
			throw new BusinessRuleViolation(Errors.SELF_LOCKOUT);
		}
		if (user.enabled() == enabled) {
			return view(user);
		}
		user.setEnabled(enabled, OffsetDateTime.now(clock));
		user = save(user);
		if (!enabled) {
			endSessions(user.username());
		}
		audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "user", String.valueOf(id), user.username(),
				user.scope().provinceCode());
		return view(user);
	}

	/** Gives the account a new one-time password (returned once) that must be changed at the next sign-in. */
	@Transactional
	public String resetPassword(long id, CurrentUser actor) {
		AppUser user = inScope(id, actor);
		String password = Passwords.generate();
		user.changePassword(encoder.encode(password), true, OffsetDateTime.now(clock));
		save(user);
		logins.reset(user.id());
		endSessions(user.username());
		audit.record("PASSWORD_RESET", "user", String.valueOf(id), user.username(), user.scope().provinceCode());
		return password;
	}

	/** The signed-in user's own password change. */
	@Transactional
	public void changeOwnPassword(CurrentUser actor, String currentPassword, String newPassword) {
		AppUser user = users.findById(actor.id()).orElseThrow(() -> new NotFoundException(Errors.USER_NOT_FOUND, String.valueOf(actor.id())));
		if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
			throw new BusinessRuleViolation(Errors.PASSWORD_WRONG);
		}
		checkStrength(newPassword);
		if (encoder.matches(newPassword, user.passwordHash())) {
			throw new BusinessRuleViolation(Errors.PASSWORD_WEAK);
		}
		user.changePassword(encoder.encode(newPassword), false, OffsetDateTime.now(clock));
		users.save(user);
		audit.record("PASSWORD_CHANGED", "user", String.valueOf(user.id()), user.username(), user.scope().provinceCode());
	}

	/** Minimum: 10 characters with a letter and a digit. */
	public static void checkStrength(String password) {
		if (password == null || password.length() < 10 || password.length() > 128
				|| password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			throw new BusinessRuleViolation(Errors.PASSWORD_WEAK);
		}
	}

	/** Signs the account out everywhere: sessions live in the database, whichever node created them. */
	private void endSessions(String username) {
		jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :name").param("name", username).update();
	}

	private AppUser save(AppUser user) {
		try {
			return users.save(user);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
	}

	private AppUser inScope(long id, CurrentUser actor) {
		AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException(Errors.USER_NOT_FOUND, String.valueOf(id)));
		AccessScope scope = user.scope();
		if (!actor.scope().includes(scope)) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE, String.valueOf(id));
		}
		return user;
	}

	private AccessScope resolveScope(UserCommand command, CurrentUser actor) {
		Set<Role> roles = roles(command);
		AccessScope.Level level = command.scopeLevel() == null ? AccessScope.Level.COUNTRY : command.scopeLevel();
		AccessScope scope;
		if (level == AccessScope.Level.COUNTRY) {
			scope = AccessScope.country();
		}
		else {
			AdminUnitLevel unitLevel = level == AccessScope.Level.PROVINCE ? AdminUnitLevel.PROVINCE : AdminUnitLevel.COMMUNE;
			AdminUnitSummary unit = units.findCurrent(command.scopeUnitCode())
				.filter(u -> u.level() == unitLevel)
				.orElseThrow(() -> new BusinessRuleViolation(Errors.UNIT_UNKNOWN, Objects.toString(command.scopeUnitCode(), "")));
			scope = level == AccessScope.Level.PROVINCE ? AccessScope.province(unit.code())
					: AccessScope.commune(unit.provinceCode(), unit.code());
		}
		for (Role role : roles) {
			if (!role.allows(scope.level())) {
				throw new BusinessRuleViolation(Errors.ROLE_SCOPE, new org.springframework.context.support.DefaultMessageSourceResolvable(
						new String[] { "identity.role." + role.name() }, role.name()));
			}
		}
		if (!actor.scope().includes(scope)) {
			throw new AccessDenied(Errors.SCOPE_TOO_WIDE);
		}
		return scope;
	}

	private static Set<Role> roles(UserCommand command) {
		if (command.roles() == null || command.roles().isEmpty()) {
			throw new BusinessRuleViolation(Errors.ROLES_REQUIRED);
		}
		return EnumSet.copyOf(command.roles());
	}

	private static void describe(AppUser user, UserCommand command, OffsetDateTime now) {
		String fullName = VietText.clean(command.fullName());
		if (fullName == null || fullName.isEmpty() || fullName.length() > 200) {
			throw new BusinessRuleViolation(Errors.FULL_NAME_REQUIRED);
		}
		String email = blankToNull(command.email());
		if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 200)) {
			throw new BusinessRuleViolation(Errors.EMAIL_INVALID, email);
		}
		user.describe(fullName, email, blankToNull(command.phone()), blankToNull(VietText.clean(command.organisation())),
				now);
	}

	private static String describe(AppUser user) {
		return "{username=%s, name=%s, email=%s, roles=%s, scope=%s, enabled=%s}".formatted(user.username(),
				user.fullName(), user.email(), user.roles(), scopeText(user.scope()), user.enabled());
	}

	private static String scopeText(AccessScope scope) {
		return scope.level() + (scope.unitCode() == null ? "" : ":" + scope.unitCode());
	}

	private UserView view(AppUser user) {
		AccessScope scope = user.scope();
		String scopeName = scope.unitCode() == null ? null
				: units.findCurrent(scope.unitCode()).map(AdminUnitSummary::name).orElse(scope.unitCode());
		return new UserView(user.id(), user.username(), user.fullName(), user.email(), user.phone(),
				user.organisation(), user.enabled(), user.mustChangePassword(), user.roles(), scope, scopeName,
				user.createdAt(), user.updatedAt(), logins.lastLogin(user.id()).orElse(null), user.version());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}


}
