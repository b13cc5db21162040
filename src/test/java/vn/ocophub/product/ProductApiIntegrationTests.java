package vn.ocophub.product;

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
 * The product API end to end: codes assigned from the producer's place, classification in the 26 product
 * sets, the data scope of each role (a product pointing at a producer the caller cannot see is refused like
 * one pointing at nothing), accent-free search and filters, optimistic locking, history, and products
 * following their producer when it is renamed or moves. Every record made here is new and uniquely named, so
 * the tests also hold on a PostgreSQL database shared with other test classes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProductApiIntegrationTests {

	static final String PASSWORD = "demo@OCOP2026";

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Demo cooperative of the producer account {@code chuthe.cambu}, in Xã Hương Sơn (18133), Hà Tĩnh (42). */
	static final String CAM_BU_REGISTRATION = "3001234567";

	/** Its rated five-star product "Cam bù Hương Sơn". */
	static final String CAM_BU_PRODUCT = "42-18133-0001";

	/** A demo fish-sauce company of Vân Đồn, Quảng Ninh (22). */
	static final String CAI_RONG_REGISTRATION = "5700987612";

	static final String NOT_VISIBLE = "Không tìm thấy chủ thể này trong phạm vi bạn được cập nhật.";

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProductManagement products;

	@Autowired
	UserDetailsService accounts;

	// --- registration ---------------------------------------------------------------------------------------

	@Test
	void registersAProductWithACodeFromItsProducersPlace() {
		long producer = producer("canbo.huongson", "Hợp tác xã Bưởi " + token(), "18133");
		MvcTestResult created = post("canbo.huongson", product("Bưởi đường Hương Sơn", producer, "01"));

		assertThat(created).hasStatus(HttpStatus.CREATED);
		JsonNode json = json(created);
		long id = json.get("id").asLong();
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/products/" + id);
		String code = json.get("code").asString();
		assertThat(code).matches("42-18133-\\d{4}");
		assertThat(json.get("name").asString()).isEqualTo("Bưởi đường Hương Sơn");
		assertThat(json.get("producerId").asLong()).isEqualTo(producer);
		assertThat(json.get("productSetCode").asString()).isEqualTo("01");
		assertThat(json.get("communeCode").asString()).isEqualTo("18133");
		assertThat(json.get("provinceCode").asString()).isEqualTo("42");
		assertThat(json.get("status").asString()).isEqualTo("IDEA");
		assertThat(json.has("stars")).as("stars is present").isTrue();
		assertThat(json.get("stars").isNull()).as("stars is null until rated").isTrue();

		// The next product of the commune takes the next number; a tourism service is set 26.
		JsonNode service = json(post("canbo.huongson", product("Du lịch vườn bưởi", producer, "26")));
		assertThat(service.get("productSetCode").asString()).isEqualTo("26");
		assertThat(sequence(service.get("code").asString())).isEqualTo(sequence(code) + 1);

		assertThat(get("hoidong.hatinh", "/api/v1/products/" + id)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo(code);
	}

	@Test
	void keepsAGivenCodeAndRefusesItTwice() {
		long producer = producer("canbo.huongson", "Hợp tác xã Mã cũ " + token(), "18133");
		String code = "HT-OLD-" + token().toUpperCase();
		Map<String, Object> body = product("Mật ong rừng", producer, "03");
		body.put("code", code.toLowerCase());
		assertThat(post("canbo.huongson", body)).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo(code);

		Map<String, Object> again = product("Mật ong hoa cà phê", producer, "03");
		again.put("code", code);
		assertThat(errors(json(post("canbo.huongson", again))))
			.containsExactly(Map.entry("code", "Mã sản phẩm " + code + " đã được dùng cho một sản phẩm khác."));
	}

	@Test
	void refusesInvalidProductsFieldByFieldInTheCallersLanguage() {
		long producer = producer("canbo.huongson", "Hợp tác xã Lỗi nhập " + token(), "18133");
		Map<String, Object> body = product(" ", producer, "27");
		body.put("localMaterialShare", 150);
		body.put("exportMarkets", "Nhật Bản");

		Map<String, String> vietnamese = errors(json(post("canbo.huongson", body)));
		assertThat(vietnamese).containsEntry("name", "Vui lòng nhập thông tin này.")
			.containsEntry("productSetCode", "“27” không phải mã bộ sản phẩm: ghi mã từ 01 đến 26.")
			.containsEntry("localMaterialShare", "Tỷ lệ phải từ 0 đến 100.")
			.containsEntry("exportMarkets", "Có thị trường xuất khẩu thì hãy chọn cả kênh phân phối “Xuất khẩu”.");

		JsonNode english = json(mvc.post()
			.uri("/api/v1/products")
			.with(httpBasic("canbo.huongson", PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.exchange());
		assertThat(english.get("detail").asString()).isEqualTo("The submitted data is not valid.");
		assertThat(errors(english)).containsEntry("localMaterialShare", "The share must be between 0 and 100.")
			.containsEntry("productSetCode", "\"27\" is not a product set code: use 01 to 26.");

		body.put("name", "Nước mắm " + token());
		body.put("productSetCode", "05");
		body.put("localMaterialShare", 80);
		body.put("channels", List.of("EXPORT", "OCOP_STORE"));
		assertThat(post("canbo.huongson", body)).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.channels")
			.asArray()
			.containsExactlyInAnyOrder("EXPORT", "OCOP_STORE");
	}

	@Test
	void refusesAProducerTheCallerCannotSeeExactlyLikeOneThatDoesNotExist() {
		long quangNinh = producerId("admin", CAI_RONG_REGISTRATION);
		MvcTestResult hidden = post("canbo.huongson", product("Nước mắm nhái " + token(), quangNinh, "05"));
		assertThat(errors(json(hidden))).containsExactly(Map.entry("producerId", NOT_VISIBLE));
		assertThat(body(hidden)).doesNotContain("Cái Rồng", "Vân Đồn");

		assertThat(errors(json(post("canbo.huongson", product("Nước mắm ma " + token(), 987654321L, "05")))))
			.containsExactly(Map.entry("producerId", NOT_VISIBLE));
		// Not even by the name of one of its products: the answer must not tell the producer exists.
		MvcTestResult probe = post("canbo.huongson", product("Nước mắm Cái Rồng", quangNinh, "09"));
		assertThat(errors(json(probe))).containsExactly(Map.entry("producerId", NOT_VISIBLE));
		assertThat(body(probe)).doesNotContain("Chủ thể đã có");

		// A council member sees the cooperative but may not add products to it.
		assertThat(errors(json(post("hoidong.hatinh",
				product("Cam bù hội đồng " + token(), producerId("admin", CAM_BU_REGISTRATION), "01")))))
			.containsExactly(Map.entry("producerId", NOT_VISIBLE));
	}

	// --- scope ----------------------------------------------------------------------------------------------

	@Test
	void aCommuneOfficerListsOnlyTheProductsOfItsCommune() {
		assertThat(texts(json(get("canbo.huongson", "/api/v1/products?size=200")), "communeCode")).isNotEmpty()
			.containsOnly("18133");
		// The deer-antler products of the neighbouring commune (Xã Sơn Tây, 18172) are not found, even by code.
		assertThat(json(get("vanphong.hatinh", "/api/v1/products?q=nhung huou son tay")).get("total").asLong())
			.isPositive();
		assertThat(json(get("canbo.huongson", "/api/v1/products?q=nhung huou son tay")).get("total").asLong())
			.isZero();
		assertThat(json(get("canbo.huongson", "/api/v1/products?q=42-18172-0001")).get("total").asLong()).isZero();
		assertThat(json(get("canbo.huongson", "/api/v1/products?province=22")).get("total").asLong()).isZero();
	}

	@Test
	void anAdministratorOfAnotherProvinceSeesNoProductOfHaTinh() {
		assertThat(json(get("quantri.quangninh", "/api/v1/products?province=42")).get("total").asLong()).isZero();
		assertThat(json(get("quantri.quangninh", "/api/v1/products?q=cam bu huong son")).get("total").asLong())
			.isZero();
		assertThat(texts(json(get("quantri.quangninh", "/api/v1/products?size=200")), "provinceCode")).isNotEmpty()
			.containsOnly("22");

		MvcTestResult refused = get("quantri.quangninh", "/api/v1/products/" + camBuProductId());
		assertThat(refused).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = json(refused);
		assertThat(problem.get("code").asString()).isEqualTo("product.out-of-scope");
		assertThat(problem.get("detail").asString()).isEqualTo("Sản phẩm này nằm ngoài phạm vi dữ liệu của bạn.");
		assertThat(problem.has("name")).isFalse();
		assertThat(body(refused)).doesNotContain("Cam bù", CAM_BU_PRODUCT);
	}

	@Test
	void aProducerAccountSeesAndEditsOnlyItsOwnProducts() {
		long own = producerId("admin", CAM_BU_REGISTRATION);
		JsonNode list = json(get("chuthe.cambu", "/api/v1/products?size=200"));
		assertThat(longs(list, "producerId")).isNotEmpty().containsOnly(own);
		assertThat(texts(list, "code")).contains(CAM_BU_PRODUCT, "42-18133-0002", "42-18133-0003", "42-18133-0004");

		// It registers and edits products of its own cooperative.
		String name = "Mứt vỏ cam bù " + token();
		MvcTestResult created = post("chuthe.cambu", product(name, own, "07"));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		long id = json(created).get("id").asLong();
		Map<String, Object> record = map(get("chuthe.cambu", "/api/v1/products/" + id));
		record.put("brand", "Cam bù Sơn Kim");
		assertThat(put("chuthe.cambu", "/api/v1/products/" + id, record)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.brand")
			.isEqualTo("Cam bù Sơn Kim");

		// Its neighbour's products in the same commune stay out of sight and out of reach.
		long neighbour = producer("canbo.huongson", "Hợp tác xã Hàng xóm " + token(), "18133");
		String neighbourProduct = "Chè xanh " + token();
		long other = id(post("canbo.huongson", product(neighbourProduct, neighbour, "14")));
		assertThat(get("chuthe.cambu", "/api/v1/products/" + other)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.doesNotHavePath("$.name");
		assertThat(json(get("chuthe.cambu", "/api/v1/products?q=" + neighbourProduct)).get("total").asLong()).isZero();
		assertThat(put("chuthe.cambu", "/api/v1/products/" + other, product(neighbourProduct, neighbour, "14")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(errors(json(post("chuthe.cambu", product("Chè của hàng xóm " + token(), neighbour, "14")))))
			.containsExactly(Map.entry("producerId", NOT_VISIBLE));
		// Nor can it hand its own product over to the neighbour.
		record = map(get("chuthe.cambu", "/api/v1/products/" + id));
		record.put("producerId", neighbour);
		assertThat(errors(json(put("chuthe.cambu", "/api/v1/products/" + id, record))))
			.containsExactly(Map.entry("producerId", NOT_VISIBLE));
	}

	@Test
	void aCouncilMemberReadsProductsButCannotUpdateThem() {
		long id = camBuProductId();
		MvcTestResult read = get("hoidong.hatinh", "/api/v1/products/" + id);
		assertThat(read).hasStatusOk().bodyJson().extractingPath("$.stars").isEqualTo(5);
		assertThat(put("hoidong.hatinh", "/api/v1/products/" + id, map(read))).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("product.out-of-scope");
	}

	// --- search and filters ---------------------------------------------------------------------------------

	@Test
	void findsCamBuHuongSonFirstWithoutAccents() {
		for (String q : List.of("cam bu huong son", "CAM BÙ HƯƠNG SƠN", "huong son cam bu")) {
			JsonNode found = json(get("vanphong.hatinh", "/api/v1/products?q=" + q));
			assertThat(found.at("/items/0/name").asString()).as(q).isEqualTo("Cam bù Hương Sơn");
			assertThat(found.at("/items/0/code").asString()).as(q).isEqualTo(CAM_BU_PRODUCT);
			assertThat(found.at("/items/0/stars").asInt()).as(q).isEqualTo(5);
		}
		assertThat(json(get("vanphong.hatinh", "/api/v1/products?q=" + CAM_BU_PRODUCT)).at("/items/0/code")
			.asString()).isEqualTo(CAM_BU_PRODUCT);
	}

	@Test
	void filtersByProductSetStarsStatusAndPlace() {
		assertThat(texts(json(get("admin", "/api/v1/products?productSetCode=01&size=200")), "productSetCode"))
			.isNotEmpty()
			.containsOnly("01");
		assertThat(texts(json(get("admin", "/api/v1/products?productSetCode=1&size=200")), "productSetCode"))
			.isNotEmpty()
			.containsOnly("01");
		JsonNode fiveStars = json(get("admin", "/api/v1/products?stars=5&size=200"));
		assertThat(longs(fiveStars, "stars")).isNotEmpty().containsOnly(5L);
		assertThat(texts(fiveStars, "code")).contains(CAM_BU_PRODUCT);
		assertThat(texts(json(get("admin", "/api/v1/products?status=RATED&size=200")), "status")).isNotEmpty()
			.containsOnly("RATED");
		JsonNode fourStarsOfHaTinh = json(get("admin", "/api/v1/products?stars=4&province=42&size=200"));
		assertThat(longs(fourStarsOfHaTinh, "stars")).isNotEmpty().containsOnly(4L);
		assertThat(texts(fourStarsOfHaTinh, "provinceCode")).containsOnly("42");
		assertThat(texts(json(get("admin", "/api/v1/products?commune=06994&size=200")), "communeCode")).isNotEmpty()
			.containsOnly("06994");

		String word = token();
		long producer = producer("canbo.huongson", "Hợp tác xã Lọc " + word, "18133");
		long idea = id(post("canbo.huongson", product("Kẹo lạc " + word, producer, "08")));
		assertThat(ids(json(get("canbo.huongson", "/api/v1/products?status=IDEA&q=" + word)))).containsExactly(idea);
		assertThat(ids(json(get("canbo.huongson", "/api/v1/products?status=RATED&q=" + word)))).isEmpty();
		assertThat(ids(json(get("canbo.huongson", "/api/v1/products?productSetCode=08&q=" + word))))
			.containsExactly(idea);
		assertThat(ids(json(get("canbo.huongson", "/api/v1/products?productSetCode=09&q=" + word)))).isEmpty();
		assertThat(ids(json(get("canbo.huongson", "/api/v1/products?producerId=" + producer)))).containsExactly(idea);
	}

	@Test
	void pagesListsAndCapsThePageSizeAtTwoHundred() {
		JsonNode capped = json(get("admin", "/api/v1/products?size=1000"));
		assertThat(capped.get("size").asInt()).isEqualTo(200);
		assertThat(capped.get("items").size()).isEqualTo((int) Math.min(200, capped.get("total").asLong()));
		assertThat(capped.get("total").asLong()).isGreaterThanOrEqualTo(90);

		JsonNode first = json(get("admin", "/api/v1/products?size=10&sort=CODE"));
		JsonNode third = json(get("admin", "/api/v1/products?size=10&page=2&sort=CODE"));
		assertThat(third.get("page").asInt()).isEqualTo(2);
		assertThat(ids(first)).hasSize(10).doesNotContainAnyElementsOf(ids(third));
		assertThat(ids(third)).hasSize(10);
	}

	// --- concurrency, history, producer changes -------------------------------------------------------------

	@Test
	void refusesAnUpdateMadeFromAStaleVersion() {
		long producer = producer("canbo.huongson", "Hợp tác xã Sửa cùng lúc " + token(), "18133");
		long id = id(post("canbo.huongson", product("Rượu nếp", producer, "15")));
		Map<String, Object> read = map(get("canbo.huongson", "/api/v1/products/" + id));
		read.put("brand", "Nếp cái hoa vàng");
		assertThat(put("canbo.huongson", "/api/v1/products/" + id, read)).hasStatusOk();

		read.put("brand", "Nếp Sơn Kim");
		MvcTestResult stale = put("vanphong.hatinh", "/api/v1/products/" + id, read);
		assertThat(stale).hasStatus(HttpStatus.CONFLICT);
		assertThat(json(stale).get("code").asString()).isEqualTo("product.concurrent-edit");
		assertThat(json(stale).get("detail").asString())
			.isEqualTo("Người khác vừa lưu thay đổi của sản phẩm này. Hãy tải lại trang, xem lại rồi lưu lần nữa.");
		assertThat(json(get("canbo.huongson", "/api/v1/products/" + id)).get("brand").asString())
			.isEqualTo("Nếp cái hoa vàng");
	}

	@Test
	void keepsWhoChangedWhatInTheHistory() {
		long producer = producer("canbo.huongson", "Hợp tác xã Lịch sử " + token(), "18133");
		long id = id(post("canbo.huongson", product("Cao ban long", producer, "18")));
		Map<String, Object> read = map(get("canbo.huongson", "/api/v1/products/" + id));
		read.put("productSetCode", "19");
		read.put("packaging", "Hộp gỗ 100 g");
		assertThat(put("vanphong.hatinh", "/api/v1/products/" + id, read)).hasStatusOk();

		List<HistoryEntry> history = products.history(id, user("hoidong.hatinh"));
		assertThat(history).hasSize(2);
		assertThat(history.get(0).actor()).isEqualTo("vanphong.hatinh");
		assertThat(history.get(0).action()).isEqualTo("PRODUCT_UPDATED");
		assertThat(history.get(0).changes()).containsExactly(new FieldChange("productSet", "18", "19"),
				new FieldChange("packaging", null, "Hộp gỗ 100 g"));
		assertThat(history.get(1).actor()).isEqualTo("canbo.huongson");
		assertThat(history.get(1).changes()).contains(new FieldChange("name", null, "Cao ban long"));
	}

	@Test
	void productsFollowTheirProducerWhenItIsRenamedOrMoves() {
		String word = token();
		Map<String, Object> producer = producerBody("Hợp tác xã Gà đồi " + word, "18133");
		long producerId = id(postProducer("vanphong.hatinh", producer));
		long egg = id(post("vanphong.hatinh", product("Trứng gà đồi", producerId, "04")));
		long meat = id(post("vanphong.hatinh", product("Gà đồi ủ muối", producerId, "04")));
		String eggCode = json(get("vanphong.hatinh", "/api/v1/products/" + egg)).get("code").asString();

		// Renamed and moved within the province, to Xã Kỳ Khang.
		String renamed = "Hợp tác xã Gà thả vườn Kỳ Khang " + word;
		producer.put("name", renamed);
		producer.put("communeCode", "18790");
		assertThat(put("vanphong.hatinh", "/api/v1/producers/" + producerId, producer)).hasStatusOk();
		for (long id : List.of(egg, meat)) {
			JsonNode product = json(get("vanphong.hatinh", "/api/v1/products/" + id));
			assertThat(product.get("producerName").asString()).isEqualTo(renamed);
			assertThat(product.get("communeCode").asString()).isEqualTo("18790");
			assertThat(product.get("communeName").asString()).isEqualTo("Xã Kỳ Khang");
			assertThat(product.get("provinceCode").asString()).isEqualTo("42");
		}
		assertThat(json(get("vanphong.hatinh", "/api/v1/products/" + egg)).get("code").asString()).isEqualTo(eggCode);
		assertThat(ids(json(get("vanphong.hatinh", "/api/v1/products?q=ga tha vuon " + word))))
			.containsExactlyInAnyOrder(egg, meat);
		assertThat(ids(json(get("vanphong.hatinh", "/api/v1/products?commune=18790&q=" + word))))
			.containsExactlyInAnyOrder(egg, meat);
		// Hương Sơn's officer no longer sees them; scope follows the producer.
		assertThat(get("canbo.huongson", "/api/v1/products/" + egg)).hasStatus(HttpStatus.FORBIDDEN);

		// Moved to another province by the national administrator: Quảng Ninh now sees them, Hà Tĩnh does not.
		producer.put("communeCode", "06994");
		assertThat(put("admin", "/api/v1/producers/" + producerId, producer)).hasStatusOk();
		assertThat(get("quantri.quangninh", "/api/v1/products/" + meat)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.provinceCode")
			.isEqualTo("22");
		assertThat(get("vanphong.hatinh", "/api/v1/products/" + meat)).hasStatus(HttpStatus.FORBIDDEN);
	}

	// --- helpers --------------------------------------------------------------------------------------------

	static Map<String, Object> product(String name, long producerId, String productSetCode) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("producerId", producerId);
		body.put("productSetCode", productSetCode);
		body.put("description", "Sản phẩm thử nghiệm của " + name + ".");
		body.put("channels", List.of("OCOP_STORE"));
		return body;
	}

	static Map<String, Object> producerBody(String name, String communeCode) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("legalType", "COOPERATIVE");
		body.put("registrationNumber", "TS" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase());
		body.put("taxCode", "7" + String.format("%09d", Math.floorMod(SEQUENCE.incrementAndGet(), 1_000_000_000L)));
		body.put("communeCode", communeCode);
		body.put("address", "Thôn Trung Hòa");
		return body;
	}

	long producer(String username, String name, String communeCode) {
		return id(postProducer(username, producerBody(name, communeCode)));
	}

	MvcTestResult postProducer(String username, Map<String, Object> body) {
		return mvc.post()
			.uri("/api/v1/producers")
			.with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.exchange();
	}

	/** A word no other record has, to find this test's records among everyone else's. */
	static String token() {
		return "s" + Long.toString(SEQUENCE.incrementAndGet(), 36);
	}

	static int sequence(String code) {
		return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
	}

	long producerId(String username, String registrationNumber) {
		return json(get(username, "/api/v1/producers?q=" + registrationNumber)).at("/items/0/id").asLong();
	}

	long camBuProductId() {
		return json(get("admin", "/api/v1/products?q=" + CAM_BU_PRODUCT)).at("/items/0/id").asLong();
	}

	CurrentUser user(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}

	MvcTestResult get(String username, String uri) {
		return mvc.get().uri(uri).with(httpBasic(username, PASSWORD)).exchange();
	}

	MvcTestResult post(String username, Map<String, Object> body) {
		return mvc.post()
			.uri("/api/v1/products")
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

	static List<Long> longs(JsonNode page, String field) {
		List<Long> values = new ArrayList<>();
		page.get("items").forEach(item -> values.add(item.get(field).asLong()));
		return values;
	}

	static List<Long> ids(JsonNode page) {
		return longs(page, "id");
	}

}
