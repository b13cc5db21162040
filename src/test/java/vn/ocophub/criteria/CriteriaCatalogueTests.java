package vn.ocophub.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The shipped rule files: 26 sets, checked at load, and the versions in force on the days that matter. */
class CriteriaCatalogueTests {

	static final CriteriaCatalogue CATALOGUE = new CriteriaCatalogue(
			Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")), "classpath:criteria/");

	@Test
	void loadsTheTwentySixSetsOfDecision148() {
		assertThat(CATALOGUE.sets()).hasSize(26);
		assertThat(CATALOGUE.sets()).allSatisfy(set -> assertThat(set.code()).startsWith("QD148-2023-"));
	}

	@Test
	void flagsTheSetsWhosePartCDoesNotReconcileAndKnowsWhatTheyCanReach() {
		assertThat(CATALOGUE.sets()).filteredOn(set -> !set.verified())
			.extracting(CriteriaSet::productSetCode)
			.containsExactly("07", "11", "12", "13");
		assertThat(CATALOGUE.sets()).allSatisfy(set -> {
			assertThat(set.maxPoints()).isEqualTo(100);
			assertThat(CATALOGUE.unreconciled(set.code())).hasSize(set.verified() ? 0 : 1);
		});
		java.util.Map<String, Integer> reachable = new java.util.TreeMap<>();
		CATALOGUE.sets().forEach(set -> reachable.put(set.productSetCode(), set.reachablePoints()));
		assertThat(reachable).containsEntry("07", 99).containsEntry("11", 97).containsEntry("12", 97)
			.containsEntry("13", 98).containsEntry("26", 100).containsEntry("01", 100);
		assertThat(reachable.values().stream().filter(points -> points == 100)).hasSize(22);
	}

	@Test
	void knowsWhichVersionWasInForceOnADay() {
		assertThat(CATALOGUE.versionOn(LocalDate.of(2023, 2, 24)).code()).isEqualTo("QD148-2023");
		assertThat(CATALOGUE.versionOn(LocalDate.of(2025, 7, 5)).code()).isEqualTo("QD148-2023");
		assertThat(CATALOGUE.versionOn(LocalDate.of(2025, 7, 6)).code()).isEqualTo("QD1489-2025");
		assertThat(CATALOGUE.current().code()).isEqualTo("QD1489-2025");
		assertThat(CATALOGUE.version("QD148-2023").effectiveTo()).isEqualTo(LocalDate.of(2025, 7, 5));
		assertThat(CATALOGUE.current().levels()).extracting(EvaluationLevel::level)
			.containsExactly("COMMUNE", "PROVINCE", "CENTRAL");
	}


	@Test
	void scoresWithTheBandsOfTheRuleVersionGiven() {
		RuleVersion current = CATALOGUE.current();
		RuleVersion lower = new RuleVersion("TEST-2027", "0/QĐ-TTg", "Thử", java.time.LocalDate.of(2027, 1, 1), null,
				current.code(), current.criteriaVersion(), current.partPoints(),
				new StarBands(java.util.List.of(10, 20, 40, 60)), current.levels(), "Thử");
		java.util.Map<String, String> sheet = java.util.Map.of("A.1.a", "A.1.a.3", "B.4.a", "B.4.a.4");
		assertThat(CATALOGUE.score("QD148-2023-01", sheet).band()).isEqualTo(1);
		assertThat(CATALOGUE.score(lower, "QD148-2023-01", sheet).band()).isEqualTo(2);
	}

}
