package vn.ocophub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ocophub.catalogue.CertificateFixtures;
import vn.ocophub.certificate.CertificateManagement;
import vn.ocophub.certificate.CertificateView;
import vn.ocophub.certificate.RecognitionManagement;

/**
 * The public catalogue in a real browser at phone width, without signing in: the verification page a QR code
 * opens tells the status at a glance (the whole panel above the fold, nothing wider than the screen), and the
 * catalogue's commune choices follow the province chosen (htmx) before filtering. The Hà Tĩnh office signs a
 * decision on one confirmed result first. Screenshots 160–163 in target/screenshots.
 */
class CatalogueBrowserTests extends BrowserTestSupport {

	@Autowired
	RecognitionManagement recognition;

	@Autowired
	CertificateManagement certificates;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void aPhoneSeesTheCertificateStatusAtAGlanceAndFiltersTheCatalogueByCommune() {
		CertificateView certificate = CertificateFixtures.issue(1, context).get(0);
		driver.manage().window().setSize(PHONE);

		open("/verify/" + certificate.number());
		assertThat(visible("#verify-status").getText()).contains("Còn hiệu lực");
		JavascriptExecutor js = (JavascriptExecutor) driver;
		Number bottom = (Number) js.executeScript(
				"return document.getElementById('verify-status').getBoundingClientRect().bottom;");
		Number height = (Number) js.executeScript("return window.innerHeight;");
		assertThat(bottom.doubleValue()).isLessThan(height.doubleValue());
		assertThat((Boolean) js.executeScript(
				"return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")).isTrue();
		assertThat(driver.getTitle()).contains(certificate.number());
		screenshot("160-verify-valid-phone");

		open("/verify/42-1999-9999");
		assertThat(visible("#verify-status").getText()).isEqualTo("Không tìm thấy giấy chứng nhận\nSố giấy chứng nhận 42-1999-9999");
		screenshot("161-verify-unknown-phone");

		open("/ocop/products/" + certificate.productId());
		assertThat(visible("#product-name").getText()).isEqualTo(certificate.productName());
		assertThat(find("script[type='application/ld+json']").getAttribute("innerHTML")).contains("\"@type\":\"Product\"");
		fullPageScreenshot("162-product-phone");

		open("/ocop");
		assertThat(find("#commune").isEnabled()).isFalse();
		new Select(find("#province")).selectByValue("42");
		waitUntil(d -> d.findElement(By.id("commune")).isEnabled());
		new Select(find("#commune")).selectByValue(certificate.communeCode());
		clickAndWaitForNewPage(find("#catalogue-filter button[type=submit]"));
		assertThat(findAll("#results a[href='/ocop/products/" + certificate.productId() + "']")).isNotEmpty();
		assertThat((Boolean) js.executeScript(
				"return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")).isTrue();
		fullPageScreenshot("163-catalogue-commune-phone");
	}

}
