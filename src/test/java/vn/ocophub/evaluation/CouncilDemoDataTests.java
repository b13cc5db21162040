package vn.ocophub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.ocophub.identity.CurrentUser;

/**
 * What issue 5 promises of the demo data: two closed provincial rounds whose councils confirmed results from 2★
 * to 4★ and one potential 5★, with one recusal, one divergence re-scored and minutes; the central round that
 * carried the potential 5★ product; and an open round whose council is at work, with something left to do for
 * {@code hoidong.hatinh}.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class CouncilDemoDataTests extends EvaluationIntegrationSupport {

	@Autowired
	RoundManagement rounds;

	@Autowired
	CouncilManagement councils;

	@Test
	void twoClosedProvincialRoundsConfirmedFromTwoToFourStarsAndOnePotentialFiveStars() {
		CurrentUser national = account("vanphong.trunguong");
		List<ProductResult> results = new java.util.ArrayList<>();
		for (String province : List.of("42", "22")) {
			RoundView round = round(national, RoundLevel.PROVINCE, province, 2025, 1);
			assertThat(round.status()).isEqualTo(RoundStatus.CLOSED);
			assertThat(round.councilDate().getYear()).isEqualTo(2025);
			assertThat(round.ruleVersion()).isEqualTo("QD1489-2025");
			List<ProductResult> confirmed = councils.results(round.id(), national);
			assertThat(confirmed).hasSizeBetween(4, 6).allMatch(ProductResult::confirmed);
			results.addAll(confirmed);
		}
		assertThat(results.stream().map(ProductResult::stars).collect(Collectors.toSet())).contains(2, 3, 4);
		assertThat(results.stream().filter(ProductResult::potentialFiveStars).toList()).singleElement()
			.satisfies(r -> {
				assertThat(r.mean()).isGreaterThanOrEqualTo(new java.math.BigDecimal("90"));
				assertThat(r.routing()).isEqualTo(Routing.CENTRAL_PROPOSAL);
			});
		assertThat(results).filteredOn(r -> r.stars() == 2).allMatch(r -> r.routing() == Routing.FEEDBACK);
	}

	@Test
	void oneRecusalOneRescoredDivergenceAndMinutesInTheClosedCouncils() {
		CurrentUser national = account("vanphong.trunguong");
		List<CouncilView> closed = new java.util.ArrayList<>();
		for (String province : List.of("42", "22")) {
			RoundView round = round(national, RoundLevel.PROVINCE, province, 2025, 1);
			closed.addAll(councils.councils(round.id(), national)
				.stream()
				.map(c -> councils.get(c.id(), national))
				.toList());
		}
		assertThat(closed).hasSize(2).allSatisfy(c -> assertThat(c.minutes()).isNotEmpty());
		List<MemberProgress> progress = closed.stream()
			.flatMap(c -> c.dossiers().stream())
			.flatMap(d -> d.progress().stream())
			.toList();
		assertThat(progress).filteredOn(MemberProgress::recused).singleElement()
			.satisfies(p -> assertThat(p.declaration().kinds()).containsExactly(ConflictKind.ADVISORY));
		assertThat(progress).filteredOn(p -> p.revision() > 1).singleElement()
			.satisfies(p -> assertThat(p.submitted()).isTrue());
		// Every seat declared on every product; everyone not recused submitted (the secretary scores nothing).
		assertThat(progress).allMatch(MemberProgress::declared);
		assertThat(progress).filteredOn(p -> p.seat().scores() && !p.recused()).allMatch(MemberProgress::submitted);
	}

	@Test
	void theCentralRoundCarriedThePotentialFiveStarProduct() {
		CurrentUser national = account("vanphong.trunguong");
		ProductResult proposed = councils.results(round(national, RoundLevel.PROVINCE, "42", 2025, 1).id(), national)
			.stream()
			.filter(ProductResult::potentialFiveStars)
			.findFirst()
			.orElseThrow();
		RoundView central = round(national, RoundLevel.CENTRAL, null, 2026, 1);
		List<ProductResult> results = councils.results(central.id(), national);
		assertThat(results).singleElement().satisfies(r -> {
			assertThat(r.productCode()).isEqualTo(proposed.productCode());
			assertThat(r.confirmed()).isTrue();
			assertThat(r.stars()).isEqualTo(5);
			assertThat(r.routing()).isEqualTo(Routing.CENTRAL_DECISION);
		});
		assertThat(councils.councils(central.id(), national)).singleElement()
			.satisfies(c -> assertThat(c.seats()).hasSizeBetween(5, 7));
	}

	@Test
	void theOpenRoundHasACouncilAtWorkWithSomethingLeftForTheDemoMember() {
		CurrentUser member = account("hoidong.hatinh");
		CouncilView open = councils.mine(member).stream().filter(CouncilView::roundOpen).findFirst().orElseThrow();
		assertThat(open.roundLabel()).isEqualTo("2/2026");
		long mySeat = open.mySeat().memberId();
		List<MemberProgress> mine = open.dossiers().stream().map(d -> d.of(mySeat)).filter(Objects::nonNull).toList();
		assertThat(mine).anyMatch(p -> p.declared() && p.sheet() == SheetStatus.DRAFT);
		assertThat(mine).anyMatch(p -> !p.declared());
		CouncilView asOffice = councils.get(open.id(), account("vanphong.hatinh"));
		Set<SheetStatus> sheets = asOffice.dossiers()
			.stream()
			.flatMap(d -> d.progress().stream())
			.map(MemberProgress::sheet)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		assertThat(sheets).contains(SheetStatus.SUBMITTED, SheetStatus.DRAFT);
		assertThat(asOffice.dossiers()).noneMatch(d -> d.result() != null && d.result().confirmed());
	}

	private RoundView round(CurrentUser user, RoundLevel level, String province, int year, int number) {
		return rounds.list(user)
			.stream()
			.filter(r -> r.level() == level && Objects.equals(r.provinceCode(), province) && r.year() == year
					&& r.number() == number)
			.findFirst()
			.orElseThrow();
	}

}
