package vn.ocophub.evaluation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.ocophub.evaluation.Agreement;
import vn.ocophub.evaluation.CommuneAssessmentData;
import vn.ocophub.evaluation.DossierData;
import vn.ocophub.evaluation.LocalCriterion;
import vn.ocophub.evaluation.LocalFinding;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.error.FieldProblem;

/**
 * The rules of the registration form and of the commune's assessment, plain Java: required fields, lengths,
 * the certificate an upgrade or re-evaluation names, samples (1 to {@value #MAX_SAMPLES}, none for tourism
 * services, which the council inspects on site), and a note for every disagreement of the commune.
 */
public final class DossierRules {

	public static final int MAX_SAMPLES = 50;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^[0-9+ .()-]{8,20}$");

	private DossierRules() {
	}

	public static List<FieldProblem> problems(DossierData d, boolean tourism) {
		List<FieldProblem> problems = new ArrayList<>();
		if (d.registrationType() == null) {
			problems.add(new FieldProblem("registrationType", "evaluation.dossier.validation.type"));
		}
		if (d.selfAssessmentId() == null) {
			problems.add(new FieldProblem("selfAssessmentId", "evaluation.dossier.validation.self-assessment"));
		}
		required(problems, "applicantName", d.applicantName(), 200);
		length(problems, "applicantTitle", d.applicantTitle(), 200);
		required(problems, "applicantPhone", d.applicantPhone(), 30);
		if (d.applicantPhone() != null && !PHONE.matcher(d.applicantPhone()).matches()) {
			problems.add(new FieldProblem("applicantPhone", "evaluation.dossier.validation.phone"));
		}
		if (d.applicantEmail() != null && (d.applicantEmail().length() > 200 || !EMAIL.matcher(d.applicantEmail()).matches())) {
			problems.add(new FieldProblem("applicantEmail", "evaluation.dossier.validation.email"));
		}
		required(problems, "productionAddress", d.productionAddress(), 500);
		required(problems, "productSummary", d.productSummary(), 4000);
		length(problems, "currentCertificate", d.currentCertificate(), 300);
		if (d.registrationType() != null && d.registrationType().needsCertificate() && d.currentCertificate() == null) {
			problems.add(new FieldProblem("currentCertificate", "evaluation.dossier.validation.certificate"));
		}
		if (tourism && d.sampleCount() != null) {
			problems.add(new FieldProblem("sampleCount", "evaluation.dossier.validation.samples-tourism"));
		}
		else if (!tourism && (d.sampleCount() == null || d.sampleCount() < 1 || d.sampleCount() > MAX_SAMPLES)) {
			problems.add(new FieldProblem("sampleCount", "evaluation.dossier.validation.samples", MAX_SAMPLES));
		}
		return problems;
	}

	public static List<FieldProblem> problems(CommuneAssessmentData data) {
		List<FieldProblem> problems = new ArrayList<>();
		for (LocalCriterion criterion : LocalCriterion.values()) {
			String field = "findings[" + criterion + "]";
			LocalFinding finding = data.findings().get(criterion);
			if (finding == null || blank(finding.finding())) {
				problems.add(new FieldProblem(field + ".finding", "evaluation.commune.validation.finding"));
			}
			else if (finding.finding().strip().length() > 2000) {
				problems.add(new FieldProblem(field + ".finding", "evaluation.dossier.validation.length", 2000));
			}
			if (finding == null || finding.agreement() == null) {
				problems.add(new FieldProblem(field + ".agreement", "evaluation.commune.validation.agreement"));
			}
			else if (finding.agreement() != Agreement.AGREE && blank(finding.note())) {
				problems.add(new FieldProblem(field + ".note", "evaluation.commune.validation.note"));
			}
			if (finding != null && finding.note() != null && finding.note().strip().length() > 500) {
				problems.add(new FieldProblem(field + ".note", "evaluation.dossier.validation.length", 500));
			}
		}
		if (blank(data.conclusion())) {
			problems.add(new FieldProblem("conclusion", "evaluation.commune.validation.conclusion"));
		}
		else if (data.conclusion().strip().length() > 2000) {
			problems.add(new FieldProblem("conclusion", "evaluation.dossier.validation.length", 2000));
		}
		return problems;
	}

	/** The assessment as stored: text stripped, a note kept only where it explains a disagreement or adds to it. */
	public static CommuneAssessmentData clean(CommuneAssessmentData data) {
		Map<LocalCriterion, LocalFinding> findings = new EnumMap<>(LocalCriterion.class);
		data.findings().forEach((criterion, f) -> findings.put(criterion,
				new LocalFinding(f.finding().strip(), f.agreement(), blank(f.note()) ? null : f.note().strip())));
		return new CommuneAssessmentData(data.formComplete(), data.selfAssessmentAttached(), data.samplesPresent(),
				data.evidencePresent(), findings, data.conclusion().strip());
	}

	/** The fields of the registration form that changed, for the audit trail. */
	public static List<FieldChange> changes(DossierData before, DossierData after) {
		List<FieldChange> changes = new ArrayList<>();
		change(changes, "registrationType", before.registrationType(), after.registrationType());
		change(changes, "selfAssessmentId", before.selfAssessmentId(), after.selfAssessmentId());
		change(changes, "applicantName", before.applicantName(), after.applicantName());
		change(changes, "applicantTitle", before.applicantTitle(), after.applicantTitle());
		change(changes, "applicantPhone", before.applicantPhone(), after.applicantPhone());
		change(changes, "applicantEmail", before.applicantEmail(), after.applicantEmail());
		change(changes, "productionAddress", before.productionAddress(), after.productionAddress());
		change(changes, "productSummary", before.productSummary(), after.productSummary());
		change(changes, "currentCertificate", before.currentCertificate(), after.currentCertificate());
		change(changes, "sampleCount", before.sampleCount(), after.sampleCount());
		return changes;
	}

	private static void change(List<FieldChange> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, before == null ? null : before.toString(),
					after == null ? null : after.toString()));
		}
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null) {
			problems.add(new FieldProblem(field, "evaluation.dossier.validation.required"));
		}
		else {
			length(problems, field, value, max);
		}
	}

	private static void length(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "evaluation.dossier.validation.length", max));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
