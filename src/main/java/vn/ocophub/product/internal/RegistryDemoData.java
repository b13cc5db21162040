package vn.ocophub.product.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocophub.identity.CurrentUser;
import vn.ocophub.producer.ProducerManagement;
import vn.ocophub.producer.ProducerQuery;
import vn.ocophub.product.ProductManagement;
import vn.ocophub.product.ProductStatus;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.importing.ImportJobs;
import vn.ocophub.shared.importing.ImportOutcome;

/**
 * Demo producers and products (fictional firms and people, modelled on Hà Tĩnh's and Quảng Ninh's programs),
 * loaded once per database through the same import a province uses, as the demo administrator, when demo
 * data is on. The demo producer account is linked to its cooperative.
 */
@Component
class RegistryDemoData {

	private static final String NAME = "demo.registry.v1";

	private static final String DEMO_PRODUCER_ACCOUNT = "chuthe.cambu";

	private static final String DEMO_PRODUCER_REGISTRATION = "3001234567";

	private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);

	private final boolean enabled;

	private final ImportJobs imports;

	private final ProductManagement products;

	private final ProducerManagement producers;

	private final ProductStore store;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RegistryDemoData(@Value("${ocop.demo.enabled:false}") boolean enabled, ImportJobs imports,
			ProductManagement products, ProducerManagement producers, ProductStore store, UserDetailsService users,
			JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.enabled = enabled;
		this.imports = imports;
		this.products = products;
		this.producers = producers;
		this.store = store;
		this.users = users;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Before the demo evaluation round (order 200), which files dossiers for these products. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	void load() {
		if (!enabled || loaded()) {
			return;
		}
		CurrentUser admin;
		try {
			admin = (CurrentUser) users.loadUserByUsername("admin");
		}
		catch (UsernameNotFoundException ex) {
			log.warn("Demo registry data not loaded: the demo administrator account does not exist");
			return;
		}
		long started = System.nanoTime();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			transactions.executeWithoutResult(status -> loadAll(admin));
			log.info("Loaded the demo registry (producers, products, ratings) in {} ms",
					(System.nanoTime() - started) / 1_000_000);
		}
		catch (DataIntegrityViolationException ex) {
			log.info("The demo registry was loaded by another node");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void loadAll(CurrentUser admin) {
		jdbc.sql("INSERT INTO data_load (name, loaded_at) VALUES (:name, :at)")
			.param("name", NAME)
			.param("at", OffsetDateTime.now(clock))
			.update();
		Locale vi = Locale.forLanguageTag("vi");
		for (String kind : List.of("producers", "products")) {
			ImportOutcome outcome = imports.runNow(kind, bytes("demo/" + kind + ".csv"), true, admin, vi);
			if (!outcome.committed()) {
				throw new IllegalStateException("Demo " + kind + " are invalid: " + outcome.errors());
			}
		}
		Map<String, Long> ids = store.idsByCode(codes());
		for (CSVRecord rating : records("demo/ratings.csv")) {
			Long id = ids.get(rating.get(0));
			if (id != null) {
				products.recordOcopStatus(id, ProductStatus.valueOf(rating.get(1)), integer(rating.get(2)),
						integer(rating.get(3)));
			}
		}
		producers.search(new ProducerQuery(DEMO_PRODUCER_REGISTRATION, null, null, null, null, null),
				new PageRequest(0, 1), admin)
			.items()
			.stream()
			.findFirst()
			.ifPresent(producer -> {
				if (users.loadUserByUsername(DEMO_PRODUCER_ACCOUNT) != null) {
					producers.linkAccount(producer.id(), DEMO_PRODUCER_ACCOUNT, admin);
				}
			});
	}

	private List<String> codes() {
		return records("demo/ratings.csv").stream().map(r -> r.get(0)).toList();
	}

	private boolean loaded() {
		return jdbc.sql("SELECT COUNT(*) FROM data_load WHERE name = :name").param("name", NAME).query(Long.class)
			.single() > 0;
	}

	private static Integer integer(String text) {
		return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
	}

	private static List<CSVRecord> records(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] bytes(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
