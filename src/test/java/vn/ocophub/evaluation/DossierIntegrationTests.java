package vn.ocophub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.evaluation.internal.DossierRecords;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.UserManagement;

/**
 * Rounds and dossiers through the pages a browser uses: a province opens a round, a producer account files and
 * submits a dossier on its submitted self-assessment, the product's commune returns it, assesses it and sends
 * it on with a frozen PDF report, the province sees it on the board, and everyone who waits is notified. Each
 * test opens its own round in a year no demo round uses, so the tests also hold on a shared PostgreSQL database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierIntegrationTests extends EvaluationIntegrationSupport {

	private static String otherCommuneOfficer;

	@Autowired
	SelfAssessmentManagement assessments;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	RoundManagement rounds;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	DossierRecords records;

	@Autowired
	CriteriaCatalogue criteria;

	@Autowired
	UserManagement users;

	@Test
	void aProvinceOfficerOpensARoundAndADuplicateIsRefused() {
		int year = freeYear();
		MvcTestResult opened = openRound("vanphong.hatinh", year, 1);
		assertThat(opened).hasStatus3xxRedirection()
			.flash()
			.containsEntry("success", "Đã mở đợt đánh giá 1/" + year + ".");
		String location = opened.getResponse().getRedirectedUrl();
		assertThat(get("vanphong.hatinh", location)).hasStatusOk()
			.bodyText()
			.contains("Đợt 1/" + year, "Đang mở", "Tỉnh Hà Tĩnh", "id=\"round-close\"");

		assertThat(openRound("vanphong.hatinh", year, 1)).hasStatusOk()
			.bodyText()
			.contains("Đã có đợt 1 năm " + year + " của Tỉnh Hà Tĩnh. Hãy chọn số đợt khác.");
		// An administrator, or a commune officer, is no OCOP office: neither opens a round.
		assertThat(openRound("quantri.quangninh", year, 1)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get("canbo.huongson", "/rounds/new")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(openRound("canbo.huongson", year, 2)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aDossierGoesFromTheProducerThroughTheCommuneToTheProvince() throws Exception {
		long round = round();
		String name = "Mứt cam chín cây loại đặc biệt " + token();
		long assessment = submittedAssessment(ownProduct(name));
		int communeUnread = notifications.unread(account("canbo.huongson"));
		int producerUnread = notifications.unread(account("chuthe.cambu"));

		assertThat(get("chuthe.cambu", "/rounds/" + round + "/dossiers/new")).hasStatusOk()
			.bodyText()
			.contains(name, "phiếu số " + assessment);
		long id = file(round, assessment);
		assertThat(get("chuthe.cambu", "/dossiers/" + id)).hasStatusOk()
			.bodyText()
			.contains("Hồ sơ: " + name, "Đang soạn", "id=\"dossier-submit\"");
		assertThat(post("chuthe.cambu", "/dossiers/" + id + "/submit").param("version", "0"))
			.hasRedirectedUrl("/dossiers/" + id)
			.flash()
			.containsEntry("success", "Đã nộp hồ sơ cho UBND xã. Cán bộ xã đã được thông báo.");
		assertThat(status(id)).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(notifications.unread(account("canbo.huongson"))).isEqualTo(communeUnread + 1);
		Notification told = notifications.recent(account("canbo.huongson")).get(0);
		assertThat(told.link()).isEqualTo("/dossiers/" + id);
		// The commune compares its findings on the four local criteria with what the producer ticked for them.
		assertThat(get("canbo.huongson", "/dossiers/" + id)).bodyText()
			.contains("Chủ thể tự chấm A.1.a: mức 3 (5 điểm)", "Chủ thể tự chấm A.2.a: mức", "Chủ thể tự chấm A.3.c: mức",
					"Chủ thể tự chấm B.5.b: mức");
		assertThat(get("canbo.huongson", "/notifications")).bodyText()
			.contains("Hồ sơ “" + name + "” của Hợp tác xã Cam bù Sơn Kim vừa được nộp, chờ xã kiểm tra.",
					vietnam(told.createdAt()));
		// Times read in Vietnam on both databases (pgjdbc answers in UTC).
		DossierEvent filed = dossiers.get(id, account("chuthe.cambu")).history().get(0);
		assertThat(filed.occurredAt().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
		assertThat(get("chuthe.cambu", "/dossiers/" + id)).bodyText().contains(vietnam(filed.occurredAt()) + " · chuthe.cambu");

		// The officer of another commune neither sees the dossier, nor acts on it, nor finds it on the board.
		String stranger = otherCommuneOfficer();
		assertThat(get(stranger, "/dossiers/" + id)).hasStatus(HttpStatus.FORBIDDEN).bodyText().doesNotContain(name);
		assertThat(post(stranger, "/dossiers/" + id + "/return").param("version", String.valueOf(version(id)))
			.param("reasons", "Thiếu giấy tờ")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(stranger, "/dossiers/" + id + "/commune-assessment").param("version", String.valueOf(version(id))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(stranger, "/dossiers/" + id + "/commune-report.pdf")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(stranger, "/rounds/" + round)).hasStatusOk().bodyText().doesNotContain(name).contains("Tất cả (0)");
		assertThat(notifications.recent(account(stranger))).noneMatch(n -> n.text().contains(name));
		assertThat(status(id)).isEqualTo(DossierStatus.SUBMITTED);

		// The right commune returns it with its reasons; a return without them is refused.
		assertThat(post("canbo.huongson", "/dossiers/" + id + "/return").param("version", String.valueOf(version(id)))
			.param("reasons", " ")).hasStatusOk().bodyText().contains("Hãy ghi lý do trả lại");
		assertThat(post("canbo.huongson", "/dossiers/" + id + "/return").param("version", String.valueOf(version(id)))
			.param("reasons", "Bổ sung giấy chứng nhận VietGAP còn hiệu lực.")).hasRedirectedUrl("/dossiers/" + id);
		assertThat(status(id)).isEqualTo(DossierStatus.RETURNED);
		assertThat(notifications.unread(account("chuthe.cambu"))).isEqualTo(producerUnread + 1);
		assertThat(get("chuthe.cambu", "/dossiers/" + id)).bodyText()
			.contains("Bổ sung giấy chứng nhận VietGAP còn hiệu lực.", "Nộp lại cho UBND xã");

		// The producer completes the form and resubmits.
		Map<String, String> form = form(assessment);
		form.put("productSummary", "Cam bù chín cây, đã bổ sung giấy chứng nhận VietGAP.");
		MockMvcRequestBuilder update = post("chuthe.cambu", "/dossiers/" + id).param("version", String.valueOf(version(id)));
		form.forEach(update::param);
		assertThat(update).hasRedirectedUrl("/dossiers/" + id);
		assertThat(post("chuthe.cambu", "/dossiers/" + id + "/submit").param("version", String.valueOf(version(id))))
			.hasRedirectedUrl("/dossiers/" + id);
		assertThat(status(id)).isEqualTo(DossierStatus.SUBMITTED);

		// The commune records its assessment, then sends the dossier on; a page loaded before that is refused.
		long stale = version(id);
		assertThat(assess("canbo.huongson", id, stale, "Nguyên liệu cam bù trồng tại xã")).hasRedirectedUrl("/dossiers/" + id + "#commune");
		assertThat(status(id)).isEqualTo(DossierStatus.COMMUNE_ASSESSED);
		assertThat(post("canbo.huongson", "/dossiers/" + id + "/forward").param("version", String.valueOf(stale)))
			.flash()
			.containsEntry("error", "Hồ sơ này vừa được người khác thay đổi trong lúc bạn đang xem, nên thao tác của bạn"
					+ " chưa được thực hiện. Hãy tải lại trang rồi thử lại.");
		assertThat(status(id)).isEqualTo(DossierStatus.COMMUNE_ASSESSED);
		assertThat(post("canbo.huongson", "/dossiers/" + id + "/forward").param("version", String.valueOf(version(id))))
			.hasRedirectedUrl("/dossiers/" + id)
			.flash()
			.containsKey("success");
		assertThat(status(id)).isEqualTo(DossierStatus.FORWARDED);

		// The report is a PDF, the same on every download, and neither it nor the assessment changes any more.
		MvcTestResult first = get("canbo.huongson", "/dossiers/" + id + "/commune-report.pdf");
		assertThat(first).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		byte[] pdf = first.getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(get("vanphong.hatinh", "/dossiers/" + id + "/commune-report.pdf").getResponse().getContentAsByteArray())
			.isEqualTo(pdf);
		CommuneAssessmentView sent = dossiers.get(id, account("canbo.huongson")).communeAssessment();
		assertThat(SelfAssessmentIntegrationTests.text(pdf)).contains("BÁO CÁO ĐÁNH GIÁ SẢN PHẨM OCOP CỦA XÃ", name,
				"UBND Xã Hương Sơn", "Nguyên liệu cam bù trồng tại xã", "100 điểm", vietnam(sent.sentAt()));
		assertThat(get("canbo.huongson", "/dossiers/" + id)).bodyText()
			.contains("Đã gửi lên tỉnh bởi canbo.huongson lúc " + vietnam(sent.sentAt()));
		assertThat(assess("canbo.huongson", id, version(id), "Sửa sau khi gửi")).hasStatusOk()
			.bodyText()
			.contains("Không thể chuyển hồ sơ");
		assertThat(post("canbo.huongson", "/dossiers/" + id + "/return").param("version", String.valueOf(version(id)))
			.param("reasons", "Trả lại sau khi gửi")).flash().containsKey("error");
		assertThat(dossiers.get(id, account("canbo.huongson")).communeAssessment().data().findings()
			.get(LocalCriterion.ORIGIN)
			.finding()).isEqualTo("Nguyên liệu cam bù trồng tại xã");
		assertThat(status(id)).isEqualTo(DossierStatus.FORWARDED);

		// The province sees it on the board and was told.
		assertThat(get("vanphong.hatinh", "/rounds/" + round)).hasStatusOk()
			.bodyText()
			.contains(name, "Đã gửi lên tỉnh (1)", "Tất cả (1)", "Chờ tỉnh");
		assertThat(notifications.recent(account("vanphong.hatinh"))).anyMatch(n -> n.text().contains(name));
		assertThat(get("chuthe.cambu", "/dossiers/" + id)).bodyText()
			.contains("Đã gửi lên tỉnh")
			.doesNotContain("id=\"dossier-submit\"", "id=\"commune-form\"");
	}

	@Test
	void closingARoundIsRefusedWhileAnOfficialOwesWorkAndLapsesWhatTheProducerNeverSent() {
		long round = round();
		long submitted = file(round, submittedAssessment(ownProduct("Mứt cam gừng " + token())));
		long draft = file(round, submittedAssessment(ownProduct("Vỏ cam sấy giòn " + token())));
		dossiers.submit(submitted, version(submitted), account("chuthe.cambu"));
		long roundVersion = rounds.get(round, account("vanphong.hatinh")).version();

		assertThat(post("vanphong.hatinh", "/rounds/" + round + "/close").param("version", String.valueOf(roundVersion)))
			.flash()
			.containsEntry("error", "Chưa thể đóng đợt " + label(round) + ": còn 1 hồ sơ đang chờ xã, tỉnh hoặc hội đồng xử lý.");
		assertThat(post("canbo.huongson", "/rounds/" + round + "/close").param("version", String.valueOf(roundVersion)))
			.hasStatus(HttpStatus.FORBIDDEN);

		dossiers.returnForCompletion(submitted, version(submitted), "Thiếu mẫu sản phẩm", account("canbo.huongson"));
		assertThat(post("vanphong.hatinh", "/rounds/" + round + "/close").param("version", String.valueOf(roundVersion)))
			.flash()
			.containsKey("success");
		assertThat(status(submitted)).isEqualTo(DossierStatus.LAPSED);
		assertThat(status(draft)).isEqualTo(DossierStatus.LAPSED);
		assertThat(rounds.get(round, account("vanphong.hatinh")).status()).isEqualTo(RoundStatus.CLOSED);
		assertThat(dossiers.get(draft, account("chuthe.cambu")).history()).last()
			.satisfies(e -> assertThat(e.reason()).contains("đã đóng"));
		// Nothing moves in a closed round.
		assertThat(post("chuthe.cambu", "/dossiers/" + draft + "/submit").param("version", String.valueOf(version(draft))))
			.flash()
			.containsKey("error");
		assertThat(get("vanphong.hatinh", "/rounds/" + round)).bodyText()
			.contains("Đã đóng", "Không hoàn thành (2)")
			.doesNotContain("id=\"round-close\"");
	}

	@Test
	void theBoardAndTheApiCountOnlyWhatTheReaderMaySee() {
		long round = round();
		long own = file(round, submittedAssessment(ownProduct("Nước cam quà biếu " + token())));
		dossiers.submit(own, version(own), account("chuthe.cambu"));
		fileAs("canbo.huongson", round, submittedAssessment(officerProduct("Bưởi xanh " + token()), "canbo.huongson"));

		RoundView province = rounds.get(round, account("vanphong.hatinh"));
		assertThat(province.dossiers()).isEqualTo(2);
		assertThat(province.count(DossierStatus.SUBMITTED)).isEqualTo(1);
		assertThat(province.count(DossierStatus.DRAFT)).isEqualTo(1);
		assertThat(rounds.get(round, account("chuthe.cambu")).dossiers()).isEqualTo(1);
		assertThat(rounds.get(round, account(otherCommuneOfficer())).dossiers()).isZero();
		assertThat(get("vanphong.hatinh", "/rounds/" + round + "?status=SUBMITTED")).bodyText()
			.contains("Nước cam quà biếu")
			.doesNotContain("Bưởi xanh");

		JsonNode hatinh = rounds("vanphong.hatinh");
		JsonNode item = find(hatinh, round);
		assertThat(item).isNotNull();
		assertThat(item.get("province").asString()).isEqualTo("42");
		assertThat(item.at("/dossiers/SUBMITTED").asInt()).isEqualTo(1);
		assertThat(item.at("/dossiers/DRAFT").asInt()).isEqualTo(1);
		assertThat(hatinh.get("total").asInt()).isEqualTo(hatinh.get("items").size());
		for (JsonNode r : hatinh.get("items")) {
			assertThat(r.get("province").isNull() || "42".equals(r.get("province").asString())).isTrue();
		}
		assertThat(find(rounds("chuthe.cambu"), round).at("/dossiers/SUBMITTED").asInt()).isEqualTo(1);
		assertThat(find(rounds("chuthe.cambu"), round).at("/dossiers/DRAFT").isMissingNode()).isTrue();
		assertThat(find(rounds("quantri.quangninh"), round)).isNull();
		assertThat(mvc.get().uri("/api/v1/rounds")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aDossierNeedsASubmittedSelfAssessmentOfItsOwnProduct() {
		long round = round();
		long product = ownProduct("Mứt cam hộp quà " + token());
		long draft = assessments.start(product, account("chuthe.cambu"));
		Map<String, String> form = form(draft);
		MockMvcRequestBuilder request = post("chuthe.cambu", "/rounds/" + round + "/dossiers");
		form.forEach(request::param);
		assertThat(request).hasStatusOk().bodyText().contains("chưa được nộp");

		long others = submittedAssessment(officerProduct("Bưởi đào " + token()), "canbo.huongson");
		MockMvcRequestBuilder foreign = post("chuthe.cambu", "/rounds/" + round + "/dossiers");
		form(others).forEach(foreign::param);
		assertThat(foreign).hasStatus(HttpStatus.FORBIDDEN);

		long id = file(round, submittedAssessment(product));
		MockMvcRequestBuilder twice = post("chuthe.cambu", "/rounds/" + round + "/dossiers");
		form(submittedAssessment(product)).forEach(twice::param);
		assertThat(twice).hasStatusOk().bodyText().contains("đã có hồ sơ trong đợt");
		assertThat(id).isPositive();
	}

	@Test
	void theDemoRoundIsOpenWithDossiersAtSeveralSteps() {
		RoundView demo = rounds.list(account("vanphong.hatinh"))
			.stream()
			.filter(r -> r.year() == 2026 && r.number() == 2 && "42".equals(r.provinceCode()))
			.findFirst()
			.orElseThrow();
		assertThat(demo.open()).isTrue();
		assertThat(demo.count(DossierStatus.SUBMITTED)).isOne();
		assertThat(demo.count(DossierStatus.RETURNED)).isOne();
		assertThat(demo.count(DossierStatus.FORWARDED)).isOne();
		assertThat(demo.count(DossierStatus.DRAFT)).isOne();
		DossierRow forwarded = dossiers.board(demo.id(), new BoardQuery(DossierStatus.FORWARDED, null),
				account("canbo.huongson")).get(0);
		assertThat(dossiers.get(forwarded.id(), account("canbo.huongson")).communeAssessment().sent()).isTrue();
		assertThat(get("canbo.huongson", "/dossiers/" + forwarded.id() + "/commune-report.pdf")).hasStatusOk();
	}

	// --- helpers --------------------------------------------------------------------------------------------

	/** An instant as a Vietnamese reader sees it, whatever offset the database gave it back with. */
	static String vietnam(OffsetDateTime at) {
		return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(at.atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	MvcTestResult assess(String username, long id, long version, String origin) {
		MockMvcRequestBuilder request = post(username, "/dossiers/" + id + "/commune-assessment").param("version",
				String.valueOf(version));
		for (String check : new String[] { "form", "selfAssessment", "samples", "evidence" }) {
			request.param("check." + check, "on");
		}
		for (LocalCriterion c : LocalCriterion.values()) {
			request.param("finding." + c, c == LocalCriterion.ORIGIN ? origin : "Đạt như chủ thể tự đánh giá");
			request.param("agreement." + c, c == LocalCriterion.IDEA ? "LOWER" : "AGREE");
			request.param("note." + c, c == LocalCriterion.IDEA ? "Ý tưởng từ tỉnh khác" : "");
		}
		request.param("conclusion", "Hồ sơ đủ thể thức, đề nghị tỉnh đánh giá.");
		return request.exchange();
	}

	long file(long round, long assessment) {
		return fileAs("chuthe.cambu", round, assessment);
	}

	long fileAs(String username, long round, long assessment) {
		MockMvcRequestBuilder request = post(username, "/rounds/" + round + "/dossiers");
		form(assessment).forEach(request::param);
		MvcTestResult filed = request.exchange();
		assertThat(filed).hasStatus3xxRedirection();
		String location = filed.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	static Map<String, String> form(long assessment) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("registrationType", "FIRST_TIME");
		form.put("selfAssessmentId", String.valueOf(assessment));
		form.put("applicantName", "Nguyễn Văn Hùng");
		form.put("applicantTitle", "Giám đốc hợp tác xã");
		form.put("applicantPhone", "0912 345 678");
		form.put("applicantEmail", "htx.cambu@example.vn");
		form.put("productionAddress", "Thôn Tân Hương, Xã Hương Sơn, Tỉnh Hà Tĩnh");
		form.put("productSummary", "Cam bù chín cây trồng trên đất đồi.");
		form.put("sampleCount", "5");
		return form;
	}

	long submittedAssessment(long product) {
		return submittedAssessment(product, "chuthe.cambu");
	}

	long submittedAssessment(long product, String username) {
		CurrentUser producer = account(username);
		long id = assessments.start(product, producer);
		assessments.submit(id, 0, SelfAssessmentIntegrationTests.best(criteria.set(SelfAssessmentIntegrationTests.SET_01)),
				producer);
		return id;
	}

	/** A new open round of Hà Tĩnh in a year of its own. */
	long round() {
		CurrentUser office = account("vanphong.hatinh");
		int year = freeYear();
		LocalDate today = LocalDate.now();
		return rounds.open(new RoundCommand(null, null, year, 1, null, today.plusDays(30), today.plusDays(40),
				today.plusDays(50), null, null, null, true), office).id();
	}

	/** A year in which Hà Tĩnh has no round yet (the demo rounds are in 2025 and 2026). */
	int freeYear() {
		for (int i = 0; i < 200; i++) {
			int year = 2030 + (int) Math.floorMod(SEQUENCE.incrementAndGet(), 70L);
			if (records.nextNumber("42", year) == 1) {
				return year;
			}
		}
		throw new IllegalStateException("no free year");
	}

	MvcTestResult openRound(String username, int year, int number) {
		LocalDate today = LocalDate.now();
		return post(username, "/rounds").param("year", String.valueOf(year))
			.param("number", String.valueOf(number))
			.param("ruleVersion", "QD1489-2025")
			.param("dossierDeadline", today.plusDays(30).toString())
			.param("communeReportDeadline", today.plusDays(40).toString())
			.param("councilDate", today.plusDays(50).toString())
			.param("divergenceLimit", "10")
			.param("quorumNumerator", "2")
			.param("quorumDenominator", "3")
			.param("chairRequired", "true")
			.exchange();
	}

	String label(long round) {
		RoundView view = rounds.get(round, account("vanphong.hatinh"));
		return view.number() + "/" + view.year();
	}

	JsonNode rounds(String username) {
		MvcTestResult result = mvc.get().uri("/api/v1/rounds").with(httpBasic(username, PASSWORD)).exchange();
		assertThat(result).hasStatusOk();
		return JSON.readTree(result.getResponse().getContentAsByteArray());
	}

	static JsonNode find(JsonNode page, long round) {
		for (JsonNode item : page.get("items")) {
			if (item.get("id").asLong() == round) {
				return item;
			}
		}
		return null;
	}

	DossierStatus status(long id) {
		return dossiers.get(id, account("vanphong.hatinh")).status();
	}

	long version(long id) {
		return dossiers.get(id, account("vanphong.hatinh")).version();
	}

	/** An officer of Xã Sơn Kim 1 (18196), a commune of Hà Tĩnh with no product in these tests. */
	synchronized String otherCommuneOfficer() {
		if (otherCommuneOfficer == null) {
			String username = "canbo.sonkim." + token();
			String initial = "SonKim@2026-" + token();
			MvcTestResult created = mvc.post()
				.uri("/api/v1/users")
				.with(httpBasic("admin", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("username", username, "fullName", "Trần Thị Lan", "roles",
						new String[] { "COMMUNE_OFFICER" }, "scopeLevel", "COMMUNE", "scopeUnitCode", "18196", "password",
						initial)))
				.exchange();
			assertThat(created).hasStatus(HttpStatus.CREATED);
			users.changeOwnPassword(account(username), initial, "SonKim@2027-" + token());
			otherCommuneOfficer = username;
		}
		return otherCommuneOfficer;
	}

}
