package vn.ocophub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaFixtures;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.audit.AuditTrail;

/**
 * Self-assessments through the pages a browser uses: who may start, see and change one (a producer account only
 * for its own products), drafts saved and reloaded with optimistic locking, the running result, evidence checked
 * by content, submission that freezes everything, and the PDF report. Every product here is new, so the tests
 * also hold on a PostgreSQL database shared with other test classes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelfAssessmentIntegrationTests extends EvaluationIntegrationSupport {

	static final String SET_01 = "QD148-2023-01";

	@Autowired
	SelfAssessmentManagement assessments;

	@Autowired
	CriteriaCatalogue criteria;

	@Autowired
	AuditTrail audit;

	@Test
	void aProducerAccountAssessesOnlyItsOwnProducts() throws Exception {
		long own = ownProduct("Mứt cam chín cây " + token());
		long others = officerProduct("Bưởi Phúc Trạch " + token());
		long othersAssessment = start("canbo.huongson", others);
		long ownAssessment = start("chuthe.cambu", own);

		// It can neither start, open, print nor change another producer's self-assessment…
		assertThat(post("chuthe.cambu", "/self-assessments").param("productId", String.valueOf(others)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get("chuthe.cambu", "/self-assessments/" + othersAssessment)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.doesNotContain("Bưởi Phúc Trạch");
		assertThat(get("chuthe.cambu", "/self-assessments/" + othersAssessment + "/report.pdf"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("chuthe.cambu", "/self-assessments/" + othersAssessment).param("version", "0"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get("chuthe.cambu", "/self-assessments/of-product/" + others)).hasStatus(HttpStatus.FORBIDDEN);
		// …nor find it in its list, which holds its own.
		String list = get("chuthe.cambu", "/self-assessments").getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("/self-assessments/" + ownAssessment + "\"")
			.doesNotContain("/self-assessments/" + othersAssessment + "\"");
		// Another province's officer sees neither.
		assertThat(get("quantri.quangninh", "/self-assessments")).bodyText()
			.doesNotContain("/self-assessments/" + ownAssessment + "\"", "/self-assessments/" + othersAssessment + "\"");
		// The province office reads both, and the product page's card lists them with a start button.
		assertThat(get("vanphong.hatinh", "/self-assessments/of-product/" + own)).hasStatusOk()
			.bodyText()
			.contains("/self-assessments/" + ownAssessment, "Bản nháp", "sa-start");
		assertThat(get("hoidong.hatinh", "/self-assessments/of-product/" + own)).hasStatusOk()
			.bodyText()
			.contains("/self-assessments/" + ownAssessment)
			.doesNotContain("sa-start");
		assertThat(get("hoidong.hatinh", "/self-assessments/" + ownAssessment)).hasStatusOk()
			.bodyText()
			.contains("Bạn chỉ được xem phiếu này.")
			.doesNotContain("id=\"sa-save\"");
	}

	@Test
	void savesADraftAndReloadsItAndRefusesAStaleCopy() throws Exception {
		long product = ownProduct("Mứt cam sấy dẻo " + token());
		MvcTestResult started = post("chuthe.cambu", "/self-assessments").param("productId", String.valueOf(product))
			.exchange();
		assertThat(started).hasStatus3xxRedirection();
		String location = started.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		SelfAssessmentView draft = assessments.get(id, account("chuthe.cambu"));
		assertThat(draft.ruleVersion()).isEqualTo("QD1489-2025");
		assertThat(draft.criteriaSetCode()).isEqualTo(SET_01);
		assertThat(draft.status()).isEqualTo(SelfAssessmentStatus.DRAFT);

		assertThat(save("chuthe.cambu", id, draft.version(), Map.of("A.1.a", "A.1.a.3", "A.1.b", "A.1.b.2")))
			.hasRedirectedUrl("/self-assessments/" + id)
			.flash()
			.containsEntry("success", "Đã lưu nháp.");
		SelfAssessmentView saved = assessments.get(id, account("chuthe.cambu"));
		assertThat(saved.answers()).containsExactlyInAnyOrderEntriesOf(Map.of("A.1.a", "A.1.a.3", "A.1.b", "A.1.b.2"));
		assertThat(saved.score().total()).isEqualTo(7);
		assertThat(saved.version()).isGreaterThan(draft.version());
		assertThat(get("chuthe.cambu", "/self-assessments/" + id)).bodyText()
			.containsPattern("id=\"o-A-1-a-3\"[^>]*checked")
			.containsPattern("id=\"o-A-1-b-2\"[^>]*checked");

		// An officer editing from the page loaded before that save is told, and overwrites nothing.
		assertThat(save("canbo.huongson", id, draft.version(), Map.of("A.1.a", "A.1.a.1"))).hasStatusOk()
			.bodyText()
			.contains("vừa được người khác lưu");
		assertThat(assessments.get(id, account("chuthe.cambu")).answers()).containsEntry("A.1.a", "A.1.a.3");
	}

	@Test
	void previewShowsTheStarsAndTheWayToTheNextStar() {
		long id = start("chuthe.cambu", ownProduct("Nước cam ép " + token()));
		Map<String, String> answers = best(criteria.set(SET_01));
		MvcTestResult full = preview(id, answers);
		assertThat(full).hasStatusOk().bodyText().contains("5 sao", "★★★★★", "100</span>", "Đủ điều kiện công nhận");

		// One criterion below its 5★ marker caps the stars and names the upgrade that lifts them.
		answers.put("A.1.b", "A.1.b.2");
		assertThat(preview(id, answers)).hasStatusOk()
			.bodyText()
			.contains("4 sao", "Con đường lên 5★", "A.1.b: từ “Ứng dụng máy móc trong sơ chế, đóng gói sản phẩm” lên",
					"(+1 điểm, điều kiện 5★)");
		// Nothing was stored by the preview.
		assertThat(assessments.get(id, account("chuthe.cambu")).answers()).isEmpty();
	}

	@Test
	void submitsACompleteSheetAndRefusesEveryChangeAfterwards() throws Exception {
		long product = ownProduct("Tinh dầu vỏ cam " + token());
		long id = start("chuthe.cambu", product);
		CurrentUser producer = account("chuthe.cambu");
		assertThat(submit("chuthe.cambu", id, 0, Map.of("A.1.a", "A.1.a.1"))).hasStatusOk()
			.bodyText()
			.contains("Chưa thể nộp: còn");
		long version = assessments.get(id, producer).version();
		assertThat(version).as("a refused submission saves nothing").isZero();

		assertThat(attach("chuthe.cambu", id, "A.1.a", "vietgap.pdf", pdf())).hasStatus3xxRedirection();
		assertThat(submit("chuthe.cambu", id, version, best(criteria.set(SET_01)))).hasRedirectedUrl("/self-assessments/" + id)
			.flash()
			.containsEntry("success", "Đã nộp báo cáo tự đánh giá: 100 điểm, 5 sao. Báo cáo đã nộp không thể sửa.");
		SelfAssessmentView submitted = assessments.get(id, producer);
		assertThat(submitted.status()).isEqualTo(SelfAssessmentStatus.SUBMITTED);
		assertThat(submitted.submittedBy()).isEqualTo("chuthe.cambu");
		assertThat(submitted.submittedAt()).isNotNull();
		assertThat(submitted.score()).isEqualTo(new RecordedScore(100, 40, 25, 35, 5));
		assertThat(submitted.editable()).isFalse();
		// The filed report keeps each option's points and text, whatever later becomes of the rule file.
		assertThat(submitted.filedAnswers()).hasSameSizeAs(submitted.answers());
		assertThat(submitted.filedAnswers().values().stream().mapToInt(RecordedAnswer::points).sum()).isEqualTo(100);
		assertThat(submitted.filedAnswers().get("A.1.a").text())
			.isEqualTo(criteria.set(SET_01).criterion("A.1.a").orElseThrow().option(submitted.answers().get("A.1.a")).orElseThrow().text());
		assertThat(audit.history(SelfAssessmentManagement.AUDIT_TYPE, String.valueOf(id)))
			.extracting(entry -> entry.action())
			.contains("SELF_ASSESSMENT_CREATED", "SELF_ASSESSMENT_SUBMITTED");

		String refused = "đã được nộp nên không thể sửa";
		assertThat(save("chuthe.cambu", id, submitted.version(), Map.of("A.1.a", "A.1.a.1"))).bodyText().contains(refused);
		assertThat(submit("canbo.huongson", id, submitted.version(), best(criteria.set(SET_01)))).bodyText().contains(refused);
		assertThat(attach("chuthe.cambu", id, "A.1.b", "them.pdf", pdf())).flash().containsEntry("error",
				"Báo cáo tự đánh giá này đã được nộp nên không thể sửa, thêm hay gỡ minh chứng. Nếu cần điều chỉnh, hãy lập phiếu tự đánh giá mới.");
		long evidenceId = submitted.evidence().get(0).id();
		assertThat(post("chuthe.cambu", "/self-assessments/" + id + "/evidence/" + evidenceId + "/remove")
			.param("criterion", "A.1.a")).flash().containsKey("error");
		SelfAssessmentView after = assessments.get(id, producer);
		assertThat(after.answers()).isEqualTo(submitted.answers());
		assertThat(after.evidence()).hasSize(1);
		assertThat(after.version()).isEqualTo(submitted.version());
		assertThat(get("chuthe.cambu", "/self-assessments/" + id)).bodyText()
			.contains("Kết quả khi nộp", "Báo cáo đã được chuthe.cambu nộp lúc")
			.doesNotContain("id=\"sa-submit\"");
	}

	@Test
	void refusesAFakePdfAndServesARealOneOnlyToThoseWhoMaySeeIt() throws Exception {
		long id = start("chuthe.cambu", ownProduct("Mứt vỏ cam " + token()));
		byte[] text = "Giấy chứng nhận VietGAP số 123 (bản đánh máy)".getBytes(StandardCharsets.UTF_8);
		assertThat(attach("chuthe.cambu", id, "A.1.a", "giay-chung-nhan.pdf", text))
			.hasRedirectedUrl("/self-assessments/" + id + "#c-A-1-a")
			.flash()
			.containsEntry("error", "Tệp “giay-chung-nhan.pdf” không phải là PDF, JPEG hay PNG nên không thể đính kèm."
					+ " Hãy chọn tệp PDF hoặc ảnh chụp, ảnh quét dạng JPEG, PNG.");
		assertThat(assessments.get(id, account("chuthe.cambu")).evidence()).isEmpty();

		// Through htmx, the criterion's evidence block comes back with the file listed.
		byte[] contract = pdf();
		MvcTestResult added = mvc.post()
			.uri("/self-assessments/" + id + "/evidence")
			.multipart()
			.file(new MockMultipartFile("file", "hop-dong-bao-tieu.pdf", "application/pdf", contract))
			.param("criterion", "A.1.d")
			.header("HX-Request", "true")
			.with(user(account("chuthe.cambu")))
			.with(csrf())
			.exchange();
		assertThat(added).hasStatusOk().bodyText().contains("id=\"ev-A-1-d\"", "hop-dong-bao-tieu.pdf", "Minh chứng (1)");
		EvidenceFile file = assessments.get(id, account("chuthe.cambu")).evidence().get(0);
		assertThat(file.contentType()).isEqualTo("application/pdf");

		String uri = "/self-assessments/" + id + "/evidence/" + file.id();
		MvcTestResult served = get("vanphong.hatinh", uri);
		assertThat(served).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF).hasHeader("X-Content-Type-Options", "nosniff");
		assertThat(served.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(contract);
		assertThat(get("quantri.quangninh", uri)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aNewDraftReusesEvidenceFiledWithTheProductsEarlierSelfAssessment() throws Exception {
		CurrentUser producer = account("chuthe.cambu");
		long product = ownProduct("Cam bù Hương Sơn loại 1 " + token());
		long earlier = start("chuthe.cambu", product);
		byte[] contract = pdf();
		assertThat(attach("chuthe.cambu", earlier, "A.1.d", "hop-dong-lien-ket.pdf", contract)).hasStatus3xxRedirection();
		// A draft's files are not offered: only what was filed with a submitted self-assessment.
		long draftElsewhere = start("chuthe.cambu", product);
		assertThat(assessments.reusableEvidence(draftElsewhere, producer)).isEmpty();
		assessments.submit(earlier, assessments.get(earlier, producer).version(), best(criteria.set(SET_01)), producer);

		long renewal = start("chuthe.cambu", product);
		var offered = assessments.reusableEvidence(renewal, producer);
		assertThat(offered).containsOnlyKeys("A.1.d");
		var file = offered.get("A.1.d").get(0);
		assertThat(file.assessmentId()).isEqualTo(earlier);
		assertThat(get("chuthe.cambu", "/self-assessments/" + renewal)).hasStatusOk()
			.bodyText()
			.contains("Đã nộp trong hồ sơ trước", "hop-dong-lien-ket.pdf", "Dùng lại");

		MvcTestResult reused = post("chuthe.cambu", "/self-assessments/" + renewal + "/evidence/reuse")
			.param("source", String.valueOf(earlier))
			.param("evidence", String.valueOf(file.file().id()))
			.param("criterion", "A.1.d")
			.header("HX-Request", "true")
			.exchange();
		assertThat(reused).hasStatusOk().bodyText().contains("hop-dong-lien-ket.pdf", "Minh chứng (1)").doesNotContain("Dùng lại");
		EvidenceFile copy = assessments.get(renewal, producer).evidence().get(0);
		assertThat(copy.criterionCode()).isEqualTo("A.1.d");
		assertThat(assessments.evidence(renewal, copy.id(), producer).bytes()).isEqualTo(contract);
		assertThat(assessments.reusableEvidence(renewal, producer)).isEmpty();
		assertThatThrownBy(() -> assessments.reuseEvidence(renewal, earlier, file.file().id(), producer))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("errorCode", SelfAssessmentManagement.Errors.EVIDENCE_DUPLICATE);
		// Another product's file, or a made-up one, is not reusable here.
		long others = start("chuthe.cambu", ownProduct("Bưởi " + token()));
		assertThatThrownBy(() -> assessments.reuseEvidence(others, earlier, file.file().id(), producer))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("errorCode", SelfAssessmentManagement.Errors.EVIDENCE_NOT_REUSABLE);
	}

	@Test
	void printsTheReportAsAPdfWithTheProductAndItsScore() throws Exception {
		String name = "Nước cốt cam Sơn Kim loại đặc biệt " + token();
		long id = start("chuthe.cambu", ownProduct(name));
		CurrentUser producer = account("chuthe.cambu");
		assessments.saveDraft(id, 0, Map.of("A.1.a", "A.1.a.3"), producer);

		MvcTestResult draft = get("chuthe.cambu", "/self-assessments/" + id + "/report.pdf");
		assertThat(draft).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(draft.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		byte[] bytes = draft.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String text = text(bytes);
		assertThat(text).contains("BÁO CÁO TỰ ĐÁNH GIÁ SẢN PHẨM OCOP", "BẢN NHÁP", name, SET_01, "QD1489-2025",
				"Sản phẩm được trồng trên địa bàn cấp xã từ 75%", "5/100 điểm");

		assessments.submit(id, assessments.get(id, producer).version(), best(criteria.set(SET_01)), producer);
		String filed = text(get("canbo.huongson", "/self-assessments/" + id + "/report.pdf").getResponse()
			.getContentAsByteArray());
		assertThat(filed).contains(name, "100/100 điểm", "5 sao", "Người nộp: Phạm Thị Cam (demo) – chuthe.cambu").doesNotContain("BẢN NHÁP");
	}

	// --- helpers --------------------------------------------------------------------------------------------

	static String text(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		reader.close();
		return java.text.Normalizer.normalize(text.toString(), java.text.Normalizer.Form.NFC);
	}

	/** The best option of every criterion (the first case of an alternative heading): 100 points, 5★. */
	static Map<String, String> best(CriteriaSet set) {
		return CriteriaFixtures.bestAnswers(set);
	}

	/** A small but well-formed PDF. */
	static byte[] pdf() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		com.lowagie.text.Document document = new com.lowagie.text.Document();
		com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
		document.open();
		document.add(new com.lowagie.text.Paragraph("VietGAP certificate"));
		document.close();
		return out.toByteArray();
	}

	MvcTestResult attach(String username, long id, String criterion, String fileName, byte[] content) {
		return mvc.post()
			.uri("/self-assessments/" + id + "/evidence")
			.multipart()
			.file(new MockMultipartFile("file", fileName, "application/pdf", content))
			.param("criterion", criterion)
			.with(user(account(username)))
			.with(csrf())
			.exchange();
	}

	MvcTestResult save(String username, long id, long version, Map<String, String> answers) {
		return form(post(username, "/self-assessments/" + id), version, answers).exchange();
	}

	MvcTestResult submit(String username, long id, long version, Map<String, String> answers) {
		return form(post(username, "/self-assessments/" + id + "/submit"), version, answers).exchange();
	}

	MvcTestResult preview(long id, Map<String, String> answers) {
		return form(post("chuthe.cambu", "/self-assessments/" + id + "/preview").header("HX-Request", "true"), 0, answers)
			.exchange();
	}

	static MockMvcRequestBuilder form(MockMvcRequestBuilder request, long version, Map<String, String> answers) {
		request.param("version", String.valueOf(version));
		answers.forEach((criterion, option) -> request.param("answers[" + criterion + "]", option));
		return request;
	}

	long start(String username, long productId) {
		MvcTestResult started = post(username, "/self-assessments").param("productId", String.valueOf(productId)).exchange();
		assertThat(started).hasStatus3xxRedirection();
		String location = started.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
