package vn.ocophub.producer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.ocophub.shared.error.FieldProblem;

/**
 * The checks a producer's data must pass on its own, whatever the channel (form, API, import row). Checks
 * against other records (the commune exists, the registration number is free) are made by
 * {@link ProducerManagement}. Expects {@link ProducerData#normalized() normalized} data.
 */
public final class ProducerRules {

	private static final Pattern REGISTRATION = Pattern.compile("[A-Z0-9][A-Z0-9./-]{3,29}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{8,20}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern WEBSITE = Pattern.compile("(?i)https?://[^\\s/$.?#][^\\s]*\\.[^\\s]+");

	private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ProducerRules() {
	}

	public static List<FieldProblem> check(ProducerData data, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (data.name() == null) {
			problems.add(problem("name", "required"));
		}
		else if (data.name().length() > 300) {
			problems.add(problem("name", "too-long", 300));
		}
		if (data.legalType() == null) {
			problems.add(problem("legalType", "required"));
		}
		if (data.registrationNumber() == null) {
			problems.add(problem("registrationNumber", "required"));
		}
		else if (!REGISTRATION.matcher(data.registrationNumber()).matches()) {
			problems.add(problem("registrationNumber", "registration-invalid", data.registrationNumber()));
		}
		if (data.registrationDate() != null && data.registrationDate().isAfter(today)) {
			problems.add(problem("registrationDate", "date-future"));
		}
		checkTaxCode(data, problems);
		if (data.communeCode() == null) {
			problems.add(problem("communeCode", "required"));
		}
		else if (!COMMUNE_CODE.matcher(data.communeCode()).matches()) {
			problems.add(problem("communeCode", "commune-format", data.communeCode()));
		}
		checkLength(problems, "address", data.address(), 500);
		checkLength(problems, "representativeName", data.representativeName(), 200);
		if (data.phone() != null && !PHONE.matcher(data.phone()).matches()) {
			problems.add(problem("phone", "phone-invalid", data.phone()));
		}
		if (data.email() != null && (data.email().length() > 200 || !EMAIL.matcher(data.email()).matches())) {
			problems.add(problem("email", "email-invalid", data.email()));
		}
		if (data.website() != null && (data.website().length() > 300 || !WEBSITE.matcher(data.website()).matches())) {
			problems.add(problem("website", "website-invalid", data.website()));
		}
		BigDecimal share = data.communityCapitalShare();
		if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
			problems.add(problem("communityCapitalShare", "percent-range"));
		}
		if (data.cooperativeRating() != null && data.legalType() != null
				&& data.legalType() != LegalType.COOPERATIVE) {
			problems.add(problem("cooperativeRating", "rating-cooperative-only"));
		}
		checkWorkers(data, problems);
		return problems;
	}

	private static void checkTaxCode(ProducerData data, List<FieldProblem> problems) {
		String taxCode = data.taxCode();
		if (taxCode == null) {
			return;
		}
		if (!TaxCode.isValid(taxCode)) {
			problems.add(problem("taxCode", "tax-code-invalid", taxCode));
		}
		else if (new TaxCode(taxCode).isPersonal() && data.legalType() != null
				&& !data.legalType().mayUsePersonalTaxCode()) {
			problems.add(problem("taxCode", "tax-code-personal", taxCode));
		}
	}

	private static void checkWorkers(ProducerData data, List<FieldProblem> problems) {
		if (data.workers() != null && data.workers() < 0) {
			problems.add(problem("workers", "negative"));
		}
		if (data.localWorkers() != null && data.localWorkers() < 0) {
			problems.add(problem("localWorkers", "negative"));
		}
		else if (data.localWorkers() != null && data.workers() != null && data.localWorkers() > data.workers()) {
			problems.add(problem("localWorkers", "local-workers-exceed", data.localWorkers(), data.workers()));
		}
	}

	private static void checkLength(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(problem(field, "too-long", max));
		}
	}

	static FieldProblem problem(String field, String rule, Object... args) {
		return new FieldProblem(field, "producer.validation." + rule, args);
	}

}
