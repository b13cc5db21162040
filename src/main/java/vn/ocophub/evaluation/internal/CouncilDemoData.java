package vn.ocophub.evaluation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocophub.evaluation.Agreement;
import vn.ocophub.evaluation.BoardQuery;
import vn.ocophub.evaluation.CommuneAssessmentData;
import vn.ocophub.evaluation.ConflictKind;
import vn.ocophub.evaluation.CouncilCommand;
import vn.ocophub.evaluation.CouncilManagement;
import vn.ocophub.evaluation.DossierData;
import vn.ocophub.evaluation.DossierManagement;
import vn.ocophub.evaluation.DossierStatus;
import vn.ocophub.evaluation.LocalCriterion;
import vn.ocophub.evaluation.LocalFinding;
import vn.ocophub.evaluation.RoundCommand;
import vn.ocophub.evaluation.RoundManagement;
import vn.ocophub.evaluation.RoundView;
import vn.ocophub.evaluation.internal.DemoCouncils.Recusal;
import vn.ocophub.evaluation.internal.DemoCouncils.Rescore;
import vn.ocophub.evaluation.internal.DemoCouncils.Scoring;

/**
 * Demo councils, so that every council screen has something real on it: Hà Tĩnh's and Quảng Ninh's closed
 * provincial rounds 1/2025, each with its council, declarations (one recusal in Hà Tĩnh), submitted sheets (one
 * product flagged for divergence, reopened by the chair and re-scored), confirmed results from 2★ to 4★ and one
 * potential 5★, and minutes; the central round 1/2026 that carried the potential 5★ product to the central council
 * and recognised it; and a council at work in Hà Tĩnh's open round 2/2026 (declarations and drafts pending, among
 * them those of {@code hoidong.hatinh}). The story is in {@link CouncilDemoScript}; everything goes through the
 * services the pages use. Loaded once per database, after the open demo round, in one transaction.
 */
@Component
class CouncilDemoData {

	/** After the open demo round ({@link RoundDemoData}, order 200), whose round gets a council. */
	static final int ORDER = 210;

	private static final String NAME = "demo.councils.v1";

	private static final Logger log = LoggerFactory.getLogger(CouncilDemoData.class);

	private final boolean enabled;

	private final RoundManagement rounds;

	private final DossierManagement dossiers;

	private final CouncilManagement councils;

	private final DemoCouncils sessions;

	private final DemoSteps steps;

	CouncilDemoData(@Value("${ocop.demo.enabled:false}") boolean enabled, RoundManagement rounds,
			DossierManagement dossiers, CouncilManagement councils, DemoCouncils sessions, DemoSteps steps) {
		this.enabled = enabled;
		this.rounds = rounds;
		this.dossiers = dossiers;
		this.councils = councils;
		this.sessions = sessions;
		this.steps = steps;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(ORDER)
	void load() {
		if (enabled) {
			steps.once(NAME, "the demo councils (Hà Tĩnh and Quảng Ninh 1/2025, central 1/2026, Hà Tĩnh 2/2026)", log,
					this::loadAll);
		}
	}

	private void loadAll() {
		Map<String, Long> haTinh = provincial(CouncilDemoScript.HA_TINH);
		provincial(CouncilDemoScript.QUANG_NINH);
		central(haTinh.get(CouncilDemoScript.POTENTIAL_FIVE_STARS));
		openRound();
	}

	/** A provincial round run from opening to closing; the dossier ids by product code. */
	private Map<String, Long> provincial(CouncilDemoScript.Session session) {
		String office = session.office();
		long round = steps.as(office, user -> rounds.open(session.round(), user).id());
		Map<String, Long> ids = new LinkedHashMap<>();
		for (CouncilDemoScript.Entry entry : session.entries()) {
			ids.put(entry.code(), forwarded(round, office, entry));
		}
		long council = sessions.form(round, office, session.council(), List.copyOf(ids.values()));
		List<Scoring> scorings = session.entries()
			.stream()
			.map(e -> new Scoring(ids.get(e.code()), e.stars(), e.totals()))
			.toList();
		Recusal recusal = session.recusal() == null ? null
				: new Recusal(ids.get(session.recusal().code()), session.recusal().username(), ConflictKind.ADVISORY,
						session.recusal().statement());
		Rescore rescore = session.rescore() == null ? null
				: new Rescore(ids.get(session.rescore().code()), session.rescore().username(), session.rescore().total(),
						session.rescore().reason());
		sessions.sit(council, office, session.council(), scorings, recusal, rescore);
		close(round, office);
		return ids;
	}

	/** The national office carries the potential 5★ product over and the central council recognises it. */
	private void central(long proposed) {
		String office = CouncilDemoScript.NATIONAL_OFFICE;
		long round = steps.as(office, user -> rounds.open(CouncilDemoScript.CENTRAL_ROUND, user).id());
		steps.as(office, user -> councils.carryOver(round, List.of(proposed), user));
		long carried = steps.as(office,
				user -> dossiers.board(round, new BoardQuery(DossierStatus.FORWARDED, null), user).get(0).id());
		CouncilCommand command = CouncilDemoScript.CENTRAL_COUNCIL;
		long council = sessions.form(round, office, command, List.of(carried));
		sessions.sit(council, office, command, List.of(new Scoring(carried, 5, CouncilDemoScript.CENTRAL_TOTALS)), null,
				null);
		close(round, office);
	}

	/**
	 * Hà Tĩnh's open round gets two more forwarded dossiers and its council, at work: most members have declared,
	 * a few have submitted, {@code hoidong.hatinh} has a draft on the first and no declaration on the second.
	 */
	private void openRound() {
		String office = CouncilDemoScript.HA_TINH.office();
		Optional<RoundView> open = steps.as(office, user -> rounds.list(user)
			.stream()
			.filter(r -> r.open() && r.year() == 2026 && r.number() == 2 && "42".equals(r.provinceCode()))
			.findFirst());
		if (open.isEmpty()) {
			log.warn("Hà Tĩnh's open demo round 2/2026 is missing: its council is not loaded");
			return;
		}
		long round = open.get().id();
		List<Long> ids = new ArrayList<>();
		for (CouncilDemoScript.Entry entry : CouncilDemoScript.OPEN_ROUND_ENTRIES) {
			ids.add(forwarded(round, office, entry));
		}
		CouncilCommand command = CouncilDemoScript.openRoundCouncil(open.get().councilDate());
		long council = sessions.form(round, office, command, ids);
		List<CouncilCommand.Seat> scoring = DemoCouncils.scoring(command);
		CouncilDemoScript.Entry entry = CouncilDemoScript.OPEN_ROUND_ENTRIES.get(0);
		for (int i = 0; i < scoring.size(); i++) {
			String member = scoring.get(i).username();
			if (!CouncilDemoScript.OPEN_ROUND_UNDECLARED.contains(member)) {
				sessions.declare(council, ids.get(0), member, null);
			}
			boolean submits = CouncilDemoScript.OPEN_ROUND_SUBMITTED.contains(member);
			if (submits || member.equals(CouncilDemoScript.MEMBER)) {
				sessions.score(council, office, ids.get(0), entry.stars(), member, entry.totals()[i], i * 5, submits);
			}
		}
		for (String member : CouncilDemoScript.OPEN_ROUND_SUBMITTED) {
			sessions.declare(council, ids.get(1), member, null);
		}
	}

	/** Files the entry's dossier in the round and takes it through the commune to the province. */
	private long forwarded(long round, String office, CouncilDemoScript.Entry entry) {
		String filer = entry.producer() == null ? office : entry.producer();
		String commune = entry.producer() == null ? office : CouncilDemoScript.COMMUNE;
		int self = Math.min(100, java.util.Arrays.stream(entry.totals()).max().orElse(0) + 4);
		long id = steps.file(round, entry.code(), filer, set -> DemoAnswers.forTotal(set, entry.stars(), self, 0),
				product -> new DossierData(entry.type(), null, entry.applicant(), entry.title(), entry.phone(), null,
						product.communeName() + ", " + product.provinceName(), entry.summary(), entry.certificate(), 5));
		steps.as(filer, user -> dossiers.submit(id, steps.version(id, user), user));
		steps.as(commune, user -> dossiers.recordCommuneAssessment(id, steps.version(id, user), assessment(), user));
		steps.as(commune, user -> dossiers.forward(id, steps.version(id, user), user));
		return id;
	}

	private void close(long round, String office) {
		steps.as(office, user -> rounds.close(round, rounds.get(round, user).version(), user));
	}

	/** A commune assessment agreeing with the producer on the four local criteria. */
	static CommuneAssessmentData assessment() {
		Map<LocalCriterion, LocalFinding> findings = new EnumMap<>(LocalCriterion.class);
		findings.put(LocalCriterion.ORIGIN, new LocalFinding(
				"Nguyên liệu chính được sản xuất, thu mua tại địa phương, có sổ ghi chép và hợp đồng thu mua.",
				Agreement.AGREE, null));
		findings.put(LocalCriterion.LABOUR,
				new LocalFinding("Lao động thường xuyên chủ yếu là người địa phương.", Agreement.AGREE, null));
		findings.put(LocalCriterion.IDEA,
				new LocalFinding("Ý tưởng sản phẩm do chủ thể xây dựng từ sản vật của địa phương.", Agreement.AGREE, null));
		findings.put(LocalCriterion.IDENTITY,
				new LocalFinding("Câu chuyện sản phẩm gắn với lịch sử, văn hóa của vùng.", Agreement.AGREE, null));
		return new CommuneAssessmentData(true, true, true, true, findings,
				"Hồ sơ đủ thể thức. UBND xã đề nghị tỉnh đánh giá, phân hạng sản phẩm.");
	}

}
