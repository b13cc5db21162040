package vn.ocophub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.criteria.CriterionOption;
import vn.ocophub.criteria.StarResult;
import vn.ocophub.evaluation.RoundManagement;
import vn.ocophub.evaluation.ScoreSheetFixtures;
import vn.ocophub.product.ProductSet;

/**
 * The whole way of a product through a provincial round in a real browser (issue 5): the producer files and
 * submits its dossier, the commune records its assessment and forwards it with its PDF report, the provincial
 * office forms a council (chair, vice-chair, three members, secretary) and assigns the dossier, every member
 * declares, one declares kinship with the producer and is refused the score sheet, the others score with totals
 * more than 10 points apart, so the result is flagged and cannot be confirmed; the chair reopens the lowest sheet
 * with a reason, the member re-scores within the limit, the chair confirms, the secretary writes the minutes
 * (rendered to PNG to be looked at, and read back), and the producer sees the result on its dossier. Only the
 * round, the product's submitted self-assessment and the member accounts are made through services. Screenshots
 * 140–149 in target/screenshots.
 */
class CouncilPathBrowserTests extends BrowserTestSupport {

	private static final String PDFTOPPM = "/usr/bin/pdftoppm";

	/** Why the chair reopens the lowest sheet; the minutes must carry it. */
	private static final String REOPEN_REASON = "Hội đồng thảo luận lại tiêu chí A.3 và B.1: chấm lại theo hồ sơ.";

	@Autowired
	ApplicationContext context;

	@Autowired
	CriteriaCatalogue criteria;

	@Autowired
	RoundManagement rounds;

	/** A council seat as the test fills it in: the account, the seat, the agency, and the member's name. */
	private record Seat(String username, String role, String fullName, String agency) {
	}

	@Test
	void aDossierGoesThroughTheCouncilWithARecusedMemberToTheMinutesAndTheProducersResult() throws Exception {
		ScoreSheetFixtures fixtures = new ScoreSheetFixtures(context);
		long roundId = fixtures.round();
		int year = rounds.get(roundId, fixtures.account("vanphong.hatinh")).year();
		String round = "/rounds/" + roundId;
		String productName = "Mứt cam bù Hương Sơn " + ScoreSheetFixtures.token();
		long assessment = fixtures.submittedSelfAssessment(productName, ProductSet.S01);
		Seat chair = seat(fixtures, "CHAIR", "Võ Đình Khang", "UBND tỉnh Hà Tĩnh");
		Seat vice = seat(fixtures, "VICE_CHAIR", "Hồ Thị Lan Anh", "Sở Nông nghiệp và Môi trường Hà Tĩnh");
		Seat member = seat(fixtures, "MEMBER", "Đặng Quốc Bảo", "Sở Công Thương Hà Tĩnh");
		Seat diverging = seat(fixtures, "MEMBER", "Lưu Thị Mỹ Duyên", "Sở Khoa học và Công nghệ Hà Tĩnh");
		Seat kin = seat(fixtures, "MEMBER", "Phan Văn Tùng", "Liên minh Hợp tác xã tỉnh Hà Tĩnh");
		Seat secretary = seat(fixtures, "SECRETARY", "Tạ Minh Châu", "Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh");
		List<Seat> seats = List.of(chair, vice, member, diverging, kin, secretary);

		// Totals more than 10 apart (88 to 72); after re-scoring 84: a spread of 4, a mean of 85,75.
		CriteriaSet set = criteria.set("QD148-2023-01");
		Map<Seat, Integer> totals = new LinkedHashMap<>();
		totals.put(chair, 88);
		totals.put(vice, 86);
		totals.put(member, 85);
		totals.put(diverging, 72);
		int rescored = 84;
		String mean = "85,75";

		// 1. The producer files its dossier in the round and submits it to the commune.
		logIn("chuthe.cambu", DEMO_PASSWORD);
		fillDossierForm(round, assessment);
		clickAndWaitForNewPage(find("#dossier-save"));
		String dossier = currentPath();
		assertThat(dossier).matches("/dossiers/\\d+");
		long dossierId = Long.parseLong(dossier.substring("/dossiers/".length()));
		clickAndWaitForNewPage(find("#dossier-submit"));
		assertThat(find("#dossier-status").getText()).isEqualTo("Đã nộp cho xã");
		screenshot("140-dossier-submitted");
		logOut();

		// 2. The commune officer records the commune's assessment and forwards it; the report is a PDF.
		logIn("canbo.huongson", DEMO_PASSWORD);
		open(dossier);
		fillCommuneAssessment();
		clickAndWaitForNewPage(find("#commune-save"));
		clickAndWaitForNewPage(visible("#commune-forward"));
		assertThat(find("#dossier-status").getText()).isEqualTo("Đã gửi lên tỉnh");
		HttpResponse<byte[]> report = fetch(find("#commune-report").getAttribute("href"));
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(pdfText(report.body())).contains(productName, COMMUNE_FINDINGS.get("LABOUR"));
		fullPageScreenshot("141-commune-forwarded");
		logOut();

		// 3. The provincial office forms the council from the round's page and assigns the dossier to it.
		logIn("vanphong.hatinh", DEMO_PASSWORD);
		open(round);
		clickAndWaitForNewPage(visible("#council-new"));
		type("#name", "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Hà Tĩnh năm " + year);
		type("#decisionRef", "215/QĐ-UBND");
		typeDate("sessionDate", LocalDate.of(year, 6, 15));
		for (int i = 0; i < seats.size(); i++) {
			new Select(find("#seat-" + i + "-username")).selectByValue(seats.get(i).username());
			new Select(find("#seat-" + i + "-role")).selectByValue(seats.get(i).role());
			type("#seat-" + i + "-agency", seats.get(i).agency());
		}
		type("#advisor-0-fullName", "Nguyễn Thị Hạnh");
		type("#advisor-0-agency", "Chi cục Quản lý chất lượng nông lâm sản và thủy sản");
		type("#advisor-0-task", "Kiểm tra mẫu sản phẩm");
		fullPageScreenshot("142-council-form");
		clickAndWaitForNewPage(find("#council-save"));
		assertThat(visible("main .alert-success").getText()).startsWith("Đã thành lập hội đồng.");
		String council = currentPath();
		assertThat(council).matches("/councils/\\d+");
		assertThat(find("#composition").getText()).contains("6 người, 5 người chấm điểm", chair.fullName(), kin.agency());
		click(find("label[for='assign-" + dossierId + "']"));
		clickAndWaitForNewPage(find("#assign-submit"));
		assertThat(visible("main .alert-success").getText()).isEqualTo("Đã giao 1 hồ sơ cho hội đồng. Các thành viên đã được thông báo.");
		assertThat(find("#dossier-" + dossierId).getText()).contains(productName, "Đã giao hội đồng");
		fullPageScreenshot("143-council-assigned");
		logOut();

		// 4. The member related to the producer declares it and is recused: no score sheet for this product.
		logIn(kin.username(), ScoreSheetFixtures.MEMBER_PASSWORD);
		clickAndWaitForNewPage(visible("#nav-council-work"));
		open(council);
		clickAndWaitForNewPage(visible("#declare-" + dossierId));
		assertThat(find("#declaration-product-name").getText()).isEqualTo(productName);
		click(find("label[for='conflict-yes']"));
		click(find("label[for='kind-KINSHIP']"));
		type("#statement", "Chị ruột của tôi là xã viên, phụ trách sơ chế cam của hợp tác xã.");
		fullPageScreenshot("144-declaration-conflict");
		clickConfirmAndWaitForNewPage(find("#declaration-submit"), "Ký bản kê khai?");
		assertThat(currentPath()).isEqualTo(council);
		assertThat(visible("main .alert-success").getText()).startsWith("Đã ký bản kê khai: bạn tự rút khỏi việc đánh giá");
		assertThat(find("#dossier-" + dossierId).getText()).contains("Đã tự rút");
		assertThat(findAll("#score-" + dossierId)).isEmpty();
		open(sheetPath(council, dossierId));
		assertThat(visible("#error-detail").getText())
			.isEqualTo("Bạn đã kê khai xung đột lợi ích với sản phẩm này nên không xem hồ sơ và không chấm điểm.");
		screenshot("144-sheet-refused");
		logOut();

		// 5. The others declare no conflict and score: the sheet opens right after the declaration.
		for (Map.Entry<Seat, Integer> entry : totals.entrySet()) {
			Seat seat = entry.getKey();
			logIn(seat.username(), ScoreSheetFixtures.MEMBER_PASSWORD);
			declareNoConflict(council, dossierId);
			assertThat(currentPath()).isEqualTo(sheetPath(council, dossierId));
			assertThat(visible("main .alert-success").getText()).startsWith("Đã ký bản kê khai: không có xung đột lợi ích.");
			boolean reversed = seat == member || seat == diverging;
			fillSheet(answersFor(set, entry.getValue(), reversed), entry.getValue());
			if (seat == diverging) {
				scrollToTop();
				screenshot("145-score-sheet");
			}
			clickConfirmAndWaitForNewPage(find("#sheet-submit"), "Nộp phiếu chấm?");
			assertThat(visible("main .alert-success").getText())
				.isEqualTo("Đã nộp phiếu chấm: " + entry.getValue() + " điểm. Phiếu đã khóa.");
			logOut();
		}
		// The secretary declares too, and has no sheet.
		logIn(secretary.username(), ScoreSheetFixtures.MEMBER_PASSWORD);
		declareNoConflict(council, dossierId);
		assertThat(currentPath()).isEqualTo(council);
		assertThat(find("#dossier-" + dossierId).getText()).contains("Đã kê khai: không có xung đột");
		logOut();

		// 6. The chair sees the totals 16 points apart: flagged, and no confirmation (refused if forced).
		logIn(chair.username(), ScoreSheetFixtures.MEMBER_PASSWORD);
		open(council);
		WebElement result = visible("#result-" + dossierId);
		assertThat(result.getText()).contains("4/4", diverging.fullName() + ": 72", chair.fullName() + ": 88",
				"cần thảo luận và chấm lại");
		assertThat(result.findElement(By.cssSelector(".result-flag")).getText())
			.isEqualTo("Điểm của các thành viên chênh nhau quá mức cho phép, cần thảo luận và chấm lại");
		assertThat(findAll("#confirm-" + dossierId)).isEmpty();
		assertThat(find("#progress-" + dossierId).getText()).contains(kin.fullName(), "Tự rút", "Quan hệ thân nhân với chủ thể");
		fullPageScreenshot("146-results-divergence");
		postFromPage(council + "/dossiers/" + dossierId + "/confirm");
		assertThat(visible("main .alert-danger").getText()).startsWith("Chưa thể xác nhận kết quả của “" + productName + "”")
			.contains("chênh nhau quá mức cho phép");
		assertThat(findAll("#confirm-" + dossierId)).isEmpty();
		// The chair reopens the lowest sheet, with the reason.
		WebElement reason = find("input[aria-label='Lý do mở lại phiếu chấm của " + diverging.fullName() + "']");
		assertThat(reason.getAttribute("placeholder")).isEqualTo("Lý do mở lại");
		click(reason);
		reason.sendKeys(REOPEN_REASON);
		clickConfirmAndWaitForNewPage(reason.findElement(By.xpath("following-sibling::button")),
				"Mở lại phiếu chấm đã nộp của " + diverging.fullName() + "?");
		assertThat(visible("main .alert-success").getText()).isEqualTo("Đã mở lại phiếu chấm. Thành viên đã được thông báo để chấm lại.");
		logOut();

		// 7. The member, told by the bell, re-scores within the limit.
		logIn(diverging.username(), ScoreSheetFixtures.MEMBER_PASSWORD);
		waitUntil(d -> !d.findElements(By.cssSelector("#nav-notifications .badge")).isEmpty());
		clickAndWaitForNewPage(find("#nav-notifications"));
		clickAndWaitForNewPage(waitUntil(d -> d.findElement(By.xpath(
				"//ul[@id='notifications']//button[contains(., 'đã mở lại phiếu chấm') and contains(., '" + productName + "')]"))));
		assertThat(currentPath()).isEqualTo(sheetPath(council, dossierId));
		assertThat(find("#sheet-reopened").getText())
			.isEqualTo("Chủ tịch hội đồng " + chair.fullName() + " đã mở lại phiếu để chấm lại (lần 2): " + REOPEN_REASON);
		assertThat(find("#sheet-revision").getText()).isEqualTo("Lần 2");
		assertThat(find("#sheet-earlier").getText()).contains("Lần 1: 72 điểm");
		fillSheet(answersFor(set, rescored, true), rescored);
		scrollToTop();
		screenshot("147-sheet-reopened");
		clickConfirmAndWaitForNewPage(find("#sheet-submit"), "Nộp phiếu chấm?");
		assertThat(visible("main .alert-success").getText()).isEqualTo("Đã nộp phiếu chấm: " + rescored + " điểm. Phiếu đã khóa.");
		logOut();

		// 8. The chair confirms the result.
		logIn(chair.username(), ScoreSheetFixtures.MEMBER_PASSWORD);
		open(council);
		assertThat(find("#result-" + dossierId).findElements(By.cssSelector(".result-flag"))).isEmpty();
		assertThat(find("#result-" + dossierId + " .result-mean").getText()).isEqualTo(mean);
		clickConfirmAndWaitForNewPage(find("#confirm-" + dossierId), "Xác nhận kết quả của “" + productName + "”: " + mean + " điểm");
		assertThat(visible("main .alert-success").getText()).startsWith("Đã xác nhận kết quả của “" + productName + "”: " + mean + " điểm");
		assertThat(find("#result-" + dossierId + " .ocop-stars").getAttribute("aria-label")).isEqualTo("4 sao");
		assertThat(find("#result-" + dossierId).getText()).contains("Trình UBND tỉnh quyết định công nhận");
		logOut();

		// 9. The secretary writes the minutes; they are read back and rendered to be looked at.
		logIn(secretary.username(), ScoreSheetFixtures.MEMBER_PASSWORD);
		open(council);
		clickAndWaitForNewPage(visible("#minutes-write"));
		assertThat(visible("main .alert-success").getText()).isEqualTo("Đã lập biên bản lần 1.");
		assertThat(find("#minutes-table").getText()).contains(secretary.fullName());
		fullPageScreenshot("148-council-minutes");
		HttpResponse<byte[]> minutes = fetch(find("#minutes-1").getAttribute("href"));
		assertThat(minutes.statusCode()).isEqualTo(200);
		assertThat(minutes.headers().firstValue("Content-Type")).hasValue("application/pdf");
		Files.createDirectories(SCREENSHOTS);
		Path pdf = SCREENSHOTS.resolve("148-minutes.pdf");
		Files.write(pdf, minutes.body());
		render(pdf, "148-minutes");
		// Lines of a cell wrap where the page ends them, and the cells of a row may come with no space between them.
		String text = pdfText(minutes.body()).replaceAll("\\s+", " ");
		assertThat(text).contains("BIÊN BẢN HỌP HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP", productName,
				"Có xung đột: Quan hệ thân nhân với chủ thể");
		assertThat(text).containsPattern(cells(chair.fullName() + " – Chủ tịch", "88") + "(?!\\d)")
			.containsPattern(cells(vice.fullName() + " – Phó Chủ tịch", "86") + "(?!\\d)")
			.containsPattern(cells(member.fullName() + " – Ủy viên", "85") + "(?!\\d)")
			.containsPattern(cells(diverging.fullName() + " – Ủy viên", String.valueOf(rescored)) + "(?!\\d)")
			.containsPattern(cells(kin.fullName() + " – Ủy viên", "Tự rút (xung đột lợi ích)"))
			.containsPattern(cells("Điểm trung bình", mean + " (A "))
			.containsPattern(cells("Hạng sao", "4 sao"))
			.containsPattern(cells("Chênh lệch điểm", "4 điểm (cho phép tối đa 10)"))
			.containsPattern(cells("Chấm lại", diverging.fullName() + ": phiếu lần 2, lý do: " + REOPEN_REASON
					+ " (mở lại bởi Chủ tịch " + chair.fullName() + ")"))
			.containsPattern(cells("Kết luận", "Trình UBND tỉnh quyết định công nhận – Chủ tịch " + chair.fullName()));
		logOut();

		// 10. The producer, told by the bell, sees the confirmed result on its dossier.
		logIn("chuthe.cambu", DEMO_PASSWORD);
		waitUntil(d -> !d.findElements(By.cssSelector("#nav-notifications .badge")).isEmpty());
		clickAndWaitForNewPage(find("#nav-notifications"));
		screenshot("149-producer-notifications");
		clickAndWaitForNewPage(waitUntil(d -> d.findElement(By.xpath("//ul[@id='notifications']//button[contains(., '"
				+ "Kết quả đánh giá “" + productName + "” đã được xác nhận: " + mean + " điểm, 4 sao.')]"))));
		assertThat(currentPath()).isEqualTo(dossier);
		assertThat(visible("#dossier-result").getText()).contains("Kết quả đánh giá", mean, "4 sao",
				"Trình UBND tỉnh quyết định công nhận");
		assertThat(find("#result-mean").getText()).isEqualTo(mean);
		assertThat(find("#result-confirmed").getText()).startsWith("Chủ tịch hội đồng " + chair.fullName() + " xác nhận lúc ");
		fullPageScreenshot("149-dossier-result");
	}

	/** A new council member account of Hà Tĩnh for a seat. */
	private static Seat seat(ScoreSheetFixtures fixtures, String role, String fullName, String agency) {
		return new Seat(fixtures.member(fullName, agency), role, fullName, agency);
	}

	/** From the council's page to the declaration of the product, signed with no conflict. */
	private void declareNoConflict(String council, long dossierId) {
		open(council);
		clickAndWaitForNewPage(visible("#declare-" + dossierId));
		click(find("label[for='conflict-no']"));
		clickConfirmAndWaitForNewPage(find("#declaration-submit"), "Ký bản kê khai?");
	}

	/**
	 * Answers the open score sheet as given, clicking each option's label (only where another option is ticked),
	 * and waits for the running total.
	 */
	private void fillSheet(Map<String, String> answers, int total) {
		answers.values().forEach(option -> {
			String id = "o-" + option.replace('.', '-');
			if (!find("#" + id).isSelected()) {
				click(find("label[for='" + id + "']"));
			}
		});
		// On failure, say which criteria the page still counts as not scored (a click that did not land).
		waiting().withMessage(() -> "the running total " + total + ", not " + find("#sheet-total").getText()
				+ "; not scored: " + ((JavascriptExecutor) driver).executeScript("""
						return Array.from(document.querySelectorAll('fieldset[data-criterion]'))
							.filter(f => !f.querySelector('input:checked:not([value=""])'))
							.map(f => f.dataset.criterion).join(', ');"""))
			.until(d -> String.valueOf(total).equals(d.findElement(By.id("sheet-total")).getText()));
		assertThat(find("#sheet-unanswered").isDisplayed()).isFalse();
	}

	/**
	 * Answers worth {@code total} that still meet every condition of 4★: the best option of every criterion, then,
	 * criterion after criterion (from the last with {@code reversed}), the lowest option that takes off no more
	 * than is still to take off and keeps the sheet at 4★.
	 */
	private Map<String, String> answersFor(CriteriaSet set, int total, boolean reversed) {
		Map<String, String> answers = new LinkedHashMap<>(ScoreSheetFixtures.best(set));
		int excess = criteria.score(criteria.current(), set.code(), answers).total() - total;
		List<Criterion> order = new ArrayList<>(set.criteria());
		if (reversed) {
			Collections.reverse(order);
		}
		for (Criterion criterion : order) {
			List<CriterionOption> lower = new ArrayList<>(criterion.options());
			lower.sort(Comparator.comparingInt(CriterionOption::points));
			for (CriterionOption option : lower) {
				int cut = criterion.bestPoints() - option.points();
				if (cut <= 0 || cut > excess) {
					continue;
				}
				Map<String, String> tried = new LinkedHashMap<>(answers);
				tried.put(criterion.code(), option.code());
				if (criteria.score(criteria.current(), set.code(), tried).stars() >= 4) {
					answers = tried;
					excess -= cut;
					break;
				}
			}
		}
		StarResult result = criteria.score(criteria.current(), set.code(), answers);
		assertThat(result.total()).isEqualTo(total);
		assertThat(result.stars()).isEqualTo(4);
		return answers;
	}

	/**
	 * Posts to {@code path} as a form of the current page would, with its CSRF token: what a tampered page (or a
	 * stale tab) would send, to see the server refuse what the page no longer offers.
	 */
	private void postFromPage(String path) {
		WebElement html = find("html");
		((JavascriptExecutor) driver).executeScript("""
				var form = document.createElement('form');
				form.method = 'post';
				form.action = arguments[0];
				form.appendChild(document.querySelector('input[name="_csrf"]').cloneNode());
				document.body.appendChild(form);
				form.submit();""", path);
		waitUntil(ExpectedConditions.stalenessOf(html));
	}

	/** Pages 1 and 2 of a PDF as PNG at 80 dpi beside it (NAME-1.png, NAME-2.png), when poppler is installed. */
	private static void render(Path pdf, String name) throws IOException, InterruptedException {
		if (!Files.isExecutable(Path.of(PDFTOPPM))) {
			System.err.println("pdftoppm not found at " + PDFTOPPM + ": the minutes are not rendered to PNG");
			return;
		}
		Process process = new ProcessBuilder(PDFTOPPM, "-png", "-r", "80", "-f", "1", "-l", "2",
				pdf.toAbsolutePath().toString(), SCREENSHOTS.resolve(name).toAbsolutePath().toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdftoppm finished").isTrue();
		assertThat(process.exitValue()).as("pdftoppm: %s", output).isZero();
		assertThat(SCREENSHOTS.resolve(name + "-1.png")).exists();
	}

	/** Neighbouring cells of a row of the minutes, as text read back from the PDF (a space between them, or none). */
	private static String cells(String... texts) {
		StringBuilder pattern = new StringBuilder();
		for (String text : texts) {
			pattern.append(pattern.isEmpty() ? "" : " ?").append(Pattern.quote(text));
		}
		return pattern.toString();
	}

	private void scrollToTop() {
		((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
	}

	private static String sheetPath(String council, long dossierId) {
		return council + "/dossiers/" + dossierId + "/sheet";
	}

}
