package vn.ocophub.criteria.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocophub.criteria.Correction;
import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaHeading;
import vn.ocophub.criteria.CriteriaPart;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.criteria.CriterionOption;
import vn.ocophub.criteria.EvaluationLevel;
import vn.ocophub.criteria.RuleVersion;

/** The criteria sets and rule versions, public: the law of OCOP rating is for everyone to read. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Criteria", description = "The 26 criteria sets of Decision 148/QĐ-TTg and the rule versions in force")
class CriteriaApiController {

	private final CriteriaCatalogue catalogue;

	private final Clock clock;

	CriteriaApiController(CriteriaCatalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** A set in the list; {@code ruleVersion} is the version whose annex the set belongs to. */
	record SetItem(String code, String ruleVersion, String productSetCode, String name, int maxPoints,
			boolean verified) {

		static SetItem of(CriteriaSet set) {
			return new SetItem(set.code(), set.criteriaVersion(), set.productSetCode(), set.name(), set.maxPoints(),
					set.verified());
		}

	}

	/** A whole scoring form; absent values are null. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record SetDetails(String code, String name, String ruleVersion, String productSetCode, boolean verified,
			String verificationNote, int maxPoints, List<PartItem> parts, List<CorrectionItem> corrections) {

		static SetDetails of(CriteriaSet set) {
			return new SetDetails(set.code(), set.name(), set.criteriaVersion(), set.productSetCode(), set.verified(),
					set.verificationNote(), set.maxPoints(), set.parts().stream().map(PartItem::of).toList(),
					set.corrections().stream().map(CorrectionItem::of).toList());
		}

	}

	record PartItem(String code, String title, int maxPoints, List<HeadingItem> headings) {

		static PartItem of(CriteriaPart part) {
			return new PartItem(part.code(), part.title(), part.maxPoints(),
					part.headings().stream().map(HeadingItem::of).toList());
		}

	}

	/** A heading; when {@code alternative}, exactly one of its criteria (the case that applies) is scored. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record HeadingItem(String code, String title, String note, int maxPoints, boolean alternative,
			List<CriterionItem> criteria) {

		static HeadingItem of(CriteriaHeading heading) {
			return new HeadingItem(heading.code(), heading.title(), heading.note(), heading.maxPoints(),
					heading.alternative(), heading.criteria().stream().map(CriterionItem::of).toList());
		}

	}

	/** A criterion; {@code starMarker} (3, 4 or 5) when the criterion itself is a star condition, else null. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record CriterionItem(String code, String title, String note, int maxPoints, Integer starMarker,
			List<OptionItem> options) {

		static CriterionItem of(Criterion criterion) {
			return new CriterionItem(criterion.code(), criterion.title(), criterion.note(), criterion.maxPoints(),
					criterion.starMarker(), criterion.options().stream().map(OptionItem::of).toList());
		}

	}

	@JsonInclude(JsonInclude.Include.ALWAYS)
	record OptionItem(String code, String text, int points, Integer starMarker) {

		static OptionItem of(CriterionOption option) {
			return new OptionItem(option.code(), option.text(), option.points(), option.starMarker());
		}

	}

	/** Where the rule data differs from the public transcription, because the official text says so. */
	record CorrectionItem(String element, String field, String transcription, String used, String reason,
			String source) {

		static CorrectionItem of(Correction c) {
			return new CorrectionItem(c.element(), c.field(), c.transcription(), c.used(), c.reason(), c.source());
		}

	}

	/** A rule version; {@code effectiveTo} and {@code amends} are null when they do not apply. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record VersionItem(String code, String decision, String title, LocalDate effectiveFrom, LocalDate effectiveTo,
			boolean inForce, String amends, String criteriaVersion, Map<String, Integer> parts, List<BandItem> bands,
			List<LevelItem> levels, String summary) {

		static VersionItem of(RuleVersion v, LocalDate today) {
			List<BandItem> bands = IntStream.rangeClosed(1, 5)
				.mapToObj(stars -> new BandItem(stars, v.bands().lowerBound(stars)))
				.toList();
			return new VersionItem(v.code(), v.decision(), v.title(), v.effectiveFrom(), v.effectiveTo(),
					v.inForceOn(today), v.amends(), v.criteriaVersion(), v.partPoints(), bands,
					v.levels().stream().map(LevelItem::of).toList(), v.summary());
		}

	}

	/** A score band: a total from {@code minTotal} (up to the next band's) earns {@code stars}. */
	record BandItem(int stars, int minTotal) {
	}

	/** A level of government and its part: pre-assessing dossiers, or recognising star levels. */
	record LevelItem(String level, boolean preAssesses, List<Integer> recognises) {

		static LevelItem of(EvaluationLevel level) {
			return new LevelItem(level.level(), level.preAssesses(), level.recognises());
		}

	}

	@GetMapping("/criteria-sets")
	@Operation(summary = "Every criteria set, by rule version and product set (01…26)",
			description = "A set with verified=false is loaded but some of its numbers do not reconcile yet with the official text.")
	List<SetItem> sets() {
		return catalogue.sets().stream().map(SetItem::of).toList();
	}

	@GetMapping("/criteria-sets/{code}")
	@Operation(summary = "One criteria set with its full form: parts, headings, criteria, options, star markers and notes",
			description = "Also lists the corrections made to the public transcription, with the reason and what each rests on.")
	SetDetails set(@Parameter(description = "Rule version and product set, e.g. QD148-2023-01") @PathVariable String code) {
		return SetDetails.of(catalogue.set(code));
	}

	@GetMapping("/rule-versions")
	@Operation(summary = "The rule versions, oldest first, with their dates, score bands and evaluation levels")
	List<VersionItem> versions() {
		LocalDate today = LocalDate.now(clock);
		return catalogue.versions().stream().map(version -> VersionItem.of(version, today)).toList();
	}

}
