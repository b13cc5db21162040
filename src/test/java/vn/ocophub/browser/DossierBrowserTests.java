package vn.ocophub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaFixtures;
import vn.ocophub.evaluation.SelfAssessmentManagement;
import vn.ocophub.evaluation.internal.DossierRecords;
import vn.ocophub.identity.CurrentUser;

/**
 * A dossier's way through a round in a real browser (issue 5, items 1–3 and 8): the province opens a round, the
 * producer files its submitted self-assessment and sends it to the commune, the commune officer (told by the
 * bell) returns it with a reason, the producer resubmits, the commune records its assessment of the four local
 * criteria and forwards it with its PDF report, and the province sees it waiting on the board. Screenshots
 * 100–110 in target/screenshots.
 */
class DossierBrowserTests extends BrowserTestSupport {

	@Autowired
	SelfAssessmentManagement assessments;

	@Autowired
	CriteriaCatalogue criteria;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	DossierRecords records;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDossierGoesFromTheProducerThroughTheCommuneToTheProvinceBoard() throws Exception {
		long assessment = submittedSelfAssessment();
		int year = freeYear();

		// The provincial office opens a round.
		logIn("vanphong.hatinh", DEMO_PASSWORD);
		open("/rounds");
		clickAndWaitForNewPage(visible("#round-new"));
		type("#year", String.valueOf(year));
		type("#number", "1");
		screenshot("100-round-form");
		clickAndWaitForNewPage(find("#round-open"));
		assertThat(visible("main .alert-success").getText()).isEqualTo("Đã mở đợt đánh giá 1/" + year + ".");
		String board = currentPath();
		assertThat(find("#round-heading").getText()).contains("Đợt 1/" + year, "Đang mở");
		screenshot("101-round-opened");
		logOut();

		// The producer files its dossier with its submitted self-assessment and sends it to the commune.
		logIn("chuthe.cambu", DEMO_PASSWORD);
		fillDossierForm(board, assessment);
		fullPageScreenshot("102-dossier-form");
		clickAndWaitForNewPage(find("#dossier-save"));
		String dossier = currentPath();
		assertThat(dossier).matches("/dossiers/\\d+");
		assertThat(find("#dossier-status").getText()).isEqualTo("Đang soạn");
		clickAndWaitForNewPage(find("#dossier-submit"));
		assertThat(visible("main .alert-success").getText()).startsWith("Đã nộp hồ sơ cho UBND xã.");
		assertThat(find("#dossier-status").getText()).isEqualTo("Đã nộp cho xã");
		screenshot("103-dossier-submitted");
		logOut();

		// The commune officer sees the bell, opens the notification and returns the dossier with a reason.
		logIn("canbo.huongson", DEMO_PASSWORD);
		waitUntil(d -> !d.findElements(By.cssSelector("#nav-notifications .badge")).isEmpty());
		clickAndWaitForNewPage(find("#nav-notifications"));
		screenshot("104-commune-notifications");
		clickAndWaitForNewPage(waitUntil(d -> d.findElement(By.xpath(
				"//ul[@id='notifications']//button[contains(., 'Cam bù Hương Sơn') and contains(., 'chờ xã kiểm tra')]"))));
		assertThat(currentPath()).isEqualTo(dossier);
		assertThat(find("#commune-help").getText()).contains("phiếu tự đánh giá số " + assessment);
		fullPageScreenshot("105-dossier-commune-check");
		click(find("#return-box summary"));
		type("#reasons", "Bổ sung bản sao giấy chứng nhận VietGAP còn hiệu lực của vùng trồng.");
		clickAndWaitForNewPage(find("#dossier-return"));
		assertThat(find("#dossier-status").getText()).isEqualTo("Trả lại để bổ sung");
		logOut();

		// The producer reads the reason and resubmits.
		logIn("chuthe.cambu", DEMO_PASSWORD);
		open(dossier);
		assertThat(visible("#return-reason").getText()).contains("Bổ sung bản sao giấy chứng nhận VietGAP");
		screenshot("106-dossier-returned");
		clickAndWaitForNewPage(find("#dossier-submit"));
		assertThat(find("#dossier-status").getText()).isEqualTo("Đã nộp cho xã");
		logOut();

		// The commune records its assessment of the four local criteria and forwards the dossier.
		logIn("canbo.huongson", DEMO_PASSWORD);
		open(dossier);
		fillCommuneAssessment();
		click(find("label[for='agreement-IDEA-LOWER']"));
		type("#note-IDEA", "Ý tưởng học từ mô hình cam Vinh, chưa hoàn toàn của địa phương.");
		fullPageScreenshot("107-commune-assessment");
		clickAndWaitForNewPage(find("#commune-save"));
		assertThat(find("#dossier-status").getText()).isEqualTo("Xã đã đánh giá");
		clickAndWaitForNewPage(visible("#commune-forward"));
		assertThat(find("#dossier-status").getText()).isEqualTo("Đã gửi lên tỉnh");
		assertThat(find("#commune").getText()).contains("Đã gửi lên tỉnh bởi");
		fullPageScreenshot("108-dossier-forwarded");
		HttpResponse<byte[]> report = fetch(dossier + "/commune-report.pdf");
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(new String(report.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("109-commune-report.pdf"), report.body());
		logOut();

		// The province sees it waiting on the board.
		logIn("vanphong.hatinh", DEMO_PASSWORD);
		open(board);
		WebElement table = visible("#board-table");
		assertThat(table.getText()).contains("Cam bù Hương Sơn", "Đã gửi lên tỉnh", "Chờ tỉnh");
		assertThat(find("#board-counts").getText()).contains("Đã gửi lên tỉnh (1)");
		screenshot("110-round-board");
	}

	/** A submitted self-assessment of the demo Cam bù Hương Sơn at 100 points, as its producer would file it. */
	private long submittedSelfAssessment() {
		CurrentUser producer = (CurrentUser) accounts.loadUserByUsername("chuthe.cambu");
		long product = jdbc.sql("SELECT id FROM product WHERE code = '42-18133-0001'").query(Long.class).single();
		long id = assessments.start(product, producer);
		Map<String, String> answers = CriteriaFixtures.bestAnswers(criteria.set("QD148-2023-01"));
		assessments.submit(id, 0, answers, producer);
		return id;
	}

	private int freeYear() {
		for (int year = 2031; year < 2100; year++) {
			if (records.nextNumber("42", year) == 1) {
				return year;
			}
		}
		throw new IllegalStateException("no free year");
	}

}
