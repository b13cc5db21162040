package vn.ocophub.evaluation.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocophub.evaluation.DossierStatus;
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

	RoundApiController(RoundManagement rounds) {
		this.rounds = rounds;
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

	@GetMapping
	RoundPage list(@AuthenticationPrincipal CurrentUser user) {
		List<RoundItem> items = rounds.list(user).stream().map(RoundItem::of).toList();
		return new RoundPage(items, 0, items.size(), items.size());
	}

}
