package vn.ocophub.evaluation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.adminunit.AdminUnitSummary;
import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.evaluation.internal.DossierRecords;
import vn.ocophub.evaluation.internal.EvaluationRound;
import vn.ocophub.evaluation.internal.EvaluationRoundRepository;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.producer.ProducerAccess;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;

/**
 * Evaluation rounds: opened and closed by the OCOP office of their scope (a provincial officer for its province,
 * an officer with country scope for a central round), seen by everyone whose scope reaches them.
 */
@Service
@Transactional(readOnly = true)
public class RoundManagement {

	/** Audit target type of rounds. */
	public static final String AUDIT_TYPE = "evaluation-round";

	/** Default divergence limit between members' totals (points), and default quorum (two thirds, chair present). */
	public static final int DEFAULT_DIVERGENCE = 10;

	public static final int DEFAULT_QUORUM_NUMERATOR = 2;

	public static final int DEFAULT_QUORUM_DENOMINATOR = 3;

	public enum Errors implements ErrorCode {

		NOT_FOUND("evaluation.round.not-found"), OUT_OF_SCOPE("evaluation.round.out-of-scope"), NOT_MANAGER("evaluation.round.not-manager"),
		DUPLICATE("evaluation.round.duplicate"), DUPLICATE_CENTRAL("evaluation.round.duplicate-central"), CLOSED("evaluation.round.closed"),
		CLOSE_IN_PROGRESS("evaluation.round.close-in-progress"), CONCURRENT_EDIT("evaluation.round.concurrent-edit");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final EvaluationRoundRepository rounds;

	private final DossierRecords records;

	private final DossierManagement dossiers;

	private final CriteriaCatalogue criteria;

	private final AuditTrail audit;

	private final AdminUnitManagement units;

	private final Clock clock;

	RoundManagement(EvaluationRoundRepository rounds, DossierRecords records, DossierManagement dossiers,
			CriteriaCatalogue criteria, AdminUnitManagement units, AuditTrail audit, Clock clock) {
		this.units = units;
		this.rounds = rounds;
		this.records = records;
		this.dossiers = dossiers;
		this.criteria = criteria;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the user may open rounds at all (a provincial or national officer). */
	public boolean mayOpen(CurrentUser user) {
		return user.hasRole(Role.PROVINCE_OFFICER) && user.scope().communeCode() == null;
	}

	/** The level and province a user's new round gets: its province, or central for the national office. */
	public RoundCommand defaults(CurrentUser user) {
		if (!mayOpen(user)) {
			throw new AccessDenied(Errors.NOT_MANAGER);
		}
		int year = OffsetDateTime.now(clock).getYear();
		boolean central = user.scope().provinceCode() == null;
		String scope = central ? EvaluationRound.CENTRAL_SCOPE : user.scope().provinceCode();
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		return new RoundCommand(central ? RoundLevel.CENTRAL : RoundLevel.PROVINCE, user.scope().provinceCode(), year,
				records.nextNumber(scope, year), criteria.current().code(), today.plusDays(30), today.plusDays(45),
				today.plusDays(60), DEFAULT_DIVERGENCE, DEFAULT_QUORUM_NUMERATOR, DEFAULT_QUORUM_DENOMINATOR, true);
	}

	/** Opens a round in the user's own scope. */
	@Transactional
	public RoundView open(RoundCommand command, CurrentUser user) {
		if (!mayOpen(user)) {
			throw new AccessDenied(Errors.NOT_MANAGER);
		}
		RoundLevel level = user.scope().provinceCode() == null ? RoundLevel.CENTRAL : RoundLevel.PROVINCE;
		String province = user.scope().provinceCode();
		String ruleVersion = command.ruleVersion() == null || command.ruleVersion().isBlank() ? criteria.current().code()
				: command.ruleVersion();
		int divergence = command.divergenceLimit() == null ? DEFAULT_DIVERGENCE : command.divergenceLimit();
		int numerator = command.quorumNumerator() == null ? DEFAULT_QUORUM_NUMERATOR : command.quorumNumerator();
		int denominator = command.quorumDenominator() == null ? DEFAULT_QUORUM_DENOMINATOR : command.quorumDenominator();
		InvalidInput.throwIfAny(problems(command, ruleVersion, divergence, numerator, denominator));
		String scope = level == RoundLevel.CENTRAL ? EvaluationRound.CENTRAL_SCOPE : province;
		if (records.roundExists(scope, command.year(), command.number())) {
			throw duplicate(command, province);
		}
		EvaluationRound round;
		try {
			round = rounds.save(EvaluationRound.open(level, province, command.year(), command.number(), ruleVersion,
					command.dossierDeadline(), command.communeReportDeadline(), command.councilDate(), divergence, numerator,
					denominator, command.chairRequired() == null || command.chairRequired(), user.getUsername(), now()));
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(command, province);
		}
		audit.recordChanges("ROUND_OPENED", AUDIT_TYPE, String.valueOf(round.id()), province,
				List.of(new FieldChange("round", null, level + " " + round.label()),
						new FieldChange("ruleVersion", null, ruleVersion),
						new FieldChange("divergenceLimit", null, String.valueOf(divergence)),
						new FieldChange("quorum", null, numerator + "/" + denominator)));
		return view(round, user);
	}

	private List<FieldProblem> problems(RoundCommand c, String ruleVersion, int divergence, int numerator,
			int denominator) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c.year() < 2018 || c.year() > 2100) {
			problems.add(new FieldProblem("year", "evaluation.round.validation.year"));
		}
		if (c.number() < 1 || c.number() > 99) {
			problems.add(new FieldProblem("number", "evaluation.round.validation.number"));
		}
		if (criteria.versions().stream().noneMatch(v -> v.code().equals(ruleVersion))) {
			problems.add(new FieldProblem("ruleVersion", "evaluation.round.validation.rule-version"));
		}
		if (c.dossierDeadline() == null) {
			problems.add(new FieldProblem("dossierDeadline", "evaluation.round.validation.required"));
		}
		if (c.communeReportDeadline() == null) {
			problems.add(new FieldProblem("communeReportDeadline", "evaluation.round.validation.required"));
		}
		else if (c.dossierDeadline() != null && c.communeReportDeadline().isBefore(c.dossierDeadline())) {
			problems.add(new FieldProblem("communeReportDeadline", "evaluation.round.validation.commune-after-dossier"));
		}
		if (c.councilDate() == null) {
			problems.add(new FieldProblem("councilDate", "evaluation.round.validation.required"));
		}
		else if (c.communeReportDeadline() != null && c.councilDate().isBefore(c.communeReportDeadline())) {
			problems.add(new FieldProblem("councilDate", "evaluation.round.validation.council-after-commune"));
		}
		if (divergence < 1 || divergence > 100) {
			problems.add(new FieldProblem("divergenceLimit", "evaluation.round.validation.divergence"));
		}
		if (numerator < 1 || denominator < 1 || numerator > denominator || denominator > 20) {
			problems.add(new FieldProblem("quorumNumerator", "evaluation.round.validation.quorum"));
		}
		return problems;
	}

	/**
	 * Closes a round. Refused while an official still owes work on a dossier (submitted, at the commune,
	 * forwarded, with a council): closing would strand it. Dossiers still with the producer (drafts, returned and
	 * never resubmitted) lapse, each with a history entry, so that nothing stays open in a closed round.
	 */
	@Transactional
	public RoundView close(long id, long version, CurrentUser user) {
		EvaluationRound round = load(id);
		requireManager(round, user);
		round.requireOpen();
		if (round.version() != version) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		List<Long> inProgress = records.inStatus(id, java.util.Arrays.stream(DossierStatus.values())
			.filter(DossierStatus::inProgress)
			.toList());
		if (!inProgress.isEmpty()) {
			throw new BusinessRuleViolation(Errors.CLOSE_IN_PROGRESS, round.label(), inProgress.size());
		}
		int lapsed = dossiers.lapse(records.inStatus(id, List.of(DossierStatus.DRAFT, DossierStatus.RETURNED)),
				round.label(), user);
		round.close(user.getUsername(), now());
		try {
			round = rounds.save(round);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		audit.recordChanges("ROUND_CLOSED", AUDIT_TYPE, String.valueOf(id), round.provinceCode(),
				List.of(new FieldChange("status", RoundStatus.OPEN.name(), RoundStatus.CLOSED.name()),
						new FieldChange("lapsedDossiers", null, String.valueOf(lapsed))));
		return view(round, user);
	}

	/** A round the user's scope reaches. */
	public RoundView get(long id, CurrentUser user) {
		EvaluationRound round = load(id);
		requireVisible(round, user);
		return view(round, user);
	}

	/** The rounds the user's scope reaches, newest first, with the dossiers they may see counted by status. */
	public List<RoundView> list(CurrentUser user) {
		List<Long> ids = records.visibleRounds(user.scope().provinceCode());
		ProducerAccess access = dossiers.access(user);
		Map<Long, Map<DossierStatus, Integer>> counts = records.counts(ids, access);
		List<RoundView> views = new ArrayList<>();
		rounds.findAllById(ids).forEach(round -> views.add(view(round, counts.getOrDefault(round.id(), Map.of()), user)));
		views.sort(java.util.Comparator.comparing(RoundView::year)
			.thenComparing(RoundView::number)
			.thenComparing(RoundView::id)
			.reversed());
		return views;
	}

	/** The open provincial rounds of a province, for filing a dossier. */
	public List<RoundView> openIn(String provinceCode, CurrentUser user) {
		return list(user).stream()
			.filter(r -> r.open() && r.level() == RoundLevel.PROVINCE && provinceCode.equals(r.provinceCode()))
			.toList();
	}

	EvaluationRound load(long id) {
		return rounds.findById(id).orElseThrow(() -> new NotFoundException(Errors.NOT_FOUND, String.valueOf(id)));
	}

	static void requireVisible(EvaluationRound round, CurrentUser user) {
		String province = user.scope().provinceCode();
		if (province != null && round.provinceCode() != null && !province.equals(round.provinceCode())) {
			throw new AccessDenied(Errors.OUT_OF_SCOPE);
		}
	}

	private void requireManager(EvaluationRound round, CurrentUser user) {
		requireVisible(round, user);
		if (!manages(round, user)) {
			throw new AccessDenied(Errors.NOT_MANAGER);
		}
	}

	private boolean manages(EvaluationRound round, CurrentUser user) {
		if (!mayOpen(user)) {
			return false;
		}
		String province = user.scope().provinceCode();
		return round.level() == RoundLevel.CENTRAL ? province == null : round.provinceCode().equals(province);
	}

	private RoundView view(EvaluationRound round, CurrentUser user) {
		Map<DossierStatus, Integer> counts = records.counts(List.of(round.id()), dossiers.access(user))
			.getOrDefault(round.id(), Map.of());
		return view(round, counts, user);
	}

	private RoundView view(EvaluationRound r, Map<DossierStatus, Integer> counts, CurrentUser user) {
		return new RoundView(r.id(), r.level(), r.provinceCode(), scopeName(r.provinceCode()), r.year(), r.number(), r.ruleVersion(),
				r.dossierDeadline(), r.communeReportDeadline(), r.councilDate(), r.divergenceLimit(), r.quorumNumerator(),
				r.quorumDenominator(), r.chairRequired(), r.status(), r.createdAt(), r.createdBy(), r.closedAt(),
				r.closedBy(), r.version(), counts.isEmpty() ? Map.of() : new EnumMap<>(counts), manages(r, user));
	}

	private BusinessRuleViolation duplicate(RoundCommand command, String province) {
		return province == null ? new BusinessRuleViolation(Errors.DUPLICATE_CENTRAL, command.number(), command.year())
				: new BusinessRuleViolation(Errors.DUPLICATE, command.number(), command.year(), scopeName(province));
	}

	/** The province's name with its type ("Tỉnh Hà Tĩnh"); null for the national office. */
	private String scopeName(String provinceCode) {
		if (provinceCode == null) {
			return null;
		}
		return units.findCurrent(provinceCode).map(AdminUnitSummary::name).orElse(provinceCode);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
