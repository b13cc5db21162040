package vn.ocophub.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocophub.identity.Role;
import vn.ocophub.shared.AccessScope;
import vn.ocophub.shared.audit.AuditTrail;

/**
 * The first accounts of a new database. With demo data on ({@code ocop.demo.enabled}), demo accounts for
 * every role (and a provincial administrator, to show scopes), printed at every start. Otherwise the first administrator comes from {@code OCOP_ADMIN_USERNAME} /
 * {@code OCOP_ADMIN_PASSWORD}, or gets a random one-time password printed once. There is no default password.
 * Each step runs once per database, whichever node starts first.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	static final String DEMO_PASSWORD = "demo@OCOP2026";

	/** A demo account: username, full name, role, scope. */
	record DemoAccount(String username, String fullName, String organisation, Role role, AccessScope scope) {
	}

	static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
			new DemoAccount("admin", "Quản trị hệ thống (demo)", "Văn phòng Điều phối nông thôn mới Trung ương",
					Role.SYSTEM_ADMIN, AccessScope.country()),
			new DemoAccount("vanphong.hatinh", "Nguyễn Thị Minh Hà (demo)", "Văn phòng Điều phối NTM tỉnh Hà Tĩnh",
					Role.PROVINCE_OFFICER, AccessScope.province("42")),
			new DemoAccount("canbo.huongson", "Trần Văn Sơn (demo)", "UBND xã Hương Sơn", Role.COMMUNE_OFFICER,
					AccessScope.commune("42", "18133")),
			new DemoAccount("hoidong.hatinh", "Lê Quang Vinh (demo)", "Sở Công Thương Hà Tĩnh", Role.COUNCIL_MEMBER,
					AccessScope.province("42")),
			new DemoAccount("chuthe.cambu", "Phạm Thị Cam (demo)", "HTX Cam bù Sơn Kim (hư cấu)", Role.PRODUCER,
					AccessScope.commune("42", "18133")),
			new DemoAccount("quantri.quangninh", "Đỗ Hải Long (demo)", "Sở Nông nghiệp và Môi trường Quảng Ninh",
					Role.SYSTEM_ADMIN, AccessScope.province("22")));

	private final JdbcClient jdbc;

	private final AppUserRepository users;

	private final LoginAttempts logins;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final Clock clock;

	private final Environment environment;

	private final boolean demo;

	AccountBootstrap(JdbcClient jdbc, AppUserRepository users, LoginAttempts logins, PasswordEncoder encoder,
			TransactionTemplate transactions, AuditTrail audit, Clock clock, Environment environment,
			@Value("${ocop.demo.enabled:false}") boolean demo) {
		this.jdbc = jdbc;
		this.users = users;
		this.logins = logins;
		this.encoder = encoder;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
		this.environment = environment;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		String adminUsername = environment.getProperty("ocop.admin.username", environment.getProperty("OCOP_ADMIN_USERNAME"));
		String adminPassword = environment.getProperty("ocop.admin.password", environment.getProperty("OCOP_ADMIN_PASSWORD"));
		if (adminUsername != null && !adminUsername.isBlank() && adminPassword != null && !adminPassword.isBlank()) {
			vn.ocophub.identity.UserManagement.checkStrength(adminPassword);
			once("identity.configured-admin", () -> {
				if (users.findByUsername(adminUsername.trim()).isEmpty()) {
					create(adminUsername.trim(), "Quản trị hệ thống", null, Role.SYSTEM_ADMIN, AccessScope.country(),
							adminPassword, false);
					log.info("Created the administrator '{}' from OCOP_ADMIN_USERNAME / OCOP_ADMIN_PASSWORD", adminUsername);
				}
			});
		}
		if (demo) {
			once("identity.demo-accounts", () -> DEMO_ACCOUNTS.forEach(a -> {
				if (users.findByUsername(a.username()).isEmpty()) {
					create(a.username(), a.fullName(), a.organisation(), a.role(), a.scope(), DEMO_PASSWORD, false);
				}
			}));
		}
		if (users.count() == 0) {
			once("identity.first-admin", () -> {
				String password = Passwords.generate();
				create("admin", "Quản trị hệ thống", null, Role.SYSTEM_ADMIN, AccessScope.country(), password, true);
				log.warn("""

						================================================================
						 OCOP Hub: first administrator created
						   username: admin
						   one-time password: {}
						 It is shown only this once and must be changed at first sign-in.
						================================================================""", password);
			});
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void printDemoAccounts() {
		if (!demo) {
			return;
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder text = new StringBuilder("\n================================================================\n");
		text.append(" OCOP Hub is running at http://localhost:").append(port).append("/ (demo data on)\n");
		text.append(" Demo accounts (password for all: ").append(DEMO_PASSWORD).append("):\n");
		for (DemoAccount account : DEMO_ACCOUNTS) {
			text.append(String.format("   %-20s %-17s %s%n", account.username(), account.role(),
					account.scope().unitCode() == null ? "toàn quốc" : account.scope().unitCode()));
		}
		text.append("================================================================");
		log.info(text.toString());
	}

	private void create(String username, String fullName, String organisation, Role role, AccessScope scope,
			String password, boolean mustChange) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		AppUser user = new AppUser(username, encoder.encode(password), mustChange, now);
		user.describe(fullName, null, null, organisation, now);
		user.grant(Set.of(role), scope, now);
		user = users.save(user);
		logins.create(user.id());
		audit.record("system", "USER_CREATED", "user", String.valueOf(user.id()),
				username + " " + role + " " + scope.level() + (scope.unitCode() == null ? "" : ":" + scope.unitCode()),
				scope.provinceCode());
	}

	private void once(String name, Runnable work) {
		try {
			transactions.executeWithoutResult(status -> {
				boolean done = jdbc.sql("SELECT COUNT(*) FROM data_load WHERE name = :name")
					.param("name", name)
					.query(Long.class)
					.single() > 0;
				if (done) {
					return;
				}
				jdbc.sql("INSERT INTO data_load (name, loaded_at) VALUES (:name, :at)")
					.param("name", name)
					.param("at", OffsetDateTime.now(clock))
					.update();
				work.run();
			});
		}
		catch (DataIntegrityViolationException ex) {
			log.info("'{}' was done by another node", name);
		}
	}

}
