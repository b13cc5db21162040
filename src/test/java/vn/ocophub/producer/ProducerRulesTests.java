package vn.ocophub.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocophub.shared.error.FieldProblem;

class ProducerRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	static ProducerData hopTacXaCamBu() {
		return new ProducerData("Hợp tác xã Cam bù Sơn Kim", LegalType.COOPERATIVE, "3001234567",
				LocalDate.of(2019, 5, 20), "3001234567", "18133", "Thôn Tân Hương", "Phạm Thị Cam", Gender.FEMALE, false,
				"0912345678", "htx@example.vn", "https://cambu.example.vn", BigDecimal.valueOf(100),
				CooperativeRating.GOOD, 25, 22, ProducerStatus.ACTIVE);
	}

	private static List<String> fields(ProducerData data) {
		return ProducerRules.check(data.normalized(), TODAY).stream().map(FieldProblem::field).toList();
	}

	@Test
	void acceptsAWellFormedCooperative() {
		assertThat(fields(hopTacXaCamBu())).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "3001234567, true", "3001234567-001, true", "042186001234, true", "300123456, false",
			"30012345678, false", "3001234567-01, false", "30O1234567, false", "3001234567001, false" })
	void checksTheThreeTaxCodeForms(String taxCode, boolean valid) {
		assertThat(TaxCode.isValid(TaxCode.normalize(taxCode))).isEqualTo(valid);
	}

	@Test
	void normalizesSpacesAndDotsTypedIntoTaxCodes() {
		assertThat(TaxCode.normalize(" 3001.234.567 ")).isEqualTo("3001234567");
		assertThat(TaxCode.normalize("3001234567 – 001")).isEqualTo("3001234567-001");
	}

	@Test
	void refusesAPersonalTaxCodeForACooperativeButNotForAHousehold() {
		ProducerData cooperative = copy(hopTacXaCamBu(), LegalType.COOPERATIVE, "042186001234");
		ProducerData household = copy(hopTacXaCamBu(), LegalType.HOUSEHOLD_BUSINESS, "042186001234");
		assertThat(ProducerRules.check(cooperative.normalized(), TODAY))
			.extracting(FieldProblem::messageKey)
			.contains("producer.validation.tax-code-personal");
		assertThat(fields(household)).doesNotContain("taxCode");
	}

	@Test
	void reportsEveryProblemAtOnce() {
		ProducerData bad = new ProducerData(" ", null, "?", TODAY.plusDays(1), "123", "1813", null, null, null, false,
				"abc", "not-an-email", "www.example", BigDecimal.valueOf(120), CooperativeRating.GOOD, 5, 9, null);
		assertThat(fields(bad)).containsExactlyInAnyOrder("name", "legalType", "registrationNumber",
				"registrationDate", "taxCode", "communeCode", "phone", "email", "website", "communityCapitalShare",
				"localWorkers");
	}

	@Test
	void keepsTheCooperativeRatingForCooperativesOnly() {
		ProducerData enterprise = copy(hopTacXaCamBu(), LegalType.JOINT_STOCK_COMPANY, "3001234567");
		assertThat(fields(enterprise)).containsExactly("cooperativeRating");
	}

	@Test
	void normalizesTheStoredForm() {
		ProducerData typed = new ProducerData("  Hợp  tác xã\tCam bù ", LegalType.COOPERATIVE, " 28a 801 2345 ",
				null, "3001 234 567", " 18133 ", "", null, null, false, null, " HTX@Example.VN ", null, null, null,
				null, null, null);
		ProducerData stored = typed.normalized();
		assertThat(stored.name()).isEqualTo("Hợp tác xã Cam bù");
		assertThat(stored.registrationNumber()).isEqualTo("28A8012345");
		assertThat(stored.taxCode()).isEqualTo("3001234567");
		assertThat(stored.communeCode()).isEqualTo("18133");
		assertThat(stored.address()).isNull();
		assertThat(stored.email()).isEqualTo("htx@example.vn");
		assertThat(stored.status()).isEqualTo(ProducerStatus.ACTIVE);
	}

	private static ProducerData copy(ProducerData d, LegalType type, String taxCode) {
		return new ProducerData(d.name(), type, d.registrationNumber(), d.registrationDate(), taxCode, d.communeCode(),
				d.address(), d.representativeName(), d.representativeGender(), d.representativeMinority(), d.phone(),
				d.email(), d.website(), d.communityCapitalShare(), d.cooperativeRating(), d.workers(),
				d.localWorkers(), d.status());
	}

}
