package vn.ocophub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ocophub.certificate.CertificateManagement;
import vn.ocophub.certificate.CertificateQuery;
import vn.ocophub.certificate.CertificateStatus;
import vn.ocophub.certificate.CertificateView;
import vn.ocophub.certificate.PdfQrCodes;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.shared.PageRequest;

/**
 * What a consumer does in a real browser, on the demo certificates: searches the catalogue from the home page without
 * accents, opens the product and follows it to its certificate's verification page; scans the QR code printed on a
 * certificate (the PDF drawn as a printer would, the code read back) and lands on the same page; and sees every status
 * a certificate can have at a glance on a phone. Screenshots 164–172 in target/screenshots.
 */
class CertificateStatusBrowserTests extends BrowserTestSupport {

	@Autowired
	CertificateManagement certificates;

	@Autowired
	UserDetailsService accounts;

	@Test
	void aConsumerSearchesWithoutAccentsOpensTheProductAndVerifiesItsCertificate() {
		open("/");
		type("#home-q", "cam bu huong son");
		clickAndWaitForNewPage(find("form[role=search] button[type=submit]"));
		assertThat(currentPath()).isEqualTo("/ocop");
		assertThat(visible("#results").getText()).contains("Cam bù Hương Sơn");
		screenshot("164-catalogue-search-without-accents");

		clickAndWaitForNewPage(find("#results").findElement(By.linkText("Cam bù Hương Sơn")));
		assertThat(visible("#product-name").getText()).isEqualTo("Cam bù Hương Sơn");
		assertThat(find("#certificate-box").getText()).contains("Còn hiệu lực", "TW-");
		fullPageScreenshot("165-catalogue-product");

		clickAndWaitForNewPage(find("#verify-link"));
		assertThat(currentPath()).startsWith("/verify/TW-");
		assertThat(visible("#verify-status").getAttribute("data-status")).isEqualTo("VALID");
		assertThat(find("#verify-status").getText()).contains("Còn hiệu lực");
		screenshot("166-verify-from-product");
	}

	@Test
	void scanningTheQrCodeOfAPrintedCertificateOpensItsVerificationPage() throws Exception {
		CurrentUser office = account("vanphong.hatinh");
		CertificateView certificate = demo("42-18073-0001", CertificateStatus.VALID);
		String scanned = PdfQrCodes.read(certificates.pdf(certificate.id(), office));
		// The code holds the public address of the deployment (ocop.public-url); here the test server stands for it.
		assertThat(scanned).endsWith("/verify/" + certificate.number());
		driver.manage().window().setSize(PHONE);
		driver.get(url(scanned.substring(scanned.indexOf("/verify/"))));
		assertThat(visible("#verify-status").getAttribute("data-status")).isEqualTo("VALID");
		assertThat(find("#certificate-number").getText()).isEqualTo(certificate.number());
		assertThat(find("body").getText()).contains(certificate.productName(), certificate.producerName());
		screenshot("167-verify-after-scanning");
	}

	@Test
	void everyStatusReadsAtAGlanceOnAPhone() {
		driver.manage().window().setSize(PHONE);
		record Case(String productCode, CertificateStatus status, String text, String colour, String shot) {
		}
		for (Case c : List.of(
				new Case("42-18172-0002", CertificateStatus.EXPIRING, "sắp hết hạn", "bg-warning", "168-verify-expiring"),
				new Case("42-18406-0001", CertificateStatus.EXPIRED, "Đã hết hiệu lực", "bg-secondary", "169-verify-expired"),
				new Case("42-18676-0002", CertificateStatus.REVOKED, "Vi phạm an toàn thực phẩm", "bg-danger",
						"170-verify-revoked"),
				new Case("42-18172-0001", CertificateStatus.SUPERSEDED, "Xem giấy chứng nhận hiện hành", "bg-primary",
						"171-verify-superseded"))) {
			CertificateView certificate = demo(c.productCode(), c.status());
			open("/verify/" + certificate.number());
			assertThat(visible("#verify-status").getAttribute("data-status")).isEqualTo(c.status().name());
			assertThat(find("#verify-status").getAttribute("class")).contains(c.colour());
			assertThat(find("#verify-status").getText()).contains(c.text());
			Number bottom = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("return document.getElementById('verify-status').getBoundingClientRect().bottom;");
			assertThat(bottom.doubleValue()).as("%s panel above the fold", c.status()).isLessThan(844);
			screenshot(c.shot());
		}
		// The superseded one leads to the product's current certificate, the central 5★.
		clickAndWaitForNewPage(find("#superseded-link"));
		assertThat(visible("#verify-status").getAttribute("data-status")).isEqualTo("VALID");
		assertThat(currentPath()).startsWith("/verify/TW-");
		screenshot("172-verify-current-after-superseded");
	}

	/** The demo certificate of a product in the given status (the newest such). */
	private CertificateView demo(String productCode, CertificateStatus status) {
		return certificates
			.search(new CertificateQuery(productCode, null, null, null, null), new PageRequest(0, 20),
					account("vanphong.trunguong"))
			.items()
			.stream()
			.filter(c -> c.productCode().equals(productCode) && c.status() == status)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no demo certificate of " + productCode + " " + status));
	}

	private CurrentUser account(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}

}
