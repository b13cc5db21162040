package vn.ocophub.evaluation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocophub.evaluation.CouncilManagement;
import vn.ocophub.evaluation.CouncilResult;
import vn.ocophub.evaluation.DossierStatus;
import vn.ocophub.evaluation.ProductResult;
import vn.ocophub.evaluation.Routing;
import vn.ocophub.evaluation.RoundLevel;
import vn.ocophub.evaluation.RoundManagement;
import vn.ocophub.evaluation.RoundStatus;
import vn.ocophub.evaluation.RoundView;
import vn.ocophub.identity.CurrentUser;

/** Evaluation rounds over HTTP Basic: the rounds the caller's scope reaches, with its visible dossiers counted. */
@RestController
@RequestMapping("/api/v1/rounds")
@Tag(name = "Evaluation rounds", description = "Provincial and central evaluation rounds (đợt đánh giá)")
@SecurityRequirement(name = "basicAuth")
class RoundApiController {

	private final RoundManagement rounds;

	private final CouncilManagement councils;

	RoundApiController(RoundManagement rounds, CouncilManagement councils) {
		this.rounds = rounds;
		this.councils = councils;
	}

	/** Deadlines of a round. */
	record Deadlines(LocalDate dossierSubmission, LocalDate communeReports, LocalDate councilSession) {
	}

	/** A round; {@code province} and {@code provinceName} are null for a central round, {@code dossiers} counts by status what the caller sees. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record RoundItem(long id, RoundLevel level, String province, String provinceName, int year, int number, String ruleVersion,
			Deadlines deadlines, int divergenceLimit, String quorum, boolean chairRequired, RoundStatus status,
			Map<DossierStatus, Integer> dossiers) {

		static RoundItem of(RoundView r) {
			return new RoundItem(r.id(), r.level(), r.provinceCode(), r.provinceName(), r.year(), r.number(), r.ruleVersion(),
					new Deadlines(r.dossierDeadline(), r.communeReportDeadline(), r.councilDate()), r.divergenceLimit(),
					r.quorumNumerator() + "/" + r.quorumDenominator(), r.chairRequired(), r.status(), r.counts());
		}

	}

	/** The list, in the API's page form; every visible round fits on one page. */
	record RoundPage(List<RoundItem> items, int page, int size, int total) {
	}

	/**
	 * A product's result in the round: {@code mean}, {@code parts} and {@code stars} are null without a quorum;
	 * {@code flags} says what stops confirmation; {@code routing} is set once the chair confirmed it.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ResultItem(long dossierId, long productId, String productCode, String productName, long councilId, int members,
			int eligible, int counted, BigDecimal mean, Map<String, BigDecimal> parts, Integer stars, Integer recognisedStars,
			boolean potentialFiveStars, List<CouncilResult.Flag> flags, int spread, DossierStatus status, boolean confirmed,
			Routing routing, OffsetDateTime confirmedAt) {

		static ResultItem of(ProductResult r) {
			return new ResultItem(r.dossierId(), r.productId(), r.productCode(), r.productName(), r.councilId(), r.members(),
					r.eligible(), r.counted(), r.mean(), r.mean() == null ? null : new java.util.TreeMap<>(r.parts()), r.stars(),
					r.recognisedStars(), r.potentialFiveStars(), r.flags().stream().sorted().toList(), r.spread(), r.status(),
					r.confirmed(), r.routing(), r.confirmedAt());
		}

	}

	/**
	 * The results of the round's products as the caller may see them: the round's office and provincial officers
	 * all of them, council members those of their councils they are not recused from, producers and communes
	 * their own once confirmed. Computed from the submitted score sheets at each call until confirmed.
	 */
	@GetMapping("/{id}/results")
	List<ResultItem> results(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return councils.results(id, user).stream().map(ResultItem::of).toList();
	}

	@GetMapping
	RoundPage list(@AuthenticationPrincipal CurrentUser user) {
		List<RoundItem> items = rounds.list(user).stream().map(RoundItem::of).toList();
		return new RoundPage(items, 0, items.size(), items.size());
	}

}
