package vn.ocophub.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static vn.ocophub.shared.importing.ImportFiles.values;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import jakarta.servlet.http.Cookie;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.producer.internal.ProducerTemplate;
import vn.ocophub.product.DistributionChannel;
import vn.ocophub.product.internal.ProductTemplate;
import vn.ocophub.shared.audit.HistoryEntry;

/**
 * Producer and product imports through the API (HTTP Basic, synchronous) and the pages (background jobs):
 * dry run then all-or-nothing commit, every row's errors with its Excel row, Vietnamese column and message in
 * the caller's language, re-imports that update instead of duplicating, scope, and the hostile files the
 * issue lists (wrong headers, merged cells, formulas, dates as text, Windows-1258 and UTF-8 BOM CSV, ZIP
 * bombs, programs, empty files, 20,000 rows).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportApiIntegrationTests {

	static final String PASSWORD = "demo@OCOP2026";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Registration numbers and tax codes unique across runs on a shared PostgreSQL database. */
	static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

	// Producer template headers.
	static final String REG = "Mã số ĐKKD";

	static final String DATE = "Ngày cấp ĐKKD";

	static final String TAX = "Mã số thuế";

	static final String NAME = "Tên chủ thể";

	static final String TYPE = "Loại hình";

	static final String COMMUNE = "Mã xã";

	static final String ADDRESS = "Địa chỉ";

	static final String REPRESENTATIVE = "Người đại diện theo pháp luật";

	static final String GENDER = "Giới tính người đại diện";

	static final String WORKERS = "Số lao động";

	static final String LOCAL_WORKERS = "Số lao động địa phương";

	static final String STATUS = "Trạng thái";

	// Product template headers.
	static final String CODE = "Mã sản phẩm";

	static final String PRODUCT_NAME = "Tên sản phẩm";

	static final String PRODUCER = "Mã số ĐKKD của chủ thể";

	static final String SET = "Bộ sản phẩm";

	static final String DESCRIPTION = "Mô tả";

	static final String CHANNELS = "Kênh phân phối";

	/** The non-informational headers of a template, in template order. */
	static List<String> headers(List<ImportSheet.Column> columns) {
		return columns.stream().filter(c -> !c.field().startsWith("_")).map(ImportSheet.Column::header).toList();
	}

	static final List<String> PRODUCER_HEADERS = headers(ProducerTemplate.COLUMNS);

	static final List<String> PRODUCT_HEADERS = headers(ProductTemplate.COLUMNS);

	/** Communes of Hà Tĩnh (province 42) in force since 1 July 2025. */
	static final List<String> HA_TINH_COMMUNES = List.of("18073", "18100", "18115", "18118", "18133", "18160",
			"18163", "18172", "18184", "18196", "18199", "18202", "18223", "18229", "18244", "18262", "18277", "18304",
			"18313", "18322", "18328", "18352", "18364", "18373", "18394", "18406", "18409", "18418", "18436", "18466",
			"18481", "18484", "18496", "18502", "18523", "18532", "18544", "18547", "18550", "18562", "18568", "18583");

	/** A producer of Quảng Ninh from the demo data (commune 06994, Vân Đồn). */
	static final String QUANG_NINH_PRODUCER = "5700987612";

	/** A producer of xã Sơn Tây (18172, Hà Tĩnh) from the demo data: outside canbo.huongson's commune. */
	static final String SON_TAY_PRODUCER = "3001587246";

	record RowProblem(int row, String column, String message) {
	}

	record Outcome(int rowsRead, int rowsValid, int created, int updated, List<RowProblem> errors, int errorCount,
			boolean committed) {
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProducerManagement producers;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	static String registration() {
		return "IMP" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase(java.util.Locale.ROOT);
	}

	static String taxCode() {
		return "8" + String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
	}

	/** A valid producer row; tests add or override values. */
	static Map<String, Object> producer(String registration, String name, Object commune) {
		return values(REG, registration, NAME, name, TYPE, "Hợp tác xã", COMMUNE, commune, ADDRESS, "Thôn Thử Nghiệm");
	}

	static ImportFiles.Table producerTable() {
		return new ImportFiles.Table(PRODUCER_HEADERS);
	}

	static ImportFiles.Table productTable() {
		return new ImportFiles.Table(PRODUCT_HEADERS);
	}

	MvcTestResult upload(String kind, String user, String fileName, byte[] content, boolean dryRun, String language) {
		var request = mvc.post()
			.uri("/api/v1/imports/" + kind)
			.multipart()
			.file(new MockMultipartFile("file", fileName, fileName.endsWith(".csv") ? "text/csv" : XLSX, content))
			.param("dryRun", String.valueOf(dryRun))
			.with(httpBasic(user, PASSWORD));
		if (language != null) {
			request = request.header("Accept-Language", language);
		}
		return request.exchange();
	}

	Outcome importOk(String kind, String user, String fileName, byte[] content, boolean dryRun) {
		return importOk(kind, user, fileName, content, dryRun, null);
	}

	Outcome importOk(String kind, String user, String fileName, byte[] content, boolean dryRun, String language) {
		MvcTestResult result = upload(kind, user, fileName, content, dryRun, language);
		assertThat(result).as("import of %s", fileName).hasStatusOk();
		return JSON.readValue(result.getResponse().getContentAsByteArray(), Outcome.class);
	}

	static JsonNode json(MvcTestResult result) {
		return JSON.readTree(result.getResponse().getContentAsByteArray());
	}

	/** The producers with exactly this registration number that the user sees. */
	List<JsonNode> producersNumbered(String user, String registration) {
		MvcTestResult result = mvc.get()
			.uri("/api/v1/producers")
			.param("q", registration)
			.param("size", "200")
			.with(httpBasic(user, PASSWORD))
			.exchange();
		assertThat(result).hasStatusOk();
		List<JsonNode> found = new ArrayList<>();
		json(result).get("items").forEach(item -> {
			if (registration.equals(item.get("registrationNumber").asString())) {
				found.add(item);
			}
		});
		return found;
	}

	JsonNode theProducer(String user, String registration) {
		List<JsonNode> found = producersNumbered(user, registration);
		assertThat(found).as("producers numbered %s", registration).hasSize(1);
		MvcTestResult details = mvc.get()
			.uri("/api/v1/producers/" + found.get(0).get("id").asLong())
			.with(httpBasic(user, PASSWORD))
			.exchange();
		assertThat(details).hasStatusOk();
		return json(details);
	}

	List<JsonNode> productsOf(String user, long producerId) {
		MvcTestResult result = mvc.get()
			.uri("/api/v1/products")
			.param("producerId", String.valueOf(producerId))
			.param("size", "200")
			.with(httpBasic(user, PASSWORD))
			.exchange();
		assertThat(result).hasStatusOk();
		List<JsonNode> items = new ArrayList<>();
		json(result).get("items").forEach(items::add);
		return items;
	}

	CurrentUser account(String username) {
		return (CurrentUser) users.loadUserByUsername(username);
	}

	/** Registers a producer of the user's scope through an import and returns its id. */
	long importedProducer(String user, String registration, String name, String commune) {
		Outcome outcome = importOk("producers", user, "mot-chu-the.xlsx",
				producerTable().row(producer(registration, name, commune)).xlsx(), false);
		assertThat(outcome.committed()).isTrue();
		return theProducer(user, registration).get("id").asLong();
	}

	// 1. A clean producer file.

	@Test
	void aCleanProducerFileIsCheckedThenCommittedThenUpdatedOnReimport() {
		String first = registration();
		String second = registration();
		String third = registration();
		String firstTax = taxCode();
		String secondTax = taxCode();
		List<String> headers = Stream.concat(Stream.of("STT"), PRODUCER_HEADERS.stream()).toList();
		ImportFiles.Table table = new ImportFiles.Table(headers);
		Map<String, Object> one = producer(first, "Hợp tác xã Nhập thử Sơn Kim", "18133");
		one.put("STT", 1);
		one.put(DATE, LocalDate.of(2019, 5, 20));
		one.put(TAX, Long.parseLong(firstTax));
		one.put(REPRESENTATIVE, "Nguyễn Văn Thử");
		one.put(GENDER, "Nam");
		one.put(WORKERS, 25);
		one.put(LOCAL_WORKERS, 22);
		one.put(STATUS, "Đang hoạt động");
		Map<String, Object> two = producer(second, "Công ty TNHH Nhập thử Hương Khê", 18547);
		two.put("STT", 2);
		two.put(TYPE, "Công ty TNHH một thành viên");
		two.put(DATE, "15/03/2020");
		two.put(TAX, secondTax);
		Map<String, Object> three = producer(third, "Hợp tác xã Nhập thử Vân Đồn", "06994");
		three.put("STT", 3);
		three.put(TYPE, "hop tac xa");
		byte[] file = table.row(one).row(two).row(three).xlsx();

		Outcome dryRun = importOk("producers", "admin", "chu-the.xlsx", file, true);

		assertThat(dryRun).isEqualTo(new Outcome(3, 3, 3, 0, List.of(), 0, false));
		assertThat(producersNumbered("admin", first)).as("a dry run saves nothing").isEmpty();
		assertThat(producersNumbered("admin", third)).isEmpty();

		Outcome committed = importOk("producers", "admin", "chu-the.xlsx", file, false);

		assertThat(committed).isEqualTo(new Outcome(3, 3, 3, 0, List.of(), 0, true));
		JsonNode sonKim = theProducer("admin", first);
		assertThat(sonKim.get("name").asString()).isEqualTo("Hợp tác xã Nhập thử Sơn Kim");
		assertThat(sonKim.get("legalType").asString()).isEqualTo("COOPERATIVE");
		assertThat(sonKim.get("communeCode").asString()).isEqualTo("18133");
		assertThat(sonKim.get("provinceCode").asString()).isEqualTo("42");
		assertThat(sonKim.get("registrationDate").asString()).as("a date cell").isEqualTo("2019-05-20");
		assertThat(sonKim.get("taxCode").asString()).as("a tax code typed as a number").isEqualTo(firstTax);
		assertThat(sonKim.get("representativeGender").asString()).isEqualTo("MALE");
		assertThat(sonKim.get("workers").asInt()).isEqualTo(25);
		assertThat(sonKim.get("localWorkers").asInt()).isEqualTo(22);
		JsonNode huongKhe = theProducer("admin", second);
		assertThat(huongKhe.get("legalType").asString()).isEqualTo("SINGLE_MEMBER_LLC");
		assertThat(huongKhe.get("communeCode").asString()).as("a commune code typed as a number").isEqualTo("18547");
		assertThat(huongKhe.get("provinceCode").asString()).isEqualTo("42");
		assertThat(huongKhe.get("registrationDate").asString()).as("a date typed as text").isEqualTo("2020-03-15");
		assertThat(huongKhe.get("taxCode").asString()).isEqualTo(secondTax);
		JsonNode vanDon = theProducer("admin", third);
		assertThat(vanDon.get("provinceCode").asString()).as("the province follows the commune").isEqualTo("22");
		assertThat(vanDon.get("provinceName").asString()).isEqualTo("Tỉnh Quảng Ninh");
		assertThat(vanDon.get("status").asString()).isEqualTo("ACTIVE");

		Outcome again = importOk("producers", "admin", "chu-the.xlsx", file, false);

		assertThat(again).isEqualTo(new Outcome(3, 3, 0, 3, List.of(), 0, true));
		for (String registration : List.of(first, second, third)) {
			assertThat(producersNumbered("admin", registration)).as("no duplicate of %s", registration).hasSize(1);
			List<HistoryEntry> history = producers.history(theProducer("admin", registration).get("id").asLong(),
					account("admin"));
			assertThat(history).as("history of %s", registration).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo("PRODUCER_IMPORTED");
				assertThat(entry.actor()).isEqualTo("admin");
				assertThat(entry.changes()).anySatisfy(change -> assertThat(change.after()).isEqualTo(registration));
			});
		}

		// A changed row updates its producer and leaves a second history entry with the change.
		one.put(ADDRESS, "Thôn Tân Hương Mới");
		Outcome changed = importOk("producers", "admin", "chu-the.xlsx",
				new ImportFiles.Table(headers).row(one).row(two).row(three).xlsx(), false);

		assertThat(changed).isEqualTo(new Outcome(3, 3, 0, 3, List.of(), 0, true));
		assertThat(theProducer("admin", first).get("address").asString()).isEqualTo("Thôn Tân Hương Mới");
		List<HistoryEntry> history = producers.history(sonKim.get("id").asLong(), account("admin"));
		assertThat(history).hasSize(2);
		assertThat(history.get(0).changes()).anySatisfy(change -> {
			assertThat(change.before()).isEqualTo("Thôn Thử Nghiệm");
			assertThat(change.after()).isEqualTo("Thôn Tân Hương Mới");
		});
		assertThat(producers.history(huongKhe.get("id").asLong(), account("admin"))).as("unchanged rows").hasSize(1);
	}

	// 2. A file with errors.

	ImportFiles.Table fileWithErrors(String valid, String other) {
		Map<String, Object> wrongTax = producer(registration(), "Hợp tác xã Sai mã thuế", "18133");
		wrongTax.put(TAX, "12345");
		Map<String, Object> localWorkers = producer(registration(), "Hợp tác xã Thừa lao động", "18133");
		localWorkers.put(WORKERS, 20);
		localWorkers.put(LOCAL_WORKERS, 30);
		Map<String, Object> noName = producer(other, null, "18133");
		noName.remove(NAME);
		return producerTable().row(producer(valid, "Hợp tác xã Dòng hợp lệ", "18133"))
			.row(wrongTax)
			.row(producer(registration(), "Hợp tác xã Xã không có", "99999"))
			.row(producer(registration(), "Hợp tác xã Xã cũ Sơn Ninh", "18175"))
			.row(noName)
			.row(producer(valid, "Hợp tác xã Trùng số", "18133"))
			.row(localWorkers);
	}

	@Test
	void aFileWithErrorsListsEveryRowAndSavesNothing() {
		String valid = registration();
		String other = registration();
		byte[] file = fileWithErrors(valid, other).xlsx();

		Outcome outcome = importOk("producers", "vanphong.hatinh", "loi.xlsx", file, false);

		assertThat(outcome.committed()).isFalse();
		assertThat(outcome.rowsRead()).isEqualTo(7);
		assertThat(outcome.rowsValid()).isEqualTo(1);
		assertThat(outcome.errorCount()).isEqualTo(6);
		assertThat(outcome.errors()).extracting(RowProblem::row, RowProblem::column)
			.containsExactly(tuple(3, TAX), tuple(4, COMMUNE), tuple(5, COMMUNE), tuple(6, NAME), tuple(7, REG),
					tuple(8, LOCAL_WORKERS));
		assertThat(outcome.errors()).extracting(RowProblem::message)
			.satisfiesExactly(
					tax -> assertThat(tax).startsWith("Mã số thuế “12345” không hợp lệ"),
					unknown -> assertThat(unknown).isEqualTo("Không có xã, phường nào mang mã 99999."),
					ended -> assertThat(ended).startsWith("Mã xã 18175 (Xã Sơn Ninh) không còn hiệu lực từ 01/07/2025")
						.contains("hãy dùng mã của đơn vị mới", "Xã Hương Sơn (18133)"),
					name -> assertThat(name).isEqualTo("Vui lòng nhập thông tin này."),
					duplicate -> assertThat(duplicate).isEqualTo("Trùng với dòng 2 trong cùng tệp (" + valid + ")."),
					workers -> assertThat(workers)
						.isEqualTo("Số lao động địa phương (30) không được lớn hơn tổng số lao động (20)."));
		assertThat(producersNumbered("admin", valid)).as("the valid row is not saved either").isEmpty();
		assertThat(producersNumbered("admin", other)).isEmpty();
	}

	@Test
	void rowErrorsComeInTheCallersLanguage() {
		String valid = registration();
		byte[] file = fileWithErrors(valid, registration()).xlsx();

		Outcome outcome = importOk("producers", "vanphong.hatinh", "loi.xlsx", file, false, "en");

		assertThat(outcome.committed()).isFalse();
		assertThat(outcome.errors()).extracting(RowProblem::column)
			.as("columns keep the template's Vietnamese headers")
			.containsExactly(TAX, COMMUNE, COMMUNE, NAME, REG, LOCAL_WORKERS);
		assertThat(outcome.errors()).extracting(RowProblem::message)
			.satisfiesExactly(tax -> assertThat(tax).startsWith("Tax code \"12345\" is not valid"),
					unknown -> assertThat(unknown).isEqualTo("No commune or ward has code 99999."),
					ended -> assertThat(ended).startsWith("Commune code 18175 (Xã Sơn Ninh) is no longer in force")
						.contains("Xã Hương Sơn (18133)"),
					name -> assertThat(name).isEqualTo("Please fill this in."),
					duplicate -> assertThat(duplicate).isEqualTo("Same as row 2 of this file (" + valid + ")."),
					workers -> assertThat(workers).isEqualTo("Local workers (30) cannot exceed total workers (20)."));
		assertThat(producersNumbered("admin", valid)).isEmpty();
	}

	// 3. Headers, merged cells, formulas.

	@Test
	void aWrongHeaderIsRefusedNamingTheColumn() {
		List<String> missing = PRODUCER_HEADERS.stream().filter(h -> !h.equals(COMMUNE)).toList();
		String registration = registration();
		Map<String, Object> row = producer(registration, "Hợp tác xã Thiếu cột", "18133");
		row.remove(COMMUNE);

		MvcTestResult withoutCommune = upload("producers", "vanphong.hatinh", "thieu-cot.xlsx",
				new ImportFiles.Table(missing).row(row).xlsx(), false, null);

		assertThat(withoutCommune).hasStatus(HttpStatus.CONFLICT)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.code").isEqualTo("import.header-missing");
				assertThat(json).extractingPath("$.detail").asString().contains("“Mã xã”");
			});

		List<String> extra = new ArrayList<>(PRODUCER_HEADERS);
		extra.add("Ghi chú nội bộ");
		Map<String, Object> noted = producer(registration, "Hợp tác xã Thừa cột", "18133");
		noted.put("Ghi chú nội bộ", "không nhập");

		MvcTestResult withUnknown = upload("producers", "vanphong.hatinh", "thua-cot.xlsx",
				new ImportFiles.Table(extra).row(noted).xlsx(), false, null);

		assertThat(withUnknown).hasStatus(HttpStatus.CONFLICT).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.code").isEqualTo("import.header-unknown");
			assertThat(json).extractingPath("$.detail").asString().contains("“Ghi chú nội bộ”");
		});
		assertThat(upload("producers", "vanphong.hatinh", "thua-cot.xlsx",
				new ImportFiles.Table(extra).row(noted).xlsx(), false, "en"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Column \"Ghi chú nội bộ\" is not in the template. Remove it or use the template.");
		assertThat(producersNumbered("admin", registration)).isEmpty();
	}

	@Test
	void mergedCellsAcrossDataRowsAreRowErrors() {
		String first = registration();
		String second = registration();
		Map<String, Object> below = producer(second, "Hợp tác xã Ô gộp dưới", null);
		below.remove(COMMUNE);
		byte[] file = producerTable().row(producer(first, "Hợp tác xã Ô gộp trên", "18133"))
			.row(below)
			.merge(COMMUNE, 2, 3)
			.xlsx();
		String communeColumn = String.valueOf((char) ('A' + PRODUCER_HEADERS.indexOf(COMMUNE)));

		Outcome outcome = importOk("producers", "vanphong.hatinh", "o-gop.xlsx", file, false);

		assertThat(outcome.committed()).isFalse();
		assertThat(outcome.errors()).anySatisfy(error -> {
			assertThat(error.row()).isEqualTo(2);
			assertThat(error.column()).isEqualTo(COMMUNE);
			assertThat(error.message()).startsWith("Ô gộp " + communeColumn + "2:" + communeColumn + "3")
				.contains("bỏ gộp ô");
		});
		assertThat(outcome.errors()).anySatisfy(error -> {
			assertThat(error.row()).isEqualTo(3);
			assertThat(error.column()).isEqualTo(COMMUNE);
		});
		assertThat(producersNumbered("admin", first)).as("not even the row holding the merged value").isEmpty();
	}

	@Test
	void aFormulaIsUsedByItsSavedValueAndRefusedWithoutOne() {
		String computed = registration();
		String unsaved = registration();
		Map<String, Object> withValue = producer(computed, null, "18133");
		withValue.put(NAME, new ImportFiles.Formula("\"Hợp tác xã \"&\"Công thức\"", true));
		Map<String, Object> withoutValue = producer(unsaved, null, "18133");
		withoutValue.put(NAME, new ImportFiles.Formula("CONCATENATE(\"Hợp tác xã \",\"Chưa tính\")", false));

		Outcome checked = importOk("producers", "vanphong.hatinh", "cong-thuc.xlsx",
				producerTable().row(withValue).row(withoutValue).xlsx(), true);

		assertThat(checked.rowsValid()).isEqualTo(1);
		assertThat(checked.errors()).isNotEmpty().allSatisfy(error -> {
			assertThat(error.row()).isEqualTo(3);
			assertThat(error.column()).isEqualTo(NAME);
		});
		assertThat(checked.errors()).extracting(RowProblem::message)
			.contains("Ô chứa công thức chưa có giá trị tính sẵn. Hãy mở tệp trong Excel, lưu lại, hoặc dán giá trị "
					+ "(Paste Values).");

		Outcome committed = importOk("producers", "vanphong.hatinh", "cong-thuc.xlsx",
				producerTable().row(withValue).xlsx(), false);

		assertThat(committed.committed()).isTrue();
		assertThat(theProducer("vanphong.hatinh", computed).get("name").asString()).isEqualTo("Hợp tác xã Công thức");
		assertThat(producersNumbered("admin", unsaved)).isEmpty();
	}

	// 4. CSV encodings.

	@Test
	void aWindows1258CsvWithSemicolonsKeepsItsVietnameseNames() {
		String first = registration();
		String second = registration();
		String cooperative = "Hợp tác xã Chè Đường Hoa Hương Đô";
		String household = "Hộ kinh doanh Nước mắm Cẩm Nhượng Bà Tuyết";
		Map<String, Object> seaSauce = producer(second, household, "18676");
		seaSauce.put(TYPE, "Hộ kinh doanh");
		seaSauce.put(REPRESENTATIVE, "Đặng Thị Tuyết");
		ImportFiles.Table table = producerTable().row(producer(first, cooperative, "18550")).row(seaSauce);
		byte[] file = table.csvWindows1258(';');
		assertThat(new String(file, StandardCharsets.UTF_8)).as("the bytes are not UTF-8").contains("\uFFFD");
		assertThat(Normalizer.normalize(new String(file, ImportFiles.WINDOWS_1258), Normalizer.Form.NFC))
			.as("the file holds the names, tones as combining marks")
			.contains(cooperative, household);

		Outcome outcome = importOk("producers", "vanphong.hatinh", "chu-the.csv", file, false);

		assertThat(outcome).isEqualTo(new Outcome(2, 2, 2, 0, List.of(), 0, true));
		String name = theProducer("vanphong.hatinh", first).get("name").asString();
		assertThat(name).isEqualTo(cooperative);
		assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
		JsonNode stored = theProducer("vanphong.hatinh", second);
		assertThat(stored.get("name").asString()).isEqualTo(household);
		assertThat(stored.get("representativeName").asString()).isEqualTo("Đặng Thị Tuyết");
		assertThat(stored.get("legalType").asString()).isEqualTo("HOUSEHOLD_BUSINESS");
	}

	@Test
	void aUtf8CsvWithByteOrderMarkKeepsItsVietnameseNames() {
		String registration = registration();
		String name = "Hợp tác xã Bưởi Phúc Trạch Hương Khê Mới";
		// Decomposed text, as some tools write it, is stored composed.
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		byte[] file = producerTable().row(producer(registration, decomposed, "18547")).csvUtf8WithBom(',');
		assertThat(file[0]).isEqualTo((byte) 0xEF);

		Outcome outcome = importOk("producers", "vanphong.hatinh", "chu-the-utf8.csv", file, false);

		assertThat(outcome).isEqualTo(new Outcome(1, 1, 1, 0, List.of(), 0, true));
		assertThat(theProducer("vanphong.hatinh", registration).get("name").asString()).isEqualTo(name);
	}

	// 5. Hostile files.

	@Test
	void aZipBombDisguisedAsAWorkbookIsRefusedAndNothingIsSaved() {
		String registration = registration();
		byte[] workbook = producerTable().row(producer(registration, "Hợp tác xã Bom nén", "18133")).xlsx();
		byte[] bomb = ImportFiles.zipBomb(workbook, 300);
		assertThat(bomb.length).as("the bomb is small").isLessThan(2_000_000);

		MvcTestResult result = upload("producers", "vanphong.hatinh", "bao-cao.xlsx", bomb, false, null);

		assertThat(result).hasStatus(HttpStatus.CONFLICT).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.code").isEqualTo("shared.spreadsheet.zip-bomb");
			assertThat(json).extractingPath("$.detail").asString().contains("bom nén");
		});
		assertThat(producersNumbered("admin", registration)).isEmpty();
	}

	@Test
	void aProgramNamedXlsxAndAnEmptyFileAreRefused() {
		byte[] program = new byte[4096];
		new Random(7).nextBytes(program);
		program[0] = 'M';
		program[1] = 'Z';

		assertThat(upload("producers", "vanphong.hatinh", "danh-sach.xlsx", program, false, null))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.code").isEqualTo("shared.spreadsheet.not-spreadsheet");
				assertThat(json).extractingPath("$.detail").asString().contains("không phải bảng tính");
			});
		assertThat(upload("products", "vanphong.hatinh", "rong.xlsx", new byte[0], false, null))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.code").isEqualTo("shared.import.empty");
				assertThat(json).extractingPath("$.detail").isEqualTo("Tệp rỗng.");
			});
		assertThat(upload("producers", "vanphong.hatinh", "chi-tieu-de.csv",
				String.join(",", PRODUCER_HEADERS).getBytes(StandardCharsets.UTF_8), false, null))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("import.no-rows");
	}

	// 6. Scope.

	@Test
	void aCommuneOfficerImportsOnlyInItsCommune() {
		String inside = registration();
		String outside = registration();
		byte[] file = producerTable().row(producer(inside, "Hợp tác xã Trong xã", "18133"))
			.row(producer(outside, "Hợp tác xã Ngoài xã", "18172"))
			.row(producer(SON_TAY_PRODUCER, "Công ty TNHH Nhung hươu đổi tên", "18133"))
			.xlsx();

		Outcome outcome = importOk("producers", "canbo.huongson", "xa.xlsx", file, false);

		assertThat(outcome.committed()).isFalse();
		assertThat(outcome.rowsValid()).isEqualTo(1);
		assertThat(outcome.errors()).extracting(RowProblem::row, RowProblem::column)
			.containsExactly(tuple(3, COMMUNE), tuple(4, REG));
		assertThat(outcome.errors().get(0).message()).endsWith("nằm ngoài phạm vi quản lý của bạn.");
		assertThat(outcome.errors().get(1).message())
			.startsWith("Mã số ĐKKD " + SON_TAY_PRODUCER + " đã được đăng ký cho một chủ thể khác");
		assertThat(producersNumbered("admin", inside)).isEmpty();
		assertThat(theProducer("admin", SON_TAY_PRODUCER).get("name").asString())
			.isEqualTo("Công ty TNHH Nhung hươu Hương Sơn Xanh");
	}

	@Test
	void aProducerOutsideTheScopeIsReportedLikeAnUnknownOne() {
		String unknown = registration();
		byte[] file = productTable()
			.row(values(PRODUCT_NAME, "Nước mắm Cái Rồng nhập thử", PRODUCER, QUANG_NINH_PRODUCER, SET, "07"))
			.row(values(PRODUCT_NAME, "Sản phẩm của chủ thể không có", PRODUCER, unknown, SET, "07"))
			.xlsx();

		Outcome outcome = importOk("products", "vanphong.hatinh", "san-pham.xlsx", file, false);

		assertThat(outcome.committed()).isFalse();
		assertThat(outcome.errors()).extracting(RowProblem::row, RowProblem::column)
			.containsExactly(tuple(2, PRODUCER), tuple(3, PRODUCER));
		String hidden = outcome.errors().get(0).message();
		String missing = outcome.errors().get(1).message();
		assertThat(hidden).startsWith("Không tìm thấy chủ thể").contains(QUANG_NINH_PRODUCER);
		assertThat(hidden.replace(QUANG_NINH_PRODUCER, "…")).isEqualTo(missing.replace(unknown, "…"));
	}

	@Test
	void aProducerAccountMayNotImportProducers() {
		byte[] file = producerTable().row(producer(registration(), "Hợp tác xã Tự đăng ký", "18133")).xlsx();

		assertThat(upload("producers", "chuthe.cambu", "chu-the.xlsx", file, true, null))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.code").isEqualTo("shared.import.not-allowed");
				assertThat(json).extractingPath("$.detail")
					.isEqualTo("Tài khoản của bạn không được nhập loại dữ liệu này.");
			});
	}

	// 7. Products.

	@Test
	void productsAreCreatedWithGeneratedCodesAndUpdatedOnReimport() {
		String registration = registration();
		long producerId = importedProducer("vanphong.hatinh", registration, "Hợp tác xã Sản phẩm nhập thử", "18133");
		Map<String, Object> dried = values(PRODUCT_NAME, "Cam bù sấy dẻo nhập thử", PRODUCER, registration, SET, 7,
				DESCRIPTION, "Lần đầu", CHANNELS, "Siêu thị, cửa hàng tiện lợi; Sàn thương mại điện tử");
		Map<String, Object> jam = values(PRODUCT_NAME, "Mứt cam bù nhập thử", PRODUCER, registration, SET, "07",
				CHANNELS, "Bán tại cơ sở sản xuất");

		Outcome created = importOk("products", "vanphong.hatinh", "san-pham.xlsx",
				productTable().row(dried).row(jam).xlsx(), false);

		assertThat(created).isEqualTo(new Outcome(2, 2, 2, 0, List.of(), 0, true));
		List<JsonNode> products = productsOf("vanphong.hatinh", producerId);
		assertThat(products).hasSize(2).allSatisfy(product -> {
			assertThat(product.get("code").asString()).matches("42-18133-\\d{4}");
			assertThat(product.get("productSetCode").asString()).as("\"7\" and \"07\" are set 07").isEqualTo("07");
		});
		assertThat(products).extracting(p -> p.get("code").asString()).doesNotHaveDuplicates();
		JsonNode driedProduct = products.stream()
			.filter(p -> p.get("name").asString().equals("Cam bù sấy dẻo nhập thử"))
			.findFirst()
			.orElseThrow();
		String driedCode = driedProduct.get("code").asString();
		String jamCode = products.stream()
			.filter(p -> p.get("name").asString().equals("Mứt cam bù nhập thử"))
			.findFirst()
			.orElseThrow()
			.get("code")
			.asString();
		JsonNode details = json(mvc.get()
			.uri("/api/v1/products/" + driedProduct.get("id").asLong())
			.with(httpBasic("vanphong.hatinh", PASSWORD))
			.exchange());
		assertThat(details.get("channels")).extracting(JsonNode::asString)
			.containsExactlyInAnyOrder("SUPERMARKET", "ECOMMERCE");

		// With codes: matched by code, even under a new name.
		dried.put(CODE, driedCode);
		dried.put(PRODUCT_NAME, "Cam bù sấy dẻo Sơn Kim nhập thử");
		dried.put(DESCRIPTION, "Lần hai");
		jam.put(CODE, jamCode.toLowerCase(java.util.Locale.ROOT));
		Outcome byCode = importOk("products", "vanphong.hatinh", "san-pham.xlsx",
				productTable().row(dried).row(jam).xlsx(), false);

		assertThat(byCode).isEqualTo(new Outcome(2, 2, 0, 2, List.of(), 0, true));
		assertThat(productsOf("vanphong.hatinh", producerId)).hasSize(2)
			.anySatisfy(p -> {
				assertThat(p.get("code").asString()).isEqualTo(driedCode);
				assertThat(p.get("name").asString()).isEqualTo("Cam bù sấy dẻo Sơn Kim nhập thử");
			});

		// Without codes: matched by producer and name.
		dried.remove(CODE);
		jam.remove(CODE);
		dried.put(DESCRIPTION, "Lần ba");
		Outcome byName = importOk("products", "vanphong.hatinh", "san-pham.csv",
				productTable().row(dried).row(jam).csvUtf8WithBom(';'), false);

		assertThat(byName).isEqualTo(new Outcome(2, 2, 0, 2, List.of(), 0, true));
		assertThat(productsOf("vanphong.hatinh", producerId)).hasSize(2);
		assertThat(json(mvc.get()
			.uri("/api/v1/products/" + driedProduct.get("id").asLong())
			.with(httpBasic("vanphong.hatinh", PASSWORD))
			.exchange()).get("description").asString()).isEqualTo("Lần ba");
	}

	@Test
	void anUnknownChannelOrAMissingProducerIsARowError() {
		String registration = registration();
		importedProducer("vanphong.hatinh", registration, "Hợp tác xã Kênh phân phối thử", "18133");
		byte[] file = productTable()
			.row(values(PRODUCT_NAME, "Chè xanh nhập thử", PRODUCER, registration, SET, "14", CHANNELS,
					"Chợ truyền thống; Chợ đêm"))
			.row(values(PRODUCT_NAME, "Sản phẩm không chủ thể", SET, "14"))
			.row(values(PRODUCT_NAME, "Chè búp nhập thử", PRODUCER, registration, SET, "Rau quả tươi"))
			.xlsx();

		Outcome outcome = importOk("products", "vanphong.hatinh", "kenh.xlsx", file, false);

		assertThat(outcome.committed()).isFalse();
		assertThat(outcome.rowsValid()).isZero();
		assertThat(outcome.errors()).extracting(RowProblem::row, RowProblem::column)
			.containsExactly(tuple(2, CHANNELS), tuple(3, PRODUCER), tuple(4, SET));
		String channel = outcome.errors().get(0).message();
		assertThat(channel).startsWith("“Chợ đêm” không phải giá trị hợp lệ. Chọn một trong:");
		for (DistributionChannel allowed : DistributionChannel.values()) {
			assertThat(channel).contains(messages.getMessage("product.channels." + allowed.name(), null,
					java.util.Locale.forLanguageTag("vi")));
		}
		assertThat(outcome.errors().get(1).message()).isEqualTo("Vui lòng nhập thông tin này.");
		assertThat(outcome.errors().get(2).message()).as("one message for the cell, not also \"required\"")
			.startsWith("“Rau quả tươi” không phải mã bộ sản phẩm");
		assertThat(productsOf("admin", theProducer("admin", registration).get("id").asLong())).isEmpty();

		// A file whose only row lacks its producer is refused row by row, not saved half-way or failed.
		Outcome alone = importOk("products", "vanphong.hatinh", "khong-chu-the.xlsx",
				productTable().row(values(CODE, "IMP-" + registration, PRODUCT_NAME, "Sản phẩm mồ côi", SET, "14"))
					.xlsx(),
				false);

		assertThat(alone).isEqualTo(new Outcome(1, 0, 0, 0,
				List.of(new RowProblem(2, PRODUCER, "Vui lòng nhập thông tin này.")), 1, false));
	}

	@Test
	void aCellThatCannotBeReadGetsOneMessage() {
		String registration = registration();
		Map<String, Object> row = producer(registration, "Hợp tác xã Ô sai", "18133");
		row.put(TYPE, "Công ty gia đình");
		row.put(DATE, "31/02/2024");
		row.put(WORKERS, "mười");

		Outcome outcome = importOk("producers", "vanphong.hatinh", "o-sai.xlsx", producerTable().row(row).xlsx(), true);

		assertThat(outcome.errors()).extracting(RowProblem::row, RowProblem::column)
			.containsExactlyInAnyOrder(tuple(2, TYPE), tuple(2, DATE), tuple(2, WORKERS));
		assertThat(outcome.errors()).extracting(RowProblem::message)
			.contains("“mười” không phải là số. Hãy nhập số, ví dụ 1.234 hoặc 12,5.")
			.anySatisfy(message -> assertThat(message)
				.startsWith("“Công ty gia đình” không phải giá trị hợp lệ. Chọn một trong: Hợp tác xã; Tổ hợp tác;"))
			.anySatisfy(message -> assertThat(message).startsWith("Ngày “31/02/2024” không có trên lịch"))
			.doesNotContain("Vui lòng nhập thông tin này.");
	}

	// 8. Background jobs through the pages.

	Cookie login(String username) {
		MvcTestResult result = mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", PASSWORD)
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workspace");
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	String submit(Cookie session, String kind, String fileName, byte[] content) {
		MvcTestResult result = mvc.post()
			.uri("/imports/" + kind)
			.multipart()
			.file(new MockMultipartFile("file", fileName, XLSX, content))
			.with(csrf())
			.cookie(session)
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/imports/" + kind + "/\\d+");
		return location;
	}

	String page(Cookie session, String url) {
		MvcTestResult result = mvc.get().uri(url).cookie(session).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	static String state(String html) {
		Matcher matcher = Pattern.compile("id=\"import-state\" data-state=\"([A-Z_]+)\"").matcher(html);
		assertThat(matcher.find()).as("the job page shows its state").isTrue();
		return matcher.group(1);
	}

	/** Polls the job page until the job, running on another thread, has finished its current run. */
	String awaitFinished(Cookie session, String url) {
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> page(session, url), html -> !state(html).equals("CHECKING") && !state(html).equals("COMMITTING"));
	}

	@Test
	void anOfficerChecksThenCommitsAFileInTheBackground() {
		Cookie session = login("vanphong.hatinh");
		String first = registration();
		String second = registration();
		byte[] file = producerTable().row(producer(first, "Hợp tác xã Nền Một", "18133"))
			.row(producer(second, "Hợp tác xã Nền Hai", "18550"))
			.xlsx();

		String job = submit(session, "producers", "nen.xlsx", file);
		String checked = awaitFinished(session, job);

		assertThat(state(checked)).isEqualTo("READY");
		assertThat(checked).contains("id=\"import-commit\"").doesNotContain("id=\"import-errors\"");
		assertThat(checked).containsPattern("id=\"count-created\">2<");
		assertThat(producersNumbered("admin", first)).as("a checked job saves nothing").isEmpty();

		MvcTestResult commit = mvc.post().uri(job + "/commit").with(csrf()).cookie(session).exchange();
		assertThat(commit).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(job);
		String committed = awaitFinished(session, job);

		assertThat(state(committed)).isEqualTo("COMMITTED");
		assertThat(committed).doesNotContain("id=\"import-commit\"");
		assertThat(theProducer("vanphong.hatinh", first).get("communeCode").asString()).isEqualTo("18133");
		assertThat(theProducer("vanphong.hatinh", second).get("communeCode").asString()).isEqualTo("18550");
		MvcTestResult progress = mvc.get().uri(job + "/progress").cookie(session).exchange();
		assertThat(progress).hasStatusOk().hasHeader("HX-Refresh", "true");
		assertThat(mvc.post().uri(job + "/commit").with(csrf()).cookie(session).exchange())
			.as("a committed job is not committed twice")
			.hasStatus(HttpStatus.FOUND);
		assertThat(producersNumbered("admin", first)).hasSize(1);
	}

	@Test
	void aJobWithErrorsShowsTheErrorsTableAndNoCommitButton() {
		Cookie session = login("vanphong.hatinh");
		String registration = registration();
		byte[] file = producerTable().row(producer(registration, "Hợp tác xã Nền hợp lệ", "18133"))
			.row(producer(registration(), "Hợp tác xã Nền lỗi", "99999"))
			.xlsx();

		String job = submit(session, "producers", "nen-loi.xlsx", file);
		String checked = awaitFinished(session, job);

		assertThat(state(checked)).isEqualTo("CHECKED_WITH_ERRORS");
		assertThat(checked).contains("id=\"import-errors\"", "Không có xã, phường nào mang mã 99999.");
		assertThat(checked).as("the error's row and column")
			.containsPattern("<td[^>]*>3</td>\\s*<td[^>]*>Mã xã</td>");
		assertThat(checked).doesNotContain("id=\"import-commit\"");
		assertThat(mvc.post().uri(job + "/commit").with(csrf()).cookie(session).exchange())
			.hasStatus(HttpStatus.FOUND);
		assertThat(page(session, job)).contains("Lần nhập này chưa sẵn sàng để ghi");
		assertThat(producersNumbered("admin", registration)).isEmpty();
		assertThat(mvc.get().uri(job).cookie(login("canbo.huongson")))
			.as("another user's job")
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theTemplateHasTheImportHeaders() {
		Cookie session = login("vanphong.hatinh");

		MvcTestResult producerTemplate = mvc.get().uri("/imports/producers/template.xlsx").cookie(session).exchange();
		MvcTestResult productTemplate = mvc.get().uri("/imports/products/template.xlsx").cookie(session).exchange();

		assertThat(producerTemplate).hasStatusOk().hasContentType(XLSX);
		assertThat(ImportFiles.firstSheetHeaders(producerTemplate.getResponse().getContentAsByteArray()))
			.isEqualTo(PRODUCER_HEADERS);
		assertThat(productTemplate).hasStatusOk();
		assertThat(ImportFiles.firstSheetHeaders(productTemplate.getResponse().getContentAsByteArray()))
			.isEqualTo(PRODUCT_HEADERS);
	}

	// 9. A large file.

	@Test
	void twentyThousandRowsAreCheckedThroughTheStreamingReader() {
		String run = Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase(java.util.Locale.ROOT);
		StringBuilder csv = new StringBuilder(String.join(",", PRODUCER_HEADERS)).append("\r\n");
		int rows = 20_000;
		for (int i = 0; i < rows; i++) {
			String[] values = new String[PRODUCER_HEADERS.size()];
			Arrays.fill(values, "");
			values[PRODUCER_HEADERS.indexOf(REG)] = "L" + run + "-" + i;
			values[PRODUCER_HEADERS.indexOf(NAME)] = "Hợp tác xã Thử nghiệm số " + i;
			values[PRODUCER_HEADERS.indexOf(TYPE)] = "Hợp tác xã";
			values[PRODUCER_HEADERS.indexOf(COMMUNE)] = HA_TINH_COMMUNES.get(i % HA_TINH_COMMUNES.size());
			values[PRODUCER_HEADERS.indexOf(WORKERS)] = String.valueOf(10 + i % 50);
			values[PRODUCER_HEADERS.indexOf(LOCAL_WORKERS)] = String.valueOf(i % 10);
			csv.append(String.join(",", values)).append("\r\n");
		}

		Outcome outcome = importOk("producers", "vanphong.hatinh", "lon.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8), true);

		assertThat(outcome).isEqualTo(new Outcome(rows, rows, rows, 0, List.of(), 0, false));
		assertThat(producersNumbered("admin", "L" + run + "-0")).isEmpty();
	}

}
