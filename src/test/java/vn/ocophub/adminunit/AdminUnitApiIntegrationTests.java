package vn.ocophub.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The public map API: counts, accent-insensitive search, details with predecessors, history, errors. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminUnitApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsThirtyFourProvincesAndThreeThousandThreeHundredTwentyOneCommunes() {
		assertThat(mvc.get().uri("/api/v1/admin-units?level=PROVINCE&size=100")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.total")
			.isEqualTo(34);
		assertThat(mvc.get().uri("/api/v1/admin-units?level=COMMUNE&size=1")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.total")
			.isEqualTo(3321);
	}

	@Test
	void findsProvincesAndCommunesWithoutAccents() {
		assertThat(mvc.get().uri("/api/v1/admin-units?q=ha tinh&level=PROVINCE")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0]")
			.asMap()
			.containsEntry("code", "42")
			.containsEntry("name", "Tỉnh Hà Tĩnh")
			.containsEntry("type", "TINH")
			.containsEntry("level", "PROVINCE");
		assertThat(mvc.get().uri("/api/v1/admin-units?q=huong son&parent=42")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].code")
			.isEqualTo("18133");
		assertThat(mvc.get().uri("/api/v1/admin-units?q=HƯƠNG SƠN&province=42")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].name")
			.isEqualTo("Xã Hương Sơn");
	}

	@Test
	void ranksExactNamesFirst() {
		assertThat(mvc.get().uri("/api/v1/admin-units?q=van don")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].name")
			.isEqualTo("Đặc khu Vân Đồn");
	}

	@Test
	void listsTheCommunesOfAProvince() {
		assertThat(mvc.get().uri("/api/v1/admin-units?parent=42&size=200")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].parentCode")
			.asArray()
			.isNotEmpty()
			.containsOnly("42");
	}

	@Test
	void showsACommuneWithThePreReformUnitsItWasFormedFrom() {
		assertThat(mvc.get().uri("/api/v1/admin-units/00004")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.name").isEqualTo("Phường Ba Đình");
				assertThat(json).extractingPath("$.validFrom").isEqualTo("2025-07-01");
				assertThat(json).extractingPath("$.parentCode").isEqualTo("01");
				assertThat(json).extractingPath("$.predecessors[*].name")
					.asArray()
					.contains("Phường Trúc Bạch", "Phường Quán Thánh");
				assertThat(json).extractingPath("$.predecessors[*].districtName").asArray().contains("Quận Ba Đình");
				assertThat(json).extractingPath("$.predecessors[*].mergeKind").asArray().contains("WHOLE");
			});
	}

	@Test
	void showsWhatAFormerCommuneBecame() {
		assertThat(mvc.get().uri("/api/v1/admin-units/00013?date=2025-06-30")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.name").isEqualTo("Phường Quán Thánh");
				assertThat(json).extractingPath("$.validTo").isEqualTo("2025-06-30");
				assertThat(json).extractingPath("$.parentCode").isEqualTo("001");
				assertThat(json).extractingPath("$.successors[0].code").isEqualTo("00004");
			});
	}

	@Test
	void readsThePreReformMapWithDistricts() {
		assertThat(mvc.get().uri("/api/v1/admin-units?level=PROVINCE&date=2025-06-30&size=1")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.total")
			.isEqualTo(63);
		assertThat(mvc.get().uri("/api/v1/admin-units?q=huyen huong son&level=DISTRICT&date=2025-06-30")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].parentCode")
			.isEqualTo("42");
	}

	@Test
	void answersAnUnknownCodeWithAProblemDetail() {
		assertThat(mvc.get().uri("/api/v1/admin-units/99999")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.code").isEqualTo("adminunit.not-found");
				assertThat(json).extractingPath("$.detail").asString().contains("99999");
			});
	}

	@Test
	void rejectsAnUnknownLevelWithABadRequest() {
		assertThat(mvc.get().uri("/api/v1/admin-units?level=VILLAGE")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void countsEvenOnAPagePastTheEnd() {
		assertThat(mvc.get().uri("/api/v1/admin-units?level=PROVINCE&page=5&size=20")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.items").asArray().isEmpty();
				assertThat(json).extractingPath("$.total").isEqualTo(34);
			});
	}

	@Test
	void clampsPageSizes() {
		assertThat(mvc.get().uri("/api/v1/admin-units?size=100000")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.size")
			.isEqualTo(200);
	}

	@Test
	void servesTheOpenApiDocument() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/v1/admin-units", "/api/v1/admin-units/{code}", "/api/v1/users", "/api/v1/users/{id}");
	}

	@Test
	void reportsHealth() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson().isLenientlyEqualTo("{\"status\":\"UP\"}");
	}

}
