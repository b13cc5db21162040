package vn.ocophub.certificate.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfWriter;

import vn.ocophub.certificate.CertificateView;
import vn.ocophub.shared.VietText;
import vn.ocophub.shared.pdf.PdfFonts;

/**
 * The printable certificate (A4 landscape, one page, always in Vietnamese: it is the document a producer shows):
 * the national heading, the issuer, the title, the star level drawn as stars and in words, product, producer and
 * address, the decision, the validity, the number, and a QR code of the public verification page with its address
 * printed under it. A certificate no longer in force carries its status across the page ("ĐÃ THU HỒI"…) and a line
 * saying why, so that a printed copy cannot pass for a valid one. Text is set in Liberation Sans, embedded, NFC.
 */
@Component
public class CertificatePdf {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Color GREEN = new Color(0x1B, 0x5E, 0x20);

	private static final Color GOLD = new Color(0xF9, 0xA8, 0x25);

	private static final Color DARK_GOLD = new Color(0xB8, 0x86, 0x0B);

	private static final Color RED = new Color(0xB0, 0x00, 0x20);

	/** Side of the QR code on the page, in points (35 mm: scans well from a printed page and from a screen). */
	private static final float QR_SIDE = 100;

	private final MessageSource messages;

	private final String publicUrl;

	CertificatePdf(MessageSource messages, @Value("${ocop.public-url:http://localhost:8080}") String publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** The address of a certificate's public verification page, which its QR code holds. */
	public String verificationUrl(String number) {
		return publicUrl + "/verify/" + UriUtils.encodePathSegment(number, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The certificate as a PDF; {@code signerName} and {@code signerTitle} are its decision's. */
	public byte[] render(CertificateView c, String signerName, String signerTitle) {
		BaseFont regular = PdfFonts.regular();
		BaseFont bold = PdfFonts.bold();
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		Rectangle page = PageSize.A4.rotate();
		Document document = new Document(page, 0, 0, 0, 0);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(nfc(text("certificate.pdf.title") + " " + c.number()));
		document.addSubject(nfc(c.productName()));
		document.addCreator("OCOP Hub");
		document.open();
		PdfContentByte canvas = writer.getDirectContent();
		float width = page.getWidth();
		float height = page.getHeight();
		frame(canvas, width, height);

		// Heading: the issuer on the left, the national motto on the right, each underlined.
		float left = width * 0.25f;
		float right = width * 0.70f;
		Font heading = new Font(bold, 11);
		List<String> issuer = lines(c.issuerName().toUpperCase(VI), bold, 11, width / 2 - 80);
		float y = height - 56;
		for (String line : issuer) {
			center(canvas, line, heading, left, y);
			y -= 15;
		}
		line(canvas, left - 45, y + 10, left + 45);
		center(canvas, text("certificate.pdf.number", c.number()), new Font(regular, 11), left, y - 8);
		center(canvas, text("certificate.pdf.nation"), heading, right, height - 56);
		center(canvas, text("certificate.pdf.motto"), heading, right, height - 71);
		line(canvas, right - 82, height - 76, right + 82);

		// Title, stars and the product.
		center(canvas, text("certificate.pdf.title"), new Font(bold, 26, Font.NORMAL, GREEN), width / 2, height - 140);
		center(canvas, text("certificate.pdf.program"), new Font(regular, 11, Font.NORMAL, Color.DARK_GRAY), width / 2,
				height - 158);
		stars(canvas, c.stars(), width / 2, height - 184);
		center(canvas, text("certificate.pdf.stars", c.stars()), new Font(bold, 14, Font.NORMAL, DARK_GOLD), width / 2,
				height - 217);
		center(canvas, text("certificate.pdf.certifies"), new Font(regular, 12), width / 2, height - 239);
		// A long name takes two lines, a very long one a smaller size; the facts start below it.
		float nameSize = lines(c.productName(), bold, 20, width - 220).size() > 2 ? 15 : 20;
		float below = column(canvas, c.productName(), new Font(bold, nameSize, Font.NORMAL, GREEN), Element.ALIGN_CENTER,
				110, height - 300, width - 110, height - 245);

		// The facts, then the QR code on the left and the signature on the right.
		Font label = new Font(regular, 11, Font.NORMAL, Color.DARK_GRAY);
		Font value = new Font(bold, 11);
		ColumnText facts = new ColumnText(canvas);
		facts.setSimpleColumn(190, 186, width - 150, Math.min(height - 300, below - 10));
		fact(facts, label, value, "certificate.pdf.producer", c.producerName());
		fact(facts, label, value, "certificate.pdf.address",
				c.communeName() == null ? c.provinceName() : c.communeName() + ", " + c.provinceName());
		fact(facts, label, value, "certificate.pdf.decision",
				text("certificate.pdf.decision-value", c.decisionNumber(), day(c.decisionDate()), c.issuerName()));
		fact(facts, label, value, "certificate.pdf.validity",
				text("certificate.pdf.validity-value", day(c.validFrom()), day(c.validUntil())));
		go(facts);

		String url = verificationUrl(c.number());
		qr(canvas, url, 52, 64);
		column(canvas, url, new Font(regular, 7, Font.NORMAL, Color.DARK_GRAY), Element.ALIGN_LEFT, 50, 30, 300, 60);
		column(canvas, text("certificate.pdf.scan"), new Font(regular, 8, Font.NORMAL, Color.DARK_GRAY),
				Element.ALIGN_LEFT, 160, 64, 300, 110);

		float sign = width * 0.72f;
		String place = c.central() ? text("certificate.pdf.capital") : VietText.withoutUnitType(c.provinceName());
		LocalDate date = c.decisionDate();
		center(canvas, text("certificate.pdf.place-date", place, two(date.getDayOfMonth()), two(date.getMonthValue()),
				String.valueOf(date.getYear())), new Font(regular, 11), sign, 172);
		if (signerTitle != null) {
			center(canvas, signerTitle.toUpperCase(VI), new Font(bold, 11), sign, 156);
		}
		if (signerName != null) {
			center(canvas, signerName, new Font(bold, 12), sign, 80);
		}

		if (!c.status().current()) {
			mark(canvas, c, new Font(bold, 10, Font.NORMAL, RED), bold, width, height);
		}
		document.close();
		return out.toByteArray();
	}

	// ------------------------------------------------------------------ pieces

	private static void frame(PdfContentByte canvas, float width, float height) {
		canvas.saveState();
		canvas.setColorStroke(GREEN);
		canvas.setLineWidth(3);
		canvas.rectangle(16, 16, width - 32, height - 32);
		canvas.stroke();
		canvas.setColorStroke(GOLD);
		canvas.setLineWidth(1);
		canvas.rectangle(23, 23, width - 46, height - 46);
		canvas.stroke();
		canvas.restoreState();
	}

	private static void line(PdfContentByte canvas, float x1, float y, float x2) {
		canvas.saveState();
		canvas.setLineWidth(0.7f);
		canvas.moveTo(x1, y);
		canvas.lineTo(x2, y);
		canvas.stroke();
		canvas.restoreState();
	}

	/** {@code count} five-pointed gold stars in a row, centred on x, drawn as shapes (no font needed). */
	private static void stars(PdfContentByte canvas, int count, float x, float y) {
		float radius = 15;
		float gap = 8;
		float start = x - (count * 2 * radius + (count - 1) * gap) / 2 + radius;
		canvas.saveState();
		canvas.setColorFill(GOLD);
		canvas.setColorStroke(DARK_GOLD);
		canvas.setLineWidth(0.8f);
		for (int s = 0; s < count; s++) {
			float cx = start + s * (2 * radius + gap);
			for (int p = 0; p < 10; p++) {
				double angle = Math.PI / 2 + p * Math.PI / 5;
				float r = p % 2 == 0 ? radius : radius * 0.42f;
				float px = cx + (float) (r * Math.cos(angle));
				float py = y + (float) (r * Math.sin(angle));
				if (p == 0) {
					canvas.moveTo(px, py);
				}
				else {
					canvas.lineTo(px, py);
				}
			}
			canvas.closePath();
		}
		canvas.fillStroke();
		canvas.restoreState();
	}

	/** The QR code as vector squares, its quiet zone left white, lower-left corner at (x, y). */
	private static void qr(PdfContentByte canvas, String content, float x, float y) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(content, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("QR code of " + content, ex);
		}
		int modules = matrix.getWidth();
		float side = QR_SIDE / modules;
		canvas.saveState();
		canvas.setColorFill(Color.WHITE);
		canvas.rectangle(x - 4 * side, y - 4 * side, QR_SIDE + 8 * side, QR_SIDE + 8 * side);
		canvas.fill();
		canvas.setColorFill(Color.BLACK);
		for (int row = 0; row < modules; row++) {
			for (int col = 0; col < modules; col++) {
				if (matrix.get(col, row)) {
					canvas.rectangle(x + col * side, y + (modules - 1 - row) * side, side, side);
				}
			}
		}
		canvas.fill();
		canvas.restoreState();
	}

	/** The status across the page, translucent, and a line at the foot saying since when and why. */
	private void mark(PdfContentByte canvas, CertificateView c, Font note, BaseFont bold, float width, float height) {
		canvas.saveState();
		PdfGState translucent = new PdfGState();
		translucent.setFillOpacity(0.28f);
		canvas.setGState(translucent);
		// At most 500 pt long, so that it never lies over the QR code, which must still scan.
		String mark = nfc(text("certificate.pdf.mark." + c.status()));
		float size = Math.min(84, 500 / bold.getWidthPoint(mark, 1));
		canvas.beginText();
		canvas.setFontAndSize(bold, size);
		canvas.setColorFill(RED);
		canvas.showTextAligned(Element.ALIGN_CENTER, mark, width / 2 + 20, height / 2 - 40, 20);
		canvas.endText();
		canvas.restoreState();
		String reason = switch (c.status()) {
			case REVOKED -> text("certificate.pdf.revoked-note", day(c.revokedOn()),
					c.revocationDecisionNumber() == null ? "" : c.revocationDecisionNumber());
			case SUPERSEDED -> text("certificate.pdf.superseded-note", day(c.supersededOn()),
					c.supersededByNumber() == null ? "" : c.supersededByNumber());
			default -> text("certificate.pdf.expired-note", day(c.validUntil()));
		};
		column(canvas, reason, note, Element.ALIGN_CENTER, 40, 26, width - 40, 44);
	}

	/** Text in lines no wider than {@code width}, broken between words (a long issuer's name takes two or more). */
	private static List<String> lines(String text, BaseFont font, float size, float width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : nfc(text).split(" ")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getWidthPoint(longer, size) > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(longer);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	private void fact(ColumnText column, Font label, Font value, String labelKey, String text) {
		Paragraph paragraph = new Paragraph();
		paragraph.add(new Phrase(nfc(text(labelKey) + " "), label));
		paragraph.add(new Phrase(nfc(text == null ? "" : text), value));
		paragraph.setSpacingAfter(5);
		paragraph.setLeading(15);
		column.addElement(paragraph);
	}

	private static void center(PdfContentByte canvas, String text, Font font, float x, float y) {
		ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(nfc(text), font), x, y, 0);
	}

	/** Text wrapped in a box (long names of issuers and products take two lines rather than leave the page). */
	private static float column(PdfContentByte canvas, String text, Font font, int alignment, float llx, float lly,
			float urx, float ury) {
		ColumnText column = new ColumnText(canvas);
		column.setSimpleColumn(new Phrase(nfc(text), font), llx, lly, urx, ury, font.getSize() * 1.25f, alignment);
		go(column);
		return column.getYLine();
	}

	private static void go(ColumnText column) {
		try {
			column.go();
		}
		catch (com.lowagie.text.DocumentException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VI);
	}

	private static String day(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	private static String two(int value) {
		return String.format("%02d", value);
	}

	private static String nfc(String value) {
		return PdfFonts.nfc(value);
	}

}
