package vn.ocophub.criteria.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.ocophub.criteria.CriteriaHeading;
import vn.ocophub.criteria.CriteriaPart;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Correction;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.criteria.CriterionOption;
import vn.ocophub.criteria.EvaluationLevel;
import vn.ocophub.criteria.RuleFileException;
import vn.ocophub.criteria.RuleVersion;
import vn.ocophub.criteria.StarBands;

/**
 * Reads the product's rule files (YAML, one file per criteria set, one file of rule versions) into the criteria
 * model. Codes are derived from the structure, the way the decision numbers it: part letter, heading number,
 * criterion letter, option number from 1. Structural mistakes stop here with file and line; arithmetic is
 * checked by {@link RuleChecks}.
 */
public final class RuleFiles {

	private static final Pattern SET_NUMBER = Pattern.compile("\\d{2}");

	private static final Pattern VERSION_CODE = Pattern.compile("[A-Z0-9]+-\\d{4}");

	private static final Pattern PART_CODE = Pattern.compile("[A-Z]");

	private static final Pattern LETTER = Pattern.compile("[a-zđ]");

	private static final Set<String> LEVELS = Set.of("COMMUNE", "DISTRICT", "PROVINCE", "CENTRAL");

	private RuleFiles() {
	}

	/** Reads one criteria set. */
	public static CriteriaSet readSet(String file, Reader reader) {
		YamlNode root = YamlNode.read(file, reader);
		Map<String, YamlNode> top = root.mapping(
				Set.of("criteria-version", "product-set", "name", "verified", "verification-note", "parts",
						"corrections"),
				Set.of("criteria-version", "product-set", "name", "verified", "parts"));
		String version = matching(top.get("criteria-version"), VERSION_CODE, "a rule version code like QD148-2023");
		String setNumber = matching(top.get("product-set"), SET_NUMBER, "a two-digit product set number");
		boolean verified = top.get("verified").bool();
		String note = optional(top.get("verification-note"));
		if (!verified && note == null) {
			throw top.get("verified").error("an unverified set needs a 'verification-note' saying why");
		}
		List<CriteriaPart> parts = new ArrayList<>();
		for (YamlNode part : top.get("parts").list()) {
			parts.add(part(part));
		}
		List<Correction> corrections = new ArrayList<>();
		if (top.containsKey("corrections")) {
			for (YamlNode correction : top.get("corrections").list()) {
				corrections.add(correction(correction));
			}
		}
		return new CriteriaSet(version, setNumber, top.get("name").text(), verified, note, parts, corrections, file);
	}

	private static CriteriaPart part(YamlNode node) {
		Map<String, YamlNode> map = node.mapping(Set.of("part", "title", "points", "headings"),
				Set.of("part", "title", "points", "headings"));
		String code = matching(map.get("part"), PART_CODE, "a part letter");
		List<CriteriaHeading> headings = new ArrayList<>();
		for (YamlNode heading : map.get("headings").list()) {
			headings.add(heading(code, heading));
		}
		return new CriteriaPart(code, map.get("title").text(), map.get("points").integer(), headings, node.line());
	}

	private static CriteriaHeading heading(String part, YamlNode node) {
		Map<String, YamlNode> map = node.mapping(
				Set.of("heading", "title", "note", "points", "stars", "alternative", "criteria", "options"),
				Set.of("heading", "title", "points"));
		String code = part + "." + map.get("heading").integer();
		boolean alternative = map.containsKey("alternative") && map.get("alternative").bool();
		String title = map.get("title").text();
		String note = optional(map.get("note"));
		int points = map.get("points").integer();
		if (map.containsKey("criteria") == map.containsKey("options")) {
			throw node.error("a heading has either 'criteria' or, when it is scored as one criterion, 'options'");
		}
		List<Criterion> criteria = new ArrayList<>();
		if (map.containsKey("options")) {
			if (alternative) {
				throw node.error("an alternative heading needs its cases under 'criteria'");
			}
			criteria.add(new Criterion(code, title, note, points, stars(map.get("stars")),
					options(code, map.get("options")), node.line()));
		}
		else {
			if (map.containsKey("stars")) {
				throw map.get("stars").error("a star marker on a heading belongs to its criterion");
			}
			for (YamlNode criterion : map.get("criteria").list()) {
				criteria.add(criterion(code, criterion));
			}
		}
		return new CriteriaHeading(code, title, note, points, alternative, criteria, node.line());
	}

	private static Criterion criterion(String heading, YamlNode node) {
		Map<String, YamlNode> map = node.mapping(Set.of("criterion", "title", "note", "points", "stars", "options"),
				Set.of("criterion", "title", "points", "options"));
		String code = heading + "." + matching(map.get("criterion"), LETTER, "a criterion letter (a, b, … đ, e, g)");
		return new Criterion(code, map.get("title").text(), optional(map.get("note")), map.get("points").integer(),
				stars(map.get("stars")), options(code, map.get("options")), node.line());
	}

	private static List<CriterionOption> options(String criterion, YamlNode node) {
		List<CriterionOption> options = new ArrayList<>();
		for (YamlNode option : node.list()) {
			Map<String, YamlNode> map = option.mapping(Set.of("points", "stars", "text"), Set.of("points", "text"));
			int points = map.get("points").integer();
			if (points < 0) {
				throw map.get("points").error("points cannot be negative");
			}
			options.add(new CriterionOption(criterion + "." + (options.size() + 1), map.get("text").text(), points,
					stars(map.get("stars")), option.line()));
		}
		if (options.isEmpty()) {
			throw node.error("criterion " + criterion + " has no option");
		}
		return options;
	}

	private static Integer stars(YamlNode node) {
		if (node == null) {
			return null;
		}
		int stars = node.integer();
		if (stars < 3 || stars > 5) {
			throw node.error("a star marker is 3, 4 or 5, not " + stars);
		}
		return stars;
	}

	private static Correction correction(YamlNode node) {
		Map<String, YamlNode> map = node.mapping(
				Set.of("element", "field", "transcription", "used", "reason", "source"),
				Set.of("element", "field", "transcription", "used", "reason", "source"));
		String field = map.get("field").text();
		if (!Set.of("points", "stars", "text", "note", "code", "element").contains(field)) {
			throw map.get("field").error("a correction's field is points, stars, text, note, code or element");
		}
		return new Correction(map.get("element").text(), field, map.get("transcription").text(),
				map.get("used").text(), map.get("reason").text(), map.get("source").text());
	}

	/** Reads the rule versions, in force one after another: each ends the day before the next begins. */
	public static List<RuleVersion> readVersions(String file, Reader reader) {
		YamlNode root = YamlNode.read(file, reader);
		List<RuleVersion> read = new ArrayList<>();
		for (YamlNode node : root.mapping(Set.of("versions"), Set.of("versions")).get("versions").list()) {
			read.add(version(node));
		}
		List<RuleVersion> versions = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			RuleVersion version = read.get(i);
			LocalDate end = null;
			if (i + 1 < read.size()) {
				LocalDate next = read.get(i + 1).effectiveFrom();
				if (!next.isAfter(version.effectiveFrom())) {
					throw new RuleFileException(file, 1,
							"versions must be listed in the order they took effect: " + read.get(i + 1).code());
				}
				end = next.minusDays(1);
			}
			versions.add(new RuleVersion(version.code(), version.decision(), version.title(), version.effectiveFrom(),
					end, version.amends(), version.criteriaVersion(), version.partPoints(), version.bands(),
					version.levels(), version.summary()));
		}
		return versions;
	}

	private static RuleVersion version(YamlNode node) {
		Map<String, YamlNode> map = node.mapping(
				Set.of("code", "decision", "title", "effective-from", "amends", "criteria", "parts", "bands", "levels",
						"summary"),
				Set.of("code", "decision", "title", "effective-from", "criteria", "parts", "bands", "levels",
						"summary"));
		Map<String, Integer> parts = new LinkedHashMap<>();
		map.get("parts").mapping(Set.of("A", "B", "C"), Set.of("A", "B", "C"))
			.forEach((part, points) -> parts.put(part, points.integer()));
		Map<String, YamlNode> bandNodes = map.get("bands").mapping(Set.of("2", "3", "4", "5"), Set.of("2", "3", "4", "5"));
		StarBands bands;
		try {
			bands = new StarBands(List.of(bandNodes.get("2").integer(), bandNodes.get("3").integer(),
					bandNodes.get("4").integer(), bandNodes.get("5").integer()));
		}
		catch (IllegalArgumentException ex) {
			throw map.get("bands").error(ex.getMessage());
		}
		List<EvaluationLevel> levels = new ArrayList<>();
		for (YamlNode level : map.get("levels").list()) {
			levels.add(level(level));
		}
		return new RuleVersion(matching(map.get("code"), VERSION_CODE, "a rule version code like QD148-2023"),
				map.get("decision").text(), map.get("title").text(), date(map.get("effective-from")), null,
				optional(map.get("amends")), map.get("criteria").text(), parts, bands, levels, map.get("summary").text());
	}

	private static EvaluationLevel level(YamlNode node) {
		Map<String, YamlNode> map = node.mapping(Set.of("level", "pre-assesses", "recognises"), Set.of("level"));
		String level = map.get("level").text();
		if (!LEVELS.contains(level)) {
			throw map.get("level").error("a level is one of " + LEVELS);
		}
		List<Integer> stars = new ArrayList<>();
		if (map.containsKey("recognises")) {
			for (YamlNode star : map.get("recognises").list()) {
				stars.add(stars(star));
			}
		}
		boolean pre = map.containsKey("pre-assesses") && map.get("pre-assesses").bool();
		if (pre == !stars.isEmpty()) {
			throw node.error("a level either pre-assesses or recognises star levels");
		}
		return new EvaluationLevel(level, pre, stars);
	}

	private static LocalDate date(YamlNode node) {
		try {
			return LocalDate.parse(node.text());
		}
		catch (DateTimeParseException ex) {
			throw node.error("'" + node.text() + "' is not a date like 2023-02-24");
		}
	}

	private static String matching(YamlNode node, Pattern pattern, String what) {
		String value = node.text();
		if (!pattern.matcher(value).matches()) {
			throw node.error("'" + value + "' is not " + what);
		}
		return value;
	}

	private static String optional(YamlNode node) {
		return node == null ? null : node.text();
	}

}
