package vn.ocophub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.criteria.CriterionOption;
import vn.ocophub.criteria.StarResult;
import vn.ocophub.evaluation.CouncilManagement;
import vn.ocophub.evaluation.ScoreSheetFixtures;
import vn.ocophub.evaluation.ScoreSheetFixtures.Council;
import vn.ocophub.product.ProductSet;

/**
 * A council member scores a product in a real browser (issue 5): from the navigation to the list of work, into
 * the score sheet, every criterion answered with the keyboard alone (Tab to the next criterion, arrow keys within
 * one), the running total, parts and stars following each choice without a page load, then saved and submitted.
 * Also: only one case of set 26's alternative headings counts, the sheet on a narrow screen, and the confirmed
 * result on the producer's dossier page. Screenshots 120–124 in target/screenshots.
 */
class ScoreSheetBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	CouncilManagement councils;

	@Autowired
	CriteriaCatalogue criteria;

	@Test
	void aMemberScoresAProductWithTheKeyboardAloneAndSubmitsTheSheet() {
		ScoreSheetFixtures fixtures = new ScoreSheetFixtures(context);
		Council council = fixtures.council(List.of(ProductSet.S01, ProductSet.S26));
		long dossier = council.dossiers().get(0);
		long tourism = council.dossiers().get(1);
		councils.declare(council.id(), dossier, false, Set.of(), null, fixtures.account(council.member()));
		councils.declare(council.id(), tourism, false, Set.of(), null, fixtures.account(council.member()));

		logIn(council.member(), ScoreSheetFixtures.MEMBER_PASSWORD);
		// The navigation still fits one line at 1280 px with the council link, in both languages.
		assertNavigationOnOneLine();
		open("/workspace?lang=en");
		assertNavigationOnOneLine();
		open("/workspace?lang=vi");
		clickAndWaitForNewPage(visible("#nav-council-work"));
		assertThat(find("#work-" + dossier).getAttribute("data-next")).isEqualTo("SCORE");
		screenshot("122-council-mine");
		clickAndWaitForNewPage(find("#work-" + dossier + " a"));
		assertThat(currentPath()).isEqualTo(sheetPath(council, dossier));
		assertThat(find("#sheet-total").getText()).isEqualTo("0");

		// Keyboard only: Tab reaches a criterion (on "not scored"); the up arrow picks its last option, the down
		// arrow its first (every third criterion); Tab moves on to the next criterion.
		((JavascriptExecutor) driver).executeScript("window.sameDocument = true;");
		CriteriaSet set = criteria.set("QD148-2023-01");
		Map<String, String> expected = new LinkedHashMap<>();
		int total = 0;
		int i = 0;
		for (Criterion criterion : set.criteria()) {
			WebElement radio = tabTo("answers[" + criterion.code() + "]");
			assertThat(radio.getAttribute("value")).isEmpty();
			boolean first = i++ % 3 == 2;
			keys(first ? Keys.ARROW_DOWN : Keys.ARROW_UP);
			CriterionOption option = criterion.options().get(first ? 0 : criterion.options().size() - 1);
			expected.put(criterion.code(), option.code());
			total += option.points();
			waitForText("#sheet-total", String.valueOf(total));
			assertThat(find("#" + "o-" + option.code().replace('.', '-')).isSelected()).isTrue();
		}
		StarResult result = criteria.score(criteria.current(), set.code(), expected);
		assertThat(result.total()).isEqualTo(total);
		assertThat(find("#sheet-stars-text").getText()).isEqualTo(result.stars() + " sao");
		assertThat(find("#sheet-part-A").getText()).contains(result.parts().get("A") + "/40");
		assertThat(find("#sheet-part-C").getText()).contains(result.parts().get("C") + "/35");
		assertThat(find("#sheet-unanswered").isDisplayed()).isFalse();
		assertThat(((JavascriptExecutor) driver).executeScript("return window.sameDocument === true;")).isEqualTo(true);
		// Beside the criterion in focus: what the producer ticked, in words; the commune's finding; the evidence.
		((JavascriptExecutor) driver).executeScript(
				"document.getElementById('o-A-1-a-3').focus(); window.scrollTo(0, document.getElementById('c-A-1-a').offsetTop - 80);");
		assertThat(find("#c-A-1-a .beside-self-text").isDisplayed()).isTrue();
		assertThat(find("#c-A-1-a").getText()).contains(ScoreSheetFixtures.ORIGIN_FINDING, "giay-chung-nhan-vung-trong.pdf");
		screenshot("120-score-sheet");

		// Tab on to "Lưu nháp", Space presses it.
		WebElement save = tabToId("sheet-save");
		WebElement html = find("html");
		save.sendKeys(Keys.SPACE);
		waitUntil(ExpectedConditions.stalenessOf(html));
		assertThat(visible("main .alert-success").getText()).isEqualTo("Đã lưu nháp phiếu chấm.");
		assertThat(find("#sheet-status").getText()).isEqualTo("Bản nháp");
		assertThat(find("#sheet-total").getText()).isEqualTo(String.valueOf(total));

		// "Nộp phiếu" asks first, then locks the sheet.
		WebElement submit = find("#sheet-submit");
		html = find("html");
		submit.sendKeys(Keys.SPACE);
		acceptConfirmation("Nộp phiếu chấm?");
		waitUntil(ExpectedConditions.stalenessOf(html));
		assertThat(visible("main .alert-success").getText()).isEqualTo("Đã nộp phiếu chấm: " + total + " điểm. Phiếu đã khóa.");
		assertThat(find("#sheet-status").getText()).isEqualTo("Đã nộp");
		assertThat(findAll("#sheet-save")).isEmpty();
		assertThat(find("#o-A-1-a-3").isEnabled()).isFalse();
		screenshot("121-score-sheet-submitted");

		// Set 26: answering the second case of an alternative heading clears the first; only one case counts.
		open(sheetPath(council, tourism));
		click(find("label[for='o-C-8-a-3']"));
		waitForText("#sheet-total", "3");
		click(find("label[for='o-C-8-b-1']"));
		waitForText("#sheet-total", "1");
		assertThat(find("#o-C-8-a-3").isSelected()).isFalse();
		assertThat(find("#sheet-part-C").getText()).contains("1/35");

		// On a narrow screen the running total is a bar at the bottom, always in view.
		Dimension before = driver.manage().window().getSize();
		driver.manage().window().setSize(new Dimension(420, 860));
		try {
			assertThat(find("#sheet-form").getCssValue("position")).isEqualTo("fixed");
			((JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.getElementById('c-A-1-a').offsetTop - 60);");
			screenshot("123-score-sheet-narrow");
		}
		finally {
			driver.manage().window().setSize(before);
		}
		// Saved, the server keeps the one case answered.
		html = find("html");
		click(find("#sheet-save"));
		waitUntil(ExpectedConditions.stalenessOf(html));
		assertThat(councils.sheet(council.id(), tourism, fixtures.account(council.member())).answers())
			.isEqualTo(Map.of("C.8.b", "C.8.b.1"));

		// The chair and the other member score the first product alike; once the chair confirms, its producer sees
		// the result on the dossier's page, with the way to the next star.
		for (String other : List.of(council.chair(), council.other())) {
			councils.declare(council.id(), dossier, false, Set.of(), null, fixtures.account(other));
			councils.saveSheet(council.id(), dossier, -1, expected, true, fixtures.account(other));
		}
		councils.confirm(council.id(), dossier, fixtures.account(council.chair()));
		logOut();
		logIn("chuthe.cambu", DEMO_PASSWORD);
		open("/dossiers/" + dossier);
		assertThat(visible("#dossier-result").getText()).contains("Kết quả đánh giá", total + ",00", result.stars() + " sao");
		screenshot("124-dossier-result");
	}

	private void assertNavigationOnOneLine() {
		WebElement link = visible("#nav-council-work");
		int middle = link.getLocation().getY() + link.getSize().getHeight() / 2;
		for (String id : List.of("nav-rounds", "user-menu", "lang-en")) {
			WebElement other = find("#" + id);
			assertThat(other.getLocation().getY() + other.getSize().getHeight() / 2).as("%s on the line of the links", id)
				.isBetween(middle - 5, middle + 5);
		}
	}

	/** Presses Tab until a radio of the named group has the focus (from the top of the page: past the navigation). */
	private WebElement tabTo(String name) {
		return tabUntil("name", name);
	}

	private WebElement tabToId(String id) {
		return tabUntil("id", id);
	}

	private WebElement tabUntil(String attribute, String value) {
		for (int i = 0; i < 60; i++) {
			keys(Keys.TAB);
			WebElement active = driver.switchTo().activeElement();
			if (value.equals(active.getAttribute(attribute))) {
				return active;
			}
		}
		throw new AssertionError("Tab never reached " + attribute + "=" + value);
	}

	private static String sheetPath(Council council, long dossier) {
		return "/councils/" + council.id() + "/dossiers/" + dossier + "/sheet";
	}

}
