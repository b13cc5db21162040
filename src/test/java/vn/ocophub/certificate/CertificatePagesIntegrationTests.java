package vn.ocophub.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.ocophub.identity.CurrentUser;

/**
 * The office's recognition pages and the certificate pages as their users see them: the Hà Tĩnh office drafts a
 * decision from confirmed results, changes it, is told what is missing, confirms and signs; certificates are
 * listed and shown in scope (the producer its own, another province nothing), the issuing office revokes with
 * its ground, and the PDF carries the product, the number and a QR code of the verification page. Every test
 * makes its own confirmed results, so demo decisions and other tests do not matter.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CertificatePagesIntegrationTests {

	static final String OFFICE = RecognitionFixtures.OFFICE;

	static final String NATIONAL = "vanphong.trunguong";

	static final String OTHER_PROVINCE = "vanphong.quangninh";

	static final String PRODUCER = "chuthe.cambu";

	static final String COMMUNE = "canbo.huongson";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	CertificateManagement certificates;

	RecognitionFixtures fixtures() {
		return new RecognitionFixtures(context);
	}

	// ------------------------------------------------------------------ decisions

	@Test
	void theOfficeDraftsADecisionFromConfirmedResultsChangesItAndSignsItAfterConfirming() {
		RecognitionFixtures fixtures = fixtures();
		List<Long> results = fixtures.confirmedResults(2);
		long first = results.get(0);
		long second = results.get(1);
		String secondName = fixtures.productName(second);

		Document list = html(get(OFFICE, "/decisions"));
		assertThat(list.select("h1").text()).isEqualTo("Quyết định công nhận");
		assertThat(list.select("#candidates-table input[name=dossierIds][value=" + first + "]")).hasSize(1);
		assertThat(list.select("#draft-submit").text()).isEqualTo("Lập dự thảo quyết định");

		MvcTestResult drafted = post(OFFICE, "/decisions").param("dossierIds", String.valueOf(first)).exchange();
		assertThat(drafted).hasStatus3xxRedirection().flash().containsEntry("success",
				"Đã lập dự thảo quyết định. Hãy nhập số quyết định, ngày ký và người ký trước khi ký ban hành.");
		String location = drafted.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Document draft = html(get(OFFICE, location));
		assertThat(draft.select("#decision-heading").text()).contains("Dự thảo quyết định công nhận", "Dự thảo");
		assertThat(draft.select("#items-table tbody tr")).hasSize(1);
		assertThat(draft.select("#add-table input[value=" + second + "]")).hasSize(1);
		assertThat(draft.select("#add-table input[value=" + first + "]")).isEmpty();

		// Adding the second result, then taking it off again with a page read before that change: refused.
		long version = version(draft);
		assertThat(post(OFFICE, location + "/items").param("version", String.valueOf(version))
			.param("dossierIds", String.valueOf(second))
			.exchange()).flash().containsEntry("success", "Đã thêm 1 sản phẩm vào dự thảo.");
		Document two = html(get(OFFICE, location));
		assertThat(two.select("#items-table tbody tr")).hasSize(2);
		String removeSecond = two.select("#items-table form[action~=/remove]").stream()
			.filter(f -> f.closest("tr").text().contains(secondName))
			.findFirst().orElseThrow().attr("action");
		assertThat(post(OFFICE, removeSecond).param("version", String.valueOf(version)).exchange()).flash()
			.containsEntry("error", "Quyết định vừa được người khác thay đổi. Vui lòng tải lại trang rồi thao tác lại.");
		assertThat(post(OFFICE, removeSecond).param("version", String.valueOf(version(two))).exchange()).flash()
			.containsEntry("success", "Đã bỏ sản phẩm ra khỏi dự thảo; kết quả của sản phẩm đã trở lại danh sách chờ.");
		assertThat(html(get(OFFICE, "/decisions")).select("#candidates-table input[value=" + second + "]")).hasSize(1);

		// A date in the future is refused beside the field, with what was typed kept.
		draft = html(get(OFFICE, location));
		String number = RecognitionFixtures.uniqueNumber();
		Document future = html(post(OFFICE, location).param("version", String.valueOf(version(draft)))
			.param("number", number)
			.param("date", fixtures.today().plusDays(1).toString())
			.param("signerName", "Nguyễn Văn Ký")
			.exchange());
		assertThat(future.select("#date.is-invalid + .invalid-feedback").text()).isEqualTo("Ngày ký không thể ở tương lai.");
		assertThat(future.select("#number").val()).isEqualTo(number);

		// A draft may be saved without a number; signing needs one (and the date and signer).
		assertThat(post(OFFICE, location).param("version", String.valueOf(version(draft)))
			.param("signerName", "Nguyễn Văn Ký")
			.param("signerTitle", "Phó Chủ tịch")
			.exchange()).flash().containsEntry("success", "Đã lưu dự thảo quyết định.");
		draft = html(get(OFFICE, location));
		assertThat(draft.select("#signerName").val()).isEqualTo("Nguyễn Văn Ký");
		Document missing = html(post(OFFICE, location + "/sign").param("version", String.valueOf(version(draft)))
			.param("number", " ")
			.param("signerName", "")
			.exchange());
		assertThat(missing.select("#number.is-invalid + .invalid-feedback").text()).isEqualTo("Nhập số quyết định.");
		assertThat(missing.select("#date.is-invalid + .invalid-feedback").text()).isEqualTo("Nhập ngày ký quyết định.");
		assertThat(missing.select("#signerName.is-invalid + .invalid-feedback").text()).isEqualTo("Nhập họ tên người ký.");
		assertThat(missing.select("#sign-confirm")).isEmpty();

		// The first step only asks to confirm; nothing is signed yet.
		String today = fixtures.today().toString();
		Document confirm = html(post(OFFICE, location + "/sign").param("version", String.valueOf(version(draft)))
			.param("number", number)
			.param("date", today)
			.param("signerName", "Nguyễn Văn Ký")
			.param("signerTitle", "Phó Chủ tịch")
			.exchange());
		assertThat(confirm.select("#sign-confirm").text()).contains("Ký ban hành Quyết định số " + number,
				"do Nguyễn Văn Ký ký, cấp giấy chứng nhận OCOP cho 1 sản phẩm.");
		assertThat(html(get(OFFICE, location)).select("#decision-form")).hasSize(1);

		MvcTestResult signed = post(OFFICE, location + "/sign").param("version", confirm.select("#sign-confirm input[name=version]").val())
			.param("number", number)
			.param("date", today)
			.param("signerName", "Nguyễn Văn Ký")
			.param("signerTitle", "Phó Chủ tịch")
			.param("confirmed", "true")
			.exchange();
		assertThat(signed).hasStatus3xxRedirection().flash().containsEntry("success",
				"Đã ký ban hành Quyết định số " + number + " và cấp 1 giấy chứng nhận.");
		Document page = html(get(OFFICE, location));
		assertThat(page.select("#decision-form, #decision-delete, #add-form")).isEmpty();
		assertThat(page.select("#decision-facts").text()).contains(number, "Nguyễn Văn Ký – Phó Chủ tịch");
		String certificateNumber = page.select("#items-table a.certificate-link").text();
		assertThat(certificateNumber).matches("42-" + fixtures.today().getYear() + "-\\d{4}");
		String certificateUrl = page.select("#items-table a.certificate-link").attr("href");
		assertThat(html(get(OFFICE, certificateUrl)).select("#certificate-heading").text()).contains(certificateNumber,
				"Còn hiệu lực");
		assertThat(html(get(OFFICE, "/decisions")).select("#decisions-table").text()).contains(number, "Đã ký ban hành");
		// A signed decision no longer changes.
		assertThat(post(OFFICE, location + "/delete").param("version", "99").exchange()).flash()
			.containsEntry("error", "Quyết định đã ký ban hành nên không thể sửa hay xóa.");
		assertThat(id).isPositive();
	}

	@Test
	void aDraftIsDeletedAndItsResultsWaitAgain() {
		long result = fixtures().confirmedResults(1).get(0);
		String location = post(OFFICE, "/decisions").param("dossierIds", String.valueOf(result)).exchange()
			.getResponse().getRedirectedUrl();
		assertThat(html(get(OFFICE, "/decisions")).select("#candidates-table input[value=" + result + "]")).isEmpty();
		MvcTestResult deleted = post(OFFICE, location + "/delete").param("version", String.valueOf(version(html(get(OFFICE, location)))))
			.exchange();
		assertThat(deleted).hasRedirectedUrl("/decisions").flash().containsEntry("success",
				"Đã xóa dự thảo quyết định. Các kết quả trong dự thảo đã trở lại danh sách chờ.");
		assertThat(html(get(OFFICE, "/decisions")).select("#candidates-table input[value=" + result + "]")).hasSize(1);
		assertThat(get(OFFICE, location)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void onlyOcopOfficesDecideAndEachSeesItsOwnDecisions() {
		DecisionView decision = fixtures().signedDecision(1);
		assertThat(html(get(NATIONAL, "/decisions")).text()).contains("Hội đồng Trung ương");
		assertThat(get(NATIONAL, "/decisions/" + decision.id())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(OTHER_PROVINCE, "/decisions/" + decision.id())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(PRODUCER, "/decisions")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(COMMUNE, "/decisions")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(PRODUCER, "/decisions").param("dossierIds", "1").exchange()).hasStatus(HttpStatus.FORBIDDEN);
		// The navigation leads each to its pages.
		Document office = html(get(OFFICE, "/certificates"));
		assertThat(office.select("#nav-decisions").attr("href")).isEqualTo("/decisions");
		assertThat(office.select("#nav-decisions").text()).isEqualTo("Công nhận");
		Document producer = html(get(PRODUCER, "/certificates"));
		assertThat(producer.select("#nav-certificates").text()).isEqualTo("Chứng nhận");
		assertThat(producer.select("#nav-certificates").attr("title")).isEqualTo("Giấy chứng nhận OCOP");
		assertThat(producer.select("#nav-decisions")).isEmpty();
		// Every text of the pages is in the English bundle too.
		long certificate = decision.items().get(0).certificateId();
		for (String page : List.of("/decisions", "/decisions/" + decision.id(), "/certificates", "/certificates/" + certificate)) {
			assertThat(html(get(OFFICE, page + "?lang=en")).html()).as(page).doesNotContain("??");
		}
		assertThat(html(get(OFFICE, "/certificates/" + certificate + "?lang=en")).select("#certificate-heading").text())
			.contains("Certificate No. ", "Valid");
		assertThat(html(get(OFFICE, "/decisions/" + decision.id() + "?lang=en")).select("#decision-heading").text())
			.contains("Decision No. " + decision.number(), "Signed");
	}

	// ------------------------------------------------------------------ certificates

	@Test
	void certificatesAreListedInScopeWithFiltersAndColouredStatuses() {
		CertificateView issued = issued();
		String q = "/certificates?q=" + issued.number();
		Document office = html(get(OFFICE, q));
		assertThat(office.select("#certificate-table tbody tr").text()).contains(issued.number(), issued.productName());
		assertThat(office.select("#certificate-table .cert-VALID").text()).contains("Còn hiệu lực");
		assertThat(office.select("#province")).isEmpty();
		assertThat(html(get(OFFICE, q + "&status=REVOKED")).select("#certificate-table").text()).doesNotContain(issued.number())
			.contains("Không có giấy chứng nhận nào phù hợp.");
		assertThat(html(get(OFFICE, q + "&status=VALID&stars=" + issued.stars())).select("#certificate-table").text())
			.contains(issued.number());
		assertThat(html(get(OFFICE, q + "&stars=" + (issued.stars() == 3 ? 5 : 3))).select("#certificate-table").text())
			.doesNotContain(issued.number());

		assertThat(html(get(PRODUCER, q)).select("#certificate-table").text()).contains(issued.number());
		assertThat(html(get(COMMUNE, q)).select("#certificate-table").text()).contains(issued.number());
		assertThat(html(get(OTHER_PROVINCE, q)).select("#certificate-table").text()).doesNotContain(issued.number());
		assertThat(get(OTHER_PROVINCE, "/certificates/" + issued.id())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(OTHER_PROVINCE, "/certificates/" + issued.id() + "/pdf")).hasStatus(HttpStatus.FORBIDDEN);

		// The national office reads every province and may narrow to one.
		Document national = html(get(NATIONAL, q + "&province=42"));
		assertThat(national.select("#province option[selected]").val()).isEqualTo("42");
		assertThat(national.select("#certificate-table").text()).contains(issued.number());
		assertThat(html(get(NATIONAL, q + "&province=22")).select("#certificate-table").text()).doesNotContain(issued.number());
	}

	@Test
	void theProducerSeesItsOwnCertificateWithItsPdfButCannotRevokeIt() {
		CertificateView issued = issued();
		Document page = html(get(PRODUCER, "/certificates/" + issued.id()));
		assertThat(page.select("#certificate-heading").text()).contains("Giấy chứng nhận số " + issued.number());
		assertThat(page.select("#certificate-banner").text()).startsWith("Còn hiệu lực đến hết ngày");
		assertThat(page.select("#certificate-facts").text()).contains(issued.productName(), issued.producerName(),
				"Xã Hương Sơn", issued.decisionNumber());
		assertThat(page.select("#certificate-verify").attr("href")).isEqualTo("/verify/" + issued.number());
		assertThat(page.select("#certificate-pdf").attr("href")).isEqualTo("/certificates/" + issued.id() + "/pdf");
		assertThat(page.select("#history").text()).contains("Cấp giấy chứng nhận");
		assertThat(page.select("#revocation-form")).isEmpty();
		assertThat(post(PRODUCER, "/certificates/" + issued.id() + "/revoke").param("version", String.valueOf(issued.version()))
			.param("ground", "DISSOLVED").param("decisionNumber", "1/QĐ").param("date", fixtures().today().toString())
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(PRODUCER, "/certificates/" + issued.id() + "/pdf")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF);
	}

	@Test
	void theIssuingOfficeRevokesOnAGroundAndAnotherGroundNeedsWords() throws Exception {
		RecognitionFixtures fixtures = fixtures();
		CertificateView issued = issued();
		String url = "/certificates/" + issued.id();
		assertThat(html(get(OFFICE, url)).select("#revocation-form select#ground option")).hasSize(8);

		Document other = html(post(OFFICE, url + "/revoke").param("version", String.valueOf(issued.version()))
			.param("ground", "OTHER").param("text", " ").param("decisionNumber", "")
			.param("date", fixtures.today().plusDays(2).toString())
			.exchange());
		assertThat(other.select("#text.is-invalid ~ .invalid-feedback").text())
			.isEqualTo("Ghi rõ căn cứ thu hồi khi chọn „Căn cứ khác“.");
		assertThat(other.select("#decisionNumber.is-invalid + .invalid-feedback").text()).isEqualTo("Nhập số quyết định thu hồi.");
		assertThat(other.select("#revocation-date.is-invalid + .invalid-feedback").text())
			.isEqualTo("Ngày thu hồi không thể ở tương lai.");
		assertThat(other.select("#ground option[selected]").val()).isEqualTo("OTHER");
		Document none = html(post(OFFICE, url + "/revoke").param("version", String.valueOf(issued.version()))
			.param("decisionNumber", "15/QĐ-UBND").param("date", fixtures.today().toString()).exchange());
		assertThat(none.select("#ground.is-invalid + .invalid-feedback").text()).isEqualTo("Chọn căn cứ thu hồi.");
		assertThat(none.select("#decisionNumber").val()).isEqualTo("15/QĐ-UBND");

		MvcTestResult revoked = post(OFFICE, url + "/revoke").param("version", String.valueOf(issued.version()))
			.param("ground", "OTHER").param("text", "Chủ thể đề nghị thu hồi để đổi tên sản phẩm")
			.param("decisionNumber", "15/QĐ-UBND").param("date", fixtures.today().toString())
			.exchange();
		assertThat(revoked).hasRedirectedUrl(url).flash().containsEntry("success",
				"Đã thu hồi giấy chứng nhận " + issued.number() + ".");
		Document page = html(get(OFFICE, url));
		assertThat(page.select("#certificate-banner.cert-REVOKED").text()).contains("Đã bị thu hồi ngày",
				"theo Quyết định số 15/QĐ-UBND", "Căn cứ khác");
		assertThat(page.select("#revocation-ground").text()).contains("Chủ thể đề nghị thu hồi để đổi tên sản phẩm");
		assertThat(page.select("#revocation-form")).isEmpty();
		assertThat(page.select("#history").text()).contains("Thu hồi");
		// A second revocation, from a page read before the first, is refused with the reason.
		assertThat(post(OFFICE, url + "/revoke").param("version", String.valueOf(issued.version()))
			.param("ground", "DISSOLVED").param("decisionNumber", "16/QĐ-UBND").param("date", fixtures.today().toString())
			.exchange()).flash().containsEntry("error", "Giấy chứng nhận " + issued.number()
					+ " đã bị thu hồi hoặc đã được thay thế nên không thể thu hồi.");
		MvcTestResult pdf = get(OFFICE, url + "/pdf");
		assertThat(pdfText(pdf)).contains("ĐÃ THU HỒI", "15/QĐ-UBND");
		assertThat(PdfQrCodes.read(pdf.getResponse().getContentAsByteArray()))
			.isEqualTo("http://localhost:8080/verify/" + issued.number());
	}

	// ------------------------------------------------------------------ PDF

	@Test
	void thePdfIsAnAttachmentNamedByItsNumberWithTheProductAndAQrCodeOfTheVerificationPage() throws Exception {
		CertificateView issued = issued();
		MvcTestResult pdf = get(PRODUCER, "/certificates/" + issued.id() + "/pdf");
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(pdf.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"giay-chung-nhan-ocop-" + issued.number() + ".pdf\"");
		byte[] bytes = pdf.getResponse().getContentAsByteArray();
		PdfReader reader = new PdfReader(bytes);
		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		assertThat(reader.getPageSizeWithRotation(1).getWidth()).isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
		reader.close();
		String url = "http://localhost:8080/verify/" + issued.number();
		assertThat(pdfText(pdf)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"GIẤY CHỨNG NHẬN SẢN PHẨM OCOP", issued.stars() + " SAO", issued.productName(), issued.producerName(),
				"Số: " + issued.number(), issued.decisionNumber(), url)
			.doesNotContain("ĐÃ THU HỒI", "HẾT HIỆU LỰC");
		assertThat(PdfQrCodes.read(bytes)).isEqualTo(url);
	}

	static String pdfText(MvcTestResult result) {
		try {
			PdfReader reader = new PdfReader(result.getResponse().getContentAsByteArray());
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			reader.close();
			return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ------------------------------------------------------------------ helpers

	/** A new valid certificate of a product of the Cam bù cooperative, issued by the Hà Tĩnh office. */
	CertificateView issued() {
		DecisionView decision = fixtures().signedDecision(1);
		return certificates.get(decision.items().get(0).certificateId(), account(OFFICE));
	}

	static long version(Document page) {
		return Long.parseLong(page.select("input[name=version]").first().val());
	}

	MockMvcRequestBuilder post(String username, String uri) {
		return mvc.post().uri(uri).with(user(account(username))).with(csrf());
	}

	MvcTestResult get(String username, String uri) {
		return mvc.get().uri(uri).with(user(account(username))).exchange();
	}

	static Document html(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	CurrentUser account(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}

}
