package vn.ocophub.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
					Role.SYSTEM_ADMIN, AccessScope.province("22")),
			new DemoAccount("vanphong.quangninh", "Hoàng Văn Dũng (demo)", "Văn phòng Điều phối NTM tỉnh Quảng Ninh",
					Role.PROVINCE_OFFICER, AccessScope.province("22")),
			new DemoAccount("vanphong.trunguong", "Phùng Thị Kim Oanh (demo)",
					"Văn phòng Điều phối nông thôn mới Trung ương", Role.PROVINCE_OFFICER, AccessScope.country()));

	/** The seats of a demo council, printed as one line at start-up. */
	record DemoCouncil(String label, List<DemoAccount> accounts) {
	}

	/**
	 * Members of the demo councils (the demo evaluation data seats them, with {@code hoidong.hatinh} and the
	 * offices' officers as secretaries): Hà Tĩnh's and Quảng Ninh's provincial councils and the central council.
	 */
	static final List<DemoCouncil> DEMO_COUNCILS = List.of(
			new DemoCouncil("Hội đồng tỉnh Hà Tĩnh (42)", List.of(
					member("hdhatinh.chutich", "Nguyễn Văn Khải (demo)", "UBND tỉnh Hà Tĩnh", "42"),
					member("hdhatinh.nnmt", "Đặng Thị Thu Hương (demo)", "Sở Nông nghiệp và Môi trường Hà Tĩnh", "42"),
					member("hdhatinh.khcn", "Phan Đình Tuấn (demo)", "Sở Khoa học và Công nghệ Hà Tĩnh", "42"),
					member("hdhatinh.yte", "Hồ Thị Mai Anh (demo)", "Sở Y tế Hà Tĩnh", "42"),
					member("hdhatinh.vhttdl", "Trần Đức Lâm (demo)", "Sở Văn hóa, Thể thao và Du lịch Hà Tĩnh", "42"),
					member("hdhatinh.lmhtx", "Bùi Thị Hoài (demo)", "Liên minh Hợp tác xã tỉnh Hà Tĩnh", "42"))),
			new DemoCouncil("Hội đồng tỉnh Quảng Ninh (22)", List.of(
					member("hdquangninh.chutich", "Vũ Minh Tâm (demo)", "UBND tỉnh Quảng Ninh", "22"),
					member("hdquangninh.nnmt", "Ngô Thị Bích Ngọc (demo)", "Sở Nông nghiệp và Môi trường Quảng Ninh", "22"),
					member("hdquangninh.congthuong", "Lương Văn Hiếu (demo)", "Sở Công Thương Quảng Ninh", "22"),
					member("hdquangninh.khcn", "Đoàn Thị Phương (demo)", "Sở Khoa học và Công nghệ Quảng Ninh", "22"),
					member("hdquangninh.yte", "Mai Xuân Trường (demo)", "Sở Y tế Quảng Ninh", "22"),
					member("hdquangninh.vhttdl", "Phạm Thu Trang (demo)", "Sở Văn hóa, Thể thao và Du lịch Quảng Ninh",
							"22"),
					member("hdquangninh.lmhtx", "Triệu Thị Sen (demo)", "Liên minh Hợp tác xã tỉnh Quảng Ninh", "22"))),
			new DemoCouncil("Hội đồng Trung ương (toàn quốc)", List.of(
					member("hdtrunguong.chutich", "Lê Thị Thanh Bình (demo)", "Bộ Nông nghiệp và Môi trường", null),
					member("hdtrunguong.vpdp", "Trịnh Quang Huy (demo)", "Văn phòng Điều phối nông thôn mới Trung ương",
							null),
					member("hdtrunguong.congthuong", "Đỗ Thị Hải Yến (demo)", "Bộ Công Thương", null),
					member("hdtrunguong.khcn", "Nguyễn Minh Đức (demo)", "Bộ Khoa học và Công nghệ", null),
					member("hdtrunguong.yte", "Vương Thị Ngân (demo)", "Bộ Y tế", null),
					member("hdtrunguong.vhttdl", "Cao Văn Thịnh (demo)", "Bộ Văn hóa, Thể thao và Du lịch", null))));

	private static DemoAccount member(String username, String fullName, String organisation, String province) {
		return new DemoAccount(username, fullName, organisation, Role.COUNCIL_MEMBER,
				province == null ? AccessScope.country() : AccessScope.province(province));
	}

	private final JdbcClient jdbc;

	private final AppUserRepository users;

	private final LoginAttempts logins;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final Clock clock;

	private final Environment environment;

	private final boolean demo;

	private String demoHash;

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
							encoder.encode(adminPassword), false);
					log.info("Created the administrator '{}' from OCOP_ADMIN_USERNAME / OCOP_ADMIN_PASSWORD", adminUsername);
				}
			});
		}
		if (demo) {
			once("identity.demo-accounts", () -> createMissing(DEMO_ACCOUNTS));
			// Added later: a database made before the councils gets them (and the offices' accounts) on its next start.
			once("identity.demo-accounts.councils", () -> {
				createMissing(DEMO_ACCOUNTS);
				DEMO_COUNCILS.forEach(council -> createMissing(council.accounts()));
			});
		}
		if (users.count() == 0) {
			once("identity.first-admin", () -> {
				String password = Passwords.generate();
				create("admin", "Quản trị hệ thống", null, Role.SYSTEM_ADMIN, AccessScope.country(), encoder.encode(password),
						true);
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
		text.append(" Council members (").append(Role.COUNCIL_MEMBER).append("), one line per council:\n");
		for (DemoCouncil council : DEMO_COUNCILS) {
			text.append("   ").append(council.label()).append(": ")
				.append(council.accounts().stream().map(DemoAccount::username).collect(Collectors.joining(", ")))
				.append('\n');
		}
		text.append("================================================================");
		log.info(text.toString());
	}

	private void createMissing(List<DemoAccount> accounts) {
		for (DemoAccount a : accounts) {
			if (users.findByUsername(a.username()).isEmpty()) {
				create(a.username(), a.fullName(), a.organisation(), a.role(), a.scope(), demoHash(), false);
			}
		}
	}

	/** One hash for every demo account: they share the password, and BCrypt costs about 0.1 s an account. */
	private String demoHash() {
		if (demoHash == null) {
			demoHash = encoder.encode(DEMO_PASSWORD);
		}
		return demoHash;
	}

	private void create(String username, String fullName, String organisation, Role role, AccessScope scope,
			String passwordHash, boolean mustChange) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		AppUser user = new AppUser(username, passwordHash, mustChange, now);
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
