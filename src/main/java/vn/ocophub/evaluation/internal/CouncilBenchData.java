package vn.ocophub.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocophub.criteria.CriteriaCatalogue;
import vn.ocophub.criteria.CriteriaSet;
import vn.ocophub.evaluation.ConflictKind;
import vn.ocophub.evaluation.CouncilCommand;
import vn.ocophub.evaluation.CouncilCommand.Seat;
import vn.ocophub.evaluation.CouncilManagement;
import vn.ocophub.evaluation.CouncilRole;
import vn.ocophub.evaluation.DossierData;
import vn.ocophub.evaluation.DossierManagement;
import vn.ocophub.evaluation.RegistrationType;
import vn.ocophub.evaluation.RoundCommand;
import vn.ocophub.evaluation.RoundManagement;
import vn.ocophub.product.ProductData;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductSet;

/**
 * The big round of the council benchmarks (docs/benchmarks.md), only with {@code ocop.bench.council-round=true}
 * on top of the demo data: Hà Tĩnh's round 1/{@value #YEAR} with {@code ocop.bench.dossiers} (300) new products
 * of the demo producers over ten criteria sets, each filed, forwarded and assigned to one council of nine scoring
 * seats and a secretary (the demo accounts), declared on by every seat (a few recusals) and scored by every
 * member not recused (submitted sheets, a few divergent). Results are left unconfirmed: the office then reads
 * them computed from the sheets, the heaviest case. Everything goes through the services, one transaction per
 * dossier, so the data is what the pages would have made. Loaded once per database; logs
 * "Bench council round ready" with the ids when done.
 */
@Component
@ConditionalOnProperty(name = "ocop.bench.council-round", havingValue = "true")
class CouncilBenchData {

	static final int YEAR = 2027;

	private static final String NAME = "bench.council-round.v1";

	private static final String OFFICE = "vanphong.hatinh";

	/** Demo products whose producers get the new products: ten Hà Tĩnh producers. */
	private static final List<String> PRODUCERS_OF = List.of("42-18133-0001", "42-18172-0001", "42-18547-0001",
			"42-18073-0001", "42-18550-0001", "42-18313-0001", "42-18766-0001", "42-18229-0001", "42-18673-0001",
			"42-18352-0001");

	private static final List<ProductSet> SETS = List.of(ProductSet.S01, ProductSet.S02, ProductSet.S07,
			ProductSet.S08, ProductSet.S11, ProductSet.S12, ProductSet.S17, ProductSet.S18, ProductSet.S20,
			ProductSet.S21);

	/** Nine scoring seats and a secretary: the Hà Tĩnh demo council and two members of country scope. */
	static final List<Seat> SEATS = List.of(new Seat("hdhatinh.chutich", CouncilRole.CHAIR, "UBND tỉnh"),
			new Seat("hdhatinh.nnmt", CouncilRole.VICE_CHAIR, "Sở Nông nghiệp và Môi trường"),
			new Seat("hdtrunguong.congthuong", CouncilRole.VICE_CHAIR, "Bộ Công Thương"),
			new Seat("hoidong.hatinh", CouncilRole.MEMBER, "Sở Công Thương"),
			new Seat("hdhatinh.khcn", CouncilRole.MEMBER, "Sở Khoa học và Công nghệ"),
			new Seat("hdhatinh.yte", CouncilRole.MEMBER, "Sở Y tế"),
			new Seat("hdhatinh.vhttdl", CouncilRole.MEMBER, "Sở Văn hóa, Thể thao và Du lịch"),
			new Seat("hdhatinh.lmhtx", CouncilRole.MEMBER, "Liên minh Hợp tác xã tỉnh"),
			new Seat("hdtrunguong.khcn", CouncilRole.MEMBER, "Bộ Khoa học và Công nghệ"),
			new Seat(OFFICE, CouncilRole.SECRETARY, "Văn phòng Điều phối nông thôn mới tỉnh"));

	private static final int[] BASE = { 42, 61, 77, 91 };

	private static final Logger log = LoggerFactory.getLogger(CouncilBenchData.class);

	private final int count;

	private final RoundManagement rounds;

	private final DossierManagement dossiers;

	private final CouncilManagement councils;

	private final ProductManagement products;

	private final CriteriaCatalogue criteria;

	private final DemoSteps steps;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CouncilBenchData(@Value("${ocop.bench.dossiers:300}") int count, RoundManagement rounds, DossierManagement dossiers,
			CouncilManagement councils, ProductManagement products, CriteriaCatalogue criteria, DemoSteps steps,
			JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.count = count;
		this.rounds = rounds;
		this.dossiers = dossiers;
		this.councils = councils;
		this.products = products;
		this.criteria = criteria;
		this.steps = steps;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** After the demo data (orders 100–210), whose accounts and producers it uses. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(300)
	void load() {
		if (!claimed()) {
			log.info("Bench council round already loaded");
			return;
		}
		long started = System.nanoTime();
		try {
			long round = steps.as(OFFICE, user -> rounds.open(new RoundCommand(null, null, YEAR, 1, null,
					LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 3, 20), LocalDate.of(YEAR, 4, 10), null, null, null, true),
					user).id());
			List<Long> ids = new ArrayList<>();
			for (int n = 0; n < count; n++) {
				int number = n;
				ids.add(transactions.execute(status -> forwarded(round, number)));
				if ((n + 1) % 50 == 0) {
					log.info("Bench council round: {} dossiers forwarded", n + 1);
				}
			}
			long council = steps.as(OFFICE, user -> councils.form(round, new CouncilCommand(
					"Hội đồng thử tải " + count + " hồ sơ", null, LocalDate.of(YEAR, 4, 10), SEATS, List.of()), user));
			steps.as(OFFICE, user -> councils.assign(council, ids, user));
			int sheets = 0;
			for (int n = 0; n < ids.size(); n++) {
				int number = n;
				sheets += transactions.execute(status -> sit(council, ids.get(number), number));
				if ((n + 1) % 50 == 0) {
					log.info("Bench council round: {} dossiers declared on and scored", n + 1);
				}
			}
			log.info("Bench council round ready: round {} council {} dossiers {} sheets {} in {} s", round, council,
					ids.size(), sheets, (System.nanoTime() - started) / 1_000_000_000);
		}
		finally {
			steps.done();
		}
	}

	/** A new product of a demo producer, filed on a submitted self-assessment and forwarded by the office. */
	private long forwarded(long round, int n) {
		long producer = steps.as(OFFICE, user -> steps.product(PRODUCERS_OF.get(n % PRODUCERS_OF.size()), user).producerId());
		String code = steps.as(OFFICE, user -> products.create(null, new ProductData("Sản phẩm thử tải số " + (n + 1),
				producer, SETS.get(n % SETS.size()), null, null, null, null, null, null, null, null, null, null, null,
				Set.of(), null), user).code());
		int stars = n % BASE.length + 2;
		long id = steps.file(round, code, OFFICE, set -> DemoAnswers.forTotal(set, stars, Math.min(100, BASE[stars - 2] + 5), n),
				product -> new DossierData(RegistrationType.FIRST_TIME, null, "Người đại diện " + (n + 1), null,
						"0900 000 " + String.format("%03d", n % 1000), null, product.communeName(), "Hồ sơ thử tải.", null, 5));
		steps.as(OFFICE, user -> dossiers.submit(id, steps.version(id, user), user));
		steps.as(OFFICE, user -> dossiers.recordCommuneAssessment(id, steps.version(id, user),
				CouncilDemoData.assessment(), user));
		steps.as(OFFICE, user -> dossiers.forward(id, steps.version(id, user), user));
		return id;
	}

	/**
	 * Every seat declares (one product in 30 has a member recused); every member not recused submits a sheet near
	 * the product's target total (one product in 25 has a member 15 points below the others).
	 * @return the sheets submitted
	 */
	private int sit(long council, long dossier, int n) {
		CriteriaSet set = criteria.set(steps.as(OFFICE, user -> dossiers.get(dossier, user).criteriaSetCode()));
		int stars = n % BASE.length + 2;
		String recused = n % 30 == 7 ? SEATS.get(3 + n % 6).username() : null;
		int sheets = 0;
		for (int i = 0; i < SEATS.size(); i++) {
			Seat seat = SEATS.get(i);
			boolean conflict = seat.username().equals(recused);
			steps.as(seat.username(), user -> councils.declare(council, dossier, conflict,
					conflict ? Set.of(ConflictKind.FINANCIAL) : Set.of(), null, user));
			if (seat.role() == CouncilRole.SECRETARY || conflict) {
				continue;
			}
			int total = BASE[stars - 2] + (i * 3 + n) % 7 - 3 - (n % 25 == 3 && i == 8 ? 15 : 0);
			int offset = i * 5 + n;
			steps.as(seat.username(), user -> councils.saveSheet(council, dossier, -1,
					DemoAnswers.forTotal(set, stars, total, offset), true, user));
			sheets++;
		}
		return sheets;
	}

	/** Marks the load as started, once per database; false when it already was. */
	private boolean claimed() {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			if (jdbc.sql("SELECT COUNT(*) FROM data_load WHERE name = :name").param("name", NAME).query(Long.class)
				.single() > 0) {
				return false;
			}
			jdbc.sql("INSERT INTO data_load (name, loaded_at) VALUES (:name, :at)")
				.param("name", NAME)
				.param("at", OffsetDateTime.now(clock))
				.update();
			return true;
		}));
	}

}
