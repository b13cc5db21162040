package vn.ocophub.adminunit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the administrative map that ships with OCOP Hub (its own format, see {@link MapFiles}) into an empty
 * or older database, during start-up and before the app takes requests. Each shipped change set is loaded
 * once per database: its name goes into {@code data_load} in the same transaction, so with several app nodes
 * starting together, one loads and the others skip.
 */
@Component
class AdminMapLoader implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(AdminMapLoader.class);

	private final MapUpdater updater;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AdminMapLoader(MapUpdater updater, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.updater = updater;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		for (MapFiles.Entry entry : MapFiles.manifest(this::open)) {
			String name = "adminunit.map." + entry.folder();
			if (loaded(name)) {
				continue;
			}
			long started = System.nanoTime();
			MapChangeSet changeSet = MapFiles.read(this::open, entry);
			try {
				Boolean applied = transactions.execute(status -> load(name, changeSet));
				if (Boolean.TRUE.equals(applied)) {
					log.info("Loaded the administrative map in force from {} ({} units, {} links) in {} ms",
							entry.effectiveDate(), changeSet.units().size(), changeSet.derivations().size(),
							(System.nanoTime() - started) / 1_000_000);
				}
			}
			catch (DataIntegrityViolationException ex) {
				log.info("The administrative map {} was loaded by another node", entry.folder());
			}
		}
	}

	private Boolean load(String name, MapChangeSet changeSet) {
		jdbc.sql("INSERT INTO data_load (name, loaded_at) VALUES (:name, :at)")
			.param("name", name)
			.param("at", OffsetDateTime.now(clock))
			.update();
		MapChangePlan plan = updater.plan(changeSet);
		if (!plan.applicable()) {
			log.warn("The shipped administrative map {} was not loaded: the map in the database is newer ({})",
					changeSet.effectiveDate(), plan.problems());
			return false;
		}
		updater.apply(plan);
		return true;
	}

	private boolean loaded(String name) {
		return jdbc.sql("SELECT COUNT(*) FROM data_load WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	private java.io.InputStream open(String path) throws java.io.IOException {
		return new ClassPathResource(path).getInputStream();
	}

}
