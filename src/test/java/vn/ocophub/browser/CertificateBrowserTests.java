package vn.ocophub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.ocophub.certificate.RecognitionFixtures;

/**
 * Recognition in a real browser at desktop width: the Hà Tĩnh office finds its waiting results through the menu,
 * drafts a decision, fills it in and signs it after the confirmation step, then opens the certificate it issued;
 * the producer finds its certificates through its own menu. The menu stays on one line for both. Screenshots
 * 150–156 go to target/screenshots.
 */
class CertificateBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationContext context;

	@Test
	void theOfficeSignsADecisionInTheBrowserAndTheProducerFindsTheCertificate() {
		driver.manage().window().setSize(new Dimension(1280, 900));
		RecognitionFixtures fixtures = new RecognitionFixtures(context);
		List<Long> results = fixtures.confirmedResults(1);

		logIn(RecognitionFixtures.OFFICE, DEMO_PASSWORD);
		waitForPath("/workspace");
		assertNavigationFitsOnOneLine();
		clickAndWaitForNewPage(visible("#nav-decisions"));
		assertThat(currentPath()).isEqualTo("/decisions");
		click(find("#result-" + results.get(0)));
		fullPageScreenshot("150-decisions");
		clickAndWaitForNewPage(find("#draft-submit"));
		assertThat(visible("#decision-heading").getText()).contains("Dự thảo quyết định công nhận");

		String number = "B" + System.nanoTime() % 1_000_000 + "/QĐ-UBND";
		type("#number", number);
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
				find("#date"), fixtures.today().toString());
		type("#signerName", "Nguyễn Văn Ký");
		type("#signerTitle", "Phó Chủ tịch");
		fullPageScreenshot("151-decision-draft");
		clickAndWaitForNewPage(find("#decision-sign"));
		assertThat(visible("#sign-confirm").getText()).contains("Ký ban hành Quyết định số " + number);
		fullPageScreenshot("152-decision-confirm");
		clickAndWaitForNewPage(find("#sign-confirmed"));
		assertThat(visible(".alert-success").getText()).contains("Đã ký ban hành Quyết định số " + number);
		fullPageScreenshot("153-decision-signed");

		clickAndWaitForNewPage(find("#items-table a.certificate-link"));
		String certificate = currentPath();
		assertThat(visible("#certificate-banner").getText()).startsWith("Còn hiệu lực đến hết ngày");
		assertThat(find("#revocation-form").isDisplayed()).isTrue();
		// "Another ground" makes its words required before the form is sent.
		new Select(find("#ground")).selectByValue("OTHER");
		assertThat(find("#text").getDomProperty("required")).isEqualTo("true");
		new Select(find("#ground")).selectByValue("DISSOLVED");
		assertThat(find("#text").getDomProperty("required")).isEqualTo("false");
		fullPageScreenshot("154-certificate-office");
		open("/certificates");
		assertNavigationFitsOnOneLine();
		fullPageScreenshot("155-certificates-office");

		logOut();
		logIn("chuthe.cambu", DEMO_PASSWORD);
		assertNavigationFitsOnOneLine();
		clickAndWaitForNewPage(visible("#nav-certificates"));
		assertThat(currentPath()).isEqualTo("/certificates");
		open(certificate);
		assertThat(findAll("#revocation-form")).isEmpty();
		fullPageScreenshot("156-certificate-producer");
	}

}
