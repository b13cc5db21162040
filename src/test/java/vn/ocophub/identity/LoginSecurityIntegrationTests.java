package vn.ocophub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.ocophub.shared.AccessScope;

/**
 * Sign-in and page security: wrong passwords, back-off after five failures (audited), disabled accounts,
 * CSRF, session fixation, roles and scopes on the administration pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginSecurityIntegrationTests {

	static final String PASSWORD = "Mat-khau-2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	CurrentUser nationalAdmin() {
		return new CurrentUser(0, "tester", "Tester", null, true, false, Set.of(Role.SYSTEM_ADMIN), AccessScope.country());
	}

	UserView newUser(String prefix, Role role, AccessScope.Level level, String unit) {
		String username = prefix + "." + Long.toString(System.nanoTime(), 36);
		return users.create(new UserCommand(username, "Người dùng thử", null, null, null, Set.of(role), level, unit,
				PASSWORD), nationalAdmin()).user();
	}

	/** Signs in through the form; sessions are Spring Session's, carried by the SESSION cookie. */
	MvcTestResult login(String username, String password, Cookie session) {
		var request = mvc.post().uri("/login").param("username", username).param("password", password).with(csrf());
		return session == null ? request.exchange() : request.cookie(session).exchange();
	}

	static Cookie sessionOf(MvcTestResult result) {
		return result.getResponse().getCookie("SESSION");
	}

	long audited(String actor, String action) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :actor AND action = :action")
			.param("actor", actor)
			.param("action", action)
			.query(Long.class)
			.single();
	}

	@Test
	void aGoodPasswordSignsInAndChangesTheSessionId() {
		UserView user = newUser("dangnhap", Role.PROVINCE_OFFICER, AccessScope.Level.PROVINCE, "42");
		Cookie before = sessionOf(mvc.get().uri("/login").exchange());
		assertThat(before).isNotNull();
		MvcTestResult result = login(user.username(), PASSWORD, before);
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workspace");
		Cookie after = sessionOf(result);
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		// Signed in with the new id (an administrator-chosen password must still be changed first) …
		assertThat(mvc.get().uri("/workspace").cookie(after)).hasRedirectedUrl("/account/password");
		// … while the id from before sign-in is worth nothing.
		assertThat(mvc.get().uri("/workspace").cookie(before)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void aWrongPasswordOrUnknownUserIsRefusedAndAudited() {
		UserView user = newUser("sai", Role.PROVINCE_OFFICER, AccessScope.Level.PROVINCE, "42");
		assertThat(login(user.username(), "khong-dung-123", null)).hasRedirectedUrl("/login?error");
		assertThat(audited(user.username(), "LOGIN_FAILED")).isEqualTo(1);
		assertThat(login("khong.ton.tai", "khong-dung-123", null)).hasRedirectedUrl("/login?error");
		assertThat(audited("khong.ton.tai", "LOGIN_FAILED")).isPositive();
	}

	@Test
	void afterFiveFailuresEvenTheRightPasswordWaits() {
		UserView user = newUser("khoa", Role.PROVINCE_OFFICER, AccessScope.Level.PROVINCE, "42");
		for (int i = 0; i < 5; i++) {
			login(user.username(), "sai-mat-khau-" + i, null);
		}
		MvcTestResult refused = login(user.username(), PASSWORD, null);
		assertThat(refused).hasRedirectedUrl("/login?error");
		assertThat(audited(user.username(), "LOGIN_FAILED")).isEqualTo(5);
		assertThat(audited(user.username(), "LOGIN_THROTTLED")).isEqualTo(1);
		assertThat(mvc.get().uri("/login?error").cookie(sessionOf(refused))).hasStatusOk()
			.bodyText()
			.contains("Đăng nhập sai quá nhiều lần");
	}

	@Test
	void aDisabledAccountCannotSignIn() {
		UserView user = newUser("vohieu", Role.COUNCIL_MEMBER, AccessScope.Level.PROVINCE, "22");
		users.setEnabled(user.id(), false, nationalAdmin());
		MvcTestResult refused = login(user.username(), PASSWORD, null);
		assertThat(refused).hasRedirectedUrl("/login?error");
		assertThat(mvc.get().uri("/login?error").cookie(sessionOf(refused))).hasStatusOk()
			.bodyText()
			.contains("Tài khoản đã bị khoá");
	}

	@Test
	void formsNeedTheCsrfToken() {
		CurrentUser admin = nationalAdmin();
		assertThat(mvc.post().uri("/admin/users/new").with(user(admin)).param("username", "csrf.test"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aProvincialAdministratorGetsForbiddenForAnotherProvincesAccountByUrl() {
		UserView haTinh = newUser("ngoaitinh", Role.PROVINCE_OFFICER, AccessScope.Level.PROVINCE, "42");
		CurrentUser quangNinhAdmin = new CurrentUser(1, "qn", "Quản trị Quảng Ninh", null, true, false,
				Set.of(Role.SYSTEM_ADMIN), AccessScope.province("22"));
		assertThat(mvc.get().uri("/admin/users/" + haTinh.id()).with(user(quangNinhAdmin)))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("nằm ngoài phạm vi quản lý của bạn")
			.doesNotContain(haTinh.username());
		assertThat(mvc.get().uri("/admin/users").with(user(quangNinhAdmin))).hasStatusOk()
			.bodyText()
			.doesNotContain(haTinh.username());
	}

	@Test
	void onlySystemAdministratorsReachTheAdministrationPages() {
		CurrentUser communeOfficer = new CurrentUser(2, "xa", "Cán bộ xã", null, true, false,
				Set.of(Role.COMMUNE_OFFICER), AccessScope.commune("42", "18133"));
		assertThat(mvc.get().uri("/admin/users").with(user(communeOfficer))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/admin-units/import").with(user(communeOfficer)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/users")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aProvincialAdministratorCannotUpdateTheNationalMap() {
		CurrentUser quangNinhAdmin = new CurrentUser(1, "qn", "Quản trị Quảng Ninh", null, true, false,
				Set.of(Role.SYSTEM_ADMIN), AccessScope.province("22"));
		assertThat(mvc.get().uri("/admin/admin-units/import").with(user(quangNinhAdmin)))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("Chỉ quản trị viên cấp toàn quốc");
	}

	@Test
	void aOneTimePasswordLeadsToThePasswordPage() {
		UserCreated created = users.create(new UserCommand("tam." + Long.toString(System.nanoTime(), 36), "Tạm thời",
				null, null, null, Set.of(Role.PRODUCER), AccessScope.Level.COMMUNE, "18133", null), nationalAdmin());
		Cookie session = sessionOf(login(created.user().username(), created.oneTimePassword(), null));
		assertThat(mvc.get().uri("/workspace").cookie(session)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/account/password");
		assertThat(mvc.post()
			.uri("/account/password")
			.cookie(session)
			.with(csrf())
			.param("currentPassword", created.oneTimePassword())
			.param("newPassword", "Mat-khau-moi-2026")
			.param("confirmPassword", "Mat-khau-moi-2026")).hasRedirectedUrl("/workspace");
		assertThat(mvc.get().uri("/workspace").cookie(session)).hasStatusOk();
	}

}
