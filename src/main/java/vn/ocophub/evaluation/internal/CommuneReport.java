package vn.ocophub.evaluation.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.ocophub.evaluation.CommuneAssessmentData;
import vn.ocophub.evaluation.LocalCriterion;
import vn.ocophub.evaluation.LocalFinding;
import vn.ocophub.shared.VietnamTime;
import vn.ocophub.shared.pdf.PdfFonts;

/**
 * The commune's assessment report (báo cáo đánh giá của UBND xã, Decision 1489): the dossier, the format
 * checklist, the commune's finding on each of the four local criteria with its agreement with the self-assessed
 * option, the conclusion and the request to the province. Same fonts and NFC text as the self-assessment report.
 */
public final class CommuneReport {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final BiFunction<String, Object[], String> messages;

	private final Font normal;

	private final Font strong;

	private final Font title;

	/** @param messages message key and arguments → text in the reader's language */
	public CommuneReport(BiFunction<String, Object[], String> messages) {
		this.messages = messages;
		BaseFont regular = PdfFonts.regular();
		BaseFont bold = PdfFonts.bold();
		this.normal = new Font(regular, 9);
		this.strong = new Font(bold, 9);
		this.title = new Font(bold, 14);
	}

	/** What the report names besides the assessment itself. */
	public record Facts(long dossierId, String roundLabel, String communeName, String productName, String productCode,
			String producerName, String registrationType, String criteriaSet, int selfAssessedTotal,
			String sentBy, OffsetDateTime sentAt) {
	}

	public byte[] write(Facts facts, CommuneAssessmentData data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 48);
		PdfWriter.getInstance(document, out);
		document.addTitle(SelfAssessmentReport.nfc(text("evaluation.commune-report.title") + " – " + facts.productName()));
		document.addCreator("OCOP Hub");
		document.open();
		SelfAssessmentReport.paragraph(document, text("evaluation.commune-report.issuer", facts.communeName()), strong, Element.ALIGN_LEFT, 0);
		SelfAssessmentReport.paragraph(document, text("evaluation.commune-report.title"), title, Element.ALIGN_CENTER, 0);
		SelfAssessmentReport.paragraph(document, text("evaluation.commune-report.subtitle", facts.roundLabel()), normal, Element.ALIGN_CENTER, 0);

		PdfPTable about = SelfAssessmentReport.table(new float[] { 30, 70 });
		about.setSpacingBefore(10);
		row(about, "evaluation.commune-report.dossier", "#" + facts.dossierId() + " · " + facts.registrationType());
		row(about, "evaluation.commune-report.product", facts.productName() + " (" + facts.productCode() + ")");
		row(about, "evaluation.commune-report.producer", facts.producerName());
		row(about, "evaluation.commune-report.criteria-set", facts.criteriaSet());
		row(about, "evaluation.commune-report.self-assessed", text("evaluation.commune-report.points", facts.selfAssessedTotal()));
		document.add(about);

		SelfAssessmentReport.paragraph(document, text("evaluation.commune-report.format"), strong, Element.ALIGN_LEFT, 10);
		PdfPTable format = SelfAssessmentReport.table(new float[] { 80, 20 });
		check(format, "evaluation.commune.check.form", data.formComplete());
		check(format, "evaluation.commune.check.self-assessment", data.selfAssessmentAttached());
		check(format, "evaluation.commune.check.samples", data.samplesPresent());
		check(format, "evaluation.commune.check.evidence", data.evidencePresent());
		document.add(format);

		SelfAssessmentReport.paragraph(document, text("evaluation.commune-report.local"), strong, Element.ALIGN_LEFT, 10);
		PdfPTable local = SelfAssessmentReport.table(new float[] { 24, 46, 30 });
		local.addCell(header("evaluation.commune.criterion"));
		local.addCell(header("evaluation.commune.finding"));
		local.addCell(header("evaluation.commune.agreement"));
		for (LocalCriterion criterion : LocalCriterion.values()) {
			LocalFinding finding = data.findings().get(criterion);
			local.addCell(SelfAssessmentReport.cell(text("evaluation.local." + criterion), strong));
			local.addCell(SelfAssessmentReport.cell(finding.finding(), normal));
			String agreement = text("evaluation.agreement." + finding.agreement());
			local.addCell(SelfAssessmentReport.cell(finding.note() == null ? agreement : agreement + ": " + finding.note(),
					normal));
		}
		document.add(local);

		SelfAssessmentReport.paragraph(document, text("evaluation.commune-report.conclusion"), strong, Element.ALIGN_LEFT, 10);
		SelfAssessmentReport.paragraph(document, data.conclusion(), normal, Element.ALIGN_LEFT, 0);
		SelfAssessmentReport.paragraph(document, text("evaluation.commune-report.request", facts.communeName()), normal, Element.ALIGN_LEFT, 8);
		SelfAssessmentReport.paragraph(document, text("evaluation.commune-report.sent", facts.sentBy(), AT.format(VietnamTime.of(facts.sentAt()))), normal,
				Element.ALIGN_RIGHT, 16);
		document.close();
		return out.toByteArray();
	}

	private void row(PdfPTable table, String labelKey, String value) {
		table.addCell(SelfAssessmentReport.cell(text(labelKey), strong));
		table.addCell(SelfAssessmentReport.cell(value, normal));
	}

	private void check(PdfPTable table, String labelKey, boolean ok) {
		table.addCell(SelfAssessmentReport.cell(text(labelKey), normal));
		table.addCell(SelfAssessmentReport.cell(text(ok ? "evaluation.commune-report.yes" : "evaluation.commune-report.no"),
				strong));
	}

	private PdfPCell header(String key) {
		PdfPCell cell = SelfAssessmentReport.cell(text(key), strong);
		cell.setBackgroundColor(new Color(0xE8, 0xF5, 0xE9));
		return cell;
	}

	private String text(String key, Object... arguments) {
		return messages.apply(key, arguments);
	}

}
