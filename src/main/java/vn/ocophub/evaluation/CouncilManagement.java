package vn.ocophub.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.adminunit.AdminUnitSummary;
import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.EvaluationLevel;
import vn.ocophub.criteria.RuleVersion;
import vn.ocophub.criteria.StarResult;
import vn.ocophub.evaluation.internal.CouncilMinutes;
import vn.ocophub.evaluation.internal.CouncilRecords;
import vn.ocophub.evaluation.internal.CouncilRecords.CouncilRow;
import vn.ocophub.evaluation.internal.CouncilRecords.ResultRow;
import vn.ocophub.evaluation.internal.CouncilRecords.SheetRow;
import vn.ocophub.evaluation.internal.AnswerSheetRules;
import vn.ocophub.evaluation.internal.Dossier;
import vn.ocophub.evaluation.internal.DossierRecords;
import vn.ocophub.evaluation.internal.DossierRepository;
import vn.ocophub.evaluation.internal.DossierSteps;
import vn.ocophub.evaluation.internal.EvaluationRound;
import vn.ocophub.evaluation.internal.EvaluationRoundRepository;
import vn.ocophub.evaluation.internal.EvidenceStore;
import vn.ocophub.evaluation.internal.NotificationStore;
import vn.ocophub.evaluation.internal.SelfAssessment;
import vn.ocophub.evaluation.internal.SelfAssessmentRepository;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.identity.UserManagement;
import vn.ocophub.identity.UserView;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.audit.FieldChange;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;

/**
 * Evaluation councils (hội đồng đánh giá, phân hạng sản phẩm OCOP) and what they do with the dossiers assigned
 * to them:
 * <ol>
 * <li>The round's office forms a council (chair, vice-chairs, members, a secretary; an account each, with the
 * agency it represents) and its advisory team, and assigns forwarded dossiers to it.</li>
 * <li>Each member declares, per product and before seeing its dossier, any conflict of interest. A conflict recuses
 * the member from that product: no score sheet, no count. Declarations are signed and never change.</li>
 * <li>Each member not recused scores the product on the official form of its set: drafts, then a submitted sheet
 * that is locked. The chair may reopen a submitted sheet with a reason; the submitted revision is kept.</li>
 * <li>Results follow {@link CouncilResultRule}; the chair confirms a result that has a quorum and no
 * divergence, which sends the product on ({@link Routing}); the secretary writes the minutes as PDF.</li>
 * <li>The national office carries products proposed for 5★ into a central round, where a central council does
 * the same.</li>
 * </ol>
 * Everything is audited; members see only what is assigned to them and not recused from; producers and communes
 * see results once confirmed.
 */
@Service
@Transactional(readOnly = true)
public class CouncilManagement {

	/** Audit target type of councils. */
	public static final String AUDIT_TYPE = "council";

	/** The fewest scoring seats a council may have. */
	public static final int MIN_SCORING_SEATS = 3;

	/** The language of records that outlive the screen (minutes, history). */
	private static final Locale OFFICIAL = Locale.forLanguageTag("vi");

	public enum Errors implements ErrorCode {

		NOT_FOUND("evaluation.council.not-found"), NOT_MANAGER("evaluation.council.not-manager"),
		NOT_MEMBER("evaluation.council.not-member"), NOT_PRESIDING("evaluation.council.not-presiding"),
		SEATS_LOCKED("evaluation.council.seats-locked"), CONCURRENT_EDIT("evaluation.council.concurrent-edit"),
		NOT_FORWARDED("evaluation.council.not-forwarded"), OTHER_ROUND("evaluation.council.other-round"),
		ALREADY_ASSIGNED("evaluation.council.already-assigned"), NOT_ASSIGNED("evaluation.council.not-assigned"),
		ALREADY_DECLARED("evaluation.council.already-declared"), DECLARE_FIRST("evaluation.council.declare-first"),
		RECUSED("evaluation.council.recused"), SECRETARY_DOES_NOT_SCORE("evaluation.council.secretary-does-not-score"),
		SHEET_SUBMITTED("evaluation.council.sheet-submitted"), SHEET_INCOMPLETE("evaluation.council.sheet-incomplete"),
		NOTHING_TO_REOPEN("evaluation.council.nothing-to-reopen"), CONFIRMED("evaluation.council.confirmed"),
		NOT_CONFIRMABLE("evaluation.council.not-confirmable"), NO_CONFIRMED_RESULTS("evaluation.council.no-confirmed-results"),
		NOT_MINUTES_WRITER("evaluation.council.not-minutes-writer"), MINUTES_NOT_FOUND("evaluation.council.minutes-not-found"),
		NOT_CENTRAL("evaluation.council.not-central"), NOT_PROPOSED("evaluation.council.not-proposed"),
		EVIDENCE_NOT_FOUND("evaluation.council.evidence-not-found");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final CouncilRecords records;

	private final DossierRepository dossiers;

	private final DossierRecords dossierRecords;

	private final EvaluationRoundRepository rounds;

	private final SelfAssessmentRepository assessments;

	private final EvidenceStore evidence;

	private final NotificationStore notifications;

	private final CriteriaCatalogue criteria;

	private final UserManagement users;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final DossierManagement dossierManagement;

	private final AdminUnitManagement units;

	private final DossierSteps steps;

	private final Clock clock;

	CouncilManagement(CouncilRecords records, DossierRepository dossiers, DossierRecords dossierRecords,
			EvaluationRoundRepository rounds, SelfAssessmentRepository assessments, EvidenceStore evidence,
			NotificationStore notifications, CriteriaCatalogue criteria, UserManagement users, AuditTrail audit,
			MessageSource messages, DossierManagement dossierManagement, AdminUnitManagement units, DossierSteps steps,
			Clock clock) {
		this.steps = steps;
		this.dossierManagement = dossierManagement;
		this.units = units;
		this.records = records;
		this.dossiers = dossiers;
		this.dossierRecords = dossierRecords;
		this.rounds = rounds;
		this.assessments = assessments;
		this.evidence = evidence;
		this.notifications = notifications;
		this.criteria = criteria;
		this.users = users;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ composition

	/**
	 * The accounts that may sit in a council of the round: enabled council members and OCOP officers whose scope
	 * is the round's province (or the whole country); for a central round, those with country scope.
	 */
	public List<UserView> candidates(long roundId, CurrentUser user) {
		EvaluationRound round = round(roundId);
		requireManager(round, user);
		List<UserView> found = new ArrayList<>();
		for (Role role : List.of(Role.COUNCIL_MEMBER, Role.PROVINCE_OFFICER)) {
			// Every page: a page holds at most PageRequest.MAX_SIZE accounts of the whole country, in name order, so
			// one page alone would leave out the province's accounts whose names sort late.
			for (int page = 0;; page++) {
				vn.ocophub.shared.PageResult<UserView> accounts = users.list(vn.ocophub.shared.AccessScope.country(), null,
						role, true, new vn.ocophub.shared.PageRequest(page, vn.ocophub.shared.PageRequest.MAX_SIZE));
				found.addAll(accounts.items());
				if (accounts.items().isEmpty() || (long) (page + 1) * accounts.size() >= accounts.total()) {
					break;
				}
			}
		}
		return found.stream()
			.filter(u -> eligible(u, round))
			.collect(Collectors.toMap(UserView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new))
			.values()
			.stream()
			.sorted(Comparator.comparing(UserView::fullName).thenComparing(UserView::username))
			.toList();
	}

	private static boolean eligible(UserView user, EvaluationRound round) {
		if (!user.enabled() || !(user.roles().contains(Role.COUNCIL_MEMBER) || user.roles().contains(Role.PROVINCE_OFFICER))
				|| user.scope().communeCode() != null) {
			return false;
		}
		String province = user.scope().provinceCode();
		return round.level() == RoundLevel.CENTRAL ? province == null
				: province == null || province.equals(round.provinceCode());
	}

	/** Forms a council for a round of the user's office. */
	@Transactional
	public long form(long roundId, CouncilCommand input, CurrentUser user) {
		EvaluationRound round = round(roundId);
		requireManager(round, user);
		round.requireOpen();
		CouncilCommand command = normalized(input);
		List<CouncilSeat> seats = checked(command, round);
		long id = records.insertCouncil(roundId, command, user.getUsername(), now());
		records.replaceSeats(id, seats);
		records.replaceAdvisors(id, command.advisors());
		audit.recordChanges("COUNCIL_FORMED", AUDIT_TYPE, String.valueOf(id), round.provinceCode(),
				List.of(new FieldChange("round", null, round.label()), new FieldChange("name", null, command.name()),
						new FieldChange("seats", null, describe(seats)),
						new FieldChange("advisors", null, String.valueOf(command.advisors().size()))));
		return id;
	}

	/** Changes a council read at {@code version}; its seats only until a member has declared or scored. */
	@Transactional
	public void update(long id, long version, CouncilCommand input, CurrentUser user) {
		CouncilRow council = council(id);
		EvaluationRound round = round(council.roundId());
		requireManager(round, user);
		round.requireOpen();
		CouncilCommand command = normalized(input);
		List<CouncilSeat> seats = checked(command, round);
		List<CouncilSeat> before = records.seats(id);
		List<CouncilCommand.Advisor> advisorsBefore = records.advisors(id);
		boolean seatsChanged = !describe(before).equals(describe(seats));
		if (seatsChanged && records.workStarted(id)) {
			throw new BusinessRuleViolation(Errors.SEATS_LOCKED);
		}
		if (!records.updateCouncil(id, version, command)) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		if (seatsChanged) {
			records.replaceSeats(id, seats);
		}
		records.replaceAdvisors(id, command.advisors());
		audit.recordChanges("COUNCIL_UPDATED", AUDIT_TYPE, String.valueOf(id), round.provinceCode(),
				List.of(new FieldChange("name", council.name(), command.name()),
						new FieldChange("decisionRef", council.decisionRef(), command.decisionRef()),
						new FieldChange("sessionDate", Objects.toString(council.sessionDate(), null),
								Objects.toString(command.sessionDate(), null)),
						new FieldChange("seats", describe(before), describe(seats)),
						new FieldChange("advisors", describeAdvisors(advisorsBefore), describeAdvisors(command.advisors()))));
	}

	private static String describeAdvisors(List<CouncilCommand.Advisor> advisors) {
		return advisors.stream()
			.map(a -> a.fullName() + ":" + a.agency() + (a.task() == null ? "" : ":" + a.task()))
			.collect(Collectors.joining("; "));
	}

	private static CouncilCommand normalized(CouncilCommand c) {
		List<CouncilCommand.Seat> seats = c.seats()
			.stream()
			.filter(s -> s != null && !(blank(s.username()) && blank(s.agency())))
			.map(s -> new CouncilCommand.Seat(trim(s.username()) == null ? null : trim(s.username()).toLowerCase(Locale.ROOT),
					s.role(), trim(s.agency())))
			.toList();
		List<CouncilCommand.Advisor> advisors = c.advisors()
			.stream()
			.filter(a -> a != null && !(blank(a.fullName()) && blank(a.agency()) && blank(a.task())))
			.map(a -> new CouncilCommand.Advisor(trim(a.fullName()), trim(a.agency()), trim(a.task())))
			.toList();
		return new CouncilCommand(trim(c.name()), trim(c.decisionRef()), c.sessionDate(), seats, advisors);
	}

	/** Checks the command and resolves its seats to accounts; every problem at once. */
	private List<CouncilSeat> checked(CouncilCommand c, EvaluationRound round) {
		List<FieldProblem> problems = new ArrayList<>();
		if (c.name() == null || c.name().length() > 300) {
			problems.add(new FieldProblem("name", "evaluation.council.validation.name"));
		}
		if (c.decisionRef() != null && c.decisionRef().length() > 100) {
			problems.add(new FieldProblem("decisionRef", "evaluation.council.validation.decision-ref"));
		}
		List<CouncilSeat> seats = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < c.seats().size(); i++) {
			CouncilCommand.Seat seat = c.seats().get(i);
			String field = "seats[" + i + "]";
			if (seat.role() == null) {
				problems.add(new FieldProblem(field + ".role", "evaluation.council.validation.role"));
			}
			if (seat.agency() == null || seat.agency().length() > 300) {
				problems.add(new FieldProblem(field + ".agency", "evaluation.council.validation.agency"));
			}
			if (seat.username() == null) {
				problems.add(new FieldProblem(field + ".username", "evaluation.council.validation.account"));
				continue;
			}
			if (!seen.add(seat.username())) {
				problems.add(new FieldProblem(field + ".username", "evaluation.council.validation.duplicate", seat.username()));
				continue;
			}
			Optional<UserView> account = users.findByUsername(seat.username());
			if (account.isEmpty()) {
				problems.add(new FieldProblem(field + ".username", "evaluation.council.validation.unknown-account",
						seat.username()));
			}
			else if (!eligible(account.get(), round)) {
				problems.add(new FieldProblem(field + ".username", "evaluation.council.validation.ineligible",
						account.get().fullName()));
			}
			else if (seat.role() != null && seat.agency() != null) {
				seats.add(new CouncilSeat(0, account.get().id(), account.get().username(), account.get().fullName(),
						seat.agency(), seat.role()));
			}
		}
		long chairs = c.seats().stream().filter(s -> s.role() == CouncilRole.CHAIR).count();
		long secretaries = c.seats().stream().filter(s -> s.role() == CouncilRole.SECRETARY).count();
		long scoring = c.seats().stream().filter(s -> s.role() != null && s.role() != CouncilRole.SECRETARY).count();
		if (chairs != 1) {
			problems.add(new FieldProblem("seats", "evaluation.council.validation.one-chair"));
		}
		if (secretaries > 1) {
			problems.add(new FieldProblem("seats", "evaluation.council.validation.one-secretary"));
		}
		if (scoring < MIN_SCORING_SEATS) {
			problems.add(new FieldProblem("seats", "evaluation.council.validation.too-few", MIN_SCORING_SEATS));
		}
		for (int i = 0; i < c.advisors().size(); i++) {
			CouncilCommand.Advisor advisor = c.advisors().get(i);
			if (advisor.fullName() == null || advisor.fullName().length() > 200) {
				problems.add(new FieldProblem("advisors[" + i + "].fullName", "evaluation.council.validation.advisor-name"));
			}
			if (advisor.agency() == null || advisor.agency().length() > 300) {
				problems.add(new FieldProblem("advisors[" + i + "].agency", "evaluation.council.validation.agency"));
			}
			if (advisor.task() != null && advisor.task().length() > 300) {
				problems.add(new FieldProblem("advisors[" + i + "].task", "evaluation.council.validation.task"));
			}
		}
		InvalidInput.throwIfAny(problems);
		return seats;
	}

	private static String describe(List<CouncilSeat> seats) {
		return seats.stream()
			.sorted(Comparator.comparing(CouncilSeat::role).thenComparing(CouncilSeat::username))
			.map(s -> s.role() + ":" + s.username() + ":" + s.agency())
			.collect(Collectors.joining("; "));
	}

	// ------------------------------------------------------------------ assignment

	/**
	 * Assigns forwarded dossiers of the council's round to it, all or none; each member is notified that
	 * declarations are waiting.
	 */
	@Transactional
	public int assign(long councilId, List<Long> dossierIds, CurrentUser user) {
		CouncilRow council = council(councilId);
		EvaluationRound round = round(council.roundId());
		requireManager(round, user);
		round.requireOpen();
		List<Long> ids = dossierIds == null ? List.of() : dossierIds.stream().filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			throw new InvalidInput(new FieldProblem("dossierIds", "evaluation.council.validation.no-dossiers"));
		}
		for (Long id : ids) {
			Dossier dossier = dossiers.findById(id)
				.orElseThrow(() -> new NotFoundException(DossierManagement.Errors.NOT_FOUND, String.valueOf(id)));
			if (dossier.roundId() != round.id()) {
				throw new BusinessRuleViolation(Errors.OTHER_ROUND, dossier.productName(), round.label());
			}
			if (records.councilOf(id).isPresent()) {
				throw new BusinessRuleViolation(Errors.ALREADY_ASSIGNED, dossier.productName());
			}
			if (dossier.status() != DossierStatus.FORWARDED) {
				throw new BusinessRuleViolation(Errors.NOT_FORWARDED, dossier.productName());
			}
			dossier.assignToCouncil(user.getUsername(), now());
			Dossier.Step step = dossier.lastStep();
			Dossier saved = saveDossier(dossier);
			records.assign(id, councilId, user.getUsername(), now());
			step(saved, step, user, List.of(new FieldChange("council", null, council.name())));
		}
		for (CouncilSeat seat : records.seats(councilId)) {
			notifications.toUser(seat.userId(), "evaluation.notification.assigned",
					List.of(council.name(), String.valueOf(ids.size())), link(councilId), now());
		}
		return ids.size();
	}

	// ------------------------------------------------------------------ reading

	/** The councils of a round the user may see: all for its office, the ones the user sits in otherwise. */
	public List<CouncilView> councils(long roundId, CurrentUser user) {
		EvaluationRound round = round(roundId);
		RoundManagement.requireVisible(round, user);
		boolean manager = manages(round, user);
		List<CouncilView> views = new ArrayList<>();
		for (CouncilRow council : records.councilsOfRound(roundId)) {
			List<CouncilSeat> seats = records.seats(council.id());
			if (manager || seatOf(seats, user).isPresent() || user.hasRole(Role.PROVINCE_OFFICER)) {
				views.add(view(council, round, seats, user, false));
			}
		}
		return views;
	}

	/** The councils the user sits in, newest first, with the user's own progress on each product. */
	public List<CouncilView> mine(CurrentUser user) {
		List<CouncilView> views = new ArrayList<>();
		for (CouncilRow council : records.councilsOfUser(user.id())) {
			EvaluationRound round = round(council.roundId());
			views.add(view(council, round, records.seats(council.id()), user, false));
		}
		return views;
	}

	/** One council, as the reader may see it (its office, its members, provincial officers of its scope). */
	public CouncilView get(long id, CurrentUser user) {
		CouncilRow council = council(id);
		EvaluationRound round = round(council.roundId());
		RoundManagement.requireVisible(round, user);
		List<CouncilSeat> seats = records.seats(id);
		if (!manages(round, user) && seatOf(seats, user).isEmpty() && !user.hasRole(Role.PROVINCE_OFFICER)) {
			throw new AccessDenied(Errors.NOT_MEMBER);
		}
		return view(council, round, seats, user, true);
	}

	/** The command that reproduces a council, for its edit form. */
	public CouncilCommand command(long id, CurrentUser user) {
		CouncilRow council = council(id);
		requireManager(round(council.roundId()), user);
		return new CouncilCommand(council.name(), council.decisionRef(), council.sessionDate(),
				records.seats(id).stream().map(s -> new CouncilCommand.Seat(s.username(), s.role(), s.agency())).toList(),
				records.advisors(id));
	}

	private CouncilView view(CouncilRow council, EvaluationRound round, List<CouncilSeat> seats, CurrentUser user,
			boolean withDossiers) {
		boolean manager = manages(round, user);
		CouncilSeat mine = seatOf(seats, user).orElse(null);
		boolean runs = manager || (mine != null && (mine.role() == CouncilRole.CHAIR || mine.role() == CouncilRole.SECRETARY
				|| mine.role() == CouncilRole.VICE_CHAIR));
		boolean officer = user.hasRole(Role.PROVINCE_OFFICER);
		List<Long> ids = records.dossiersOf(council.id());
		List<CouncilView.CouncilDossier> rows = new ArrayList<>();
		if (withDossiers || mine != null) {
			Computation computation = compute(round, council.id(), seats, ids);
			for (Long id : ids) {
				Dossier d = computation.dossiers.get(id);
				List<MemberProgress> progress = computation.progress.get(id);
				if (!runs && !officer) {
					progress = progress.stream().filter(p -> mine != null && p.seat().memberId() == mine.memberId()).toList();
				}
				ProductResult result = runs || officer ? computation.results.get(id)
						: Optional.ofNullable(computation.results.get(id)).filter(ProductResult::confirmed).orElse(null);
				rows.add(new CouncilView.CouncilDossier(id, d.productId(), d.productCode(), d.productName(),
						d.producerName(), d.communeName(), d.criteriaSet(), d.status(), progress, result));
			}
		}
		List<CouncilView.MinutesEdition> minutes = records.minutes(council.id())
			.stream()
			.map(m -> new CouncilView.MinutesEdition(m.edition(), m.dossiers(), m.sha256(), m.generatedAt(), m.generatedBy()))
			.toList();
		return new CouncilView(council.id(), round.id(), round.label(), round.level(), round.provinceCode(),
				round.status() == RoundStatus.OPEN, council.name(), council.decisionRef(), council.sessionDate(),
				council.createdAt(), council.createdBy(), council.version(), seats, records.advisors(council.id()), rows,
				minutes, manager, mine, records.workStarted(council.id()), runs || officer, settings(round));
	}

	// ------------------------------------------------------------------ declarations

	/**
	 * The member's signed declaration for a product of the council: no conflict, or a conflict of the given
	 * kinds, which recuses the member from it. Made once; never changed.
	 */
	@Transactional
	public Declaration declare(long councilId, long dossierId, boolean conflict, Set<ConflictKind> kinds,
			String statement, CurrentUser user) {
		CouncilRow council = council(councilId);
		EvaluationRound round = round(council.roundId());
		CouncilSeat seat = requireSeat(councilId, user);
		requireAssigned(councilId, dossierId);
		round.requireOpen();
		Set<ConflictKind> declared = kinds == null ? Set.of() : Set.copyOf(kinds);
		String text = trim(statement);
		List<FieldProblem> problems = new ArrayList<>();
		if (conflict && declared.isEmpty()) {
			problems.add(new FieldProblem("kinds", "evaluation.council.validation.kinds"));
		}
		if (!conflict && !declared.isEmpty()) {
			problems.add(new FieldProblem("kinds", "evaluation.council.validation.kinds-without-conflict"));
		}
		if (conflict && declared.contains(ConflictKind.OTHER) && text == null) {
			problems.add(new FieldProblem("statement", "evaluation.council.validation.statement"));
		}
		if (text != null && text.length() > 1000) {
			problems.add(new FieldProblem("statement", "evaluation.council.validation.statement-length"));
		}
		InvalidInput.throwIfAny(problems);
		OffsetDateTime at = now().truncatedTo(ChronoUnit.MILLIS);
		Declaration declaration = new Declaration(seat.memberId(), dossierId, conflict, conflict ? declared : Set.of(), text,
				at, user.getUsername(), null);
		declaration = new Declaration(declaration.memberId(), dossierId, conflict, declaration.kinds(), text, at,
				user.getUsername(), signature(declaration, seat));
		try {
			records.insertDeclaration(declaration);
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleViolation(Errors.ALREADY_DECLARED);
		}
		Dossier dossier = dossiers.findById(dossierId).orElseThrow();
		audit.recordChanges(conflict ? "COUNCIL_MEMBER_RECUSED" : "COUNCIL_NO_CONFLICT_DECLARED", AUDIT_TYPE,
				String.valueOf(councilId), round.provinceCode(),
				List.of(new FieldChange("member", null, seat.username()),
						new FieldChange("product", null, dossier.productCode() + " " + dossier.productName()),
						new FieldChange("conflict", null, conflict ? declaration.kinds().toString() : "-"),
						new FieldChange("signature", null, declaration.signature())));
		if (conflict) {
			// The recused member was perhaps the last one the product waited for.
			afterSubmit(council, round, dossier, user);
		}
		return declaration;
	}

	/** The SHA-256 of what was declared, by whom, about what and when. */
	static String signature(Declaration d, CouncilSeat seat) {
		String content = String.join("|", String.valueOf(d.memberId()), seat.username(), String.valueOf(d.dossierId()),
				String.valueOf(d.conflict()),
				d.kinds().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
				d.statement() == null ? "" : d.statement(), d.declaredAt().toInstant().toString());
		return sha256(content.getBytes(StandardCharsets.UTF_8));
	}

	// ------------------------------------------------------------------ score sheets

	/** The member's sheet for a product: only after declaring no conflict for it. */
	public ScoreSheetView sheet(long councilId, long dossierId, CurrentUser user) {
		CouncilRow council = council(councilId);
		EvaluationRound round = round(council.roundId());
		CouncilSeat seat = requireScorer(councilId, dossierId, user);
		Dossier dossier = dossiers.findById(dossierId).orElseThrow();
		CriteriaSet set = criteria.set(dossier.criteriaSet());
		List<SheetRow> revisions = records.revisions(seat.memberId(), dossierId);
		SheetRow latest = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
		SelfAssessment sa = assessments.findById(dossier.selfAssessmentId()).orElseThrow();
		Map<String, LocalFinding> findings = new HashMap<>();
		dossierRecords.assessment(dossier.sourceDossierId() != null ? dossier.sourceDossierId() : dossierId)
			.ifPresent(assessment -> assessment.data().findings().forEach((local, finding) -> local.criterionIn(set)
				.ifPresent(code -> findings.put(code, finding))));
		Map<String, List<EvidenceFile>> files = evidence.list(sa.id())
			.stream()
			.collect(Collectors.groupingBy(EvidenceFile::criterionCode));
		Map<String, String> answers = latest == null ? Map.of() : latest.answers();
		StarResult score = criteria.score(version(round), set.code(), answers);
		boolean confirmed = !records.results(List.of(dossierId)).isEmpty();
		boolean editable = (latest == null || latest.status() == SheetStatus.DRAFT) && !confirmed
				&& round.status() == RoundStatus.OPEN;
		List<ScoreSheetView.Revision> earlier = revisions.stream()
			.filter(r -> r.status() == SheetStatus.SUBMITTED && r != latest)
			.map(r -> new ScoreSheetView.Revision(r.revision(), r.total(), r.submittedAt(), r.answers()))
			.toList();
		return new ScoreSheetView(councilId, council.name(), round.label(), dossierId, dossier.productCode(),
				dossier.productName(), dossier.producerName(), dossier.communeName(), dossier.data().registrationType(),
				dossier.data().sampleCount(), set, seat, latest == null ? 1 : latest.revision(),
				latest == null ? SheetStatus.DRAFT : latest.status(), latest == null ? -1 : latest.version(), answers,
				score.total(), score.parts(), latest == null ? null : latest.reopenReason(),
				latest == null ? null : latest.reopenedBy(), latest == null ? null : latest.submittedAt(), sa.id(),
				sa.filedAnswers(), findings, files, earlier, editable, round.ruleVersion());
	}

	/**
	 * Saves the member's answers at the version read (-1 for a sheet never saved) and, with {@code submit}, locks
	 * the sheet: every criterion must then be answered.
	 */
	@Transactional
	public ScoreSheetView saveSheet(long councilId, long dossierId, long version, Map<String, String> input,
			boolean submit, CurrentUser user) {
		CouncilRow council = council(councilId);
		EvaluationRound round = round(council.roundId());
		round.requireOpen();
		CouncilSeat seat = requireScorer(councilId, dossierId, user);
		if (!records.results(List.of(dossierId)).isEmpty()) {
			throw new BusinessRuleViolation(Errors.CONFIRMED);
		}
		Dossier dossier = dossiers.findById(dossierId).orElseThrow();
		CriteriaSet set = criteria.set(dossier.criteriaSet());
		Map<String, String> answers = clean(input);
		InvalidInput.throwIfAny(AnswerSheetRules.casesProblems(set, answers));
		StarResult score = criteria.score(version(round), set.code(), answers);
		if (submit) {
			List<String> unanswered = AnswerSheetRules.unanswered(set, answers);
			if (!unanswered.isEmpty()) {
				throw new BusinessRuleViolation(Errors.SHEET_INCOMPLETE, unanswered.size(), String.join(", ", unanswered));
			}
		}
		int[] points = { score.parts().getOrDefault("A", 0), score.parts().getOrDefault("B", 0),
				score.parts().getOrDefault("C", 0) };
		List<SheetRow> revisions = records.revisions(seat.memberId(), dossierId);
		SheetRow latest = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
		if (latest == null) {
			if (version != -1) {
				throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
			}
			long id;
			try {
				id = records.insertSheet(seat.memberId(), dossierId, 1, answers, points, null, null, now());
			}
			catch (DuplicateKeyException ex) {
				throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
			}
			if (submit) {
				records.updateDraft(id, 0, answers, points, true, now());
			}
		}
		else if (latest.status() == SheetStatus.SUBMITTED) {
			throw new BusinessRuleViolation(Errors.SHEET_SUBMITTED);
		}
		else if (latest.version() != version || !records.updateDraft(latest.id(), version, answers, points, submit, now())) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		if (submit) {
			audit.recordChanges("SCORE_SHEET_SUBMITTED", AUDIT_TYPE, String.valueOf(councilId), round.provinceCode(),
					List.of(new FieldChange("member", null, seat.username()),
							new FieldChange("product", null, dossier.productCode() + " " + dossier.productName()),
							new FieldChange("total", null, String.valueOf(score.total())),
							new FieldChange("revision", null, String.valueOf(latest == null ? 1 : latest.revision()))));
			afterSubmit(council, round, dossier, user);
		}
		return sheet(councilId, dossierId, user);
	}

	/** When every member not recused has submitted, the dossier is scored and the chair is told. */
	private void afterSubmit(CouncilRow council, EvaluationRound round, Dossier dossier, CurrentUser user) {
		List<CouncilSeat> seats = records.seats(council.id());
		Computation computation = compute(round, council.id(), seats, List.of(dossier.id()));
		List<MemberProgress> scorers = computation.progress.get(dossier.id())
			.stream()
			.filter(p -> p.seat().scores() && !p.recused())
			.toList();
		// (Not when every scoring member is recused: nothing was scored.)
		boolean all = !scorers.isEmpty() && scorers.stream().allMatch(MemberProgress::submitted);
		if (all && dossier.status() == DossierStatus.ASSIGNED) {
			Dossier fresh = dossiers.findById(dossier.id()).orElseThrow();
			fresh.markScored(user.getUsername(), now());
			Dossier.Step step = fresh.lastStep();
			step(saveDossier(fresh), step, user, List.of());
			presiding(seats, computation.declarations(dossier.id())).forEach(chair -> notifications.toUser(chair.userId(),
					"evaluation.notification.scored", List.of(dossier.productName(), council.name()), link(council.id()), now()));
		}
	}

	/**
	 * The chair reopens a member's submitted sheet with a reason (after discussing a divergence, usually): a new
	 * draft revision with the same answers; the submitted one is kept as it was. The member is notified.
	 */
	@Transactional
	public void reopen(long councilId, long dossierId, long memberId, String reason, CurrentUser user) {
		CouncilRow council = council(councilId);
		EvaluationRound round = round(council.roundId());
		round.requireOpen();
		requireAssigned(councilId, dossierId);
		List<CouncilSeat> seats = records.seats(councilId);
		requirePresiding(seats, dossierId, user);
		String why = trim(reason);
		if (why == null || why.length() > 1000) {
			throw new InvalidInput(new FieldProblem("reason", "evaluation.council.validation.reason"));
		}
		if (!records.results(List.of(dossierId)).isEmpty()) {
			throw new BusinessRuleViolation(Errors.CONFIRMED);
		}
		CouncilSeat member = seats.stream()
			.filter(s -> s.memberId() == memberId)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleViolation(Errors.NOTHING_TO_REOPEN));
		List<SheetRow> revisions = records.revisions(memberId, dossierId);
		SheetRow latest = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
		if (latest == null || latest.status() != SheetStatus.SUBMITTED) {
			throw new BusinessRuleViolation(Errors.NOTHING_TO_REOPEN);
		}
		try {
			records.insertSheet(memberId, dossierId, latest.revision() + 1, latest.answers(),
					new int[] { latest.pointsA(), latest.pointsB(), latest.pointsC() }, why, user.getUsername(), now());
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessRuleViolation(Errors.CONCURRENT_EDIT);
		}
		Dossier dossier = dossiers.findById(dossierId).orElseThrow();
		if (dossier.status() == DossierStatus.SCORED) {
			dossier.reopenScoring(why, user.getUsername(), now());
			Dossier.Step step = dossier.lastStep();
			step(saveDossier(dossier), step, user, List.of());
		}
		audit.recordChanges("SCORE_SHEET_REOPENED", AUDIT_TYPE, String.valueOf(councilId), round.provinceCode(),
				List.of(new FieldChange("member", null, member.username()),
						new FieldChange("product", null, dossier.productCode() + " " + dossier.productName()),
						new FieldChange("revision", String.valueOf(latest.revision()), String.valueOf(latest.revision() + 1)),
						new FieldChange("reason", null, why)));
		notifications.toUser(member.userId(), "evaluation.notification.reopened", List.of(dossier.productName(), why),
				"/councils/" + councilId + "/dossiers/" + dossierId + "/sheet", now());
	}

	// ------------------------------------------------------------------ results

	/**
	 * The chair confirms a product's result: it must have a quorum and no divergence. The result is stored as it
	 * stands and the product goes on: provincial decision, proposal to the central council, national decision,
	 * or feedback to the producer.
	 */
	@Transactional
	public ProductResult confirm(long councilId, long dossierId, CurrentUser user) {
		CouncilRow council = council(councilId);
		EvaluationRound round = round(council.roundId());
		round.requireOpen();
		requireAssigned(councilId, dossierId);
		List<CouncilSeat> seats = records.seats(councilId);
		requirePresiding(seats, dossierId, user);
		Computation computation = compute(round, councilId, seats, List.of(dossierId));
		ProductResult result = computation.results.get(dossierId);
		if (result.confirmed()) {
			throw new BusinessRuleViolation(Errors.CONFIRMED);
		}
		if (!result.confirmable()) {
			throw new BusinessRuleViolation(Errors.NOT_CONFIRMABLE, result.productName(),
					result.flags().stream().map(f -> text("evaluation.flag." + f)).collect(Collectors.joining(", ")));
		}
		Routing routing = Routing.of(round.level(), computation.raw.get(dossierId));
		OffsetDateTime at = now();
		records.insertResult(new ResultRow(dossierId, councilId, result.members(), result.eligible(), result.counted(),
				result.mean(), result.parts().get("A"), result.parts().get("B"), result.parts().get("C"), result.band(),
				result.stars(), result.recognisedStars(), result.spread(), result.totals(), routing, at,
				user.getUsername()));
		Dossier dossier = computation.dossiers.get(dossierId);
		dossier.confirmResult(user.getUsername(), at);
		Dossier.Step step = dossier.lastStep();
		Dossier saved = saveDossier(dossier);
		step(saved, step, user, List.of(new FieldChange("mean", null, result.mean().toPlainString()),
				new FieldChange("stars", null, String.valueOf(result.stars())),
				new FieldChange("routing", null, routing.name())));
		String stars = String.valueOf(result.stars());
		// Like the routing's text, the mean goes into the notifications as the official language writes it (85,75):
		// a point there separates thousands.
		String mean = result.mean().toPlainString().replace('.', ',');
		notifications.toProducer(saved.producerId(), "evaluation.notification.result",
				List.of(saved.productName(), mean, stars), "/dossiers/" + dossierId, at);
		notifications.toRole(Role.PROVINCE_OFFICER, round.provinceCode(), null, "evaluation.notification.result-office",
				List.of(saved.productName(), mean, stars, text("evaluation.routing." + routing)),
				link(councilId), at);
		if (routing == Routing.CENTRAL_PROPOSAL) {
			notifications.toRole(Role.PROVINCE_OFFICER, null, null, "evaluation.notification.proposed",
					List.of(saved.productName(), mean), "/rounds", at);
		}
		if (round.level() == RoundLevel.CENTRAL) {
			// The province that proposed the product follows it to the end.
			notifications.toRole(Role.PROVINCE_OFFICER, saved.provinceCode(), null, "evaluation.notification.result-office",
					List.of(saved.productName(), mean, stars, text("evaluation.routing." + routing)),
					"/dossiers/" + dossierId, at);
		}
		return compute(round, councilId, seats, List.of(dossierId)).results.get(dossierId);
	}

	/**
	 * The results of a round, as the API gives them: every dossier assigned to one of its councils that the user
	 * may see (the round's office and provincial officers: all; council members: those assigned to their councils
	 * that they declared no conflict for, the secretary all of its council's; producers and communes: their own,
	 * once confirmed).
	 */
	public List<ProductResult> results(long roundId, CurrentUser user) {
		EvaluationRound round = round(roundId);
		RoundManagement.requireVisible(round, user);
		boolean officer = user.hasRole(Role.PROVINCE_OFFICER);
		vn.ocophub.producer.ProducerAccess access = null;
		List<ProductResult> results = new ArrayList<>();
		for (Map.Entry<Long, List<Long>> entry : records.dossiersOfRound(roundId).entrySet()) {
			List<CouncilSeat> seats = records.seats(entry.getKey());
			Optional<CouncilSeat> mine = seatOf(seats, user);
			Computation computation = compute(round, entry.getKey(), seats, entry.getValue());
			for (Long id : entry.getValue()) {
				ProductResult result = computation.results.get(id);
				boolean visible;
				if (officer) {
					visible = true;
				}
				else if (mine.isPresent()) {
					// A scoring member declares before seeing anything of the product (as for its sheet); a
					// declared conflict hides it for good.
					MemberProgress own = computation.progress.get(id)
						.stream()
						.filter(p -> p.seat().memberId() == mine.get().memberId())
						.findFirst()
						.orElseThrow();
					// Plain members, like on the council's page, see a result once the chair confirmed it: the
					// council's results are not disclosed before its session has settled them.
					boolean runs = own.seat().role() != CouncilRole.MEMBER;
					visible = !own.recused() && (own.declared() || !own.seat().scores()) && (runs || result.confirmed());
				}
				else {
					if (access == null) {
						access = producerAccess(user);
					}
					Dossier d = computation.dossiers.get(id);
					visible = result.confirmed() && access.canSee(d.producerId(), d.provinceCode(), d.communeCode());
				}
				if (visible) {
					results.add(result);
				}
			}
		}
		return results;
	}

	/**
	 * The seat an account holds in a council, for pages that name who confirmed a result or reopened a sheet they
	 * already show: by seat and name, as the minutes do, not by username.
	 */
	public Optional<CouncilSeat> seatHeldBy(long councilId, String username) {
		return records.seats(councilId).stream().filter(seat -> seat.username().equals(username)).findFirst();
	}

	/** The confirmed result of one dossier, for its page (whoever may see the dossier sees it). */
	public Optional<ProductResult> confirmedResult(long dossierId) {
		return records.councilOf(dossierId).flatMap(councilId -> {
			CouncilRow council = council(councilId);
			EvaluationRound round = round(council.roundId());
			ProductResult result = compute(round, councilId, records.seats(councilId), List.of(dossierId)).results
				.get(dossierId);
			return result.confirmed() ? Optional.of(result) : Optional.empty();
		});
	}

	/**
	 * The confirmed results a recognition decision at that level may take: for a provincial decision the
	 * province's 3★–4★ results (a "potential 5★" product with its provincial 4★), for a central decision the 5★
	 * results of central rounds. Which of them a decision already took is the certificates' business.
	 */
	public List<RecognisedResult> recognised(RoundLevel level, String provinceCode) {
		return records.recognised(level, level == RoundLevel.CENTRAL ? null : provinceCode);
	}

	// ------------------------------------------------------------------ minutes

	/**
	 * Writes a new edition of the council's minutes (biên bản): composition, declarations and recusals, each
	 * product's members' totals, mean, part means, stars and flags, and re-scorings with their reasons. Needs at
	 * least one confirmed result; every edition is kept.
	 */
	@Transactional
	public int writeMinutes(long councilId, CurrentUser user) {
		CouncilRow council = council(councilId);
		EvaluationRound round = round(council.roundId());
		List<CouncilSeat> seats = records.seats(councilId);
		Optional<CouncilSeat> mine = seatOf(seats, user);
		boolean writer = manages(round, user) || mine.map(s -> s.role() == CouncilRole.SECRETARY
				|| s.role() == CouncilRole.CHAIR).orElse(false);
		if (!writer) {
			throw new AccessDenied(Errors.NOT_MINUTES_WRITER);
		}
		List<Long> ids = records.dossiersOf(councilId);
		Computation computation = compute(round, councilId, seats, ids);
		List<ProductResult> confirmed = ids.stream().map(computation.results::get).filter(ProductResult::confirmed).toList();
		if (confirmed.isEmpty()) {
			throw new BusinessRuleViolation(Errors.NO_CONFIRMED_RESULTS);
		}
		List<CouncilMinutes.Product> products = new ArrayList<>();
		for (Long id : ids) {
			ProductResult result = computation.results.get(id);
			List<CouncilMinutes.Rescoring> rescorings = new ArrayList<>();
			for (CouncilSeat seat : seats) {
				for (SheetRow revision : records.revisions(seat.memberId(), id)) {
					if (revision.revision() > 1) {
						rescorings.add(new CouncilMinutes.Rescoring(seat.fullName(), revision.revision(),
								revision.reopenReason(), revision.reopenedBy()));
					}
				}
			}
			products.add(new CouncilMinutes.Product(result, computation.progress.get(id), rescorings));
		}
		OffsetDateTime at = now();
		byte[] pdf = new CouncilMinutes((key, args) -> messages.getMessage(key, args, key, OFFICIAL))
			.write(new CouncilMinutes.Facts(council.name(), council.decisionRef(), council.sessionDate(), round.label(),
					round.level(), settings(round), seats, records.advisors(councilId), user.fullName(), at), products);
		int edition = records.insertMinutes(councilId, confirmed.size(), pdf, sha256(pdf), user.getUsername(), at);
		audit.recordChanges("COUNCIL_MINUTES_WRITTEN", AUDIT_TYPE, String.valueOf(councilId), round.provinceCode(),
				List.of(new FieldChange("edition", null, String.valueOf(edition)),
						new FieldChange("results", null, String.valueOf(confirmed.size())),
						new FieldChange("sha256", null, sha256(pdf))));
		if (round.provinceCode() != null || round.level() == RoundLevel.CENTRAL) {
			notifications.toRole(Role.PROVINCE_OFFICER, round.provinceCode(), null, "evaluation.notification.minutes",
					List.of(council.name(), String.valueOf(edition)), link(councilId), at);
		}
		return edition;
	}

	/** An edition of the minutes as it was written. */
	public byte[] minutes(long councilId, int edition, CurrentUser user) {
		get(councilId, user);
		return records.minutesPdf(councilId, edition)
			.orElseThrow(() -> new NotFoundException(Errors.MINUTES_NOT_FOUND, String.valueOf(edition)));
	}

	// ------------------------------------------------------------------ central round

	/** Products confirmed at 90 points or more by a province and not yet carried into a central round. */
	public List<ProductResult> proposals(CurrentUser user) {
		if (!user.hasRole(Role.PROVINCE_OFFICER) || user.scope().provinceCode() != null) {
			throw new AccessDenied(Errors.NOT_CENTRAL);
		}
		List<ProductResult> results = new ArrayList<>();
		for (Long id : records.openProposals()) {
			confirmedResult(id).ifPresent(results::add);
		}
		return results;
	}

	/** The national office carries proposed products into its open central round, all or none. */
	@Transactional
	public int carryOver(long centralRoundId, List<Long> dossierIds, CurrentUser user) {
		EvaluationRound round = round(centralRoundId);
		requireManager(round, user);
		round.requireOpen();
		if (round.level() != RoundLevel.CENTRAL) {
			throw new BusinessRuleViolation(Errors.NOT_CENTRAL);
		}
		List<Long> open = records.openProposals();
		List<Long> ids = dossierIds == null ? List.of() : dossierIds.stream().filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			throw new InvalidInput(new FieldProblem("dossierIds", "evaluation.council.validation.no-dossiers"));
		}
		for (Long id : ids) {
			if (!open.contains(id)) {
				throw new BusinessRuleViolation(Errors.NOT_PROPOSED, String.valueOf(id));
			}
			Dossier source = dossiers.findById(id).orElseThrow();
			EvaluationRound provincial = round(source.roundId());
			String reason = messages.getMessage("evaluation.dossier.carried-over-reason",
					new Object[] { provincial.label(), provincialName(provincial) }, OFFICIAL);
			Dossier carried = Dossier.carriedOver(centralRoundId, source, reason, user.getUsername(), now());
			Dossier.Step step = carried.lastStep();
			Dossier saved;
			try {
				saved = dossiers.save(carried);
			}
			catch (DuplicateKeyException ex) {
				throw new BusinessRuleViolation(DossierManagement.Errors.DUPLICATE, source.productName(), round.label());
			}
			step(saved, step, user, List.of(new FieldChange("source", null, String.valueOf(id))));
			notifications.toProducer(saved.producerId(), "evaluation.notification.central",
					List.of(saved.productName(), round.label()), "/dossiers/" + saved.id(), now());
		}
		return ids.size();
	}

	private String provincialName(EvaluationRound round) {
		return round.provinceCode() == null ? ""
				: units.findCurrent(round.provinceCode()).map(AdminUnitSummary::name).orElse(round.provinceCode());
	}

	// ------------------------------------------------------------------ evidence

	/** An evidence file of a dossier, for a member who may score it. */
	public EvidenceContent evidence(long councilId, long dossierId, long evidenceId, CurrentUser user) {
		requireScorer(councilId, dossierId, user);
		Dossier dossier = dossiers.findById(dossierId).orElseThrow();
		return evidence.content(dossier.selfAssessmentId(), evidenceId)
			.orElseThrow(() -> new NotFoundException(Errors.EVIDENCE_NOT_FOUND, String.valueOf(evidenceId)));
	}

	// ------------------------------------------------------------------ computation

	/** Everything about a set of dossiers of one council, read in a few queries. */
	private record Computation(Map<Long, Dossier> dossiers, Map<Long, List<MemberProgress>> progress,
			Map<Long, ProductResult> results, Map<Long, CouncilResult> raw, List<Declaration> allDeclarations) {

		List<Declaration> declarations(long dossierId) {
			return allDeclarations.stream().filter(d -> d.dossierId() == dossierId).toList();
		}

	}

	private Computation compute(EvaluationRound round, long councilId, List<CouncilSeat> seats, List<Long> ids) {
		Map<Long, Dossier> byId = new HashMap<>();
		dossiers.findAllById(ids).forEach(d -> byId.put(d.id(), d));
		List<Declaration> declarations = records.declarations(ids);
		Map<String, Declaration> declarationOf = new HashMap<>();
		declarations.forEach(d -> declarationOf.put(d.memberId() + ":" + d.dossierId(), d));
		Map<String, SheetRow> sheetOf = new HashMap<>();
		records.latestSheets(ids).forEach(s -> sheetOf.put(s.memberId() + ":" + s.dossierId(), s));
		Map<Long, ResultRow> stored = records.results(ids);
		RuleVersion version = version(round);
		EvaluationLevel level = level(version, round.level());
		int highest = version.levels()
			.stream()
			.flatMap(l -> l.recognises().stream())
			.mapToInt(Integer::intValue)
			.max()
			.orElse(5);
		ResultSettings settings = settings(round);
		Map<String, CouncilResultRule> rules = new HashMap<>();
		Map<Long, List<MemberProgress>> progress = new HashMap<>();
		Map<Long, ProductResult> results = new HashMap<>();
		Map<Long, CouncilResult> raw = new HashMap<>();
		for (Long id : ids) {
			Dossier d = byId.get(id);
			List<MemberProgress> rows = new ArrayList<>();
			List<MemberSheet> sheets = new ArrayList<>();
			for (CouncilSeat seat : seats) {
				Declaration declaration = declarationOf.get(seat.memberId() + ":" + id);
				SheetRow sheet = sheetOf.get(seat.memberId() + ":" + id);
				rows.add(new MemberProgress(seat, declaration, sheet == null ? null : sheet.status(),
						sheet == null ? 0 : sheet.revision(), sheet == null ? null : sheet.total(),
						sheet == null ? null : sheet.submittedAt()));
				if (seat.scores()) {
					boolean recused = declaration != null && declaration.conflict();
					sheets.add(new MemberSheet(seat.memberId(), seat.role(), recused,
							sheet != null && sheet.status() == SheetStatus.SUBMITTED ? sheet.answers() : null));
				}
			}
			progress.put(id, rows);
			CouncilResultRule rule = rules.computeIfAbsent(d.criteriaSet(),
					code -> new CouncilResultRule(criteria.set(code), version.bands(), settings));
			CouncilResult result = rule.result(sheets, level, highest);
			raw.put(id, result);
			ResultRow confirmed = stored.get(id);
			results.put(id, confirmed == null ? live(d, councilId, result) : stored(d, confirmed, result));
		}
		return new Computation(byId, progress, results, raw, declarations);
	}

	private static ProductResult live(Dossier d, long councilId, CouncilResult r) {
		return new ProductResult(d.id(), d.productId(), d.productCode(), d.productName(), d.producerName(),
				d.communeName(), d.criteriaSet(), councilId, d.status(), r.members(), r.eligible(), r.counted(), r.totals(),
				r.spread(), r.mean(), r.partMeans(), r.band(), r.stars(), r.recognisedStars(), r.flags(),
				r.proposeToHigherLevel(), r.unmetConditions(), false, null, null, null);
	}

	/** A confirmed result as stored; the way to the next star comes from the same (locked) sheets. */
	private static ProductResult stored(Dossier d, ResultRow s, CouncilResult r) {
		Map<String, BigDecimal> parts = new LinkedHashMap<>();
		parts.put("A", s.meanA());
		parts.put("B", s.meanB());
		parts.put("C", s.meanC());
		return new ProductResult(d.id(), d.productId(), d.productCode(), d.productName(), d.producerName(),
				d.communeName(), d.criteriaSet(), s.councilId(), d.status(), s.members(), s.eligible(), s.counted(),
				s.totals(), s.spread(), s.mean(), parts, s.band(), s.stars(), s.recognisedStars(), Set.of(),
				s.routing() == Routing.CENTRAL_PROPOSAL, r.unmetConditions(), true, s.routing(), s.confirmedAt(),
				s.confirmedBy());
	}

	private static EvaluationLevel level(RuleVersion version, RoundLevel level) {
		return version.levels()
			.stream()
			.filter(l -> l.level().equals(level.name()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Rule version " + version.code() + " has no level " + level));
	}

	private RuleVersion version(EvaluationRound round) {
		return criteria.version(round.ruleVersion());
	}

	private static ResultSettings settings(EvaluationRound round) {
		return new ResultSettings(round.divergenceLimit(), round.quorumNumerator(), round.quorumDenominator(),
				round.chairRequired());
	}

	// ------------------------------------------------------------------ access

	private CouncilSeat requireSeat(long councilId, CurrentUser user) {
		return seatOf(records.seats(councilId), user).orElseThrow(() -> new AccessDenied(Errors.NOT_MEMBER));
	}

	private void requireAssigned(long councilId, long dossierId) {
		if (!records.councilOf(dossierId).map(c -> c == councilId).orElse(false)) {
			throw new NotFoundException(Errors.NOT_ASSIGNED, String.valueOf(dossierId));
		}
	}

	/** A scoring member who declared no conflict for the product. */
	private CouncilSeat requireScorer(long councilId, long dossierId, CurrentUser user) {
		CouncilSeat seat = requireSeat(councilId, user);
		requireAssigned(councilId, dossierId);
		if (!seat.scores()) {
			throw new AccessDenied(Errors.SECRETARY_DOES_NOT_SCORE);
		}
		Declaration declaration = records.declarations(List.of(dossierId))
			.stream()
			.filter(d -> d.memberId() == seat.memberId())
			.findFirst()
			.orElseThrow(() -> new BusinessRuleViolation(Errors.DECLARE_FIRST));
		if (declaration.conflict()) {
			throw new AccessDenied(Errors.RECUSED);
		}
		return seat;
	}

	/** The chair presides; when the chair is recused for the product, a vice-chair. */
	private void requirePresiding(List<CouncilSeat> seats, long dossierId, CurrentUser user) {
		List<Declaration> declarations = records.declarations(List.of(dossierId));
		if (presiding(seats, declarations).stream().noneMatch(s -> s.userId() == user.id())) {
			throw new AccessDenied(Errors.NOT_PRESIDING);
		}
		// Presiding over a product, like scoring it, comes after declaring no conflict with it.
		if (declarations.stream().noneMatch(d -> !d.conflict() && seats.stream()
			.anyMatch(s -> s.memberId() == d.memberId() && s.userId() == user.id()))) {
			throw new BusinessRuleViolation(Errors.DECLARE_FIRST);
		}
	}

	private static List<CouncilSeat> presiding(List<CouncilSeat> seats, List<Declaration> declarations) {
		Set<Long> recused = declarations.stream().filter(Declaration::conflict).map(Declaration::memberId).collect(Collectors.toSet());
		List<CouncilSeat> chairs = seats.stream()
			.filter(s -> s.role() == CouncilRole.CHAIR && !recused.contains(s.memberId()))
			.toList();
		if (!chairs.isEmpty()) {
			return chairs;
		}
		return seats.stream().filter(s -> s.role() == CouncilRole.VICE_CHAIR && !recused.contains(s.memberId())).toList();
	}

	private static Optional<CouncilSeat> seatOf(List<CouncilSeat> seats, CurrentUser user) {
		return seats.stream().filter(s -> s.userId() == user.id()).findFirst();
	}

	private void requireManager(EvaluationRound round, CurrentUser user) {
		RoundManagement.requireVisible(round, user);
		if (!manages(round, user)) {
			throw new AccessDenied(Errors.NOT_MANAGER);
		}
	}

	private static boolean manages(EvaluationRound round, CurrentUser user) {
		if (!user.hasRole(Role.PROVINCE_OFFICER) || user.scope().communeCode() != null) {
			return false;
		}
		String province = user.scope().provinceCode();
		return round.level() == RoundLevel.CENTRAL ? province == null : round.provinceCode().equals(province);
	}

	private vn.ocophub.producer.ProducerAccess producerAccess(CurrentUser user) {
		return dossierManagement.access(user);
	}

	// ------------------------------------------------------------------ helpers

	private CouncilRow council(long id) {
		return records.council(id).orElseThrow(() -> new NotFoundException(Errors.NOT_FOUND, String.valueOf(id)));
	}

	private EvaluationRound round(long id) {
		return rounds.findById(id)
			.orElseThrow(() -> new NotFoundException(RoundManagement.Errors.NOT_FOUND, String.valueOf(id)));
	}

	private Dossier saveDossier(Dossier dossier) {
		return steps.save(dossier);
	}

	private void step(Dossier dossier, Dossier.Step step, CurrentUser user, List<FieldChange> details) {
		steps.record(dossier, step, user.getUsername(), details);
	}

	private static Map<String, String> clean(Map<String, String> answers) {
		Map<String, String> clean = new LinkedHashMap<>();
		if (answers != null) {
			answers.forEach((criterion, option) -> {
				if (criterion != null && option != null && !option.isBlank()) {
					clean.put(criterion.strip(), option.strip());
				}
			});
		}
		return clean;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, OFFICIAL);
	}

	private static String link(long councilId) {
		return "/councils/" + councilId;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
