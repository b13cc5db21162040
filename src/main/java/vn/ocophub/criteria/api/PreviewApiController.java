package vn.ocophub.criteria.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaPart;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.NextStar;
import vn.ocophub.criteria.RuleVersion;
import vn.ocophub.criteria.StarCondition;
import vn.ocophub.criteria.StarResult;
import vn.ocophub.criteria.Upgrade;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;

/**
 * Scores an answer sheet without storing anything: anyone can see what a product would get, and what it lacks
 * for the next star, before a council ever sees it.
 */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Self-assessment", description = "Points, stars and the way to the next star for an answer sheet")
class PreviewApiController {

	private final CriteriaCatalogue catalogue;

	PreviewApiController(CriteriaCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** An answer sheet: criterion code → option code; an absent or blank option leaves the criterion unanswered. */
	record PreviewRequest(@Schema(example = "QD148-2023-01") String criteriaSet,
			@Schema(example = "{\"A.1.a\": \"A.1.a.2\", \"C.7\": \"C.7.1\"}") Map<String, String> answers) {
	}

	/**
	 * The score of a sheet under the rule version in force today.
	 * @param nextStar null at 5 stars
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record PreviewResult(String criteriaSet, String ruleVersion, int total, Map<String, Integer> parts, int band,
			int stars, boolean certifiable, List<ConditionItem> unmetConditions, NextStarItem nextStar) {
	}

	/** A star condition not met; {@code requiredOption} is null when any option of the criterion meets it. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record ConditionItem(int stars, String criterion, String requiredOption) {

		static ConditionItem of(StarCondition condition) {
			return new ConditionItem(condition.stars(), condition.criterion(), condition.requiredOption());
		}

	}

	record NextStarItem(int stars, int pointsNeeded, List<UpgradeItem> upgrades) {

		static NextStarItem of(NextStar next) {
			return next == null ? null
					: new NextStarItem(next.stars(), next.pointsNeeded(),
							next.upgrades().stream().map(UpgradeItem::of).toList());
		}

	}

	/**
	 * Choose {@code toOption} instead of {@code fromOption} (null when unanswered); {@code condition} is the star
	 * level of a condition that requires it, null when it only adds points.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record UpgradeItem(String criterion, String fromOption, String toOption, int pointsGained, Integer condition) {

		static UpgradeItem of(Upgrade upgrade) {
			return new UpgradeItem(upgrade.criterion(), upgrade.fromOption(), upgrade.toOption(),
					upgrade.pointsGained(), upgrade.condition());
		}

	}

	@PostMapping("/preview")
	@Operation(summary = "Score an answer sheet without storing it: total, parts, band, stars and the way to the next star",
			description = "Public. An unknown criteria set, criterion or option, or both cases of an alternative answered, is a 400 naming them; "
					+ "an unanswered criterion scores 0.")
	PreviewResult preview(@RequestBody PreviewRequest request) {
		if (request.criteriaSet() == null || request.criteriaSet().isBlank()) {
			throw new InvalidInput(new FieldProblem("criteriaSet", "criteria.preview.set-required"));
		}
		CriteriaSet set = catalogue.find(request.criteriaSet().trim())
			.orElseThrow(() -> new InvalidInput(
					new FieldProblem("criteriaSet", "criteria.preview.unknown-set", request.criteriaSet().trim())));
		RuleVersion version = catalogue.current();
		StarResult result = catalogue.score(version, set.code(), request.answers() == null ? Map.of() : request.answers());
		Map<String, Integer> parts = new LinkedHashMap<>();
		for (CriteriaPart part : set.parts()) {
			parts.put(part.code(), result.parts().getOrDefault(part.code(), 0));
		}
		return new PreviewResult(set.code(), version.code(), result.total(), parts, result.band(),
				result.stars(), result.certifiable(), result.unmetConditions().stream().map(ConditionItem::of).toList(),
				NextStarItem.of(result.nextStar()));
	}

}
