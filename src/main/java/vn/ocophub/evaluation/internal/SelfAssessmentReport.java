package vn.ocophub.evaluation.internal;

import java.awt.Color;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import vn.ocophub.criteria.CriteriaHeading;
import vn.ocophub.criteria.CriteriaPart;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.criteria.CriterionOption;
import vn.ocophub.evaluation.EvidenceFile;
import vn.ocophub.evaluation.RecordedAnswer;
import vn.ocophub.evaluation.RecordedScore;
import vn.ocophub.evaluation.SelfAssessmentView;
import vn.ocophub.shared.VietnamTime;
import vn.ocophub.shared.pdf.PdfFonts;

/**
 * The printable self-assessment report (PDF, A4): product, producer, criteria set and rule version, every
 * criterion with the option ticked and its points, part subtotals, total and stars, the evidence list and who
 * submitted it when. A draft is printed too, marked "BẢN NHÁP" on every page. Text is set in Liberation Sans
 * (embedded, so Vietnamese prints the same everywhere) and normalised to NFC.
 */
public final class SelfAssessmentReport {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final Color HEADING_FILL = new Color(0xE8, 0xF5, 0xE9);

	private static final Color PART_FILL = new Color(0x1B, 0x5E, 0x20);

	private final BiFunction<String, Object[], String> messages;

	private final Font normal;

	private final Font strong;

	private final Font small;

	private final Font title;

	private final Font white;

	/** @param messages message key and arguments → text in the reader's language */
	public SelfAssessmentReport(BiFunction<String, Object[], String> messages) {
		this.messages = messages;
		BaseFont regular = PdfFonts.regular();
		BaseFont bold = PdfFonts.bold();
		this.normal = new Font(regular, 9);
		this.small = new Font(regular, 8, Font.NORMAL, Color.DARK_GRAY);
		this.strong = new Font(bold, 9);
		this.title = new Font(bold, 14);
		this.white = new Font(bold, 10, Font.NORMAL, Color.WHITE);
	}

	/**
	 * @param person the name a report shows for an account: its holder's full name, not the login
	 */
	public void write(SelfAssessmentView view, CriteriaSet set, String ruleVersionTitle,
			java.util.function.Function<String, String> person, OutputStream out) {
		Document document = new Document(PageSize.A4, 40, 40, 40, 48);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setPageEvent(new Marks(view.submitted() ? null : text("evaluation.report.draft-mark"),
				text("evaluation.report.footer", view.productCode(), view.criteriaSetCode())));
		document.addTitle(nfc(text("evaluation.report.title") + " – " + view.productName()));
		document.addCreator("OCOP Hub");
		document.open();
		Paragraph heading = new Paragraph(nfc(text("evaluation.report.title")), title);
		heading.setAlignment(Element.ALIGN_CENTER);
		document.add(heading);
		if (!view.submitted()) {
			Paragraph draft = new Paragraph(nfc(text("evaluation.report.draft")), new Font(strong.getBaseFont(), 11,
					Font.NORMAL, new Color(0xB0, 0x00, 0x20)));
			draft.setAlignment(Element.ALIGN_CENTER);
			document.add(draft);
		}
		document.add(facts(view, set, ruleVersionTitle));
		for (CriteriaPart part : set.parts()) {
			document.add(part(part, view));
		}
		document.add(summary(view.score()));
		document.add(evidence(view.evidence()));
		Paragraph signed = new Paragraph(nfc(view.submitted()
				? text("evaluation.report.submitted", person.apply(view.submittedBy()), AT.format(VietnamTime.of(view.submittedAt())))
				: text("evaluation.report.not-submitted", person.apply(view.updatedBy()), AT.format(VietnamTime.of(view.updatedAt())))), normal);
		signed.setSpacingBefore(12);
		document.add(signed);
		document.close();
	}

	private PdfPTable facts(SelfAssessmentView view, CriteriaSet set, String ruleVersionTitle) {
		PdfPTable table = table(new float[] { 28, 72 });
		table.setSpacingBefore(10);
		row(table, "evaluation.report.product", view.productName() + " (" + view.productCode() + ")");
		row(table, "evaluation.report.producer", view.producerName());
		row(table, "evaluation.report.criteria-set", set.code() + " – " + set.name());
		row(table, "evaluation.report.rule-version", view.ruleVersion() + " – " + ruleVersionTitle);
		row(table, "evaluation.report.status", text("evaluation.status." + view.status()));
		if (!set.verified()) {
			// The set could not be reconciled with the signed decision: the report says so where it is read.
			row(table, "evaluation.report.unverified", set.verificationNote());
		}
		return table;
	}

	private void row(PdfPTable table, String labelKey, String value) {
		table.addCell(cell(text(labelKey), strong));
		table.addCell(cell(value, normal));
	}

	private PdfPTable part(CriteriaPart part, SelfAssessmentView view) {
		PdfPTable table = table(new float[] { 9, 36, 45, 10 });
		table.setSpacingBefore(12);
		table.setHeaderRows(2);
		PdfPCell banner = cell(text("evaluation.report.part", part.code(), part.title(), part.maxPoints()), white);
		banner.setColspan(4);
		banner.setBackgroundColor(PART_FILL);
		table.addCell(banner);
		for (String key : List.of("code", "criterion", "option", "points")) {
			table.addCell(cell(text("evaluation.report.column." + key), strong));
		}
		int subtotal = 0;
		for (CriteriaHeading heading : part.headings()) {
			if (!heading.isItsOwnCriterion()) {
				PdfPCell cell = cell(heading.code() + ". " + heading.title()
						+ (heading.alternative() ? " – " + text("evaluation.report.alternative") : ""), strong);
				cell.setColspan(4);
				cell.setBackgroundColor(HEADING_FILL);
				table.addCell(cell);
			}
			for (Criterion criterion : heading.criteria()) {
				subtotal += criterion(table, criterion, heading, view.answers(), view.filedAnswers());
			}
		}
		PdfPCell label = cell(text("evaluation.report.subtotal", part.code()), strong);
		label.setColspan(3);
		label.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(label);
		table.addCell(cell(subtotal + "/" + part.maxPoints(), strong));
		return table;
	}

	/** One criterion's row: a filed report prints what was recorded when it was filed, a draft the set as it is. */
	private int criterion(PdfPTable table, Criterion criterion, CriteriaHeading heading, Map<String, String> answers,
			Map<String, RecordedAnswer> filed) {
		RecordedAnswer chosen = filed.get(criterion.code());
		if (chosen == null) {
			chosen = criterion.option(String.valueOf(answers.get(criterion.code())))
				.map(option -> new RecordedAnswer(option.code(), option.points(), option.text()))
				.orElse(null);
		}
		boolean otherCase = chosen == null && heading.alternative()
				&& heading.criteria().stream().anyMatch(c -> answers.containsKey(c.code()));
		table.addCell(cell(criterion.code(), normal));
		table.addCell(cell(criterion.title(), normal));
		table.addCell(chosen != null ? cell(chosen.text(), normal)
				: cell(text(otherCase ? "evaluation.report.not-applicable" : "evaluation.report.unanswered"), small));
		table.addCell(cell((chosen == null ? 0 : chosen.points()) + "/" + criterion.maxPoints(), normal));
		return chosen == null ? 0 : chosen.points();
	}

	private PdfPTable summary(RecordedScore score) {
		PdfPTable table = table(new float[] { 70, 30 });
		table.setSpacingBefore(12);
		table.setKeepTogether(true);
		row(table, "evaluation.report.part-points", "A " + score.partA() + " · B " + score.partB() + " · C " + score.partC());
		row(table, "evaluation.report.total", text("evaluation.report.total-value", score.total()));
		row(table, "evaluation.report.stars", text("evaluation.report.stars-value", score.stars()));
		row(table, "evaluation.report.certifiable",
				text(score.stars() >= 3 ? "evaluation.report.certifiable-yes" : "evaluation.report.certifiable-no"));
		return table;
	}

	private PdfPTable evidence(List<EvidenceFile> files) {
		PdfPTable table = table(new float[] { 12, 58, 15, 15 });
		table.setSpacingBefore(12);
		table.setHeaderRows(2);
		PdfPCell banner = cell(text("evaluation.report.evidence", files.size()), white);
		banner.setColspan(4);
		banner.setBackgroundColor(PART_FILL);
		table.addCell(banner);
		for (String key : List.of("criterion-code", "file", "type", "size")) {
			table.addCell(cell(text("evaluation.report.column." + key), strong));
		}
		for (EvidenceFile file : files) {
			table.addCell(cell(file.criterionCode(), normal));
			table.addCell(cell(file.fileName(), normal));
			table.addCell(cell(file.contentType().substring(file.contentType().indexOf('/') + 1).toUpperCase(), normal));
			table.addCell(cell(text("evaluation.evidence.size", Math.max(1, (file.sizeBytes() + 1023) / 1024)), normal));
		}
		if (files.isEmpty()) {
			PdfPCell none = cell(text("evaluation.report.no-evidence"), small);
			none.setColspan(4);
			table.addCell(none);
		}
		return table;
	}

	static PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		return table;
	}

	/** A paragraph of the other evaluation reports (commune report, minutes): NFC text, aligned, spaced above. */
	static void paragraph(Document document, String value, Font font, int alignment, float spacingBefore) {
		Paragraph paragraph = new Paragraph(nfc(value), font);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(spacingBefore);
		document.add(paragraph);
	}

	static PdfPCell cell(String value, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(nfc(value == null ? "" : value), font));
		cell.setPadding(4);
		cell.setBorderColor(Color.LIGHT_GRAY);
		return cell;
	}

	private String text(String key, Object... arguments) {
		return messages.apply(key, arguments);
	}

	static String nfc(String value) {
		return PdfFonts.nfc(value);
	}

	/** The draft watermark and the footer with page numbers, on every page. */
	private final class Marks extends PdfPageEventHelper {

		private final String watermark;

		private final String footer;

		Marks(String watermark, String footer) {
			this.watermark = watermark == null ? null : nfc(watermark);
			this.footer = nfc(footer);
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			PdfContentByte under = writer.getDirectContentUnder();
			if (watermark != null) {
				under.beginText();
				under.setFontAndSize(strong.getBaseFont(), 60);
				under.setColorFill(new Color(0xF2, 0xD7, 0xD9));
				under.showTextAligned(Element.ALIGN_CENTER, watermark, document.getPageSize().getWidth() / 2,
						document.getPageSize().getHeight() / 2, 45);
				under.endText();
			}
			PdfContentByte over = writer.getDirectContent();
			over.beginText();
			over.setFontAndSize(small.getBaseFont(), 7);
			over.setColorFill(Color.DARK_GRAY);
			over.showTextAligned(Element.ALIGN_LEFT, footer, document.left(), 24, 0);
			over.showTextAligned(Element.ALIGN_RIGHT, nfc(text("evaluation.report.page", writer.getPageNumber())),
					document.right(), 24, 0);
			over.endText();
		}

	}

}
