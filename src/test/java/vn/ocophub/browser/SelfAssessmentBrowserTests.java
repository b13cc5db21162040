package vn.ocophub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaHeading;
import vn.ocophub.criteria.CriteriaPart;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.criteria.CriterionOption;

/**
 * A producer self-assesses its product in a real browser (issue 4, items 5 and 6): from the product page it
 * starts a self-assessment, ticks options with the mouse and the keyboard, watches the running total, the
 * predicted stars and the way to the next star change, saves a draft, attaches evidence, submits and downloads
 * the PDF report. Screenshots 90–97 in target/screenshots.
 */
class SelfAssessmentBrowserTests extends BrowserTestSupport {

	@Autowired
	CriteriaCatalogue criteria;

	@Test
	void aProducerSelfAssessesItsProductAndSubmitsTheReport() throws Exception {
		logIn("chuthe.cambu", DEMO_PASSWORD);
		open("/products?q=42-18133-0001");
		clickAndWaitForNewPage(waitUntil(d -> d.findElement(org.openqa.selenium.By.linkText("Cam bù Hương Sơn"))));
		String productPage = currentPath();
		WebElement start = visible("#sa-start");
		assertThat(find("#self-assessments").getText()).contains("Tự đánh giá");
		screenshot("90-product-self-assessment-card");

		clickAndWaitForNewPage(start);
		assertThat(currentPath()).matches("/self-assessments/\\d+");
		String page = currentPath();
		assertThat(visible("main .alert-success").getText()).startsWith("Đã tạo phiếu tự đánh giá mới");
		assertThat(find("#sa-set").getText()).contains("QD148-2023-01", "QD1489-2025");
		assertThat(find("#sa-total").getText()).isEqualTo("0");
		assertThat(find("#sa-stars-text").getText()).isEqualTo("1 sao");
		screenshot("91-self-assessment-new");

		// A click on an option's label ticks it; the total follows without a page load.
		click(find("label[for='o-A-1-a-3']"));
		waitForText("#sa-total", "5");
		// The keyboard: focus the first option of A.1.b, then the arrow key moves the choice down.
		click(find("label[for='o-A-1-b-1']"));
		waitForText("#sa-total", "6");
		find("#o-A-1-b-1").sendKeys(Keys.ARROW_DOWN);
		waitForText("#sa-total", "7");
		assertThat(find("#o-A-1-b-2").isSelected()).isTrue();
		assertThat(find("#sa-part-A").getText()).contains("7/40");

		// Every other criterion at its best: 99 points, yet 4★, because A.1.b is below its 5★ condition.
		CriteriaPart[] parts = criteria.set("QD148-2023-01").parts().toArray(CriteriaPart[]::new);
		for (CriteriaPart part : parts) {
			for (CriteriaHeading heading : part.headings()) {
				for (Criterion criterion : heading.criteria()) {
					if (!criterion.code().equals("A.1.b")) {
						tick(best(criterion));
					}
				}
			}
		}
		waitForText("#sa-total", "99");
		assertThat(find("#sa-stars-text").getText()).isEqualTo("4 sao");
		assertThat(find("#sa-capped").getText()).contains("5★", "4★");
		assertThat(find("#sa-next").getText()).contains("Con đường lên 5★",
				"A.1.b: từ “Ứng dụng máy móc trong sơ chế, đóng gói sản phẩm” lên", "(+1 điểm, điều kiện 5★)");
		scrollToTop();
		screenshot("92-self-assessment-way-to-next-star");

		clickAndWaitForNewPage(find("#sa-save"));
		assertThat(visible("main .alert-success").getText()).isEqualTo("Đã lưu nháp.");
		assertThat(find("#o-A-1-b-2").isSelected()).isTrue();
		assertThat(find("#sa-total").getText()).isEqualTo("99");

		// Evidence for A.1.a, attached without leaving the page (nothing ticked is lost).
		click(find("label[for='o-A-1-b-3']"));
		waitForText("#sa-total", "100");
		Path pdf = Files.createTempFile(Files.createDirectories(Path.of("target")), "giay-chung-nhan-vietgap", ".pdf");
		Files.write(pdf, samplePdf());
		find("#file-A-1-a").sendKeys(pdf.toAbsolutePath().toString());
		click(find("#ev-A-1-a button[type='submit']"));
		waitForText("#ev-A-1-a", pdf.getFileName().toString());
		assertThat(find("#ev-A-1-a").getText()).contains("Minh chứng (1)");
		assertThat(find("#o-A-1-b-3").isSelected()).isTrue();
		assertThat(find("#sa-stars-text").getText()).isEqualTo("5 sao");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
				"document.getElementById('ev-A-1-a').scrollIntoView({block: 'center', behavior: 'instant'});");
		screenshot("93-self-assessment-evidence");

		clickConfirmAndWaitForNewPage(find("#sa-submit"), "Nộp báo cáo tự đánh giá?");
		assertThat(visible("main .alert-success").getText()).isEqualTo(
				"Đã nộp báo cáo tự đánh giá: 100 điểm, 5 sao. Báo cáo đã nộp không thể sửa.");
		assertThat(find("#sa-status").getText()).isEqualTo("Đã nộp");
		assertThat(findAll("#sa-save")).isEmpty();
		assertThat(find("#o-A-1-a-3").isEnabled()).isFalse();
		fullPageScreenshot("94-self-assessment-submitted");

		HttpResponse<byte[]> report = fetch(page + "/report.pdf");
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.headers().firstValue("Content-Type")).hasValue("application/pdf");
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("95-self-assessment-report.pdf"), report.body());
		String text = pdfText(report.body());
		assertThat(text).contains("BÁO CÁO TỰ ĐÁNH GIÁ SẢN PHẨM OCOP", "Cam bù Hương Sơn", "100/100 điểm",
				pdf.getFileName().toString(), "Người nộp: Phạm Thị Cam (demo) – chuthe.cambu");

		// The product page lists it as submitted; the list page too.
		open(productPage);
		waitForText("#sa-list", "Đã nộp");
		screenshot("96-product-self-assessments-listed");
		open("/self-assessments");
		assertThat(visible("#sa-table").getText()).contains("Cam bù Hương Sơn", "Đã nộp", "100");
		screenshot("97-self-assessment-list");
	}

	private void tick(CriterionOption option) {
		WebElement radio = find("#o-" + option.code().replace('.', '-'));
		if (!radio.isSelected()) {
			click(find("label[for='" + radio.getAttribute("id") + "']"));
		}
	}

	private static CriterionOption best(Criterion criterion) {
		return criterion.options().stream().max(Comparator.comparingInt(CriterionOption::points)).orElseThrow();
	}

	private void scrollToTop() {
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
	}

	private static byte[] samplePdf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("VietGAP"));
		document.close();
		return out.toByteArray();
	}

}
