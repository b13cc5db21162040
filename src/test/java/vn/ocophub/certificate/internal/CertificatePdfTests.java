package vn.ocophub.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.ocophub.certificate.CertificateStatus;
import vn.ocophub.certificate.CertificateView;
import vn.ocophub.certificate.PdfQrCodes;
import vn.ocophub.certificate.SupersedeReason;
import vn.ocophub.product.ProductSet;

/**
 * The certificate PDF on its own: a 5★ certificate of the national office, with a long product name and an issuer
 * on its own line, superseded by a newer one, still fits one landscape page, is marked across the page and says by
 * which certificate it was replaced. Set {@code -Docop.pdf.sample=DIR} to keep the file for a look.
 */
class CertificatePdfTests {

	@Test
	void aSupersededCentralCertificateFitsOnePageAndSaysItIsReplaced() throws Exception {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/certificate");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		CertificatePdf pdf = new CertificatePdf(messages, "https://ocop.example.vn/");
		LocalDate issued = LocalDate.of(2024, 3, 12);
		String name = "Nhung hươu Hương Sơn sấy lạnh thái lát đóng hộp quà tặng cao cấp loại đặc biệt dành cho xuất khẩu";
		CertificateView view = new CertificateView(7, "TW-2024-0003", CertificateStatus.SUPERSEDED, LocalDate.of(2026, 12, 7),
				5, 11, "42-18172-0001", name, ProductSet.S18, 21, "Công ty TNHH Nhung hươu Hương Sơn Xanh", "42",
				"Tỉnh Hà Tĩnh", "18172", "Xã Sơn Tây", "TW", "Bộ Nông nghiệp và Môi trường", 3, "412/QĐ-BNNMT", issued,
				issued, issued.plusMonths(36).minusDays(1), null, null, null, null, null, 9L, "TW-2026-0001",
				LocalDate.of(2026, 2, 25), SupersedeReason.RE_EVALUATION, OffsetDateTime.of(2024, 3, 12, 3, 0, 0, 0,
						ZoneOffset.UTC), "vanphong.trunguong", 2);
		byte[] bytes = pdf.render(view, "Trần Thanh Nam", "Thứ trưởng");
		String sample = System.getProperty("ocop.pdf.sample");
		if (sample != null) {
			Files.write(Path.of(sample, "certificate-superseded.pdf"), bytes);
		}
		PdfReader reader = new PdfReader(bytes);
		assertThat(reader.getNumberOfPages()).isEqualTo(1);
		String text = Normalizer.normalize(new PdfTextExtractor(reader).getTextFromPage(1), Normalizer.Form.NFC)
			.replaceAll("\\s+", " ");
		reader.close();
		assertThat(text).contains("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "5 SAO", "Hà Nội, ngày 12 tháng 03 năm 2024",
				"THỨ TRƯỞNG", "Trần Thanh Nam", "dành cho xuất khẩu", "https://ocop.example.vn/verify/TW-2024-0003",
				"ĐÃ ĐƯỢC THAY THẾ", "đã được thay thế ngày 25/02/2026 bằng giấy chứng nhận số TW-2026-0001");
		// The mark across the page leaves the QR code readable: a scan shows the certificate is replaced.
		assertThat(PdfQrCodes.read(bytes)).isEqualTo("https://ocop.example.vn/verify/TW-2024-0003");
		assertThat(pdf.verificationUrl("42-2025-0001")).isEqualTo("https://ocop.example.vn/verify/42-2025-0001");
	}

}
