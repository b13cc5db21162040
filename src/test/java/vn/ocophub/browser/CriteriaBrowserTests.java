package vn.ocophub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The public criteria browser in a real browser, without signing in: from the navigation to the list of rule
 * versions and sets, then a verified set, an unverified one with its warning, and the corrections opened.
 * Screenshots 90–95 in target/screenshots, some at phone width.
 */
class CriteriaBrowserTests extends BrowserTestSupport {

	@Test
	void anyoneReadsTheRuleVersionsAndAWholeCriteriaSet() {
		open("/");
		clickAndWaitForNewPage(visible("#nav-criteria"));
		assertThat(currentPath()).isEqualTo("/criteria");
		assertThat(visible("h1").getText()).isEqualTo("Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP");
		assertThat(find("#version-QD1489-2025 .version-in-force").getText()).isEqualTo("Đang áp dụng");
		assertThat(findAll(".criteria-sets tr[id^=set-]")).hasSize(26);
		fullPageScreenshot("90-criteria-index");

		clickAndWaitForNewPage(find("#set-QD148-2023-01 a"));
		assertThat(currentPath()).isEqualTo("/criteria/QD148-2023-01");
		assertThat(visible("#set-name").getText()).isEqualTo("Bộ tiêu chí số 01: Rau, củ, quả, hạt tươi");
		assertThat(findAll("#set-unverified")).isEmpty();
		assertThat(find("#criterion-A\\.1\\.a .criteria-note").isDisplayed()).isTrue();
		// The stars are for the eye; a screen reader hears "điều kiện 5 sao".
		WebElement marker = find("#option-A\\.1\\.b\\.3 .star-marker");
		assertThat(marker.getText()).contains("★★★★★");
		assertThat(find("#option-A\\.1\\.b\\.3 .star-marker .visually-hidden").getAttribute("textContent"))
			.isEqualTo("điều kiện 5 sao");
		screenshot("91-criteria-set-01-top");
		fullPageScreenshot("92-criteria-set-01-full");

		open("/criteria/QD148-2023-13");
		assertThat(visible("#set-unverified h2").getText())
			.isEqualTo("Bộ tiêu chí này chưa đối chiếu xong với văn bản chính thức");
		screenshot("93-criteria-set-13-unverified");
		WebElement toggle = find("#corrections-toggle");
		assertThat(find("#corrections-body").isDisplayed()).isFalse();
		click(toggle);
		visible("#corrections-table");
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		scrollToTop("#corrections");
		screenshot("94-criteria-set-13-corrections");
		assertThat(find("#corrections-table").getText()).doesNotContain("??");

		driver.manage().window().setSize(PHONE);
		open("/criteria/QD148-2023-26");
		assertThat(visible("#heading-C\\.8 .criteria-alternative").getText()).startsWith("Chọn một trong các trường hợp");
		scrollToTop("#heading-C\\.8");
		screenshot("95-criteria-set-26-phone-alternative");
		assertThat(find("html").getAttribute("outerHTML")).doesNotContain("??");
	}

	private void scrollToTop(String css) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
				find(css));
	}

}
