package vn.ocophub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.evaluation.ScoreSheetFixtures.Council;

/**
 * A council member's pages through the requests a browser sends: the list of work in every council, the score
 * sheet with the producer's self-assessed option, the commune's finding and the evidence beside each criterion,
 * drafts and submission, a page loaded before someone else's save, an incomplete submission, a recused member,
 * earlier revisions, and the confirmed result on the dossier's page. Every test forms its own council on new
 * forwarded dossiers in a round of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScoreSheetPagesIntegrationTests extends EvaluationIntegrationSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	CouncilManagement councils;

	@Autowired
	DossierManagement dossiers;

	ScoreSheetFixtures fixtures;

	CriteriaSet set;

	@BeforeEach
	void fixtures() {
		fixtures = new ScoreSheetFixtures(context);
		set = fixtures.set();
	}

	@Test
	void theSheetShowsTheSelfAssessedOptionsTheCommuneFindingsAndTheEvidence() {
		Council council = fixtures.council(1);
		long dossier = council.dossiers().get(0);
		declare(council, dossier, council.member(), false);

		String page = body(sheet(council, dossier, council.member()));
		// Header: the product, who made it, where, how it is filed, on which form, which revision, which state.
		assertThat(page).contains("Phiếu chấm điểm", "Mứt gừng sấy dẻo", "Hợp tác xã Cam bù Sơn Kim", "Xã Hương Sơn",
				"Đánh giá lần đầu", "QD148-2023-01", "Lần 1", "Chưa lưu", "Ủy viên", "id=\"sheet-save\"", "id=\"sheet-submit\"");
		// Beside A.1.a, the level the producer gave itself (the third, 5 points), marked among the options too.
		RecordedAnswer a1a = view(council, dossier, council.member()).selfAssessment().get("A.1.a");
		assertThat(a1a.optionCode()).isEqualTo("A.1.a.3");
		assertThat(page).contains("Mức 3 · 5 điểm", a1a.text(), "Chủ thể chọn");
		// The commune's findings sit beside the four local criteria; the idea rated lower, with the reason.
		assertThat(page).contains(ScoreSheetFixtures.ORIGIN_FINDING, "Xã đánh giá – Nguồn gốc nguyên liệu, sản phẩm",
				"Xã đánh giá – Nguồn gốc ý tưởng sản phẩm", "Thấp hơn chủ thể tự chấm", ScoreSheetFixtures.IDEA_NOTE,
				"Xã đánh giá – Sử dụng lao động địa phương", "Xã đánh giá – Tính đặc trưng, bản sắc địa phương");
		// Radios carry the points the browser adds up; the running total starts at 0 of 100.
		assertThat(page).contains("data-points=\"5\"", "data-bands=\"30,50,70,90\"", "id=\"sheet-total\">0<");

		// The evidence of A.1.a is one click away, served inline with its stored type, never sniffed.
		EvidenceFile file = councils.sheet(council.id(), dossier, account(council.member())).evidence().get("A.1.a").get(0);
		String link = "/councils/" + council.id() + "/dossiers/" + dossier + "/evidence/" + file.id();
		assertThat(page).contains(link);
		MvcTestResult evidence = get(council.member(), link);
		assertThat(evidence).hasStatusOk().hasContentType("application/pdf");
		assertThat(evidence.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("inline")
			.contains("giay-chung-nhan-vung-trong.pdf");
		assertThat(evidence.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(evidence.getResponse().getContentAsByteArray()).startsWith("%PDF-".getBytes());
	}

	@Test
	void aMemberSavesADraftSubmitsAndSeesEarlierRevisionsReadOnly() {
		Council council = fixtures.council(1);
		long dossier = council.dossiers().get(0);
		declare(council, dossier, council.member(), false);

		Map<String, String> some = Map.of("A.1.a", "A.1.a.3", "A.1.b", "A.1.b.2");
		assertThat(save(council, dossier, council.member(), -1, some, false)).hasRedirectedUrl(path(council, dossier))
			.flash()
			.containsEntry("success", "Đã lưu nháp phiếu chấm.");
		ScoreSheetView draft = view(council, dossier, council.member());
		assertThat(draft.answers()).isEqualTo(some);
		Document page = Jsoup.parse(body(sheet(council, dossier, council.member())));
		assertThat(page.getElementById("sheet-status").text()).isEqualTo("Bản nháp");
		assertThat(page.getElementById("o-A-1-a-3").hasAttr("checked")).isTrue();
		assertThat(page.getElementById("o-A-1-a-1").hasAttr("checked")).isFalse();
		assertThat(page.getElementById("sheet-total").text()).isEqualTo("7");

		Map<String, String> all = ScoreSheetFixtures.best(set);
		assertThat(save(council, dossier, council.member(), draft.version(), all, true)).hasRedirectedUrl(path(council, dossier))
			.flash()
			.containsEntry("success", "Đã nộp phiếu chấm: 100 điểm. Phiếu đã khóa.");
		assertThat(sheet(council, dossier, council.member())).bodyText()
			.contains("Đã nộp", "Phiếu đã nộp lúc", "disabled")
			.doesNotContain("id=\"sheet-save\"", "id=\"sheet-submit\"");
		// A locked sheet refuses a late save with the reason.
		assertThat(save(council, dossier, council.member(), view(council, dossier, council.member()).version(), some, false))
			.flash()
			.containsEntry("error", "Phiếu chấm đã nộp và đã khóa. Muốn chấm lại cần chủ tịch hội đồng mở lại, kèm lý do.");
		assertThat(view(council, dossier, council.member()).answers()).isEqualTo(all);

		// The chair reopens it: revision 2 is a draft with the reason; revision 1 stays viewable, read only.
		declare(council, dossier, council.chair(), false);
		councils.reopen(council.id(), dossier, view(council, dossier, council.member()).seat().memberId(),
				"Thảo luận lại tiêu chí A.1.b", account(council.chair()));
		assertThat(sheet(council, dossier, council.member())).bodyText()
			.contains("Lần 2", "Bản nháp", "Thảo luận lại tiêu chí A.1.b", "Các lần nộp trước", "Lần 1: 100 điểm",
					path(council, dossier) + "/revisions/1");
		assertThat(get(council.member(), path(council, dossier) + "/revisions/1")).hasStatusOk()
			.bodyText()
			.contains("Bạn đang xem phiếu lần 1", "Về phiếu hiện tại", "disabled")
			.doesNotContain("id=\"sheet-save\"");
		assertThat(get(council.member(), path(council, dossier) + "/revisions/7")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aStaleVersionIsRefusedWithTheServiceMessageAndNothingIsOverwritten() {
		Council council = fixtures.council(1);
		long dossier = council.dossiers().get(0);
		declare(council, dossier, council.member(), false);
		// Two tabs open on a sheet never saved: the first save wins, the second is refused.
		save(council, dossier, council.member(), -1, Map.of("A.1.a", "A.1.a.3"), false);
		MvcTestResult second = save(council, dossier, council.member(), -1, Map.of("A.1.a", "A.1.a.1"), false);
		String concurrent = "Hội đồng hoặc phiếu chấm vừa được người khác (hoặc một thẻ khác của bạn) cập nhật. "
				+ "Hãy tải lại trang để xem bản mới nhất.";
		assertThat(second).hasRedirectedUrl(path(council, dossier)).flash().containsEntry("error", concurrent);

		long read = view(council, dossier, council.member()).version();
		save(council, dossier, council.member(), read, Map.of("A.1.a", "A.1.a.3", "A.1.b", "A.1.b.3"), false);
		assertThat(save(council, dossier, council.member(), read, Map.of("A.1.a", "A.1.a.1"), false))
			.hasRedirectedUrl(path(council, dossier))
			.flash()
			.containsEntry("error", concurrent);
		// A submission from the stale page is refused too; the latest draft is what stands and what the page shows.
		assertThat(save(council, dossier, council.member(), read, ScoreSheetFixtures.first(set), true)).flash()
			.containsEntry("error", concurrent);
		ScoreSheetView latest = view(council, dossier, council.member());
		assertThat(latest.answers()).isEqualTo(Map.of("A.1.a", "A.1.a.3", "A.1.b", "A.1.b.3"));
		assertThat(latest.status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(sheet(council, dossier, council.member())).bodyText()
			.contains("name=\"version\" value=\"" + latest.version() + "\"");
	}

	@Test
	void anIncompleteSubmitKeepsTheAnswersAndListsTheMissingCriteria() {
		Council council = fixtures.council(1);
		long dossier = council.dossiers().get(0);
		declare(council, dossier, council.member(), false);
		Map<String, String> answers = new LinkedHashMap<>(ScoreSheetFixtures.best(set));
		answers.remove("A.2.b");
		answers.remove("C.11");
		answers.put("A.1.a", "A.1.a.2");

		MvcTestResult refused = save(council, dossier, council.member(), -1, answers, true);
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("Còn 2 tiêu chí chưa chấm: A.2.b, C.11. Hãy chấm đủ trước khi nộp phiếu.",
					"Còn 2 tiêu chí chưa chấm nên chưa thể nộp phiếu", "data-focus-first", "data-missing=\"c-A-2-b\"",
					"data-missing=\"c-C-11\"", "name=\"version\" value=\"-1\"");
		// What the member ticked is still ticked, though nothing was saved; the missing criteria are marked.
		Document page = Jsoup.parse(body(refused));
		assertThat(page.getElementById("o-A-1-a-2").hasAttr("checked")).isTrue();
		assertThat(page.getElementById("o-A-1-a-3").hasAttr("checked")).isFalse();
		assertThat(page.select("fieldset.is-missing").eachAttr("id")).containsExactly("c-A-2-b", "c-C-11");
		assertThat(view(council, dossier, council.member()).version()).isEqualTo(-1);
	}

	@Test
	void aRecusedMemberGetsNoSheetAndNoEvidenceAndAnUndeclaredOneIsSentToDeclare() {
		Council council = fixtures.council(1);
		long dossier = council.dossiers().get(0);
		councils.declare(council.id(), dossier, true, Set.of(ConflictKind.KINSHIP), null, account(council.other()));
		declare(council, dossier, council.member(), false);
		long evidence = councils.sheet(council.id(), dossier, account(council.member())).evidence().get("A.1.a").get(0).id();
		String evidencePath = "/councils/" + council.id() + "/dossiers/" + dossier + "/evidence/" + evidence;

		assertThat(sheet(council, dossier, council.other())).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("Bạn đã kê khai xung đột lợi ích với sản phẩm này nên không xem hồ sơ và không chấm điểm.");
		assertThat(get(council.other(), evidencePath)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(save(council, dossier, council.other(), -1, Map.of("A.1.a", "A.1.a.3"), false))
			.hasStatus(HttpStatus.FORBIDDEN);
		// Someone outside the council, and the secretary, who does not score, are refused as well.
		assertThat(sheet(council, dossier, "chuthe.cambu")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get("hoidong.hatinh", evidencePath)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(sheet(council, dossier, council.secretary())).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(sheet(council, dossier, council.chair()))
			.hasRedirectedUrl("/councils/" + council.id() + "/dossiers/" + dossier + "/declaration")
			.flash()
			.containsEntry("error", "Hãy kê khai xung đột lợi ích với sản phẩm này trước khi xem hồ sơ và chấm điểm.");
	}

	@Test
	void myCouncilWorkListsTheNextStepOfEachProduct() {
		Council council = fixtures.council(3);
		long declareIt = council.dossiers().get(0);
		long draft = council.dossiers().get(1);
		long submitted = council.dossiers().get(2);
		declare(council, draft, council.member(), false);
		save(council, draft, council.member(), -1, Map.of("A.1.a", "A.1.a.1"), false);
		declare(council, submitted, council.member(), false);
		save(council, submitted, council.member(), -1, ScoreSheetFixtures.best(set), true);
		declare(council, submitted, council.other(), true);

		String mine = body(get(council.member(), "/councils/mine"));
		String row = "id=\"work-";
		assertThat(mine).contains("Việc của tôi ở hội đồng", "Ủy viên", "Còn 2 sản phẩm chờ bạn",
				row + declareIt + "\" data-next=\"DECLARE\"",
				"/councils/" + council.id() + "/dossiers/" + declareIt + "/declaration",
				row + draft + "\" data-next=\"CONTINUE\"", "Tiếp tục chấm (bản nháp)", path(council, draft),
				row + submitted + "\" data-next=\"SUBMITTED\"", "100 điểm, lúc "
						+ DossierIntegrationTests.vietnam(view(council, submitted, council.member()).submittedAt()));
		assertThat(body(get(council.other(), "/councils/mine"))).contains(row + submitted + "\" data-next=\"RECUSED\"",
				"Đã tự rút (xung đột lợi ích)", row + declareIt + "\" data-next=\"DECLARE\"");
		assertThat(body(get(council.secretary(), "/councils/mine"))).contains("Thư ký",
				row + declareIt + "\" data-next=\"NOT_SCORING\"");
		// A council member finds the page in the navigation and on the workspace; a producer sees no council.
		assertThat(body(get(council.member(), "/workspace"))).contains("id=\"nav-council-work\"", "id=\"workspace-council-work\"");
		assertThat(body(get("chuthe.cambu", "/workspace"))).doesNotContain("nav-council-work", "workspace-council-work");
		assertThat(body(get("chuthe.cambu", "/councils/mine"))).contains("Bạn chưa là thành viên của hội đồng đánh giá nào.");
	}

	@Test
	void theDossierPageShowsTheConfirmedResultToTheProducerAndNothingBefore() {
		Council council = fixtures.council(1);
		long dossier = council.dossiers().get(0);
		Map<String, String> lowest = ScoreSheetFixtures.first(set);
		Map<String, String> oneMore = new LinkedHashMap<>(lowest);
		oneMore.put("A.1.a", "A.1.a.2");
		for (String member : List.of(council.chair(), council.member(), council.other())) {
			declare(council, dossier, member, false);
			save(council, dossier, member, -1, member.equals(council.member()) ? oneMore : lowest, true);
		}
		assertThat(body(get("chuthe.cambu", "/dossiers/" + dossier))).doesNotContain("dossier-result", "Kết quả đánh giá");

		ProductResult confirmed = councils.confirm(council.id(), dossier, account(council.chair()));
		assertThat(confirmed.routing()).isEqualTo(Routing.FEEDBACK);
		String page = body(get("chuthe.cambu", "/dossiers/" + dossier));
		String mean = confirmed.mean().toPlainString().replace('.', ',');
		assertThat(mean).contains(",").doesNotEndWith(",00");
		assertThat(page).contains("id=\"dossier-result\"", "Kết quả đánh giá", mean, "điểm trung bình",
				confirmed.stars() + " sao", "Chưa đủ điều kiện công nhận ở cấp này.",
				"Chưa đạt 3 sao: phản hồi cho chủ thể cách nâng hạng", "3 phiếu / 3 thành viên chấm điểm",
				"Chủ tịch hội đồng Nguyễn Văn Chủ Tịch xác nhận lúc "
						+ DossierIntegrationTests.vietnam(confirmed.confirmedAt()),
				"id=\"result-next\"", "Con đường lên " + (confirmed.stars() + 1) + "★");
		assertThat(page).contains("Phần A", "/40", "Phần B", "/25", "Phần C", "/35");
		// The commune officer sees it too; a producer never sees another producer's dossier, result or not.
		assertThat(body(get("canbo.huongson", "/dossiers/" + dossier))).contains("id=\"dossier-result\"");
	}

	// --- helpers --------------------------------------------------------------------------------------------

	void declare(Council council, long dossier, String username, boolean conflict) {
		councils.declare(council.id(), dossier, conflict, conflict ? Set.of(ConflictKind.FINANCIAL) : Set.of(), null,
				account(username));
	}

	ScoreSheetView view(Council council, long dossier, String username) {
		return councils.sheet(council.id(), dossier, account(username));
	}

	MvcTestResult sheet(Council council, long dossier, String username) {
		return get(username, path(council, dossier));
	}

	MvcTestResult save(Council council, long dossier, String username, long version, Map<String, String> answers,
			boolean submit) {
		MockMvcRequestBuilder request = post(username, path(council, dossier) + (submit ? "/submit" : ""))
			.param("version", String.valueOf(version));
		answers.forEach((criterion, option) -> request.param("answers[" + criterion + "]", option));
		return request.exchange();
	}

	static String path(Council council, long dossier) {
		return "/councils/" + council.id() + "/dossiers/" + dossier + "/sheet";
	}

	static String body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
