package vn.ocophub.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocophub.adminunit.AdminUnitLevel;
import vn.ocophub.adminunit.AdminUnitManagement;
import vn.ocophub.adminunit.AdminUnitSummary;
import vn.ocophub.certificate.internal.CertificateRecords.NewItem;
import vn.ocophub.evaluation.RoundLevel;
import vn.ocophub.identity.CurrentUser;
import vn.ocophub.producer.Gender;
import vn.ocophub.producer.LegalType;
import vn.ocophub.producer.ProducerData;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.producer.ProducerView;
import vn.ocophub.product.DistributionChannel;
import vn.ocophub.product.ProductData;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductSet;
import vn.ocophub.product.ProductView;
import vn.ocophub.shared.error.InvalidInput;

/**
 * The certified products of the catalogue and verification benchmarks (docs/benchmarks.md), only with
 * {@code ocop.bench.certificates} set to a count (e.g. 20000) on top of the demo data: producers of ten products
 * each in communes of every province, each product recognised by a provincial decision (3★–4★; one in fifty 5★ by
 * a central decision) dated within the last 33 months, so that all are in force and some within their last 30
 * days. Everything goes through the services (registry, decisions), a producer with its products per transaction
 * and one decision per 250 certificates, so the data is what the pages would have made. Loaded once per database;
 * logs "Bench certificates ready" when done.
 */
@Component
@ConditionalOnExpression("${ocop.bench.certificates:0} > 0")
class CertificateBenchData {

	private static final String NAME = "bench.certificates.v1";

	private static final Logger log = LoggerFactory.getLogger(CertificateBenchData.class);

	private static final int PER_PRODUCER = 10;

	private static final int PER_DECISION = 250;

	private static final String[] GOODS = { "Cam", "Bưởi", "Mật ong", "Chè", "Nước mắm", "Gạo", "Rượu", "Tinh dầu",
			"Miến dong", "Mực khô", "Nấm hương", "Bánh đa", "Kẹo lạc", "Trà hoa vàng", "Cà phê", "Hạt điều", "Tương",
			"Mắm tôm", "Chả cá", "Giỏ mây", "Chiếu cói", "Gốm", "Lụa", "Sâm", "Quế", "Hồi", "Măng khô", "Vải thiều",
			"Nhãn lồng", "Dừa" };

	private static final String[] QUALITIES = { "đặc sản", "sấy dẻo", "hữu cơ", "truyền thống", "thượng hạng",
			"nguyên chất", "túi lọc", "lên men", "thủ công", "rừng" };

	private final int count;

	private final RecognitionManagement recognition;

	private final ProducerManagement producers;

	private final ProductManagement products;

	private final AdminUnitManagement units;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CertificateBenchData(@Value("${ocop.bench.certificates}") int count, RecognitionManagement recognition,
			ProducerManagement producers, ProductManagement products, AdminUnitManagement units,
			UserDetailsService users, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.count = count;
		this.recognition = recognition;
		this.producers = producers;
		this.products = products;
		this.units = units;
		this.users = users;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(CertificateDemoData.ORDER + 10)
	void load() {
		if (jdbc.sql("SELECT COUNT(*) FROM data_load WHERE name = :name").param("name", NAME).query(Long.class)
			.single() > 0) {
			log.info("Bench certificates ready (loaded before)");
			return;
		}
		long started = System.nanoTime();
		CurrentUser admin = (CurrentUser) users.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			Random random = new Random(20261206L);
			List<AdminUnitSummary> communes = new ArrayList<>(units.currentUnits(AdminUnitLevel.COMMUNE).values());
			communes.sort(Comparator.comparing(AdminUnitSummary::code));
			Map<String, List<NewItem>> pending = new LinkedHashMap<>();
			int made = 0;
			for (int p = 0; made < count; p++) {
				AdminUnitSummary commune = communes.get(Math.floorMod(p * 7919, communes.size()));
				List<ProductView> created;
				try {
					created = producerWithProducts(p, commune, Math.min(PER_PRODUCER, count - made), random);
				}
				catch (InvalidInput ex) {
					throw new IllegalStateException("bench producer " + p + " in " + commune.code() + " is invalid: "
							+ ex.problems().stream().map(fp -> fp.field() + " " + fp.messageKey()).toList(), ex);
				}
				for (ProductView product : created) {
					boolean central = random.nextInt(50) == 0;
					String scope = central ? "TW" : product.provinceCode();
					int stars = central ? 5 : 3 + random.nextInt(2);
					pending.computeIfAbsent(scope, k -> new ArrayList<>())
						.add(new NewItem(null, product.id(), product.code(), product.name(), product.data().producerId(),
								product.producerName(), product.provinceCode(), product.communeCode(),
								product.communeName(), "QD148-2023-" + product.data().productSet().code(), null, null,
								stars));
					if (pending.get(scope).size() >= PER_DECISION) {
						decide(scope, pending.remove(scope), random);
					}
				}
				made += created.size();
				if (p % 200 == 0) {
					log.info("Bench certificates: {} of {} products", made, count);
				}
			}
			pending.forEach((scope, items) -> decide(scope, items, random));
			transactions.executeWithoutResult(status -> jdbc
				.sql("INSERT INTO data_load (name, loaded_at) VALUES (:name, :at)")
				.param("name", NAME)
				.param("at", OffsetDateTime.now(clock))
				.update());
			log.info("Bench certificates ready: {} products certified in {} s", made,
					(System.nanoTime() - started) / 1_000_000_000);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private List<ProductView> producerWithProducts(int index, AdminUnitSummary commune, int products, Random random) {
		CurrentUser admin = (CurrentUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
		return transactions.execute(status -> {
			String place = commune.name().replaceFirst("^(Xã|Phường|Đặc khu) ", "");
			ProducerView producer = producers.create(new ProducerData("Hợp tác xã Bench " + place + " " + index,
					LegalType.COOPERATIVE, "BENCH" + index, LocalDate.of(2018, 1, 1).plusDays(index % 2000), null,
					commune.code(), "Thôn " + (1 + index % 12) + ", " + commune.name(), "Nguyễn Văn " + index,
					Gender.MALE, false, null, null, null, null, null, 10 + index % 40, 10 + index % 40 - index % 5, null), admin);
			List<ProductView> made = new ArrayList<>();
			for (int i = 0; i < products; i++) {
				ProductSet set = ProductSet.values()[random.nextInt(ProductSet.values().length)];
				String name = GOODS[random.nextInt(GOODS.length)] + " " + QUALITIES[random.nextInt(QUALITIES.length)] + " "
						+ place + " " + (index * PER_PRODUCER + i);
				made.add(this.products.create(null, new ProductData(name, producer.id(), set,
						"Sản phẩm " + name.toLowerCase(java.util.Locale.forLanguageTag("vi")) + " của " + producer.name() + ".",
						null, null, "Hộp giấy kraft", null, "Câu chuyện sản phẩm gắn với vùng nguyên liệu của " + place + ".",
						null, null, null, null, null, java.util.Set.of(DistributionChannel.values()[i % DistributionChannel.values().length]),
						null), admin));
			}
			return made;
		});
	}

	private void decide(String scope, List<NewItem> items, Random random) {
		LocalDate today = LocalDate.now(clock);
		LocalDate date = today.minusDays(random.nextInt(33 * 30));
		String number = "B" + (1000 + random.nextInt(9000)) + "-" + System.nanoTime() % 100000 + "/QĐ-"
				+ ("TW".equals(scope) ? "BNNMT" : "UBND");
		transactions.executeWithoutResult(status -> recognition.recordSigned(
				"TW".equals(scope) ? RoundLevel.CENTRAL : RoundLevel.PROVINCE, "TW".equals(scope) ? null : scope,
				new DecisionCommand(number, date, "Người ký thử tải", "Phó Chủ tịch"), items, "bench"));
	}

}
