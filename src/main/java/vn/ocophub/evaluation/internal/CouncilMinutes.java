package vn.ocophub.evaluation.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.ocophub.evaluation.CouncilCommand;
import vn.ocophub.evaluation.CouncilRole;
import vn.ocophub.evaluation.CouncilSeat;
import vn.ocophub.evaluation.MemberProgress;
import vn.ocophub.evaluation.ProductResult;
import vn.ocophub.evaluation.ResultSettings;
import vn.ocophub.evaluation.RoundLevel;
import vn.ocophub.shared.VietnamTime;
import vn.ocophub.shared.pdf.PdfFonts;

/**
 * The minutes of a council session (biên bản họp hội đồng đánh giá, phân hạng sản phẩm OCOP): the council, its
 * members and advisory team, the rules applied (quorum, divergence limit), then each product: every member's
 * total or why there is none (recused with the declared conflict, not submitted), the mean and part means, the
 * stars, the flags and the re-scorings with their reasons, and the declarations with their signatures. Products
 * not yet confirmed are listed as pending. Same fonts and NFC text as the other reports.
 */
public final class CouncilMinutes {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Color FILL = new Color(0xE8, 0xF5, 0xE9);

	/** The height (points) a product's heading needs below it on the page: its lines, a header row and two rows. */
	private static final float KEEP_WITH_HEADING = 110;

	/** The room left to sign above each signer's name (points). */
	private static final float SIGNING_SPACE = 48;

	private final BiFunction<String, Object[], String> messages;

	private final Font normal;

	private final Font small;

	private final Font strong;

	private final Font title;

	/** @param messages message key and arguments → text in the official language */
	public CouncilMinutes(BiFunction<String, Object[], String> messages) {
		this.messages = messages;
		BaseFont regular = PdfFonts.regular();
		BaseFont bold = PdfFonts.bold();
		this.normal = new Font(regular, 9);
		this.small = new Font(regular, 7.5f);
		this.strong = new Font(bold, 9);
		this.title = new Font(bold, 14);
	}

	/** The council and the session. */
	public record Facts(String councilName, String decisionRef, LocalDate sessionDate, String roundLabel,
			RoundLevel level, ResultSettings settings, List<CouncilSeat> seats, List<CouncilCommand.Advisor> advisors,
			String writtenBy, OffsetDateTime writtenAt) {
	}

	/** A re-scoring: the member, the revision it led to, why and who reopened it. */
	public record Rescoring(String memberName, int revision, String reason, String reopenedBy) {
	}

	/** One product of the session. */
	public record Product(ProductResult result, List<MemberProgress> progress, List<Rescoring> rescorings) {
	}

	public byte[] write(Facts facts, List<Product> products) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 48);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(SelfAssessmentReport.nfc(text("evaluation.minutes.title") + " – " + facts.councilName()));
		document.addCreator("OCOP Hub");
		document.open();
		SelfAssessmentReport.paragraph(document, text("evaluation.minutes.title"), title, Element.ALIGN_CENTER, 0);
		SelfAssessmentReport.paragraph(document, facts.councilName(), strong, Element.ALIGN_CENTER, 2);
		SelfAssessmentReport.paragraph(document, text("evaluation.minutes.subtitle", facts.roundLabel(),
				text("evaluation.round.level." + facts.level())), normal, Element.ALIGN_CENTER, 0);

		PdfPTable about = SelfAssessmentReport.table(new float[] { 30, 70 });
		about.setSpacingBefore(10);
		row(about, "evaluation.minutes.decision", facts.decisionRef() == null ? "—" : facts.decisionRef());
		row(about, "evaluation.minutes.session", facts.sessionDate() == null ? "—" : DAY.format(facts.sessionDate()));
		ResultSettings settings = facts.settings();
		row(about, "evaluation.minutes.rules", text("evaluation.minutes.rules-value", settings.quorumNumerator(),
				settings.quorumDenominator(),
				settings.chairRequired() ? text("evaluation.minutes.chair-required") : "",
				settings.divergenceLimit()));
		document.add(about);

		SelfAssessmentReport.paragraph(document, text("evaluation.minutes.members"), strong, Element.ALIGN_LEFT, 10);
		PdfPTable members = SelfAssessmentReport.table(new float[] { 6, 34, 20, 40 });
		// A table without space before it draws its top border through the descenders of the heading above.
		members.setSpacingBefore(4);
		header(members, "evaluation.minutes.column.no", "evaluation.minutes.column.name", "evaluation.minutes.column.seat",
				"evaluation.minutes.column.agency");
		int n = 1;
		for (CouncilSeat seat : facts.seats()) {
			members.addCell(SelfAssessmentReport.cell(String.valueOf(n++), normal));
			members.addCell(SelfAssessmentReport.cell(seat.fullName(), normal));
			members.addCell(SelfAssessmentReport.cell(text("evaluation.council.role." + seat.role()), normal));
			members.addCell(SelfAssessmentReport.cell(seat.agency(), normal));
		}
		document.add(members);
		if (!facts.advisors().isEmpty()) {
			SelfAssessmentReport.paragraph(document, text("evaluation.minutes.advisors"), strong, Element.ALIGN_LEFT, 8);
			PdfPTable advisors = SelfAssessmentReport.table(new float[] { 34, 36, 30 });
			advisors.setSpacingBefore(4);
			header(advisors, "evaluation.minutes.column.name", "evaluation.minutes.column.agency",
					"evaluation.minutes.column.task");
			for (CouncilCommand.Advisor advisor : facts.advisors()) {
				advisors.addCell(SelfAssessmentReport.cell(advisor.fullName(), normal));
				advisors.addCell(SelfAssessmentReport.cell(advisor.agency(), normal));
				advisors.addCell(SelfAssessmentReport.cell(advisor.task() == null ? "" : advisor.task(), normal));
			}
			document.add(advisors);
		}

		SelfAssessmentReport.paragraph(document, text("evaluation.minutes.summary"), strong, Element.ALIGN_LEFT, 10);
		PdfPTable summary = SelfAssessmentReport.table(new float[] { 5, 41, 17, 10, 27 });
		summary.setSpacingBefore(4);
		header(summary, "evaluation.minutes.column.no", "evaluation.minutes.column.product",
				"evaluation.minutes.column.mean", "evaluation.minutes.column.stars", "evaluation.minutes.column.outcome");
		n = 1;
		for (Product product : products) {
			ProductResult r = product.result();
			summary.addCell(SelfAssessmentReport.cell(String.valueOf(n++), normal));
			summary.addCell(SelfAssessmentReport.cell(r.productName() + "\n(" + r.productCode() + ")", normal));
			summary.addCell(SelfAssessmentReport.cell(r.confirmed() ? points(r.mean()) : "—", normal));
			summary.addCell(SelfAssessmentReport.cell(r.confirmed() ? text("evaluation.minutes.stars", r.stars()) : "—", normal));
			summary.addCell(SelfAssessmentReport.cell(r.confirmed() ? text("evaluation.routing." + r.routing())
					: text("evaluation.minutes.pending"), normal));
		}
		document.add(summary);

		n = 1;
		for (Product product : products) {
			// A product's heading stays with its members' table: on a new page when less than a few rows fit.
			if (writer.getVerticalPosition(true) - document.bottom() < KEEP_WITH_HEADING) {
				document.newPage();
			}
			product(document, n++, product, facts);
		}

		// The closing lines, then both signatures with room to sign and the names of those who sign, kept on one
		// page: a page never carries the signatures alone.
		PdfPTable signatures = SelfAssessmentReport.table(new float[] { 50, 50 });
		signatures.setSpacingBefore(8);
		signatures.setKeepTogether(true);
		PdfPCell closing = SelfAssessmentReport.cell(text("evaluation.minutes.closing",
				products.stream().filter(p -> p.result().confirmed()).count(), products.size()), normal);
		closing.setColspan(2);
		closing.setBorder(0);
		closing.setPaddingLeft(0);
		signatures.addCell(closing);
		PdfPCell written = SelfAssessmentReport.cell(text("evaluation.minutes.written", facts.writtenBy(),
				AT.format(VietnamTime.of(facts.writtenAt()))), normal);
		written.setColspan(2);
		written.setBorder(0);
		written.setPaddingRight(0);
		written.setPaddingTop(12);
		written.setHorizontalAlignment(Element.ALIGN_RIGHT);
		signatures.addCell(written);
		for (String key : List.of("evaluation.minutes.sign-secretary", "evaluation.minutes.sign-chair")) {
			PdfPCell title = SelfAssessmentReport.cell(text(key), strong);
			title.setBorder(0);
			title.setPaddingTop(14);
			title.setHorizontalAlignment(Element.ALIGN_CENTER);
			signatures.addCell(title);
		}
		for (CouncilRole role : List.of(CouncilRole.SECRETARY, CouncilRole.CHAIR)) {
			PdfPCell name = SelfAssessmentReport.cell(facts.seats()
				.stream()
				.filter(s -> s.role() == role)
				.map(CouncilSeat::fullName)
				.findFirst()
				.orElse(""), strong);
			name.setBorder(0);
			name.setHorizontalAlignment(Element.ALIGN_CENTER);
			name.setPaddingTop(SIGNING_SPACE);
			signatures.addCell(name);
		}
		document.add(signatures);
		document.close();
		return out.toByteArray();
	}

	private void product(Document document, int number, Product product, Facts facts) {
		ProductResult r = product.result();
		SelfAssessmentReport.paragraph(document, text("evaluation.minutes.product", number, r.productName(), r.productCode()), strong,
				Element.ALIGN_LEFT, 12);
		SelfAssessmentReport.paragraph(document, text("evaluation.minutes.product-about", r.producerName(), r.communeName(), r.criteriaSet()),
				normal, Element.ALIGN_LEFT, 0);
		PdfPTable sheets = SelfAssessmentReport.table(new float[] { 34, 20, 46 });
		sheets.setSpacingBefore(4);
		header(sheets, "evaluation.minutes.column.name", "evaluation.minutes.column.total",
				"evaluation.minutes.column.declaration");
		for (MemberProgress p : product.progress()) {
			if (!p.seat().scores()) {
				continue;
			}
			sheets.addCell(SelfAssessmentReport.cell(p.seat().fullName() + " – " + text("evaluation.council.role." + p.seat().role()),
					normal));
			String total;
			if (p.recused()) {
				total = text("evaluation.minutes.recused");
			}
			else if (p.submitted()) {
				total = r.confirmed() && r.totals().containsKey(p.seat().memberId())
						? String.valueOf(r.totals().get(p.seat().memberId())) : String.valueOf(p.total());
			}
			else {
				total = text("evaluation.minutes.not-submitted");
			}
			sheets.addCell(SelfAssessmentReport.cell(total, p.recused() ? strong : normal));
			sheets.addCell(SelfAssessmentReport.cell(declaration(p), small));
		}
		document.add(sheets);
		PdfPTable outcome = SelfAssessmentReport.table(new float[] { 30, 70 });
		outcome.setSpacingBefore(4);
		row(outcome, "evaluation.minutes.counted", text("evaluation.minutes.counted-value", r.counted(), r.eligible(),
				r.members()));
		if (r.mean() != null) {
			// Until the chair confirms it, a mean and its stars are only what the sheets give so far.
			String provisional = r.confirmed() ? "" : " " + text("evaluation.minutes.provisional");
			row(outcome, "evaluation.minutes.mean", points(r.mean()) + "  (A " + points(r.parts().get("A")) + " · B "
					+ points(r.parts().get("B")) + " · C " + points(r.parts().get("C")) + ")" + provisional);
			row(outcome, "evaluation.minutes.stars-label", text("evaluation.minutes.stars", r.stars())
					+ (r.potentialFiveStars() ? " – " + text("evaluation.result.potential") : "") + provisional);
			if (r.band() != null && r.stars() != null && r.stars() < r.band()) {
				// The mean reaches a higher band than the stars given: say which star conditions the majority of
				// the sheets did not meet, so that the minutes explain the rating.
				String unmet = r.unmetConditions()
					.stream()
					.filter(c -> c.stars() <= r.band())
					.map(c -> c.requiredOption() == null ? text("evaluation.minutes.condition-criterion", c.criterion(), c.stars())
							: text("evaluation.minutes.condition", c.criterion(),
									c.requiredOption().substring(c.requiredOption().lastIndexOf('.') + 1), c.stars()))
					.distinct()
					.collect(Collectors.joining("; "));
				row(outcome, "evaluation.minutes.below-band", text("evaluation.minutes.below-band-value", r.band(), unmet));
			}
			row(outcome, "evaluation.minutes.spread", text("evaluation.minutes.spread-value", r.spread(),
					facts.settings().divergenceLimit()));
		}
		if (!r.flags().isEmpty()) {
			row(outcome, "evaluation.minutes.flags", capitalized(r.flags().stream().map(f -> text("evaluation.flag." + f))
				.collect(Collectors.joining("; "))));
		}
		for (Rescoring rescoring : product.rescorings()) {
			row(outcome, "evaluation.minutes.rescoring", text("evaluation.minutes.rescoring-value", rescoring.memberName(),
					rescoring.revision(), rescoring.reason(), signer(facts, rescoring.reopenedBy())));
		}
		row(outcome, "evaluation.minutes.outcome", r.confirmed()
				? text("evaluation.minutes.confirmed", text("evaluation.routing." + r.routing()),
						signer(facts, r.confirmedBy()), AT.format(VietnamTime.of(r.confirmedAt())))
				: text("evaluation.minutes.pending"));
		document.add(outcome);
	}

	/**
	 * Who acted, as the minutes name people: seat and full name ("Phó Chủ tịch Trần Thị B" when a vice-chair
	 * presided over a product the chair was recused from), not the account's username.
	 */
	private String signer(Facts facts, String username) {
		return facts.seats()
			.stream()
			.filter(s -> s.username().equals(username))
			.findFirst()
			.map(s -> text("evaluation.council.role." + s.role()) + " " + s.fullName())
			.orElse(username);
	}

	private String declaration(MemberProgress p) {
		if (p.declaration() == null) {
			return text("evaluation.minutes.no-declaration");
		}
		String when = AT.format(VietnamTime.of(p.declaration().declaredAt()));
		String signature = p.declaration().signature().substring(0, 16);
		if (!p.declaration().conflict()) {
			return text("evaluation.minutes.declared-none", when, signature);
		}
		String kinds = p.declaration()
			.kinds()
			.stream()
			.sorted()
			.map(k -> text("evaluation.conflict." + k))
			.collect(Collectors.joining(", "));
		String statement = p.declaration().statement() == null ? "" : " – " + p.declaration().statement();
		return text("evaluation.minutes.declared-conflict", kinds + statement, when, signature);
	}

	/** A text that starts a cell with a capital letter (the flags' texts also go in the middle of sentences). */
	private static String capitalized(String value) {
		return value.isEmpty() ? value : value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
	}

	private static String points(BigDecimal value) {
		return value == null ? "—" : value.toPlainString().replace('.', ',');
	}

	private void row(PdfPTable table, String labelKey, String value) {
		table.addCell(SelfAssessmentReport.cell(text(labelKey), strong));
		table.addCell(SelfAssessmentReport.cell(value, normal));
	}

	private void header(PdfPTable table, String... keys) {
		for (String key : keys) {
			PdfPCell cell = SelfAssessmentReport.cell(text(key), strong);
			cell.setBackgroundColor(FILL);
			table.addCell(cell);
		}
		table.setHeaderRows(1);
	}

	private String text(String key, Object... arguments) {
		return messages.apply(key, arguments);
	}

}
