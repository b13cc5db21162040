package vn.ocophub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.json.JsonMapper;

/**
 * The users API: HTTP Basic, system administrators only, always within the administrator's scope, with
 * ProblemDetail errors in the caller's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UserApiIntegrationTests {

	static final String PASSWORD = "demo@OCOP2026";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	static String unique(String prefix) {
		return prefix + "." + Long.toString(System.nanoTime(), 36);
	}

	MvcTestResult create(String admin, Map<String, Object> body) {
		return mvc.post()
			.uri("/api/v1/users")
			.with(httpBasic(admin, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.exchange();
	}

	@Test
	void anonymousCallersGetUnauthorizedAsProblemDetail() {
		assertThat(mvc.get().uri("/api/v1/users")).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("identity.api.unauthorized");
	}

	@Test
	void otherRolesAreForbidden() {
		assertThat(mvc.get().uri("/api/v1/users").with(httpBasic("vanphong.hatinh", PASSWORD)))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Tài khoản của bạn không có quyền dùng API này.");
	}

	@Test
	void wrongBasicCredentialsAreUnauthorized() {
		assertThat(mvc.get().uri("/api/v1/users").with(httpBasic("admin", "wrong-password-1")))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anAdministratorCreatesReadsAndUpdatesAScopedUser() {
		String username = unique("canbo");
		MvcTestResult created = create("admin", Map.of("username", username, "fullName", "Nguyễn Văn Tâm",
				"roles", new String[] { "COMMUNE_OFFICER" }, "scopeLevel", "COMMUNE", "scopeUnitCode", "18133"));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.oneTimePassword").asString().hasSizeGreaterThanOrEqualTo(10);
		assertThat(created).bodyJson().extractingPath("$.user.scopeName").isEqualTo("Xã Hương Sơn");
		Number id = JSON.readTree(created.getResponse().getContentAsByteArray()).at("/user/id").numberValue();

		assertThat(mvc.get().uri("/api/v1/users/" + id).with(httpBasic("admin", PASSWORD))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.roles[0]")
			.isEqualTo("COMMUNE_OFFICER");

		assertThat(mvc.put()
			.uri("/api/v1/users/" + id)
			.with(httpBasic("admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("fullName", "Nguyễn Văn Tâm", "roles",
					new String[] { "PROVINCE_OFFICER" }, "scopeLevel", "PROVINCE", "scopeUnitCode", "42", "enabled",
					false, "version", 0))))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.scopeUnitCode").isEqualTo("42");
				assertThat(json).extractingPath("$.enabled").isEqualTo(false);
			});

		assertThat(mvc.put()
			.uri("/api/v1/users/" + id)
			.with(httpBasic("admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("fullName", "Ghi đè cũ", "roles", new String[] { "PROVINCE_OFFICER" },
					"scopeLevel", "PROVINCE", "scopeUnitCode", "42", "version", 0))))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("identity.user.concurrent-edit");
	}

	@Test
	void refusesInvalidAccountsWithAClearMessage() {
		assertThat(create("admin", Map.of("username", unique("x"), "fullName", "Lê Thị Hoa", "roles",
				new String[] { "COMMUNE_OFFICER" }, "scopeLevel", "PROVINCE", "scopeUnitCode", "42")))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("identity.user.role-scope");
		assertThat(create("admin", Map.of("username", unique("y"), "fullName", "Lê Thị Hoa", "roles",
				new String[] { "PRODUCER" }, "scopeLevel", "COMMUNE", "scopeUnitCode", "99999")))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("identity.user.unit-unknown");
		assertThat(create("admin", Map.of("username", "admin", "fullName", "Trùng tên", "roles",
				new String[] { "SYSTEM_ADMIN" }, "scopeLevel", "COUNTRY")))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("identity.user.username-taken");
		assertThat(create("admin", Map.of("username", "", "fullName", "", "roles", new String[0])))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("username", "fullName", "roles");
	}

	@Test
	void aProvincialAdministratorSeesAndCreatesOnlyWithinItsProvince() throws Exception {
		String haTinhUser = unique("hatinh");
		assertThat(create("admin", Map.of("username", haTinhUser, "fullName", "Cán bộ Hà Tĩnh", "roles",
				new String[] { "PROVINCE_OFFICER" }, "scopeLevel", "PROVINCE", "scopeUnitCode", "42")))
			.hasStatus(HttpStatus.CREATED);
		long haTinhId = mvc.get()
			.uri("/api/v1/users?q=" + haTinhUser)
			.with(httpBasic("admin", PASSWORD))
			.exchange()
			.getResponse()
			.getContentAsString()
			.transform(body -> JSON.readTree(body).at("/items/0/id").longValue());

		assertThat(mvc.get().uri("/api/v1/users?size=200").with(httpBasic("quantri.quangninh", PASSWORD)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].scopeProvinceCode")
			.asArray()
			.isNotEmpty()
			.containsOnly("22");
		assertThat(mvc.get().uri("/api/v1/users/" + haTinhId).with(httpBasic("quantri.quangninh", PASSWORD)))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.code").isEqualTo("identity.user.out-of-scope");
				assertThat(json).doesNotHavePath("$.username");
			});
		assertThat(create("quantri.quangninh", Map.of("username", unique("vuot"), "fullName", "Vượt phạm vi", "roles",
				new String[] { "PROVINCE_OFFICER" }, "scopeLevel", "PROVINCE", "scopeUnitCode", "42")))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("identity.user.scope-too-wide");
		assertThat(create("quantri.quangninh", Map.of("username", unique("quangninh"), "fullName", "Cán bộ Vân Đồn",
				"roles", new String[] { "COMMUNE_OFFICER" }, "scopeLevel", "COMMUNE", "scopeUnitCode", "06994")))
			.hasStatus(HttpStatus.CREATED);
	}

	@Test
	void answersInEnglishWhenAskedTo() {
		assertThat(mvc.get().uri("/api/v1/users/999999").with(httpBasic("admin", PASSWORD)).header("Accept-Language", "en"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Account number 999999 does not exist.");
	}

}
