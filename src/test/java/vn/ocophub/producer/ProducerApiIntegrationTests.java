package vn.ocophub.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.audit.HistoryEntry;

/**
 * The producer API end to end: registration with the province following the commune, every invalid field
 * explained in the caller's language, the data scope of each role (officers, council members, producer
 * accounts), accent-free search, optimistic locking and the history of changes. The database may be shared
 * with other test classes (PostgreSQL), so every record made here has its own registration number and tax
 * code, and no assertion depends on global counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProducerApiIntegrationTests {

	static final String PASSWORD = "demo@OCOP2026";

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Demo cooperative of the producer account {@code chuthe.cambu}, in Xã Hương Sơn (18133), Hà Tĩnh (42). */
	static final String CAM_BU_REGISTRATION = "3001234567";

	static final String CAM_BU_NAME = "Hợp tác xã Cam bù Sơn Kim";

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProducerManagement producers;

	@Autowired
	UserDetailsService accounts;

	// --- registration ---------------------------------------------------------------------------------------

	@Test
	void registersAProducerWhoseProvinceFollowsTheCommune() {
		Map<String, Object> body = cooperative("Hợp tác xã Chè Sơn Kim " + token(), "18133");
		MvcTestResult created = post("canbo.huongson", body);

		assertThat(created).hasStatus(HttpStatus.CREATED);
		JsonNode json = json(created);
		long id = json.get("id").asLong();
		assertThat(id).isPositive();
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/producers/" + id);
		assertThat(json.get("name").asString()).isEqualTo(body.get("name"));
		assertThat(json.get("legalType").asString()).isEqualTo("COOPERATIVE");
		assertThat(json.get("registrationNumber").asString()).isEqualTo(body.get("registrationNumber"));
		assertThat(json.get("taxCode").asString()).isEqualTo(body.get("taxCode"));
		assertThat(json.get("communeCode").asString()).isEqualTo("18133");
		assertThat(json.get("communeName").asString()).isEqualTo("Xã Hương Sơn");
		assertThat(json.get("provinceCode").asString()).isEqualTo("42");
		assertThat(json.get("provinceName").asString()).isEqualTo("Tỉnh Hà Tĩnh");
		assertThat(json.get("address").asString()).isEqualTo("Thôn Tân Hương");
		assertThat(json.get("status").asString()).isEqualTo("ACTIVE");

		assertThat(get("vanphong.hatinh", "/api/v1/producers/" + id)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.registrationNumber")
			.isEqualTo(body.get("registrationNumber"));
	}

	@Test
	void refusesAMalformedTaxCodeInVietnameseByDefaultAndInEnglishOnRequest() {
		Map<String, Object> body = cooperative("Hợp tác xã Mã thuế sai " + token(), "18133");
		body.put("taxCode", "300123456");

		MvcTestResult vietnamese = post("canbo.huongson", body);
		assertThat(vietnamese).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode vi = json(vietnamese);
		assertThat(vi.get("code").asString()).isEqualTo("validation");
		assertThat(vi.get("detail").asString()).isEqualTo("Dữ liệu gửi lên chưa hợp lệ.");
		assertThat(errors(vi)).containsExactly(Map.entry("taxCode",
				"Mã số thuế “300123456” không hợp lệ: cần 10 chữ số, hoặc 10 chữ số kèm “-” và 3 chữ số"
						+ " của đơn vị phụ thuộc (ví dụ 3001234567-001), hoặc số định danh cá nhân 12 chữ số"
						+ " đối với hộ kinh doanh."));

		JsonNode en = json(mvc.post()
			.uri("/api/v1/producers")
			.with(httpBasic("canbo.huongson", PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.exchange());
		assertThat(en.get("detail").asString()).isEqualTo("The submitted data is not valid.");
		assertThat(errors(en)).containsExactly(Map.entry("taxCode", "Tax code \"300123456\" is not valid: 10 digits,"
				+ " or 10 digits with \"-\" and the 3 digits of a dependent unit (e.g. 3001234567-001), or a 12-digit"
				+ " personal identification number for household businesses."));
	}

	@Test
	void refusesAPersonalIdentificationNumberAsTheTaxCodeOfACooperative() {
		String personal = personalNumber();
		Map<String, Object> cooperative = cooperative("Hợp tác xã Số định danh " + token(), "18133");
		cooperative.put("taxCode", personal);
		assertThat(errors(json(post("canbo.huongson", cooperative)))).containsExactly(Map.entry("taxCode",
				"Mã số thuế “" + personal + "” là số định danh cá nhân 12 chữ số, chỉ dùng cho hộ kinh doanh,"
						+ " tổ hợp tác hoặc trang trại; doanh nghiệp và hợp tác xã dùng mã số thuế 10 chữ số."));

		Map<String, Object> household = cooperative("Hộ kinh doanh Mứt gừng " + token(), "18133");
		household.put("legalType", "HOUSEHOLD_BUSINESS");
		household.put("taxCode", personal);
		assertThat(post("canbo.huongson", household)).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.taxCode")
			.isEqualTo(personal);
	}

	@Test
	void refusesAnUnknownCommune() {
		Map<String, Object> body = cooperative("Hợp tác xã Không có xã " + token(), "99999");
		assertThat(errors(json(post("admin", body))))
			.containsExactly(Map.entry("communeCode", "Không có xã, phường nào mang mã 99999."));
	}

	@Test
	void refusesACommuneEndedByThe2025ReformAndNamesItsSuccessor() {
		// Xã Sơn Ninh (18175) was merged whole into Xã Hương Sơn (18133) on 1 July 2025.
		Map<String, Object> body = cooperative("Hợp tác xã Sơn Ninh cũ " + token(), "18175");
		assertThat(errors(json(post("vanphong.hatinh", body)))).containsExactly(Map.entry("communeCode",
				"Mã xã 18175 (Xã Sơn Ninh) không còn hiệu lực từ 01/07/2025 do sắp xếp đơn vị hành chính;"
						+ " hãy dùng mã của đơn vị mới: Xã Hương Sơn (18133)."));

		JsonNode en = json(mvc.post()
			.uri("/api/v1/producers")
			.with(httpBasic("vanphong.hatinh", PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.exchange());
		assertThat(errors(en)).containsExactly(Map.entry("communeCode",
				"Commune code 18175 (Xã Sơn Ninh) is no longer in force since 01/07/2025 after the administrative"
						+ " reorganisation; use the code of the new unit: Xã Hương Sơn (18133)."));
	}

	@Test
	void refusesADuplicateRegistrationNumberWithoutNamingTheProducerThatHoldsIt() {
		// Quảng Ninh's administrator cannot see Hà Tĩnh's cooperative that holds this number.
		Map<String, Object> body = cooperative("Hợp tác xã Trùng số " + token(), "06994");
		body.put("registrationNumber", CAM_BU_REGISTRATION);

		MvcTestResult refused = post("quantri.quangninh", body);
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(errors(json(refused))).containsExactly(Map.entry("registrationNumber", "Mã số ĐKKD 3001234567 đã"
				+ " được đăng ký cho một chủ thể khác trong hệ thống. Mỗi chủ thể chỉ đăng ký một lần;"
				+ " nếu cần điều chỉnh, hãy liên hệ văn phòng OCOP tỉnh."));
		assertThat(body(refused)).doesNotContain("Cam bù", "Sơn Kim", "18133");
	}

	@Test
	void refusesADuplicateTaxCodeWithoutNamingTheProducerThatHoldsIt() {
		Map<String, Object> body = cooperative("Hợp tác xã Trùng mã thuế " + token(), "06994");
		body.put("taxCode", CAM_BU_REGISTRATION);

		MvcTestResult refused = post("quantri.quangninh", body);
		assertThat(errors(json(refused))).containsExactly(
				Map.entry("taxCode", "Mã số thuế 3001234567 đã được đăng ký cho một chủ thể khác trong hệ thống."));
		assertThat(body(refused)).doesNotContain("Cam bù", "Sơn Kim");

		// Within one's own scope too: a second registration of the same firm is refused on both numbers.
		Map<String, Object> first = cooperative("Hợp tác xã Đăng ký một lần " + token(), "18133");
		assertThat(post("canbo.huongson", first)).hasStatus(HttpStatus.CREATED);
		Map<String, Object> again = new LinkedHashMap<>(first);
		again.put("name", "Hợp tác xã Đăng ký hai lần " + token());
		assertThat(errors(json(post("canbo.huongson", again))).keySet()).containsExactly("registrationNumber",
				"taxCode");
	}

	@Test
	void refusesMoreLocalWorkersThanWorkers() {
		Map<String, Object> body = cooperative("Hợp tác xã Lao động " + token(), "18133");
		body.put("workers", 5);
		body.put("localWorkers", 6);
		assertThat(errors(json(post("canbo.huongson", body)))).containsExactly(
				Map.entry("localWorkers", "Số lao động địa phương (6) không được lớn hơn tổng số lao động (5)."));
	}

	@Test
	void listsEveryInvalidFieldAtOnce() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", " ");
		body.put("registrationNumber", "?");
		body.put("email", "khong-phai-thu");
		assertThat(errors(json(post("admin", body))).keySet()).contains("name", "legalType", "registrationNumber",
				"communeCode", "email");
	}

	// --- scope ----------------------------------------------------------------------------------------------

	@Test
	void aCommuneOfficerListsOnlyTheProducersOfItsCommune() {
		JsonNode all = json(get("canbo.huongson", "/api/v1/producers?size=200"));
		assertThat(texts(all, "communeCode")).isNotEmpty().containsOnly("18133");

		JsonNode camBu = json(get("canbo.huongson", "/api/v1/producers?q=cam bu son kim"));
		assertThat(texts(camBu, "name")).contains(CAM_BU_NAME);
		// A producer of the neighbouring commune is not there, even when searched for.
		assertThat(json(get("canbo.huongson", "/api/v1/producers?q=nhung huou huong son xanh")).get("total").asLong())
			.isZero();
		assertThat(json(get("canbo.huongson", "/api/v1/producers?commune=18172")).get("total").asLong()).isZero();
	}

	@Test
	void anAdministratorOfAnotherProvinceSeesNothingOfHaTinh() {
		assertThat(json(get("quantri.quangninh", "/api/v1/producers?province=42")).get("total").asLong()).isZero();
		assertThat(json(get("quantri.quangninh", "/api/v1/producers?q=cam bu son kim")).get("total").asLong())
			.isZero();
		assertThat(texts(json(get("quantri.quangninh", "/api/v1/producers?size=200")), "provinceCode")).isNotEmpty()
			.containsOnly("22");

		MvcTestResult refused = get("quantri.quangninh", "/api/v1/producers/" + camBuId());
		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = json(refused);
		assertThat(problem.get("code").asString()).isEqualTo("producer.out-of-scope");
		assertThat(problem.get("detail").asString()).isEqualTo("Chủ thể này nằm ngoài phạm vi dữ liệu của bạn.");
		assertThat(problem.has("name")).isFalse();
		assertThat(body(refused)).doesNotContain("Cam bù", CAM_BU_REGISTRATION);
	}

	@Test
	void aCommuneOfficerCannotRegisterAProducerInAnotherCommune() {
		Map<String, Object> body = cooperative("Hợp tác xã Sơn Tây " + token(), "18172");
		assertThat(errors(json(post("canbo.huongson", body))))
			.containsExactly(Map.entry("communeCode", "Xã Sơn Tây nằm ngoài phạm vi quản lý của bạn."));
		assertThat(errors(json(post("vanphong.hatinh", cooperative("Hợp tác xã Quảng Ninh " + token(), "06994")))))
			.containsExactly(Map.entry("communeCode", "Đặc khu Vân Đồn nằm ngoài phạm vi quản lý của bạn."));
	}

	@Test
	void aProducerAccountSeesAndEditsOnlyItsOwnOrganisation() {
		JsonNode list = json(get("chuthe.cambu", "/api/v1/producers?size=200"));
		assertThat(list.get("total").asLong()).isEqualTo(1);
		assertThat(list.at("/items/0/registrationNumber").asString()).isEqualTo(CAM_BU_REGISTRATION);
		long own = list.at("/items/0/id").asLong();

		// It updates its own record (and the change is put back, the record being shared demo data).
		Map<String, Object> record = map(get("chuthe.cambu", "/api/v1/producers/" + own));
		Object phone = record.get("phone");
		record.put("phone", "0912 000 111");
		MvcTestResult updated = put("chuthe.cambu", "/api/v1/producers/" + own, record);
		assertThat(updated).hasStatusOk();
		assertThat(json(updated).get("phone").asString()).isEqualTo("0912 000 111");
		assertThat(json(updated).get("updatedBy").asString()).isEqualTo("chuthe.cambu");
		Map<String, Object> restore = map(updated);
		restore.put("phone", phone);
		assertThat(put("chuthe.cambu", "/api/v1/producers/" + own, restore)).hasStatusOk();

		// It registers no producers, and does not see its neighbours in the same commune.
		assertThat(post("chuthe.cambu", cooperative("Hợp tác xã Tự đăng ký " + token(), "18133")))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("producer.cannot-register");
		String neighbourName = "Hợp tác xã Hàng xóm " + token();
		long neighbour = id(post("canbo.huongson", cooperative(neighbourName, "18133")));
		assertThat(get("chuthe.cambu", "/api/v1/producers/" + neighbour)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.doesNotHavePath("$.name");
		assertThat(json(get("chuthe.cambu", "/api/v1/producers?q=" + neighbourName)).get("total").asLong()).isZero();
		assertThat(put("chuthe.cambu", "/api/v1/producers/" + neighbour,
				cooperative(neighbourName, "18133"))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aProducerAccountCannotChangeItsStatusOrMoveAway() {
		long own = camBuId();
		Map<String, Object> record = map(get("chuthe.cambu", "/api/v1/producers/" + own));
		record.put("status", "DISSOLVED");
		record.put("communeCode", "18172");
		assertThat(errors(json(put("chuthe.cambu", "/api/v1/producers/" + own, record))).keySet())
			.containsExactlyInAnyOrder("status", "communeCode");
		assertThat(json(get("chuthe.cambu", "/api/v1/producers/" + own)).get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void aCouncilMemberReadsButCannotUpdateOrRegister() {
		long id = camBuId();
		MvcTestResult read = get("hoidong.hatinh", "/api/v1/producers/" + id);
		assertThat(read).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo(CAM_BU_NAME);
		assertThat(texts(json(get("hoidong.hatinh", "/api/v1/producers?size=200")), "provinceCode")).isNotEmpty()
			.containsOnly("42");

		assertThat(put("hoidong.hatinh", "/api/v1/producers/" + id, map(read))).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("producer.out-of-scope");
		assertThat(post("hoidong.hatinh", cooperative("Hợp tác xã Hội đồng " + token(), "18133")))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("producer.cannot-register");
	}

	@Test
	void anUnknownProducerIsNotFound() {
		assertThat(get("admin", "/api/v1/producers/987654321")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("producer.not-found");
	}

	// --- search ---------------------------------------------------------------------------------------------

	@Test
	void findsAProducerByItsRegistrationNumber() {
		Map<String, Object> body = cooperative("Hợp tác xã Tìm theo số " + token(), "18133");
		long id = id(post("canbo.huongson", body));
		JsonNode found = json(get("vanphong.hatinh", "/api/v1/producers?q=" + body.get("registrationNumber")));
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.at("/items/0/id").asLong()).isEqualTo(id);
		// Lower case finds it too, and so does the tax code.
		assertThat(json(get("vanphong.hatinh",
				"/api/v1/producers?q=" + body.get("registrationNumber").toString().toLowerCase())).at("/items/0/id")
			.asLong()).isEqualTo(id);
		assertThat(json(get("vanphong.hatinh", "/api/v1/producers?q=" + body.get("taxCode"))).at("/items/0/id")
			.asLong()).isEqualTo(id);
	}

	@Test
	void findsCooperativesWithoutAccentsAndRanksNamesStartingWithHopTacXaFirst() {
		// Xã Kỳ Khang (18790) has no demo producer. Alphabetically "Công ty…" comes before "Hợp tác xã…": only
		// the ranking can put the cooperative ahead of the company whose name merely contains the words.
		String word = token();
		long company = id(post("vanphong.hatinh",
				withType(cooperative("Công ty TNHH Dịch vụ Hợp tác xã " + word, "18790"), "SINGLE_MEMBER_LLC")));
		long cooperative = id(post("vanphong.hatinh", cooperative("Hợp tác xã Nông nghiệp " + word, "18790")));
		long other = id(post("vanphong.hatinh",
				withType(cooperative("Công ty TNHH Gỗ " + word, "18790"), "SINGLE_MEMBER_LLC")));

		JsonNode found = json(get("vanphong.hatinh", "/api/v1/producers?q=hop tac xa&commune=18790&size=200"));
		List<Long> ids = ids(found);
		assertThat(ids).contains(cooperative, company).doesNotContain(other);
		assertThat(ids.indexOf(cooperative)).isLessThan(ids.indexOf(company));
		assertPrefixedFirst(texts(found, "name"));
		assertPrefixedFirst(texts(json(get("vanphong.hatinh", "/api/v1/producers?q=hop tac xa&size=200")), "name"));

		assertThat(json(get("vanphong.hatinh", "/api/v1/producers?q=HỢP TÁC XÃ cam bù")).at("/items/0/name")
			.asString()).isEqualTo(CAM_BU_NAME);
	}

	private static void assertPrefixedFirst(List<String> names) {
		assertThat(names).isNotEmpty();
		int lastPrefixed = -1;
		int firstOther = names.size();
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).startsWith("Hợp tác xã")) {
				lastPrefixed = i;
			}
			else {
				firstOther = Math.min(firstOther, i);
			}
		}
		assertThat(lastPrefixed).as("names starting with Hợp tác xã come first: %s", names).isLessThan(firstOther);
	}

	@Test
	void filtersByProvinceCommuneLegalTypeAndStatus() {
		assertThat(texts(json(get("admin", "/api/v1/producers?province=22&size=200")), "provinceCode")).isNotEmpty()
			.containsOnly("22");
		assertThat(texts(json(get("admin", "/api/v1/producers?commune=06994&size=200")), "communeCode")).isNotEmpty()
			.containsOnly("06994");
		assertThat(texts(json(get("admin", "/api/v1/producers?legalType=HOUSEHOLD_BUSINESS&size=200")), "legalType"))
			.isNotEmpty()
			.containsOnly("HOUSEHOLD_BUSINESS");

		String word = token();
		Map<String, Object> suspended = cooperative("Hợp tác xã Tạm ngừng " + word, "18133");
		suspended.put("status", "SUSPENDED");
		long id = id(post("canbo.huongson", suspended));
		long active = id(post("canbo.huongson", cooperative("Hợp tác xã Đang chạy " + word, "18133")));
		assertThat(ids(json(get("canbo.huongson", "/api/v1/producers?status=SUSPENDED&q=" + word))))
			.containsExactly(id);
		assertThat(ids(json(get("canbo.huongson", "/api/v1/producers?status=ACTIVE&q=" + word))))
			.containsExactly(active);
		assertThat(ids(json(get("canbo.huongson", "/api/v1/producers?legalType=FARM&q=" + word)))).isEmpty();
		assertThat(ids(json(get("canbo.huongson", "/api/v1/producers?province=22&q=" + word)))).isEmpty();
	}

	@Test
	void pagesListsAndCapsThePageSizeAtTwoHundred() {
		JsonNode capped = json(get("admin", "/api/v1/producers?size=5000"));
		assertThat(capped.get("size").asInt()).isEqualTo(200);
		assertThat(capped.get("page").asInt()).isZero();
		assertThat(capped.get("items").size()).isLessThanOrEqualTo(200)
			.isEqualTo((int) Math.min(200, capped.get("total").asLong()));

		JsonNode first = json(get("admin", "/api/v1/producers?size=5&sort=NAME"));
		JsonNode second = json(get("admin", "/api/v1/producers?size=5&page=1&sort=NAME"));
		assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(45);
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("size").asInt()).isEqualTo(5);
		assertThat(ids(first)).hasSize(5).doesNotContainAnyElementsOf(ids(second));
		assertThat(ids(second)).hasSize(5);
	}

	// --- concurrency and history ----------------------------------------------------------------------------

	@Test
	void refusesAnUpdateMadeFromAStaleVersion() {
		Map<String, Object> body = cooperative("Hợp tác xã Hai người sửa " + token(), "18133");
		long id = id(post("canbo.huongson", body));
		body.put("version", 0);
		body.put("address", "Thôn Tân Hương, xóm 2");
		assertThat(put("canbo.huongson", "/api/v1/producers/" + id, body)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.version")
			.isEqualTo(1);

		body.put("address", "Thôn Tân Hương, xóm 3");
		MvcTestResult stale = put("vanphong.hatinh", "/api/v1/producers/" + id, body);
		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		JsonNode problem = json(stale);
		assertThat(problem.get("code").asString()).isEqualTo("producer.concurrent-edit");
		assertThat(problem.get("detail").asString()).startsWith("Người khác vừa lưu thay đổi của chủ thể này.");
		assertThat(json(get("canbo.huongson", "/api/v1/producers/" + id)).get("address").asString())
			.isEqualTo("Thôn Tân Hương, xóm 2");
	}

	@Test
	void keepsWhoChangedWhatInTheHistory() {
		Map<String, Object> body = cooperative("Hợp tác xã Có lịch sử " + token(), "18133");
		long id = id(post("canbo.huongson", body));
		body.put("address", "Thôn Trung Lưu");
		body.put("workers", 15);
		assertThat(put("canbo.huongson", "/api/v1/producers/" + id, body)).hasStatusOk();

		List<HistoryEntry> history = producers.history(id, user("vanphong.hatinh"));
		assertThat(history).hasSize(2);
		HistoryEntry latest = history.get(0);
		assertThat(latest.actor()).isEqualTo("canbo.huongson");
		assertThat(latest.action()).isEqualTo("PRODUCER_UPDATED");
		assertThat(latest.changes()).containsExactly(new FieldChange("address", "Thôn Tân Hương", "Thôn Trung Lưu"),
				new FieldChange("workers", "12", "15"));
		assertThat(history.get(1).action()).isEqualTo("PRODUCER_CREATED");
		assertThat(history.get(1).changes()).contains(new FieldChange("name", null, body.get("name").toString()),
				new FieldChange("communeCode", null, "Xã Hương Sơn (18133)"));
	}

	// --- helpers --------------------------------------------------------------------------------------------

	/** A cooperative with its own registration number and tax code, 12 workers of whom 10 are local. */
	static Map<String, Object> cooperative(String name, String communeCode) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("legalType", "COOPERATIVE");
		body.put("registrationNumber", registrationNumber());
		body.put("taxCode", taxCode());
		body.put("communeCode", communeCode);
		body.put("address", "Thôn Tân Hương");
		body.put("representativeName", "Nguyễn Thị Hồng");
		body.put("workers", 12);
		body.put("localWorkers", 10);
		return body;
	}

	static Map<String, Object> withType(Map<String, Object> body, String legalType) {
		body.put("legalType", legalType);
		return body;
	}

	static String registrationNumber() {
		return "TP" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase();
	}

	/** A 10-digit tax code no demo producer has (they start with 0, 1, 2, 3 or 5). */
	static String taxCode() {
		return "8" + String.format("%09d", Math.floorMod(SEQUENCE.incrementAndGet(), 1_000_000_000L));
	}

	static String personalNumber() {
		return "9" + String.format("%011d", Math.floorMod(SEQUENCE.incrementAndGet(), 100_000_000_000L));
	}

	/** A word no other record has, to find this test's records among everyone else's. */
	static String token() {
		return "t" + Long.toString(SEQUENCE.incrementAndGet(), 36);
	}

	long camBuId() {
		return json(get("admin", "/api/v1/producers?q=" + CAM_BU_REGISTRATION)).at("/items/0/id").asLong();
	}

	CurrentUser user(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}

	MvcTestResult get(String username, String uri) {
		return mvc.get().uri(uri).with(httpBasic(username, PASSWORD)).exchange();
	}

	MvcTestResult post(String username, Map<String, Object> body) {
		return mvc.post()
			.uri("/api/v1/producers")
			.with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.exchange();
	}

	MvcTestResult put(String username, String uri, Map<String, Object> body) {
		return mvc.put()
			.uri(uri)
			.with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.exchange();
	}

	static long id(MvcTestResult created) {
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return json(created).get("id").asLong();
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	static JsonNode json(MvcTestResult result) {
		return JSON.readTree(result.getResponse().getContentAsByteArray());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return new LinkedHashMap<>(JSON.readValue(result.getResponse().getContentAsByteArray(), Map.class));
	}

	/** The {@code errors} of a validation problem, field → message, in their order. */
	static Map<String, String> errors(JsonNode problem) {
		assertThat(problem.get("code").asString()).isEqualTo("validation");
		Map<String, String> errors = new LinkedHashMap<>();
		problem.get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
		return errors;
	}

	static List<String> texts(JsonNode page, String field) {
		List<String> values = new ArrayList<>();
		page.get("items").forEach(item -> values.add(item.get(field).asString()));
		return values;
	}

	static List<Long> ids(JsonNode page) {
		List<Long> values = new ArrayList<>();
		page.get("items").forEach(item -> values.add(item.get("id").asLong()));
		return values;
	}

}
