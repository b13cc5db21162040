package vn.ocophub.criteria;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import vn.ocophub.criteria.internal.RuleChecks;
import vn.ocophub.criteria.internal.RuleFiles;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;

/**
 * The rule versions and criteria sets in force, read from {@code classpath:criteria/} at start-up and checked:
 * a broken rule file stops the application with the file and line of each problem. Scores answer sheets with
 * the {@link StarRule}.
 */
@Service
public class CriteriaCatalogue {

	private static final Logger log = LoggerFactory.getLogger(CriteriaCatalogue.class);

	/** Error codes of the criteria module. */
	public enum Errors implements ErrorCode {

		SET_NOT_FOUND("criteria.set-not-found"), VERSION_NOT_FOUND("criteria.version-not-found"),
		NO_VERSION_ON("criteria.no-version-on");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final Clock clock;

	private final List<RuleVersion> versions;

	private final Map<String, CriteriaSet> sets = new LinkedHashMap<>();

	private final Map<String, List<RuleProblem>> unreconciled = new LinkedHashMap<>();

	/** A star rule per rule version and set: the set's tree with the version's bands, built on first use. */
	private final Map<String, StarRule> rules = new java.util.concurrent.ConcurrentHashMap<>();

	@Autowired
	CriteriaCatalogue(Clock clock) {
		this(clock, "classpath:criteria/");
	}

	/** Reads the rule files under a location (a classpath or file URL ending in "/"). */
	public CriteriaCatalogue(Clock clock, String location) {
		this.clock = clock;
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			Resource versionFile = resolver.getResource(location + "rule-versions.yaml");
			try (Reader reader = reader(versionFile)) {
				this.versions = List.copyOf(RuleFiles.readVersions("criteria/rule-versions.yaml", reader));
			}
			Resource[] files = resolver.getResources(location + "*/set-*.yaml");
			Arrays.sort(files, Comparator.comparing(CriteriaCatalogue::name));
			List<String> problems = new ArrayList<>();
			for (Resource file : files) {
				load(file, problems);
			}
			if (!problems.isEmpty()) {
				throw new RuleFileException(problems);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the criteria rule files at " + location, ex);
		}
		log.info("Loaded {} rule versions and {} criteria sets ({} unverified)", versions.size(), sets.size(),
				sets.values().stream().filter(set -> !set.verified()).count());
	}

	private void load(Resource file, List<String> problems) throws IOException {
		String name = name(file);
		CriteriaSet set;
		try (Reader reader = reader(file)) {
			set = RuleFiles.readSet(name, reader);
		}
		catch (RuleFileException ex) {
			problems.addAll(ex.problems());
			return;
		}
		String folder = name.substring(name.indexOf('/') + 1, name.lastIndexOf('/'));
		RuleVersion version = versions.stream()
			.filter(v -> v.code().equals(set.criteriaVersion()))
			.findFirst()
			.orElse(null);
		if (version == null || !folder.equals(set.criteriaVersion())) {
			problems.add(RuleFileException.at(name, 1, "criteria-version " + set.criteriaVersion()
					+ " must be a rule version listed in rule-versions.yaml and the name of the file's folder"));
			return;
		}
		if (sets.containsKey(set.code())) {
			problems.add(RuleFileException.at(name, 1, "a second file for set " + set.code()));
			return;
		}
		List<String> duplicates = RuleChecks.duplicates(set);
		if (!duplicates.isEmpty()) {
			problems.addAll(duplicates);
			return;
		}
		List<RuleProblem> arithmetic = RuleChecks.problems(set, version.partPoints());
		if (set.verified() && !arithmetic.isEmpty()) {
			arithmetic.forEach(problem -> problems.add(problem.toString()));
			return;
		}
		if (!arithmetic.isEmpty()) {
			log.warn("Criteria set {} is loaded unverified; it does not reconcile:\n  {}", set.code(),
					String.join("\n  ", arithmetic.stream().map(RuleProblem::toString).toList()));
		}
		sets.put(set.code(), set);
		unreconciled.put(set.code(), List.copyOf(arithmetic));
	}

	private static Reader reader(Resource resource) throws IOException {
		return new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
	}

	/** "criteria/QD148-2023/set-01.yaml": the folder and file, the way the rule files are named in messages. */
	private static String name(Resource resource) {
		try {
			String url = resource.getURL().toString();
			int file = url.lastIndexOf('/');
			int folder = url.lastIndexOf('/', file - 1);
			return "criteria/" + url.substring(folder + 1);
		}
		catch (IOException ex) {
			return "criteria/" + resource.getFilename();
		}
	}

	/** The rule versions, oldest first. */
	public List<RuleVersion> versions() {
		return versions;
	}

	public RuleVersion version(String code) {
		return versions.stream()
			.filter(version -> version.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Errors.VERSION_NOT_FOUND, code));
	}

	/** The rule version in force on a day. */
	public RuleVersion versionOn(LocalDate day) {
		return versions.stream()
			.filter(version -> version.inForceOn(day))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Errors.NO_VERSION_ON, day.toString()));
	}

	/** The rule version in force today. */
	public RuleVersion current() {
		return versionOn(LocalDate.now(clock));
	}

	/** Every criteria set, by version and product set. */
	public List<CriteriaSet> sets() {
		return List.copyOf(sets.values());
	}

	public Optional<CriteriaSet> find(String code) {
		return Optional.ofNullable(code == null ? null : sets.get(code));
	}

	public CriteriaSet set(String code) {
		return find(code).orElseThrow(() -> new NotFoundException(Errors.SET_NOT_FOUND, String.valueOf(code)));
	}

	/** The criteria set a product set is scored on under a rule version. */
	public CriteriaSet setFor(RuleVersion version, String productSetCode) {
		return set(CriteriaSet.codeOf(version.criteriaVersion(), productSetCode));
	}

	/** What does not reconcile in an unverified set (empty for a verified one). */
	public List<RuleProblem> unreconciled(String code) {
		return unreconciled.getOrDefault(code, List.of());
	}

	/**
	 * Scores an answer sheet on a set under the rule version in force today, without storing anything.
	 * @throws InvalidInput naming each unknown criterion or option and each alternative answered twice
	 */
	public StarResult score(String setCode, Map<String, String> answers) {
		return score(current(), setCode, answers);
	}

	/**
	 * Scores an answer sheet on a set with the star bands of a rule version (the one an assessment recorded).
	 * @throws InvalidInput naming each unknown criterion or option and each alternative answered twice
	 */
	public StarResult score(RuleVersion version, String setCode, Map<String, String> answers) {
		CriteriaSet set = set(setCode);
		StarRule rule = rules.computeIfAbsent(version.code() + "|" + set.code(), key -> new StarRule(set, version.bands()));
		try {
			return rule.evaluate(answers);
		}
		catch (AnswerSheetException ex) {
			throw new InvalidInput(ex.problems().stream().map(CriteriaCatalogue::problem).toList());
		}
	}

	private static FieldProblem problem(AnswerProblem problem) {
		return switch (problem.kind()) {
			case UNKNOWN_CRITERION -> new FieldProblem("answers", "criteria.answer.unknown-criterion",
					String.valueOf(problem.criterion()));
			case UNKNOWN_OPTION -> new FieldProblem("answers." + problem.criterion(), "criteria.answer.unknown-option",
					String.valueOf(problem.option()), problem.criterion());
			case BOTH_CASES -> new FieldProblem("answers." + problem.criterion(), "criteria.answer.both-cases",
					problem.criterion());
		};
	}

}
