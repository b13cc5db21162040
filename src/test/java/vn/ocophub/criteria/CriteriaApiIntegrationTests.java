package vn.ocophub.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public criteria API on the product's 26 real rule files: the list and its verified flags, a whole form,
 * the rule versions, and previews scored by hand from set 01's options, with every kind of bad answer refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CriteriaApiIntegrationTests {

	static final String SET_01 = "QD148-2023-01";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CriteriaCatalogue catalogue;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void listsTheTwentySixSetsOfDecision148WithTheFourUnverifiedOnes() {
		assertThat(mvc.get().uri("/api/v1/criteria-sets")).hasStatusOk().bodyJson().satisfies(body -> {
			assertThat(body).extractingPath("$.length()").isEqualTo(26);
			assertThat(body).extractingPath("$[0]")
				.asMap()
				.containsEntry("code", SET_01)
				.containsEntry("ruleVersion", "QD148-2023")
				.containsEntry("productSetCode", "01")
				.containsEntry("name", "Rau, củ, quả, hạt tươi")
				.containsEntry("maxPoints", 100)
				.containsEntry("verified", true);
			assertThat(body).extractingPath("$[?(@.verified == false)].productSetCode")
				.asArray()
				.containsExactly("07", "11", "12", "13");
			assertThat(body).extractingPath("$[25].code").isEqualTo("QD148-2023-26");
		});
	}

	@Test
	void returnsTheWholeFormOfASetWithNotesMarkersAndNulls() {
		assertThat(mvc.get().uri("/api/v1/criteria-sets/{code}", SET_01)).hasStatusOk().bodyJson().satisfies(body -> {
			assertThat(body).extractingPath("$.code").isEqualTo(SET_01);
			assertThat(body).extractingPath("$.ruleVersion").isEqualTo("QD148-2023");
			assertThat(body).extractingPath("$.verified").isEqualTo(true);
			assertThat(body).extractingPath("$.verificationNote").isNull();
			assertThat(body).extractingPath("$.maxPoints").isEqualTo(100);
			assertThat(body).extractingPath("$.parts[*].code").asArray().containsExactly("A", "B", "C");
			assertThat(body).extractingPath("$.parts[*].maxPoints").asArray().containsExactly(40, 25, 35);
			assertThat(body).extractingPath("$.parts[0].headings[0].code").isEqualTo("A.1");
			assertThat(body).extractingPath("$.parts[0].headings[0].alternative").isEqualTo(false);
			assertThat(body).extractingPath("$.parts[0].headings[0].criteria[0].code").isEqualTo("A.1.a");
			assertThat(body).extractingPath("$.parts[0].headings[0].criteria[0].note").asString().isNotBlank();
			assertThat(body).extractingPath("$.parts[0].headings[0].criteria[0].starMarker").isNull();
			assertThat(body).extractingPath("$.parts[0].headings[0].criteria[0].options[*].points")
				.asArray()
				.containsExactly(1, 3, 5);
			// A.1.b.3 carries the 5-star marker; A.3.e is marked as a whole criterion (4 stars).
			assertThat(body).extractingPath("$.parts[0].headings[0].criteria[1].options[2]")
				.asMap()
				.containsEntry("code", "A.1.b.3")
				.containsEntry("points", 3)
				.containsEntry("starMarker", 5);
			assertThat(body).extractingPath("$.parts[0].headings[2].criteria[5].code").isEqualTo("A.3.e");
			assertThat(body).extractingPath("$.parts[0].headings[2].criteria[5].starMarker").isEqualTo(4);
			// C.7 has its options directly: the heading is its own criterion.
			assertThat(body).extractingPath("$.parts[2].headings[1].criteria[*].code").asArray().containsExactly("C.7");
			assertThat(body).extractingPath("$.corrections").asArray().isEmpty();
		});
	}

	@Test
	void showsAnUnverifiedSetWithItsNoteAndTheCorrectionsOfAnother() {
		assertThat(mvc.get().uri("/api/v1/criteria-sets/QD148-2023-07")).hasStatusOk().bodyJson().satisfies(body -> {
			assertThat(body).extractingPath("$.verified").isEqualTo(false);
			assertThat(body).extractingPath("$.verificationNote").asString().contains("C.6.d");
		});
		assertThat(mvc.get().uri("/api/v1/criteria-sets/QD148-2023-17")).hasStatusOk().bodyJson().satisfies(body -> {
			assertThat(body).extractingPath("$.corrections[0].element").isEqualTo("A.1.d.2");
			assertThat(body).extractingPath("$.corrections[0]")
				.asMap()
				.containsKeys("field", "transcription", "used", "reason", "source");
		});
	}

	@Test
	void marksTheAlternativeHeadingsOfTourism() {
		assertThat(mvc.get().uri("/api/v1/criteria-sets/QD148-2023-26")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.parts[*].headings[?(@.alternative == true)].code")
			.asArray()
			.containsExactly("C.8", "C.9", "C.15");
	}

	@Test
	void answersAnUnknownSetWithA404ProblemDetail() {
		assertThat(mvc.get().uri("/api/v1/criteria-sets/QD148-2023-99")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(body -> {
				assertThat(body).extractingPath("$.code").isEqualTo("criteria.set-not-found");
				assertThat(body).extractingPath("$.detail").isEqualTo("Không có bộ tiêu chí mã QD148-2023-99.");
			});
	}

	@Test
	void listsTheRuleVersionsWithTheirDatesBandsAndLevels() {
		assertThat(mvc.get().uri("/api/v1/rule-versions")).hasStatusOk().bodyJson().satisfies(body -> {
			assertThat(body).extractingPath("$[*].code").asArray().containsExactly("QD148-2023", "QD1489-2025");
			assertThat(body).extractingPath("$[0].effectiveFrom").isEqualTo("2023-02-24");
			assertThat(body).extractingPath("$[0].effectiveTo").isEqualTo("2025-07-05");
			assertThat(body).extractingPath("$[0].inForce").isEqualTo(false);
			assertThat(body).extractingPath("$[1].effectiveFrom").isEqualTo("2025-07-06");
			assertThat(body).extractingPath("$[1].effectiveTo").isNull();
			assertThat(body).extractingPath("$[1].inForce").isEqualTo(true);
			assertThat(body).extractingPath("$[1].amends").isEqualTo("QD148-2023");
			assertThat(body).extractingPath("$[1].bands[*].minTotal").asArray().containsExactly(0, 30, 50, 70, 90);
			assertThat(body).extractingPath("$[1].levels[*].level")
				.asArray()
				.containsExactly("COMMUNE", "PROVINCE", "CENTRAL");
			assertThat(body).extractingPath("$[1].levels[0].preAssesses").isEqualTo(true);
			assertThat(body).extractingPath("$[1].levels[1].recognises").asArray().containsExactly(3, 4);
		});
	}

	@Test
	void previewsASmallSheetScoredByHand() {
		// A.1.a.3 5 + A.1.b.3 3 = 8 in A; B.4.a.2 2 in B; C.7.3 2 + C.10.3 2 = 4 in C (C.10's options are worth
		// 0, 1, 2, 3, 5); total 14.
		Map<String, String> answers = Map.of("A.1.a", "A.1.a.3", "A.1.b", "A.1.b.3", "B.4.a", "B.4.a.2", "C.7",
				"C.7.3", "C.10", "C.10.3");
		MvcTestResult result = preview(SET_01, answers);
		assertThat(result).hasStatusOk().bodyJson().satisfies(body -> {
			assertThat(body).extractingPath("$.criteriaSet").isEqualTo(SET_01);
			assertThat(body).extractingPath("$.ruleVersion").isEqualTo("QD1489-2025");
			assertThat(body).extractingPath("$.total").isEqualTo(14);
			assertThat(body).extractingPath("$.parts").asMap().containsExactly(Map.entry("A", 8), Map.entry("B", 2),
					Map.entry("C", 4));
			assertThat(body).extractingPath("$.band").isEqualTo(1);
			assertThat(body).extractingPath("$.stars").isEqualTo(1);
			assertThat(body).extractingPath("$.certifiable").isEqualTo(false);
			assertThat(body).extractingPath("$.unmetConditions").asArray().isEmpty();
			assertThat(body).extractingPath("$.nextStar.stars").isEqualTo(2);
			assertThat(body).extractingPath("$.nextStar.pointsNeeded").isEqualTo(16);
			assertThat(body).extractingPath("$.nextStar.upgrades").asArray().isNotEmpty();
		});
	}

	@Test
	void previewsTheUnmetThreeStarConditionsThatHoldASixtyFivePointSheetAtTwoStars() {
		// Every criterion of parts A and B at its best option: 40 + 25 = 65 points, band 3; part C is left blank,
		// so the 3-star conditions C.9.a (option C.9.a.3, 2 points) and C.10 (option C.10.3, 2 points) are not met.
		Map<String, String> answers = new LinkedHashMap<>();
		catalogue.set(SET_01)
			.criteria()
			.stream()
			.filter(c -> !c.code().startsWith("C"))
			.forEach(c -> answers.put(c.code(), c.options().get(c.options().size() - 1).code()));
		assertThat(preview(SET_01, answers)).hasStatusOk().bodyJson().satisfies(body -> {
			assertThat(body).extractingPath("$.total").isEqualTo(65);
			assertThat(body).extractingPath("$.band").isEqualTo(3);
			assertThat(body).extractingPath("$.stars").isEqualTo(2);
			assertThat(body).extractingPath("$.certifiable").isEqualTo(false);
			assertThat(body).extractingPath("$.unmetConditions[*].criterion").asArray().containsExactly("C.9.a", "C.10");
			assertThat(body).extractingPath("$.unmetConditions[*].requiredOption")
				.asArray()
				.containsExactly("C.9.a.3", "C.10.3");
			assertThat(body).extractingPath("$.nextStar.stars").isEqualTo(3);
			assertThat(body).extractingPath("$.nextStar.pointsNeeded").isEqualTo(0);
			assertThat(body).extractingPath("$.nextStar.upgrades[0]")
				.asMap()
				.containsEntry("criterion", "C.9.a")
				.containsEntry("fromOption", null)
				.containsEntry("toOption", "C.9.a.3")
				.containsEntry("pointsGained", 2)
				.containsEntry("condition", 3);
			assertThat(body).extractingPath("$.nextStar.upgrades[*].toOption").asArray().containsExactly("C.9.a.3", "C.10.3");
		});
	}

	@Test
	void refusesUnknownCriteriaAndOptionsNamingThem() {
		MvcTestResult result = preview(SET_01, Map.of("A.1.a", "A.1.a.3", "A.9.z", "A.9.z.1", "C.7", "C.7.9"));
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(body -> {
				assertThat(body).extractingPath("$.code").isEqualTo("validation");
				assertThat(body).extractingPath("$.errors[*].message")
					.asArray()
					.containsExactlyInAnyOrder("Bộ tiêu chí không có tiêu chí A.9.z.", "Tiêu chí C.7 không có lựa chọn C.7.9.");
				assertThat(body).extractingPath("$.errors[*].field").asArray().contains("answers", "answers.C.7");
			});
	}

	@Test
	void refusesBothCasesOfATourismAlternative() {
		MvcTestResult result = preview("QD148-2023-26", Map.of("C.8.a", "C.8.a.1", "C.8.b", "C.8.b.2"));
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].message")
			.asArray()
			.singleElement()
			.asString()
			.contains("C.8.b");
		assertThat(preview("QD148-2023-26", Map.of("C.8.b", "C.8.b.2"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.parts.C")
			.isEqualTo(2);
	}

	@Test
	void refusesAMissingOrUnknownSet() {
		assertThat(mvc.post().uri("/api/v1/assessments/preview").contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{}}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("criteriaSet");
		assertThat(preview("QD148-2023-27", Map.of())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.errors[0].field").isEqualTo("criteriaSet");
				assertThat(json).extractingPath("$.errors[0].message").asString().contains("QD148-2023-27");
			});
	}

	@Test
	void refusesMalformedJsonWithAProblemDetail() {
		assertThat(mvc.post()
			.uri("/api/v1/assessments/preview")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"criteriaSet\": \"QD148-2023-01\", \"answers\": {"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.code").isEqualTo("unreadable-body");
				assertThat(json).extractingPath("$.detail").asString().startsWith("Nội dung yêu cầu không đọc được");
			});
	}

	@Test
	void previewsWithoutSigningInAndWithoutASession() {
		MvcTestResult result = preview(SET_01, Map.of("C.7", "C.7.2"));
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void answersInEnglishWhenAsked() {
		assertThat(mvc.get().uri("/api/v1/criteria-sets/nope").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("There is no criteria set with code nope.");
	}

	MvcTestResult preview(String set, Map<String, String> answers) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("criteriaSet", set);
		body.put("answers", answers);
		return mvc.post()
			.uri("/api/v1/assessments/preview")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))
			.exchange();
	}

}
