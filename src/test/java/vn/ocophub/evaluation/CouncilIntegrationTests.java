package vn.ocophub.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaFixtures;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.criteria.Criterion;
import vn.ocophub.criteria.CriterionOption;
import vn.ocophub.criteria.StarResult;
import vn.ocophub.evaluation.CouncilManagement.Errors;
import vn.ocophub.evaluation.internal.CouncilRecords;
import vn.ocophub.evaluation.internal.DossierRecords;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.identity.Role;
import vn.ocophub.identity.UserCommand;
import vn.ocophub.identity.UserManagement;
import vn.ocophub.identity.UserView;
import vn.ocophub.shared.AccessScope;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.audit.HistoryEntry;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.FieldProblem;
import vn.ocophub.shared.error.InvalidInput;
import vn.ocophub.shared.error.NotFoundException;
import vn.ocophub.shared.error.OcopException;

/**
 * Evaluation councils end to end (issue #5, behaviours 4–7 and the rules that must hold): forming and assigning,
 * signed conflict-of-interest declarations that recuse, score sheets with optimistic versions and kept
 * revisions, the result rule (mean, part means, divergence, quorum), confirmation and routing up to the central
 * council, who sees which results over the API, the minutes as PDF, and the audit trail of every step.
 * <p>
 * Every test opens its own round (a number not used yet in a year of its own) with its own council, accounts and
 * dossiers, and counts only what it made, so the tests hold in any order and on a PostgreSQL database shared with
 * the other test classes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CouncilIntegrationTests extends EvaluationIntegrationSupport {

	static final String OFFICE = "vanphong.hatinh";

	static final String COMMUNE = "canbo.huongson";

	static final String PRODUCER = "chuthe.cambu";

	static final String SET_01 = SelfAssessmentIntegrationTests.SET_01;

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String OWN_PASSWORD = "HoiDong@2027-Ocop";

	static final Set<String> OWN_PASSWORDS = java.util.concurrent.ConcurrentHashMap.newKeySet();

	@Autowired
	CouncilManagement councils;

	@Autowired
	RoundManagement rounds;

	@Autowired
	DossierManagement dossiers;

	@Autowired
	SelfAssessmentManagement assessments;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	UserManagement users;

	@Autowired
	CriteriaCatalogue criteria;

	@Autowired
	DossierRecords dossierRecords;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	// --- 1. forming ------------------------------------------------------------------------------------------

	@Test
	void formingReportsEveryProblemAtOnceWithItsFieldAndMessage() {
		long round = round();
		String chair = member("Nguyễn Văn Bình");
		String second = member("Trần Thị Hoa");
		String secretary = member("Lê Thị Thu");
		String otherSecretary = member("Phạm Văn Đức");
		String quangNinh = account("Vũ Quang Hải", Role.COUNCIL_MEMBER, AccessScope.Level.PROVINCE, "22");
		String disabled = member("Hoàng Văn Nam");
		users.setEnabled(users.findByUsername(disabled).orElseThrow().id(), false, account("admin"));
		String unknown = "khongco" + token();

		List<FieldProblem> problems = problems(() -> councils.form(round, new CouncilCommand(" ", "QĐ 12/QĐ-UBND", null,
				List.of(seat(chair, CouncilRole.CHAIR), seat(second, CouncilRole.CHAIR), seat(secretary, CouncilRole.SECRETARY),
						seat(otherSecretary, CouncilRole.SECRETARY), seat(unknown, CouncilRole.MEMBER),
						seat(quangNinh, CouncilRole.MEMBER), seat(PRODUCER, CouncilRole.MEMBER),
						seat(COMMUNE, CouncilRole.MEMBER), seat(disabled, CouncilRole.MEMBER),
						seat(second.toUpperCase(), CouncilRole.MEMBER),
						new CouncilCommand.Seat(member("Đặng Văn Long"), CouncilRole.MEMBER, "  "),
						new CouncilCommand.Seat(null, CouncilRole.MEMBER, "Sở Y tế"),
						new CouncilCommand.Seat(member("Bùi Thị Lan"), null, "Sở Tài chính")),
				List.of(new CouncilCommand.Advisor(null, "Trường Cao đẳng Hà Tĩnh", "Kiểm tra mẫu"))), office()));
		assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactlyInAnyOrder(tuple("name", "evaluation.council.validation.name"),
					tuple("seats", "evaluation.council.validation.one-chair"),
					tuple("seats", "evaluation.council.validation.one-secretary"),
					tuple("seats[4].username", "evaluation.council.validation.unknown-account"),
					tuple("seats[5].username", "evaluation.council.validation.ineligible"),
					tuple("seats[6].username", "evaluation.council.validation.ineligible"),
					tuple("seats[7].username", "evaluation.council.validation.ineligible"),
					tuple("seats[8].username", "evaluation.council.validation.ineligible"),
					tuple("seats[9].username", "evaluation.council.validation.duplicate"),
					tuple("seats[10].agency", "evaluation.council.validation.agency"),
					tuple("seats[11].username", "evaluation.council.validation.account"),
					tuple("seats[12].role", "evaluation.council.validation.role"),
					tuple("advisors[0].fullName", "evaluation.council.validation.advisor-name"));
		assertThat(problems).contains(new FieldProblem("seats[4].username", "evaluation.council.validation.unknown-account", unknown),
				new FieldProblem("seats[5].username", "evaluation.council.validation.ineligible", "Vũ Quang Hải"),
				new FieldProblem("seats[9].username", "evaluation.council.validation.duplicate", second));

		// Too few scoring seats (the secretary does not score), and no chair at all.
		assertThat(problems(() -> councils.form(round, new CouncilCommand("Hội đồng nhỏ", null, null,
				List.of(seat(chair, CouncilRole.CHAIR), seat(second, CouncilRole.MEMBER), seat(secretary, CouncilRole.SECRETARY)),
				List.of()), office()))).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(tuple("seats", "evaluation.council.validation.too-few"));
		assertThat(problems(() -> councils.form(round, new CouncilCommand("Hội đồng không chủ tịch", null, null,
				List.of(seat(chair, CouncilRole.VICE_CHAIR), seat(second, CouncilRole.MEMBER),
						seat(otherSecretary, CouncilRole.MEMBER)),
				List.of()), office()))).extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(tuple("seats", "evaluation.council.validation.one-chair"));
		// The candidates offered are the enabled council members and OCOP officers of the province or the country.
		assertThat(councils.candidates(round, office())).extracting(UserView::username)
			.contains(chair, second)
			.doesNotContain(quangNinh, disabled, PRODUCER, COMMUNE);
		assertThat(councils.councils(round, office())).isEmpty();
	}

	@Test
	@Transactional // rolled back, so that the many accounts below never outlive the test
	void theCandidatesOfARoundAreEveryEligibleAccountHoweverManyTheCountryHas() {
		long round = round();
		String late = member("Vương Thị Yến");
		OffsetDateTime now = OffsetDateTime.now();
		for (int i = 0; i < 2 * PageRequest.MAX_SIZE; i++) {
			jdbc.sql("""
					INSERT INTO app_user (username, full_name, password_hash, enabled, must_change_password, scope_level,
					                      scope_province_code, created_at, updated_at, version)
					VALUES (:username, :name, 'not-a-password', TRUE, FALSE, 'PROVINCE', '01', :at, :at, 0)""")
				.param("username", "hn" + token())
				.param("name", String.format("An Văn Hà Nội %03d", i))
				.param("at", now)
				.update();
		}
		jdbc.sql("""
				INSERT INTO app_user_role (app_user, role) SELECT id, 'COUNCIL_MEMBER' FROM app_user
				WHERE scope_province_code = '01' AND full_name LIKE 'An Văn Hà Nội %'
				  AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.app_user = app_user.id)""").update();
		// Hundreds of council members elsewhere in the country, all before them by name, hide nobody of Hà Tĩnh.
		assertThat(councils.candidates(round, office())).extracting(UserView::username)
			.contains(late, "hoidong.hatinh", OFFICE)
			.allSatisfy(username -> assertThat(username).doesNotStartWith("hn"));
	}

	@Test
	void onlyTheRoundsOfficeFormsAndAssignsCouncils() {
		long round = round();
		List<String> seats = List.of(member("Nguyễn Văn Hải"), member("Trần Văn Tú"), member("Lê Thị Mai"),
				member("Phạm Thị Vân"));
		CouncilCommand command = command("Hội đồng cấp tỉnh", seats.get(0), null, seats.get(1), seats.get(2), seats.get(3));
		String national = nationalOfficer();
		refused(() -> councils.form(round, command, account("hoidong.hatinh")), AccessDenied.class, Errors.NOT_MANAGER);
		refused(() -> councils.form(round, command, account(COMMUNE)), AccessDenied.class, Errors.NOT_MANAGER);
		refused(() -> councils.form(round, command, account(PRODUCER)), AccessDenied.class, Errors.NOT_MANAGER);
		refused(() -> councils.form(round, command, account(national)), AccessDenied.class, Errors.NOT_MANAGER);
		refused(() -> councils.form(round, command, account("admin")), AccessDenied.class, Errors.NOT_MANAGER);
		refused(() -> councils.form(round, command, account("quantri.quangninh")), AccessDenied.class,
				RoundManagement.Errors.OUT_OF_SCOPE);
		assertThat(councils.councils(round, office())).isEmpty();

		long council = councils.form(round, command, office());
		long dossier = forwarded(round);
		for (String outsider : List.of("hoidong.hatinh", COMMUNE, national, seats.get(0))) {
			refused(() -> councils.assign(council, List.of(dossier), account(outsider)), AccessDenied.class,
					Errors.NOT_MANAGER);
		}
		refused(() -> councils.update(council, 0, command, account(seats.get(0))), AccessDenied.class, Errors.NOT_MANAGER);
		assertThat(status(dossier)).isEqualTo(DossierStatus.FORWARDED);
		assertThat(councils.assign(council, List.of(dossier), office())).isOne();
		assertThat(status(dossier)).isEqualTo(DossierStatus.ASSIGNED);
	}

	@Test
	void seatsAreLockedOnceAMemberHasDeclaredAndAStaleFormIsRefused() {
		long round = round();
		Council council = council(round);
		String replacement = member("Đỗ Thị Hạnh");
		CouncilCommand renamed = command("Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Hà Tĩnh đợt 1", council.chair(),
				council.vice(), council.member1(), replacement, council.secretary());
		councils.update(council.id(), 0, renamed, office());
		CouncilView view = councils.get(council.id(), office());
		assertThat(view.version()).isOne();
		assertThat(view.name()).isEqualTo(renamed.name());
		assertThat(view.seats()).extracting(CouncilSeat::username).contains(replacement).doesNotContain(council.member2());

		// A form loaded before that change is refused, and changes nothing.
		refused(() -> councils.update(council.id(), 0, command("Tên cũ", council.chair(), council.vice(), council.member1(),
				council.member2(), council.secretary()), office()), BusinessRuleViolation.class, Errors.CONCURRENT_EDIT);
		assertThat(councils.get(council.id(), office()).name()).isEqualTo(renamed.name());
		assertThat(councils.get(council.id(), office()).seats()).extracting(CouncilSeat::username).contains(replacement);

		long dossier = assigned(round, council);
		assertThat(councils.get(council.id(), office()).seatsLocked()).isFalse();
		councils.declare(council.id(), dossier, false, Set.of(), null, account(replacement));
		assertThat(councils.get(council.id(), office()).seatsLocked()).isTrue();
		refused(() -> councils.update(council.id(), 1, command(renamed.name(), council.chair(), council.vice(),
				council.member1(), council.member2(), council.secretary()), office()), BusinessRuleViolation.class,
				Errors.SEATS_LOCKED);
		// Its name, decision and advisory team may still change.
		councils.update(council.id(), 1, new CouncilCommand(renamed.name(), "QĐ 345/QĐ-UBND", LocalDate.of(2026, 12, 20),
				renamed.seats(), List.of(new CouncilCommand.Advisor("Nguyễn Thị Tư vấn", "Trường Đại học Hà Tĩnh", "Kiểm tra mẫu"))),
				office());
		view = councils.get(council.id(), office());
		assertThat(view.decisionRef()).isEqualTo("QĐ 345/QĐ-UBND");
		assertThat(view.advisors()).hasSize(1);
		assertThat(view.seats()).extracting(CouncilSeat::username).contains(replacement);
		assertThat(actions(CouncilManagement.AUDIT_TYPE, council.id())).containsExactly("COUNCIL_UPDATED",
				"COUNCIL_NO_CONFLICT_DECLARED", "COUNCIL_UPDATED", "COUNCIL_FORMED");
		// The last change touched only the decision, the session day and the advisory team: the audit says so.
		HistoryEntry decided = audit.history(CouncilManagement.AUDIT_TYPE, String.valueOf(council.id())).get(0);
		assertThat(decided.changes()).anySatisfy(c -> {
			assertThat(c.field()).isEqualTo("decisionRef");
			assertThat(c.before()).isEqualTo("QĐ 123/QĐ-UBND");
			assertThat(c.after()).isEqualTo("QĐ 345/QĐ-UBND");
		}).anySatisfy(c -> {
			assertThat(c.field()).isEqualTo("advisors");
			assertThat(c.after()).contains("Nguyễn Thị Tư vấn");
		}).anySatisfy(c -> {
			assertThat(c.field()).isEqualTo("sessionDate");
			assertThat(c.after()).isEqualTo("2026-12-20");
		});
	}

	// --- 2. assignment ---------------------------------------------------------------------------------------

	@Test
	void onlyForwardedDossiersOfTheRoundAreAssignedAllOrNothingAndOnlyOnce() {
		long round = round();
		Council council = council(round);
		long forwarded = forwarded(round);
		long submitted = submitted(round);
		long elsewhere = forwarded(round());
		int before = notifications.unread(account(council.member1()));

		refused(() -> councils.assign(council.id(), List.of(forwarded, submitted), office()), BusinessRuleViolation.class,
				Errors.NOT_FORWARDED);
		refused(() -> councils.assign(council.id(), List.of(forwarded, elsewhere), office()), BusinessRuleViolation.class,
				Errors.OTHER_ROUND);
		assertThat(problems(() -> councils.assign(council.id(), List.of(), office())))
			.containsExactly(new FieldProblem("dossierIds", "evaluation.council.validation.no-dossiers"));
		// Nothing of a refused assignment was kept: the first dossier is still waiting for the province.
		assertThat(status(forwarded)).isEqualTo(DossierStatus.FORWARDED);
		assertThat(councils.get(council.id(), office()).dossiers()).isEmpty();
		assertThat(actions(DossierManagement.AUDIT_TYPE, forwarded)).doesNotContain("DOSSIER_ASSIGNED");
		assertThat(notifications.unread(account(council.member1()))).isEqualTo(before);

		assertThat(councils.assign(council.id(), List.of(forwarded, forwarded), office())).isOne();
		assertThat(status(forwarded)).isEqualTo(DossierStatus.ASSIGNED);
		assertThat(councils.get(council.id(), office()).dossiers()).extracting(CouncilView.CouncilDossier::dossierId)
			.containsExactly(forwarded);
		refused(() -> councils.assign(council.id(), List.of(forwarded), office()), BusinessRuleViolation.class,
				Errors.ALREADY_ASSIGNED);
		long other = councils.form(round, command("Hội đồng thứ hai", member("Ngô Văn Kiên"), null, member("Lý Thị Na"),
				member("Mai Văn Lộc"), null), office());
		refused(() -> councils.assign(other, List.of(forwarded), office()), BusinessRuleViolation.class,
				Errors.ALREADY_ASSIGNED);

		// Every seat, the secretary too, is told that declarations wait.
		for (String seat : council.all()) {
			assertThat(notifications.unread(account(seat))).as(seat).isEqualTo(seat.equals(council.member1()) ? before + 1 : 1);
			assertThat(notifications.recent(account(seat)).get(0).link()).isEqualTo("/councils/" + council.id());
		}
		assertThat(dossiers.get(forwarded, office()).history()).last()
			.satisfies(e -> assertThat(e.to()).isEqualTo(DossierStatus.ASSIGNED));
	}

	// --- 3. declarations -------------------------------------------------------------------------------------

	@Test
	void aDeclaredConflictRecusesTheMemberAndDeclarationsNeverChange() throws Exception {
		long round = round();
		Council council = council(round);
		long dossier = forwarded(round, ownProduct("Cam bù Hương Sơn " + token()), PRODUCER, true);
		councils.assign(council.id(), List.of(dossier), office());
		CurrentUser recused = account(council.member2());

		// Nothing of the dossier before declaring.
		refused(() -> councils.sheet(council.id(), dossier, recused), BusinessRuleViolation.class, Errors.DECLARE_FIRST);
		refused(() -> councils.evidence(council.id(), dossier, 1, recused), BusinessRuleViolation.class,
				Errors.DECLARE_FIRST);
		refused(() -> councils.saveSheet(council.id(), dossier, -1, answers(80, 4), false, recused),
				BusinessRuleViolation.class, Errors.DECLARE_FIRST);
		// Kinds and statement are checked, every problem at once, and nothing is signed.
		assertThat(problems(() -> councils.declare(council.id(), dossier, true, Set.of(), null, recused)))
			.containsExactly(new FieldProblem("kinds", "evaluation.council.validation.kinds"));
		assertThat(problems(() -> councils.declare(council.id(), dossier, false, Set.of(ConflictKind.KINSHIP), null, recused)))
			.containsExactly(new FieldProblem("kinds", "evaluation.council.validation.kinds-without-conflict"));
		assertThat(problems(() -> councils.declare(council.id(), dossier, true, Set.of(ConflictKind.OTHER), " ", recused)))
			.containsExactly(new FieldProblem("statement", "evaluation.council.validation.statement"));
		assertThat(problems(() -> councils.declare(council.id(), dossier, true, Set.of(ConflictKind.FINANCIAL),
				"x".repeat(1001), recused)))
			.containsExactly(new FieldProblem("statement", "evaluation.council.validation.statement-length"));
		refused(() -> councils.declare(council.id(), dossier, false, Set.of(), null, account("hoidong.hatinh")),
				AccessDenied.class, Errors.NOT_MEMBER);
		assertThat(progress(council, dossier, council.member2()).declared()).isFalse();

		Declaration conflict = councils.declare(council.id(), dossier, true,
				Set.of(ConflictKind.KINSHIP, ConflictKind.SAME_COOPERATIVE), "  Em ruột giám đốc hợp tác xã  ", recused);
		assertThat(conflict.conflict()).isTrue();
		assertThat(conflict.statement()).isEqualTo("Em ruột giám đốc hợp tác xã");
		for (String scorer : List.of(council.chair(), council.vice(), council.member1())) {
			councils.declare(council.id(), dossier, false, Set.of(), null, account(scorer));
		}

		// Recused: no sheet, no evidence, no score, however asked.
		refused(() -> councils.sheet(council.id(), dossier, recused), AccessDenied.class, Errors.RECUSED);
		refused(() -> councils.saveSheet(council.id(), dossier, -1, answers(95, 4), true, recused), AccessDenied.class,
				Errors.RECUSED);
		ScoreSheetView chairs = councils.sheet(council.id(), dossier, account(council.chair()));
		EvidenceFile file = chairs.evidence().get("A.1.a").get(0);
		assertThat(councils.evidence(council.id(), dossier, file.id(), account(council.chair())).bytes()).isNotEmpty();
		refused(() -> councils.evidence(council.id(), dossier, file.id(), recused), AccessDenied.class, Errors.RECUSED);
		// The commune's findings sit beside the local criteria of the sheet.
		assertThat(chairs.communeFindings()).containsKeys("A.1.a", "A.2.a", "A.3.c", "B.5.b");

		// Signed once: a second declaration, either way, is refused and the first stays as it was.
		refused(() -> councils.declare(council.id(), dossier, false, Set.of(), null, recused), BusinessRuleViolation.class,
				Errors.ALREADY_DECLARED);
		refused(() -> councils.declare(council.id(), dossier, true, Set.of(ConflictKind.ADVISORY), null,
				account(council.chair())), BusinessRuleViolation.class, Errors.ALREADY_DECLARED);
		Declaration stored = progress(council, dossier, council.member2()).declaration();
		assertThat(stored.conflict()).isTrue();
		assertThat(stored.kinds()).containsExactlyInAnyOrder(ConflictKind.KINSHIP, ConflictKind.SAME_COOPERATIVE);
		assertThat(stored.signature()).isEqualTo(conflict.signature()).isEqualTo(signature(stored, council.member2()));
		assertThat(stored.declaredAt().toInstant()).isEqualTo(conflict.declaredAt().toInstant());
		Declaration none = progress(council, dossier, council.chair()).declaration();
		assertThat(none.kinds()).isEmpty();
		assertThat(none.signature()).isEqualTo(signature(none, council.chair()));
		// There is no way to change or withdraw a declaration: the service only declares, the records only insert.
		assertThat(Arrays.stream(CouncilManagement.class.getMethods()).map(java.lang.reflect.Method::getName)
			.filter(name -> name.toLowerCase().contains("declar"))).containsOnly("declare");
		assertThat(Arrays.stream(CouncilRecords.class.getMethods()).map(java.lang.reflect.Method::getName)
			.filter(name -> name.toLowerCase().contains("declaration"))).containsOnly("insertDeclaration", "declarations");

		// The secretary keeps the minutes and never scores.
		CurrentUser secretary = account(council.secretary());
		councils.declare(council.id(), dossier, false, Set.of(), null, secretary);
		refused(() -> councils.sheet(council.id(), dossier, secretary), AccessDenied.class, Errors.SECRETARY_DOES_NOT_SCORE);
		refused(() -> councils.saveSheet(council.id(), dossier, -1, answers(80, 4), true, secretary), AccessDenied.class,
				Errors.SECRETARY_DOES_NOT_SCORE);

		// The recused member's seat neither counts nor is waited for: three sheets are everything.
		submit(council, dossier, council.chair(), 80);
		submit(council, dossier, council.vice(), 82);
		assertThat(status(dossier)).isEqualTo(DossierStatus.ASSIGNED);
		submit(council, dossier, council.member1(), 84);
		assertThat(status(dossier)).isEqualTo(DossierStatus.SCORED);
		ProductResult result = result(round, dossier);
		assertThat(result.members()).isEqualTo(4);
		assertThat(result.eligible()).isEqualTo(3);
		assertThat(result.counted()).isEqualTo(3);
		assertThat(result.totals()).doesNotContainKey(seatOf(council, council.member2()).memberId())
			.containsValues(80, 82, 84);
		assertThat(result.mean()).isEqualByComparingTo("82.00");
		assertThat(actions(CouncilManagement.AUDIT_TYPE, council.id())).contains("COUNCIL_MEMBER_RECUSED",
				"COUNCIL_NO_CONFLICT_DECLARED", "SCORE_SHEET_SUBMITTED");
		// A conflict declared last completes the scoring as a last sheet would: the product is scored, the chair told.
		long late = assigned(round, council);
		for (String scorer : List.of(council.chair(), council.vice(), council.member1())) {
			councils.declare(council.id(), late, false, Set.of(), null, account(scorer));
			submit(council, late, scorer, 75);
		}
		assertThat(status(late)).isEqualTo(DossierStatus.ASSIGNED);
		int chairUnread = notifications.unread(account(council.chair()));
		councils.declare(council.id(), late, true, Set.of(ConflictKind.ADVISORY), null, account(council.member2()));
		assertThat(status(late)).isEqualTo(DossierStatus.SCORED);
		assertThat(notifications.unread(account(council.chair()))).isEqualTo(chairUnread + 1);
		assertThat(audit.history(CouncilManagement.AUDIT_TYPE, String.valueOf(council.id()))
			.stream()
			.filter(e -> e.action().equals("COUNCIL_MEMBER_RECUSED"))
			.flatMap(e -> e.changes().stream())).anySatisfy(c -> assertThat(c.after()).isEqualTo(conflict.signature()));
	}

	// --- 4. score sheets -------------------------------------------------------------------------------------

	@Test
	void sheetsAreSavedAtTheirVersionLockedOnSubmitAndReopenedOnlyByThePresidingMemberKeepingEveryRevision() {
		long round = round();
		Council council = council(round);
		long dossier = assigned(round, council);
		declareAll(council, dossier);
		CurrentUser member = account(council.member1());

		ScoreSheetView fresh = councils.sheet(council.id(), dossier, member);
		assertThat(fresh.version()).isEqualTo(-1);
		assertThat(fresh.editable()).isTrue();
		assertThat(fresh.selfAssessment()).isNotEmpty();
		Map<String, String> first = answers(76, 4);
		ScoreSheetView draft = councils.saveSheet(council.id(), dossier, -1, first, false, member);
		assertThat(draft.status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(draft.total()).isEqualTo(76);
		ScoreSheetView second = councils.saveSheet(council.id(), dossier, draft.version(), answers(78, 4), false, member);
		assertThat(second.version()).isGreaterThan(draft.version());
		// Another tab saved at the version it read: refused, nothing overwritten.
		refused(() -> councils.saveSheet(council.id(), dossier, draft.version(), answers(60, 3), false, member),
				BusinessRuleViolation.class, Errors.CONCURRENT_EDIT);
		refused(() -> councils.saveSheet(council.id(), dossier, -1, answers(60, 3), false, member),
				BusinessRuleViolation.class, Errors.CONCURRENT_EDIT);
		assertThat(councils.sheet(council.id(), dossier, member).total()).isEqualTo(78);
		assertThat(councils.sheet(council.id(), dossier, member).answers()).isEqualTo(answers(78, 4));

		// Submitting needs every criterion; the refusal names the ones left.
		Map<String, String> incomplete = new LinkedHashMap<>(answers(78, 4));
		incomplete.remove("A.1.b");
		incomplete.remove("C.9.a");
		Throwable refusal = catchThrowable(() -> councils.saveSheet(council.id(), dossier, second.version(), incomplete, true,
				member));
		assertThat(refusal).isInstanceOfSatisfying(BusinessRuleViolation.class, ex -> {
			assertThat(ex.errorCode()).isEqualTo(Errors.SHEET_INCOMPLETE);
			assertThat(ex.arguments()).containsExactly(2, "A.1.b, C.9.a");
		});
		assertThat(councils.sheet(council.id(), dossier, member).status()).isEqualTo(SheetStatus.DRAFT);

		ScoreSheetView submitted = councils.saveSheet(council.id(), dossier, second.version(), answers(78, 4), true, member);
		assertThat(submitted.status()).isEqualTo(SheetStatus.SUBMITTED);
		assertThat(submitted.editable()).isFalse();
		refused(() -> councils.saveSheet(council.id(), dossier, submitted.version(), answers(70, 4), false, member),
				BusinessRuleViolation.class, Errors.SHEET_SUBMITTED);
		long memberId = submitted.seat().memberId();
		List<Map<String, Object>> lockedRows = sheetRows(memberId, dossier);
		Map<String, String> lockedAnswers = storedAnswers(memberId, dossier, 1);
		assertThat(lockedRows).hasSize(1);

		submit(council, dossier, council.chair(), 77);
		submit(council, dossier, council.vice(), 79);
		assertThat(status(dossier)).isEqualTo(DossierStatus.ASSIGNED);
		submit(council, dossier, council.member2(), 80);
		assertThat(status(dossier)).isEqualTo(DossierStatus.SCORED);

		// Reopening: only the chair (the vice-chair only stands in when the chair is recused), with a reason.
		for (String other : List.of(council.vice(), council.member2(), council.secretary(), OFFICE)) {
			refused(() -> councils.reopen(council.id(), dossier, memberId, "Thảo luận lại", account(other)),
					AccessDenied.class, Errors.NOT_PRESIDING);
		}
		assertThat(problems(() -> councils.reopen(council.id(), dossier, memberId, "  ", account(council.chair()))))
			.containsExactly(new FieldProblem("reason", "evaluation.council.validation.reason"));
		refused(() -> councils.reopen(council.id(), dossier, seatOf(council, council.secretary()).memberId(), "Không có phiếu",
				account(council.chair())), BusinessRuleViolation.class, Errors.NOTHING_TO_REOPEN);
		String reason = "Hội đồng thảo luận lại tiêu chí A.1.c về quy mô sản xuất";
		councils.reopen(council.id(), dossier, memberId, reason, account(council.chair()));
		assertThat(status(dossier)).isEqualTo(DossierStatus.ASSIGNED);
		// Reopened twice is refused: the latest revision is a draft now.
		refused(() -> councils.reopen(council.id(), dossier, memberId, reason, account(council.chair())),
				BusinessRuleViolation.class, Errors.NOTHING_TO_REOPEN);

		List<Map<String, Object>> rows = sheetRows(memberId, dossier);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).isEqualTo(lockedRows.get(0));
		assertThat(storedAnswers(memberId, dossier, 1)).isEqualTo(lockedAnswers);
		assertThat(rows.get(1)).containsEntry("status", "DRAFT")
			.containsEntry("reopen_reason", reason)
			.containsEntry("reopened_by", council.chair());
		assertThat(((Number) rows.get(1).get("revision")).intValue()).isEqualTo(2);
		assertThat(storedAnswers(memberId, dossier, 2)).isEqualTo(lockedAnswers);
		ScoreSheetView reopened = councils.sheet(council.id(), dossier, member);
		assertThat(reopened.revision()).isEqualTo(2);
		assertThat(reopened.status()).isEqualTo(SheetStatus.DRAFT);
		assertThat(reopened.editable()).isTrue();
		assertThat(reopened.reopenReason()).isEqualTo(reason);
		assertThat(reopened.answers()).isEqualTo(lockedAnswers);
		assertThat(reopened.earlier()).singleElement().satisfies(r -> {
			assertThat(r.revision()).isOne();
			assertThat(r.total()).isEqualTo(78);
			assertThat(r.answers()).isEqualTo(lockedAnswers);
		});
		// While reopened, the submitted revision is not counted: the result waits for the member.
		assertThat(result(round, dossier).counted()).isEqualTo(3);
		// The member is told why, in either language.
		for (java.util.Locale language : List.of(java.util.Locale.forLanguageTag("vi"), java.util.Locale.ENGLISH)) {
			LocaleContextHolder.setLocale(language);
			try {
				assertThat(notifications.recent(member).get(0).text()).as(language.toString())
					.contains(reason, dossiers.get(dossier, office()).productName());
			}
			finally {
				LocaleContextHolder.resetLocaleContext();
			}
		}

		councils.saveSheet(council.id(), dossier, reopened.version(), answers(79, 4), true, member);
		assertThat(status(dossier)).isEqualTo(DossierStatus.SCORED);
		assertThat(sheetRows(memberId, dossier).get(0)).isEqualTo(lockedRows.get(0));
		assertThat(result(round, dossier).totals()).containsEntry(memberId, 79);
		assertThat(dossiers.get(dossier, office()).history()).extracting(DossierEvent::to, DossierEvent::reason)
			.endsWith(tuple(DossierStatus.ASSIGNED, null), tuple(DossierStatus.SCORED, null),
					tuple(DossierStatus.ASSIGNED, reason), tuple(DossierStatus.SCORED, null));
		assertThat(actions(CouncilManagement.AUDIT_TYPE, council.id())).contains("SCORE_SHEET_REOPENED");
		assertThat(actions(DossierManagement.AUDIT_TYPE, dossier)).containsSubsequence("DOSSIER_SCORED", "DOSSIER_ASSIGNED",
				"DOSSIER_SCORED");
	}

	@Test
	void theViceChairPresidesOverAProductTheChairIsRecusedFrom() throws Exception {
		long round = round();
		Council council = council(round);
		long dossier = assigned(round, council);
		councils.declare(council.id(), dossier, true, Set.of(ConflictKind.FINANCIAL), "Góp vốn vào hợp tác xã",
				account(council.chair()));
		for (String scorer : List.of(council.vice(), council.member1(), council.member2())) {
			councils.declare(council.id(), dossier, false, Set.of(), null, account(scorer));
		}
		submit(council, dossier, council.vice(), 74);
		submit(council, dossier, council.member1(), 75);
		long member2 = submit(council, dossier, council.member2(), 76);

		refused(() -> councils.reopen(council.id(), dossier, member2, "Xem lại", account(council.chair())),
				AccessDenied.class, Errors.NOT_PRESIDING);
		councils.reopen(council.id(), dossier, member2, "Xem lại tiêu chí C.8", account(council.vice()));
		councils.saveSheet(council.id(), dossier, councils.sheet(council.id(), dossier, account(council.member2())).version(),
				answers(75, 4), true, account(council.member2()));
		refused(() -> councils.confirm(council.id(), dossier, account(council.chair())), AccessDenied.class,
				Errors.NOT_PRESIDING);
		ProductResult confirmed = councils.confirm(council.id(), dossier, account(council.vice()));
		assertThat(confirmed.confirmed()).isTrue();
		assertThat(confirmed.confirmedBy()).isEqualTo(council.vice());
		assertThat(confirmed.mean()).isEqualByComparingTo("74.67");
		int edition = councils.writeMinutes(council.id(), office());
		String minutes = SelfAssessmentIntegrationTests.text(councils.minutes(council.id(), edition, office()))
			.replaceAll("\\s+", " ");
		assertThat(minutes).contains("Phó Chủ tịch Trần Thị Phó " + council.tag() + " xác nhận lúc",
				"mở lại bởi Phó Chủ tịch Trần Thị Phó " + council.tag());
	}

	@Test
	void theMinutesSayWhichStarConditionsKeepAProductBelowTheBandOfItsMean() throws Exception {
		long round = round();
		Council council = council(round);
		long dossier = assigned(round, council);
		declareAll(council, dossier);
		// 75 points (the 4-star band) on sheets that keep only the conditions up to 2 stars.
		scoreAll(council, dossier, 75, 2);
		ProductResult confirmed = councils.confirm(council.id(), dossier, account(council.chair()));
		assertThat(confirmed.band()).isEqualTo(4);
		assertThat(confirmed.stars()).isLessThan(4);
		String minutes = SelfAssessmentIntegrationTests.text(councils.minutes(council.id(),
				councils.writeMinutes(council.id(), office()), office()))
			.replaceAll("\\s+", " ");
		assertThat(minutes).contains("Điểm trung bình thuộc khung 4 sao nhưng đa số phiếu chưa đạt điều kiện:",
				"điều kiện " + (confirmed.stars() + 1) + " sao");
	}

	// --- 5. results ------------------------------------------------------------------------------------------

	@Test
	void theScoreIsTheMeanOfTheCountedTotalsWithPartMeansAndTheConfirmedResultIsFinal() {
		long round = round();
		Council council = council(round);
		long dossier = assigned(round, council);
		declareAll(council, dossier);
		Map<String, Map<String, String>> sheets = new LinkedHashMap<>();
		sheets.put(council.chair(), answers(71, 4));
		sheets.put(council.vice(), answers(72, 4));
		sheets.put(council.member1(), variant(answers(72, 4)));
		sheets.forEach((username, answers) -> councils.saveSheet(council.id(), dossier, -1, answers, true, account(username)));

		ProductResult live = result(round, dossier);
		assertThat(live.counted()).isEqualTo(3);
		assertThat(live.eligible()).isEqualTo(4);
		assertThat(live.totals().values()).containsExactlyInAnyOrder(71, 72, 72);
		assertThat(live.mean()).isEqualTo(new BigDecimal("71.67"));
		for (String part : List.of("A", "B", "C")) {
			int sum = sheets.values().stream().mapToInt(a -> criteria.score(SET_01, a).parts().get(part)).sum();
			assertThat(live.parts().get(part)).as(part)
				.isEqualTo(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP));
		}
		assertThat(live.parts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.isCloseTo(new BigDecimal("71.67"), org.assertj.core.data.Offset.offset(new BigDecimal("0.02")));
		assertThat(live.stars()).isEqualTo(4);
		assertThat(live.flags()).isEmpty();
		assertThat(live.confirmed()).isFalse();

		// Not yet confirmed: the fourth member may still score; quorum is met without it.
		refused(() -> councils.confirm(council.id(), dossier, account(council.vice())), AccessDenied.class,
				Errors.NOT_PRESIDING);
		ProductResult confirmed = councils.confirm(council.id(), dossier, account(council.chair()));
		assertThat(confirmed.confirmed()).isTrue();
		assertThat(confirmed.routing()).isEqualTo(Routing.PROVINCIAL_DECISION);
		assertThat(confirmed.recognisedStars()).isEqualTo(4);
		assertThat(confirmed.mean()).isEqualTo(new BigDecimal("71.67"));
		assertThat(confirmed.parts()).isEqualTo(live.parts());
		assertThat(status(dossier)).isEqualTo(DossierStatus.RESULT_CONFIRMED);
		Map<String, Object> stored = row("SELECT * FROM council_result WHERE dossier_id = :d", dossier);
		assertThat(new BigDecimal(stored.get("mean_points").toString())).isEqualByComparingTo("71.67");
		assertThat(stored.get("routing")).isEqualTo("PROVINCIAL_DECISION");
		assertThat(stored.get("confirmed_by")).isEqualTo(council.chair());

		// Final: no sheet changes or reopens, not confirmed twice.
		refused(() -> councils.saveSheet(council.id(), dossier, -1, answers(99, 5), true, account(council.member2())),
				BusinessRuleViolation.class, Errors.CONFIRMED);
		refused(() -> councils.reopen(council.id(), dossier, seatOf(council, council.chair()).memberId(), "Sau xác nhận",
				account(council.chair())), BusinessRuleViolation.class, Errors.CONFIRMED);
		refused(() -> councils.confirm(council.id(), dossier, account(council.chair())), BusinessRuleViolation.class,
				Errors.CONFIRMED);
		assertThat(councils.sheet(council.id(), dossier, account(council.chair())).editable()).isFalse();
		assertThat(result(round, dossier).mean()).isEqualTo(new BigDecimal("71.67"));
		assertThat(notifications.recent(account(PRODUCER))).anyMatch(n -> n.text().contains(live.productName()));

		// The API gives the same, under the names the issue fixes.
		JsonNode item = find(api(OFFICE, round), dossier);
		assertThat(names(item)).contains("productId", "productName", "members", "counted", "mean", "parts", "stars", "flags",
				"status", "dossierId", "routing", "confirmed");
		assertThat(item.get("productId").asLong()).isEqualTo(live.productId());
		assertThat(item.get("productName").asString()).isEqualTo(live.productName());
		assertThat(item.get("members").asInt()).isEqualTo(4);
		assertThat(item.get("counted").asInt()).isEqualTo(3);
		assertThat(item.get("mean").decimalValue()).isEqualByComparingTo("71.67");
		assertThat(names(item.get("parts"))).containsExactly("A", "B", "C");
		assertThat(item.at("/parts/A").decimalValue()).isEqualByComparingTo(live.parts().get("A"));
		assertThat(item.get("stars").asInt()).isEqualTo(4);
		assertThat(item.get("flags").isArray()).isTrue();
		assertThat(item.get("flags")).isEmpty();
		assertThat(item.get("status").asString()).isEqualTo("RESULT_CONFIRMED");
		assertThat(item.get("routing").asString()).isEqualTo("PROVINCIAL_DECISION");
		assertThat(item.get("confirmed").asBoolean()).isTrue();
	}

	@Test
	void totalsFurtherApartThanTheRoundAllowsMustBeRescoredBeforeConfirmation() {
		long round = round(5, 2, 3, true);
		Council council = council(round);
		long dossier = assigned(round, council);
		declareAll(council, dossier);
		submit(council, dossier, council.chair(), 70);
		submit(council, dossier, council.vice(), 73);
		long far = submit(council, dossier, council.member1(), 76);

		ProductResult flagged = result(round, dossier);
		assertThat(flagged.spread()).isEqualTo(6);
		assertThat(flagged.flags()).containsExactly(CouncilResult.Flag.DIVERGENCE);
		assertThat(flagged.mean()).isEqualByComparingTo("73.00");
		assertThat(flagged.confirmable()).isFalse();
		JsonNode item = find(api(OFFICE, round), dossier);
		assertThat(item.get("flags")).extracting(JsonNode::asString).containsExactly("DIVERGENCE");
		assertThat(item.get("spread").asInt()).isEqualTo(6);
		refused(() -> councils.confirm(council.id(), dossier, account(council.chair())), BusinessRuleViolation.class,
				Errors.NOT_CONFIRMABLE);
		assertThat(status(dossier)).isEqualTo(DossierStatus.ASSIGNED);

		councils.reopen(council.id(), dossier, far, "Điểm chênh 6, vượt mức 5 của đợt: thảo luận lại tiêu chí B.4.a",
				account(council.chair()));
		ScoreSheetView reopened = councils.sheet(council.id(), dossier, account(council.member1()));
		councils.saveSheet(council.id(), dossier, reopened.version(), answers(75, 4), true, account(council.member1()));
		// Exactly the limit apart is allowed ("more than" the limit is flagged).
		ProductResult rescored = result(round, dossier);
		assertThat(rescored.spread()).isEqualTo(5);
		assertThat(rescored.flags()).isEmpty();
		ProductResult confirmed = councils.confirm(council.id(), dossier, account(council.chair()));
		assertThat(confirmed.mean()).isEqualByComparingTo("72.67");
		assertThat(confirmed.spread()).isEqualTo(5);
	}

	@Test
	void withoutAQuorumThereIsNoResultAndARecusedMemberIsNotCountedInIt() {
		long round = round();
		Council council = council(round);
		long noChair = assigned(round, council);
		long tooFew = assigned(round, council);
		declareAll(council, noChair);

		// Three of four sheets, but not the chair's: no result.
		submit(council, noChair, council.vice(), 80);
		submit(council, noChair, council.member1(), 80);
		submit(council, noChair, council.member2(), 81);
		ProductResult missingChair = result(round, noChair);
		assertThat(missingChair.flags()).containsExactly(CouncilResult.Flag.NO_QUORUM);
		assertThat(missingChair.mean()).isNull();
		assertThat(missingChair.stars()).isNull();
		JsonNode item = find(api(OFFICE, round), noChair);
		assertThat(item.get("mean").isNull()).isTrue();
		assertThat(item.get("parts").isNull()).isTrue();
		assertThat(item.get("stars").isNull()).isTrue();
		assertThat(item.get("flags")).extracting(JsonNode::asString).containsExactly("NO_QUORUM");
		refused(() -> councils.confirm(council.id(), noChair, account(council.chair())), BusinessRuleViolation.class,
				Errors.NOT_CONFIRMABLE);
		submit(council, noChair, council.chair(), 82);
		assertThat(result(round, noChair).flags()).isEmpty();

		// Two of four (the chair among them) is less than two thirds of four …
		councils.declare(council.id(), tooFew, false, Set.of(), null, account(council.chair()));
		councils.declare(council.id(), tooFew, false, Set.of(), null, account(council.member1()));
		submit(council, tooFew, council.chair(), 65);
		submit(council, tooFew, council.member1(), 66);
		assertThat(result(round, tooFew).flags()).containsExactly(CouncilResult.Flag.NO_QUORUM);
		assertThat(result(round, tooFew).eligible()).isEqualTo(4);
		// … but two thirds of the three who are not recused.
		councils.declare(council.id(), tooFew, true, Set.of(ConflictKind.ADVISORY), "Đã tư vấn xây dựng hồ sơ",
				account(council.member2()));
		ProductResult quorate = result(round, tooFew);
		assertThat(quorate.eligible()).isEqualTo(3);
		assertThat(quorate.flags()).isEmpty();
		assertThat(quorate.mean()).isEqualByComparingTo("65.50");
		assertThat(councils.confirm(council.id(), tooFew, account(council.chair())).routing())
			.isEqualTo(Routing.PROVINCIAL_DECISION);
		// Confirmed with the vice-chair's sheet never submitted: the dossier goes from assigned to confirmed.
		assertThat(dossiers.get(tooFew, office()).history()).extracting(DossierEvent::to)
			.endsWith(DossierStatus.ASSIGNED, DossierStatus.RESULT_CONFIRMED);
	}

	@Test
	void aRoundMaySetItsOwnQuorumWithoutTheChair() {
		long round = round(10, 1, 2, false);
		Council council = council(round);
		long dossier = assigned(round, council);
		declareAll(council, dossier);
		submit(council, dossier, council.member1(), 62);
		assertThat(result(round, dossier).flags()).containsExactly(CouncilResult.Flag.NO_QUORUM);
		submit(council, dossier, council.member2(), 61);
		ProductResult result = result(round, dossier);
		assertThat(result.flags()).isEmpty();
		assertThat(result.mean()).isEqualByComparingTo("61.50");
		assertThat(result.stars()).isEqualTo(3);
	}

	@Test
	void resultsRouteByStarsAndPotentialFiveStarsGoToTheCentralCouncil() {
		long round = round();
		Council council = council(round);
		long three = assigned(round, council);
		long feedback = assigned(round, council);
		long potential = assigned(round, council);
		long notFive = assigned(round, council);
		List<Long> all = List.of(three, feedback, potential, notFive);
		all.forEach(d -> declareAll(council, d));
		scoreAll(council, three, 60, 3);
		scoreAll(council, feedback, 45, 2);
		scoreAll(council, potential, 92, 4);
		scoreAll(council, notFive, 91, 4);
		all.forEach(d -> councils.confirm(council.id(), d, account(council.chair())));

		ProductResult threeStars = result(round, three);
		assertThat(threeStars.stars()).isEqualTo(3);
		assertThat(threeStars.recognisedStars()).isEqualTo(3);
		assertThat(threeStars.routing()).isEqualTo(Routing.PROVINCIAL_DECISION);
		ProductResult twoStars = result(round, feedback);
		assertThat(twoStars.stars()).isEqualTo(2);
		assertThat(twoStars.recognisedStars()).isNull();
		assertThat(twoStars.routing()).isEqualTo(Routing.FEEDBACK);
		// The way to the next star: the 3★ conditions the majority of sheets does not meet.
		assertThat(twoStars.unmetConditions()).isNotEmpty().allSatisfy(c -> assertThat(c.stars()).isEqualTo(3));
		ProductResult ninetyTwo = result(round, potential);
		assertThat(ninetyTwo.mean()).isEqualByComparingTo("92.00");
		assertThat(ninetyTwo.routing()).isEqualTo(Routing.CENTRAL_PROPOSAL);
		assertThat(ninetyTwo.recognisedStars()).isEqualTo(4);
		assertThat(ninetyTwo.potentialFiveStars()).isTrue();
		assertThat(find(api(OFFICE, round), potential).get("potentialFiveStars").asBoolean()).isTrue();

		// The national office sees the proposals; a province does not run the central round.
		String national = nationalOfficer();
		refused(() -> councils.proposals(office()), AccessDenied.class, Errors.NOT_CENTRAL);
		assertThat(councils.proposals(account(national))).extracting(ProductResult::dossierId)
			.contains(potential, notFive)
			.doesNotContain(three, feedback);
		long central = centralRound(national);
		refused(() -> councils.carryOver(central, List.of(potential), office()), AccessDenied.class, Errors.NOT_MANAGER);
		refused(() -> councils.carryOver(round, List.of(potential), account(national)), AccessDenied.class,
				Errors.NOT_MANAGER);
		refused(() -> councils.carryOver(central, List.of(potential, three), account(national)), BusinessRuleViolation.class,
				Errors.NOT_PROPOSED);
		assertThat(carried(central)).isEmpty();
		assertThat(councils.carryOver(central, List.of(potential, notFive), account(national))).isEqualTo(2);
		Map<Long, Long> carried = carried(central);
		assertThat(carried.keySet()).containsExactlyInAnyOrder(potential, notFive);
		refused(() -> councils.carryOver(central, List.of(potential), account(national)), BusinessRuleViolation.class,
				Errors.NOT_PROPOSED);
		assertThat(councils.proposals(account(national))).extracting(ProductResult::dossierId)
			.doesNotContain(potential, notFive);
		long five = carried.get(potential);
		long four = carried.get(notFive);
		DossierView carriedView = dossiers.get(five, account(national));
		assertThat(carriedView.status()).isEqualTo(DossierStatus.FORWARDED);
		assertThat(carriedView.productId()).isEqualTo(ninetyTwo.productId());
		assertThat(carriedView.history()).singleElement().satisfies(e -> {
			assertThat(e.from()).isNull();
			assertThat(e.to()).isEqualTo(DossierStatus.FORWARDED);
			assertThat(e.reason()).isNotBlank();
		});
		assertThat(actions(DossierManagement.AUDIT_TYPE, five)).containsExactly("DOSSIER_FORWARDED");

		// The central council works with the same tools; country-wide accounts only.
		String provincial = member("Cao Văn Tỉnh");
		assertThat(problems(() -> councils.form(central, command("Hội đồng Trung ương", provincial, null,
				member(null, "Hồ Văn Một"), member(null, "Hà Thị Hai"), null), account(national))))
			.extracting(FieldProblem::messageKey)
			.containsExactly("evaluation.council.validation.ineligible");
		Council centre = council(central, null, national);
		councils.assign(centre.id(), List.of(five, four), account(national));
		declareAll(centre, five);
		declareAll(centre, four);
		scoreAll(centre, five, 100, 5);
		scoreAll(centre, four, 88, 4);
		// The central sheet shows the commune's assessment of the provincial dossier.
		assertThat(councils.sheet(centre.id(), five, account(centre.chair())).communeFindings()).containsKey("A.1.a");
		ProductResult fiveStars = councils.confirm(centre.id(), five, account(centre.chair()));
		assertThat(fiveStars.stars()).isEqualTo(5);
		assertThat(fiveStars.recognisedStars()).isEqualTo(5);
		assertThat(fiveStars.routing()).isEqualTo(Routing.CENTRAL_DECISION);
		ProductResult notRecognised = councils.confirm(centre.id(), four, account(centre.chair()));
		assertThat(notRecognised.stars()).isEqualTo(4);
		assertThat(notRecognised.recognisedStars()).isNull();
		assertThat(notRecognised.routing()).isEqualTo(Routing.NOT_RECOGNISED);
		// The producer sees its central result; the provincial one stays as it was.
		assertThat(api(PRODUCER, central)).extracting(n -> n.get("dossierId").asLong()).contains(five, four);
		assertThat(result(round, potential).routing()).isEqualTo(Routing.CENTRAL_PROPOSAL);
		assertThat(actions(DossierManagement.AUDIT_TYPE, five)).containsExactly("DOSSIER_RESULT_CONFIRMED",
				"DOSSIER_SCORED", "DOSSIER_ASSIGNED", "DOSSIER_FORWARDED");
	}

	@Test
	void theChairPresidesOverAProductOnlyAfterDeclaringNoConflictWithIt() {
		// A round whose quorum does not need the chair: the others can score while the chair has not declared.
		long round = round(null, 2, 3, false);
		Council council = council(round);
		long dossier = forwarded(round);
		councils.assign(council.id(), List.of(dossier), office());
		for (String scorer : List.of(council.vice(), council.member1(), council.member2())) {
			councils.declare(council.id(), dossier, false, Set.of(), null, account(scorer));
		}
		scoreAll(council, dossier, 75, 4, council.vice(), council.member1(), council.member2());
		long member = seatOf(council, council.member1()).memberId();

		refused(() -> councils.confirm(council.id(), dossier, account(council.chair())), BusinessRuleViolation.class,
				CouncilManagement.Errors.DECLARE_FIRST);
		refused(() -> councils.reopen(council.id(), dossier, member, "Thảo luận lại", account(council.chair())),
				BusinessRuleViolation.class, CouncilManagement.Errors.DECLARE_FIRST);
		councils.declare(council.id(), dossier, false, Set.of(), null, account(council.chair()));
		assertThat(councils.confirm(council.id(), dossier, account(council.chair())).confirmed()).isTrue();
	}

	@Test
	void theProducerSeesTheCouncilsStepsInTheHistoryWithoutMembersOrReScorings() {
		long round = round();
		Council council = council(round);
		long dossier = forwarded(round);
		councils.assign(council.id(), List.of(dossier), office());
		declareAll(council, dossier);
		scoreAll(council, dossier, 75, 4);
		long member = seatOf(council, council.member1()).memberId();
		councils.reopen(council.id(), dossier, member, "Chấm lại tiêu chí C.7 sau thảo luận", account(council.chair()));

		List<DossierEvent> office = dossiers.get(dossier, account(OFFICE)).history();
		assertThat(office).anySatisfy(e -> assertThat(e.reason()).isEqualTo("Chấm lại tiêu chí C.7 sau thảo luận"));
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("vi"));
		List<DossierEvent> producer;
		try {
			producer = dossiers.get(dossier, account(PRODUCER)).history();
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
		assertThat(producer).noneSatisfy(e -> assertThat(e.reason()).contains("C.7"))
			.noneSatisfy(e -> assertThat(e.from()).isEqualTo(DossierStatus.SCORED))
			.filteredOn(e -> e.to() == DossierStatus.ASSIGNED || e.to() == DossierStatus.SCORED)
			.isNotEmpty()
			.allSatisfy(e -> assertThat(e.actor()).isEqualTo("Hội đồng đánh giá"));
	}

	// --- 6. who sees which results ---------------------------------------------------------------------------

	@Test
	void theResultsApiShowsEachReaderOnlyWhatItsRoleAndScopeReach() {
		long round = round();
		Council council = council(round);
		long own = forwarded(round);
		long neighbour = forwarded(round, officerProduct("Bưởi Phúc Trạch " + token()), COMMUNE, false);
		councils.assign(council.id(), List.of(own, neighbour), office());
		Council other = council(round);
		long elsewhere = forwarded(round);
		councils.assign(other.id(), List.of(elsewhere), office());
		// A scoring member declares before seeing anything of a product, its result included; the secretary,
		// who does not score, sees the council's products.
		assertThat(ids(api(council.member1(), round))).isEmpty();
		assertThat(ids(api(council.secretary(), round))).containsExactlyInAnyOrder(own, neighbour);
		declareAll(council, neighbour);
		for (String scorer : List.of(council.chair(), council.vice(), council.member1())) {
			councils.declare(council.id(), own, false, Set.of(), null, account(scorer));
		}
		councils.declare(council.id(), own, true, Set.of(ConflictKind.KINSHIP), null, account(council.member2()));
		String stranger = account("Trần Thị Lan", Role.COMMUNE_OFFICER, AccessScope.Level.COMMUNE, "18196");

		assertThat(ids(api(OFFICE, round))).containsExactlyInAnyOrder(own, neighbour, elsewhere);
		assertThat(ids(api(nationalOfficer(), round))).containsExactlyInAnyOrder(own, neighbour, elsewhere);
		// Chair, vice-chairs and secretary run the session and see the live results; a plain member sees a result
		// once the chair has confirmed it, as on the council's page.
		assertThat(ids(api(council.vice(), round))).containsExactlyInAnyOrder(own, neighbour);
		assertThat(ids(api(council.secretary(), round))).containsExactlyInAnyOrder(own, neighbour);
		assertThat(ids(api(council.member1(), round))).isEmpty();
		assertThat(ids(api(council.member2(), round))).isEmpty();
		assertThat(ids(api(other.chair(), round))).isEmpty();
		councils.declare(other.id(), elsewhere, false, Set.of(), null, account(other.chair()));
		assertThat(ids(api(other.chair(), round))).containsExactly(elsewhere);
		assertThat(ids(api("hoidong.hatinh", round))).isEmpty();
		// Before confirmation producers and communes see nothing, not even that a council scores.
		scoreAll(council, own, 75, 4, council.chair(), council.vice(), council.member1());
		scoreAll(council, neighbour, 65, 3);
		assertThat(ids(api(PRODUCER, round))).isEmpty();
		assertThat(ids(api(COMMUNE, round))).isEmpty();

		councils.confirm(council.id(), own, account(council.chair()));
		assertThat(ids(api(council.member1(), round))).containsExactly(own);
		assertThat(ids(api(council.member2(), round))).as("recused from it").isEmpty();
		assertThat(ids(api(PRODUCER, round))).containsExactly(own);
		assertThat(ids(api(COMMUNE, round))).containsExactly(own);
		assertThat(ids(api(stranger, round))).isEmpty();
		councils.confirm(council.id(), neighbour, account(council.chair()));
		assertThat(ids(api(PRODUCER, round))).containsExactly(own);
		assertThat(ids(api(COMMUNE, round))).containsExactlyInAnyOrder(own, neighbour);
		assertThat(ids(api(stranger, round))).isEmpty();
		assertThat(ids(api(council.member2(), round))).containsExactly(neighbour);

		// Another province: refused; nobody signed in: asked to sign in.
		String quangNinh = account("Vũ Thị Hằng", Role.COUNCIL_MEMBER, AccessScope.Level.PROVINCE, "22");
		for (String outsider : List.of("quantri.quangninh", quangNinh)) {
			MvcTestResult refused = mvc.get().uri("/api/v1/rounds/" + round + "/results")
				.with(httpBasic(outsider, password(outsider)))
				.exchange();
			assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(refused).bodyText().doesNotContain(String.valueOf(own));
		}
		assertThat(mvc.get().uri("/api/v1/rounds/" + round + "/results")).hasStatus(HttpStatus.UNAUTHORIZED);
		// (the initial password of an account that chose its own no longer opens anything)
		assertThat(mvc.get().uri("/api/v1/rounds/" + round + "/results").with(httpBasic(stranger, PASSWORD)))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	// --- 7. minutes and 8. audit -----------------------------------------------------------------------------

	@Test
	void theMinutesListEveryMembersTotalRecusalsMeanAndRescoringAndEveryEditionIsKept() throws Exception {
		long round = round();
		Council council = council(round);
		long product = ownProduct("Cam bù Sơn Kim loại 1 " + token());
		long dossier = forwarded(round, product, PRODUCER, false);
		long pending = forwarded(round);
		councils.assign(council.id(), List.of(dossier, pending), office());
		for (String scorer : List.of(council.chair(), council.vice(), council.member1())) {
			councils.declare(council.id(), dossier, false, Set.of(), null, account(scorer));
		}
		councils.declare(council.id(), dossier, true, Set.of(ConflictKind.KINSHIP), "Con rể chủ nhiệm hợp tác xã",
				account(council.member2()));
		submit(council, dossier, council.chair(), 71);
		long vice = submit(council, dossier, council.vice(), 84);
		submit(council, dossier, council.member1(), 72);
		assertThat(result(round, dossier).flags()).containsExactly(CouncilResult.Flag.DIVERGENCE);

		refused(() -> councils.writeMinutes(council.id(), account(council.secretary())), BusinessRuleViolation.class,
				Errors.NO_CONFIRMED_RESULTS);
		String reason = "Điểm chênh 13 so với các thành viên khác; thảo luận lại tiêu chí B.4.a";
		councils.reopen(council.id(), dossier, vice, reason, account(council.chair()));
		councils.saveSheet(council.id(), dossier, councils.sheet(council.id(), dossier, account(council.vice())).version(),
				answers(72, 4), true, account(council.vice()));
		// Signed in, as on the council's page: the audit names the one who confirmed.
		signedIn(council.chair(), () -> councils.confirm(council.id(), dossier, account(council.chair())));
		for (String scorer : List.of(council.chair(), council.vice(), council.member1())) {
			councils.declare(council.id(), pending, false, Set.of(), null, account(scorer));
		}
		submit(council, pending, council.chair(), 60);
		submit(council, pending, council.vice(), 75);
		submit(council, pending, council.member1(), 80);

		for (String notWriter : List.of(council.member1(), council.vice(), "hoidong.hatinh", COMMUNE)) {
			refused(() -> councils.writeMinutes(council.id(), account(notWriter)), AccessDenied.class,
					Errors.NOT_MINUTES_WRITER);
		}
		assertThat(councils.writeMinutes(council.id(), account(council.secretary()))).isOne();
		byte[] first = councils.minutes(council.id(), 1, office());
		assertThat(new String(first, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(councils.writeMinutes(council.id(), account(council.chair()))).isEqualTo(2);
		assertThat(councils.writeMinutes(council.id(), office())).isEqualTo(3);
		List<CouncilView.MinutesEdition> editions = councils.get(council.id(), office()).minutes();
		assertThat(editions).extracting(CouncilView.MinutesEdition::edition).containsExactly(3, 2, 1);
		assertThat(editions).extracting(CouncilView.MinutesEdition::generatedBy)
			.containsExactly(OFFICE, council.chair(), council.secretary());
		CouncilView.MinutesEdition firstEdition = editions.get(2);
		assertThat(councils.minutes(council.id(), 1, office())).isEqualTo(first);
		assertThat(sha256(first)).isEqualTo(firstEdition.sha256());
		assertThat(firstEdition.dossiers()).isOne();
		refused(() -> councils.minutes(council.id(), 4, office()), NotFoundException.class, Errors.MINUTES_NOT_FOUND);

		Path pdf = SCREENSHOTS.resolve("130-minutes.pdf");
		Files.createDirectories(SCREENSHOTS);
		Files.write(pdf, first);
		Optional<String> rendered = run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
				SCREENSHOTS.resolve("130-minutes").toString());
		if (rendered.isEmpty()) {
			System.out.println("pdftoppm (poppler-utils) is not installed: target/screenshots/130-minutes.png not rendered");
		}
		else {
			assertThat(SCREENSHOTS.resolve("130-minutes.png")).exists();
		}
		Optional<String> poppler = run("pdftotext", "-layout", pdf.toString(), "-");
		if (poppler.isEmpty()) {
			System.out.println("pdftotext (poppler-utils) is not installed: its reading of the minutes is not checked");
		}
		else {
			assertThat(poppler.get()).contains("71,67", "Tự rút");
		}

		String text = SelfAssessmentIntegrationTests.text(first);
		Files.writeString(SCREENSHOTS.resolve("130-minutes.txt"), text);
		String flat = text.replaceAll("\\s+", " ");
		String chairName = "Nguyễn Văn Chủ " + council.tag();
		assertThat(flat).contains("BIÊN BẢN HỌP HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP", councilName(council),
				"Đợt " + rounds.get(round, office()).number() + "/", chairName, "Tự rút", "Con rể chủ nhiệm hợp tác xã",
				"71,67", "chênh nhau quá mức cho phép", "Chưa xác nhận kết quả", "Chưa kê khai",
				"(tạm tính, chưa xác nhận)");
		// People by seat and name, as the minutes name them, never by account.
		assertThat(flat).contains(reason + " (mở lại bởi Chủ tịch " + chairName + ")", "Chủ tịch " + chairName + " xác nhận lúc")
			.doesNotContain(council.chair() + " ", "(mở lại bởi " + council.chair());
		// Each counted member's total on the member's own line; the recused member has none.
		assertThat(flat).containsPattern("Chủ " + council.tag() + " – Chủ tịch ?71 ?Không có xung đột")
			.containsPattern("Phó " + council.tag() + " – Phó Chủ tịch ?72 ?Không có xung đột")
			.containsPattern("Viên Một " + council.tag() + " – Ủy viên ?72 ?Không có xung đột");
		assertThat(after(flat, "Viên Hai " + council.tag() + " –", 80)).contains("Tự rút").doesNotContain("Không có xung đột");
		// The signed declarations are listed with their signatures.
		Declaration signed = progress(council, dossier, council.member2()).declaration();
		assertThat(flat).contains(signed.signature().substring(0, 16));

		// 8. Every step on the way left its audit entry, and every history step of the dossier has one.
		assertThat(actions(CouncilManagement.AUDIT_TYPE, council.id())).contains("COUNCIL_FORMED",
				"COUNCIL_NO_CONFLICT_DECLARED", "COUNCIL_MEMBER_RECUSED", "SCORE_SHEET_SUBMITTED", "SCORE_SHEET_REOPENED",
				"COUNCIL_MINUTES_WRITTEN");
		assertThat(actions(CouncilManagement.AUDIT_TYPE, council.id()).stream()
			.filter("COUNCIL_MINUTES_WRITTEN"::equals)).hasSize(3);
		List<String> dossierActions = actions(DossierManagement.AUDIT_TYPE, dossier);
		List<DossierEvent> history = dossiers.get(dossier, office()).history();
		assertThat(history).extracting(DossierEvent::to)
			.containsExactly(DossierStatus.DRAFT, DossierStatus.SUBMITTED, DossierStatus.COMMUNE_ASSESSED,
					DossierStatus.FORWARDED, DossierStatus.ASSIGNED, DossierStatus.SCORED, DossierStatus.ASSIGNED,
					DossierStatus.SCORED, DossierStatus.RESULT_CONFIRMED);
		List<String> expected = new ArrayList<>(history.stream().map(e -> "DOSSIER_" + e.to()).toList());
		java.util.Collections.reverse(expected);
		assertThat(dossierActions).containsSubsequence(expected);
		HistoryEntry confirmation = audit.history(DossierManagement.AUDIT_TYPE, String.valueOf(dossier)).get(0);
		assertThat(confirmation.action()).isEqualTo("DOSSIER_RESULT_CONFIRMED");
		assertThat(confirmation.actor()).isEqualTo(council.chair());
		assertThat(confirmation.changes()).anySatisfy(c -> {
			assertThat(c.field()).isEqualTo("mean");
			assertThat(c.after()).isEqualTo("71.67");
		});
	}

	@Test
	void everyEvaluationMessageKeepsItsArgumentsAndApostrophesInBothLanguages() throws IOException {
		for (String language : List.of("", "_en")) {
			java.util.Properties file = new java.util.Properties();
			try (var in = getClass().getResourceAsStream("/messages/evaluation" + language + ".properties")) {
				file.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			java.util.Locale locale = language.isEmpty() ? java.util.Locale.forLanguageTag("vi") : java.util.Locale.ENGLISH;
			for (String key : file.stringPropertyNames()) {
				String raw = file.getProperty(key);
				if (!raw.matches("(?s).*\\{\\d.*")) {
					continue;
				}
				Object[] args = { 70, 71, 72, 73, 74, 75 };
				String text = messages.getMessage(key, args, locale);
				assertThat(text).as(language + " " + key).doesNotContain("{0}", "{1}", "{2}", "{3}");
				assertThat(text.chars().filter(c -> c == '\'').count()).as(language + " " + key)
					.isEqualTo(raw.replace("''", "'").chars().filter(c -> c == '\'').count());
			}
		}
	}

	// --- helpers ---------------------------------------------------------------------------------------------

	/** A council of five new accounts: chair, vice-chair, two members, secretary; {@code tag} tells their names apart. */
	record Council(long id, String tag, String chair, String vice, String member1, String member2, String secretary) {

		List<String> all() {
			return List.of(chair, vice, member1, member2, secretary);
		}

		List<String> scorers() {
			return List.of(chair, vice, member1, member2);
		}

	}

	Council council(long round) {
		return council(round, "42", OFFICE);
	}

	/** Forms a council of new accounts of the province (null: country-wide) as the given office. */
	Council council(long round, String province, String office) {
		String tag = token().toUpperCase();
		Council council = new Council(0, tag, member(province, "Nguyễn Văn Chủ " + tag), member(province, "Trần Thị Phó " + tag),
				member(province, "Lê Văn Viên Một " + tag), member(province, "Phạm Thị Viên Hai " + tag),
				member(province, "Hoàng Thị Thư Ký " + tag));
		long id = councils.form(round, command("Hội đồng đánh giá, phân hạng sản phẩm OCOP " + tag, council.chair(),
				council.vice(), council.member1(), council.member2(), council.secretary()), account(office));
		return new Council(id, tag, council.chair(), council.vice(), council.member1(), council.member2(),
				council.secretary());
	}

	static String councilName(Council council) {
		return "Hội đồng đánh giá, phân hạng sản phẩm OCOP " + council.tag();
	}

	static CouncilCommand command(String name, String chair, String vice, String member1, String member2,
			String secretary) {
		List<CouncilCommand.Seat> seats = new ArrayList<>();
		seats.add(new CouncilCommand.Seat(chair, CouncilRole.CHAIR, "UBND tỉnh Hà Tĩnh"));
		if (vice != null) {
			seats.add(new CouncilCommand.Seat(vice, CouncilRole.VICE_CHAIR, "Sở Nông nghiệp và Môi trường"));
		}
		seats.add(new CouncilCommand.Seat(member1, CouncilRole.MEMBER, "Sở Công Thương"));
		seats.add(new CouncilCommand.Seat(member2, CouncilRole.MEMBER, "Sở Y tế"));
		if (secretary != null) {
			seats.add(new CouncilCommand.Seat(secretary, CouncilRole.SECRETARY, "Văn phòng Điều phối NTM tỉnh"));
		}
		return new CouncilCommand(name, "QĐ 123/QĐ-UBND", LocalDate.of(2026, 12, 15), seats,
				List.of(new CouncilCommand.Advisor("Nguyễn Thị Tư", "Trung tâm Khuyến nông", "Kiểm tra mẫu sản phẩm")));
	}

	static CouncilCommand.Seat seat(String username, CouncilRole role) {
		return new CouncilCommand.Seat(username, role, "Sở Khoa học và Công nghệ");
	}

	/** A new council member of Hà Tĩnh. */
	String member(String fullName) {
		return member("42", fullName);
	}

	/** A new council member of the province (null: country-wide). */
	String member(String province, String fullName) {
		return account(fullName, Role.COUNCIL_MEMBER,
				province == null ? AccessScope.Level.COUNTRY : AccessScope.Level.PROVINCE, province);
	}

	/** A new officer of the national office (province officer with country scope). */
	String nationalOfficer() {
		return account("Nguyễn Thị Trung Ương", Role.PROVINCE_OFFICER, AccessScope.Level.COUNTRY, null);
	}

	String account(String fullName, Role role, AccessScope.Level level, String unit) {
		String username = "hd" + token();
		users.create(new UserCommand(username, fullName, null, null, "Cơ quan thử nghiệm", Set.of(role), level, unit,
				PASSWORD), account("admin"));
		return username;
	}

	/**
	 * The password an account signs in to the API with: the demo password, or for an account made here its own
	 * one (an account made with an initial password must choose its own before it may use the API).
	 */
	String password(String username) {
		if (!username.startsWith("hd")) {
			return PASSWORD;
		}
		if (OWN_PASSWORDS.add(username)) {
			users.changeOwnPassword(account(username), PASSWORD, OWN_PASSWORD);
		}
		return OWN_PASSWORD;
	}

	CurrentUser office() {
		return account(OFFICE);
	}

	/** A new open round of Hà Tĩnh with the default council rules. */
	long round() {
		return round(null, null, null, true);
	}

	/** A new open round of Hà Tĩnh: the next free number of a year in 2030–2099. */
	long round(Integer divergence, Integer quorumNumerator, Integer quorumDenominator, boolean chairRequired) {
		int year = 2030 + (int) Math.floorMod(SEQUENCE.incrementAndGet(), 70L);
		LocalDate today = LocalDate.now();
		return rounds.open(new RoundCommand(null, null, year, dossierRecords.nextNumber("42", year), null,
				today.plusDays(30), today.plusDays(40), today.plusDays(50), divergence, quorumNumerator,
				quorumDenominator, chairRequired), office()).id();
	}

	long centralRound(String national) {
		int year = 2030 + (int) Math.floorMod(SEQUENCE.incrementAndGet(), 70L);
		LocalDate today = LocalDate.now();
		RoundView round = rounds.open(new RoundCommand(null, null, year, dossierRecords.nextNumber("VN", year), null,
				today.plusDays(30), today.plusDays(40), today.plusDays(50), null, null, null, true), account(national));
		assertThat(round.level()).isEqualTo(RoundLevel.CENTRAL);
		return round.id();
	}

	/** A forwarded dossier of a new product of the Cam bù cooperative. */
	long forwarded(long round) {
		return forwarded(round, ownProduct("Cam bù Hương Sơn " + token()), PRODUCER, false);
	}

	/**
	 * Product → submitted self-assessment (best answers, with an evidence file on A.1.a when asked) → dossier filed
	 * and submitted by {@code filer} → commune assessment recorded → forwarded to the province.
	 */
	long forwarded(long round, long product, String filer, boolean evidence) {
		long id = submitted(round, product, filer, evidence);
		CurrentUser commune = account(COMMUNE);
		Map<LocalCriterion, LocalFinding> findings = new LinkedHashMap<>();
		for (LocalCriterion local : LocalCriterion.values()) {
			findings.put(local, new LocalFinding("Xã xác nhận: " + local, Agreement.AGREE, null));
		}
		dossiers.recordCommuneAssessment(id, version(id), new CommuneAssessmentData(true, true, true, true, findings,
				"Hồ sơ đủ thể thức, đề nghị tỉnh đánh giá."), commune);
		dossiers.forward(id, version(id), commune);
		assertThat(status(id)).isEqualTo(DossierStatus.FORWARDED);
		return id;
	}

	/** A new forwarded dossier of the round, assigned to the council. */
	long assigned(long round, Council council) {
		long dossier = forwarded(round);
		councils.assign(council.id(), List.of(dossier), office());
		return dossier;
	}

	long submitted(long round) {
		return submitted(round, ownProduct("Cam bù sấy " + token()), PRODUCER, false);
	}

	long submitted(long round, long product, String filer, boolean evidence) {
		CurrentUser user = account(filer);
		long assessment = assessments.start(product, user);
		if (evidence) {
			try {
				assessments.addEvidence(assessment, "A.1.a", SelfAssessmentIntegrationTests.pdf(), "vung-trong.pdf", user);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		assessments.submit(assessment, 0, CriteriaFixtures.bestAnswers(criteria.set(SET_01)), user);
		long id = dossiers.file(round, new DossierData(RegistrationType.FIRST_TIME, assessment, "Nguyễn Văn Hùng",
				"Giám đốc hợp tác xã", "0912 345 678", "htx.cambu@example.vn", "Thôn Tân Hương, Xã Hương Sơn, Tỉnh Hà Tĩnh",
				"Cam bù chín cây trồng trên đất đồi.", null, 5), user);
		dossiers.submit(id, version(id), user);
		return id;
	}

	DossierStatus status(long dossier) {
		return dossiers.get(dossier, office()).status();
	}

	long version(long dossier) {
		return dossiers.get(dossier, office()).version();
	}

	void declareAll(Council council, long dossier) {
		for (String scorer : council.scorers()) {
			councils.declare(council.id(), dossier, false, Set.of(), null, account(scorer));
		}
	}

	/** Submits a sheet of the given total in one go; the member's seat id. */
	long submit(Council council, long dossier, String username, int total) {
		ScoreSheetView sheet = councils.saveSheet(council.id(), dossier, -1, answers(total, 4), true, account(username));
		assertThat(sheet.total()).isEqualTo(total);
		return sheet.seat().memberId();
	}

	void scoreAll(Council council, long dossier, int total, int stars) {
		scoreAll(council, dossier, total, stars, council.scorers().toArray(String[]::new));
	}

	void scoreAll(Council council, long dossier, int total, int stars, String... usernames) {
		for (String username : usernames) {
			councils.saveSheet(council.id(), dossier, -1, answers(total, stars), true, account(username));
		}
	}

	/**
	 * A complete sheet of set 01 worth exactly {@code total}: the best answers lowered, star-marked criteria
	 * first, never below an option marked for {@code stars} or fewer (so its own conditions up to that level
	 * stay met, and those above it are the first to go).
	 */
	Map<String, String> answers(int total, int stars) {
		CriteriaSet set = criteria.set(SET_01);
		Map<String, String> sheet = new LinkedHashMap<>(CriteriaFixtures.bestAnswers(set));
		int remaining = criteria.score(SET_01, sheet).total() - total;
		List<Criterion> order = new ArrayList<>(set.criteria().stream().filter(c -> sheet.containsKey(c.code())).toList());
		order.sort(Comparator.comparing(c -> !marked(c)));
		for (Criterion criterion : order) {
			int best = criterion.option(sheet.get(criterion.code())).orElseThrow().points();
			int floor = criterion.options()
				.stream()
				.filter(o -> o.starMarker() != null && o.starMarker() <= stars)
				.mapToInt(CriterionOption::points)
				.max()
				.orElse(Integer.MIN_VALUE);
			int lowest = best - remaining;
			Optional<CriterionOption> lower = criterion.options()
				.stream()
				.filter(o -> o.points() < best && o.points() >= floor && o.points() >= lowest)
				.min(Comparator.comparingInt(CriterionOption::points));
			if (lower.isPresent()) {
				remaining -= best - lower.get().points();
				sheet.put(criterion.code(), lower.get().code());
			}
		}
		StarResult score = criteria.score(SET_01, sheet);
		assertThat(score.total()).as("a sheet of %d points", total).isEqualTo(total);
		return sheet;
	}

	/** The same total reached by other answers: one point moved from one unmarked criterion to another. */
	Map<String, String> variant(Map<String, String> answers) {
		CriteriaSet set = criteria.set(SET_01);
		List<Criterion> unmarked = set.criteria().stream().filter(c -> answers.containsKey(c.code()) && !marked(c)).toList();
		Criterion down = unmarked.stream().filter(c -> step(c, answers, -1).isPresent()).findFirst().orElseThrow();
		Criterion up = unmarked.stream()
			.filter(c -> c != down && step(c, answers, 1).isPresent())
			.findFirst()
			.orElseThrow();
		Map<String, String> varied = new LinkedHashMap<>(answers);
		varied.put(down.code(), step(down, answers, -1).orElseThrow().code());
		varied.put(up.code(), step(up, answers, 1).orElseThrow().code());
		assertThat(criteria.score(SET_01, varied).total()).isEqualTo(criteria.score(SET_01, answers).total());
		assertThat(varied).isNotEqualTo(answers);
		return varied;
	}

	/** The option of the criterion one point above (or below) the one answered. */
	static Optional<CriterionOption> step(Criterion criterion, Map<String, String> answers, int points) {
		int now = criterion.option(answers.get(criterion.code())).orElseThrow().points();
		return criterion.options().stream().filter(o -> o.points() == now + points).findFirst();
	}

	static boolean marked(Criterion criterion) {
		return criterion.starMarker() != null || criterion.options().stream().anyMatch(o -> o.starMarker() != null);
	}

	ProductResult result(long round, long dossier) {
		return councils.results(round, office())
			.stream()
			.filter(r -> r.dossierId() == dossier)
			.findFirst()
			.orElseThrow();
	}

	MemberProgress progress(Council council, long dossier, String username) {
		return councils.get(council.id(), office())
			.dossiers()
			.stream()
			.filter(d -> d.dossierId() == dossier)
			.findFirst()
			.orElseThrow()
			.of(seatOf(council, username).memberId());
	}

	CouncilSeat seatOf(Council council, String username) {
		return councils.get(council.id(), office())
			.seats()
			.stream()
			.filter(s -> s.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	/** The signature recomputed from what was declared: member, account, product, conflict, kinds, statement, moment. */
	static String signature(Declaration d, String username) throws Exception {
		String content = String.join("|", String.valueOf(d.memberId()), username, String.valueOf(d.dossierId()),
				String.valueOf(d.conflict()),
				String.join(",", d.kinds().stream().sorted().map(Enum::name).toList()),
				d.statement() == null ? "" : d.statement(), d.declaredAt().toInstant().toString());
		return sha256(content.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	List<Map<String, Object>> sheetRows(long memberId, long dossier) {
		return jdbc.sql("""
				SELECT id, revision, status, total_points, points_a, points_b, points_c, reopen_reason, reopened_by,
				       created_at, updated_at, submitted_at, version
				FROM score_sheet WHERE member_id = :m AND dossier_id = :d ORDER BY revision""")
			.param("m", memberId)
			.param("d", dossier)
			.query()
			.listOfRows()
			.stream()
			.map(row -> {
				Map<String, Object> lower = new LinkedHashMap<>();
				row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
				return lower;
			})
			.toList();
	}

	Map<String, String> storedAnswers(long memberId, long dossier, int revision) {
		Map<String, String> answers = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT a.criterion_code, a.option_code FROM score_answer a JOIN score_sheet s ON s.id = a.sheet_id
				WHERE s.member_id = :m AND s.dossier_id = :d AND s.revision = :r""")
			.param("m", memberId)
			.param("d", dossier)
			.param("r", revision)
			.query((rs, n) -> answers.put(rs.getString(1), rs.getString(2)))
			.list();
		return answers;
	}

	/** One row, column names in lower case whatever the database. */
	Map<String, Object> row(String sql, long id) {
		Map<String, Object> row = new LinkedHashMap<>();
		jdbc.sql(sql.replace(":d", ":id")).param("id", id).query().singleRow().forEach((k, v) -> row.put(k.toLowerCase(), v));
		return row;
	}

	/** The dossiers of a central round by the provincial dossier each was carried over from. */
	Map<Long, Long> carried(long centralRound) {
		Map<Long, Long> carried = new LinkedHashMap<>();
		jdbc.sql("SELECT id, source_dossier_id FROM dossier WHERE round_id = :r")
			.param("r", centralRound)
			.query((rs, n) -> carried.put(rs.getLong(2), rs.getLong(1)))
			.list();
		return carried;
	}

	/** The audit actions of one record, newest first. */
	List<String> actions(String type, long id) {
		return audit.history(type, String.valueOf(id)).stream().map(HistoryEntry::action).toList();
	}

	JsonNode api(String username, long round) {
		MvcTestResult result = mvc.get().uri("/api/v1/rounds/" + round + "/results").with(httpBasic(username, password(username)))
			.exchange();
		if (result.getResponse().getStatus() != 200) {
			throw new AssertionError("GET results as " + username + ": " + result.getResponse().getStatus() + " "
					+ new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		}
		JsonNode body = JSON.readTree(result.getResponse().getContentAsByteArray());
		assertThat(body.isArray()).isTrue();
		return body;
	}

	static JsonNode find(JsonNode results, long dossier) {
		for (JsonNode item : results) {
			if (item.get("dossierId").asLong() == dossier) {
				return item;
			}
		}
		throw new AssertionError("no result for dossier " + dossier + " in " + results);
	}

	static List<Long> ids(JsonNode results) {
		List<Long> ids = new ArrayList<>();
		results.forEach(item -> ids.add(item.get("dossierId").asLong()));
		return ids;
	}

	static Set<String> names(JsonNode node) {
		return new LinkedHashSet<>(node.propertyNames());
	}

	/** The characters of the text that follow the first mention of the given words (cells of a row may wrap). */
	static String after(String text, String words, int length) {
		int at = text.indexOf(words);
		assertThat(at).as("“%s” in:%n%s", words, text).isNotNegative();
		return text.substring(at + words.length(), Math.min(text.length(), at + words.length() + length));
	}

	static List<FieldProblem> problems(ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isInstanceOf(InvalidInput.class);
		return ((InvalidInput) thrown).problems();
	}

	static void refused(ThrowingCallable call, Class<? extends OcopException> type, ErrorCode code) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).isInstanceOf(type);
		assertThat(((OcopException) thrown).errorCode()).isEqualTo(code);
	}

	/** Runs the call with the user signed in, as a request of the user's would. */
	void signedIn(String username, Runnable call) {
		CurrentUser user = account(username);
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(user, null, user.getAuthorities()));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			call.run();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	/** Runs a command; its output, or empty when the program is not installed. */
	static Optional<String> run(String... command) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return Optional.of(output);
	}

}
