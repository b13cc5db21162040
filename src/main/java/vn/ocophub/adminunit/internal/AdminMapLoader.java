package vn.ocophub.adminunit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the administrative map that ships with OCOP Hub (its own format, see {@link MapFiles}) into an empty
 * or older database. The load starts on a background thread as soon as the database is migrated, runs while
 * the rest of the application starts, and is waited for before the web server opens: no request ever sees a
 * half-loaded map. Each shipped change set is loaded once per database: its name goes into {@code data_load}
 * in the same transaction, so with several app nodes starting together, one loads and the others skip.
 */
@Component
class AdminMapLoader implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AdminMapLoader.class);

	private final MapUpdater updater;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final CompletableFuture<Void> loading;

	private volatile boolean running;

	AdminMapLoader(MapUpdater updater, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.updater = updater;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.loading = CompletableFuture.runAsync(this::loadAll,
				runnable -> new Thread(runnable, "admin-map-loader").start());
	}

	/** Waits for the load before anything that serves requests starts. */
	@Override
	public void start() {
		try {
			loading.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading the administrative map", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The administrative map could not be loaded", ex.getCause());
		}
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Before the web server (which starts at {@code DEFAULT_PHASE - 2048}). */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

	private void loadAll() {
		for (MapFiles.Entry entry : MapFiles.manifest(AdminMapLoader::open)) {
			String name = "adminunit.map." + entry.folder();
			if (loaded(name)) {
				continue;
			}
			long started = System.nanoTime();
			MapChangeSet changeSet = MapFiles.read(AdminMapLoader::open, entry);
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

	private static InputStream open(String path) throws IOException {
		return new ClassPathResource(path).getInputStream();
	}

}
