package vn.ocophub.shared.jobs;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a data load (demo or benchmark data) once per database: the marker row in {@code data_load} is inserted in
 * the load's own transaction, so a load is there whole or not at all. When several nodes start together, the
 * others wait on the marker's key and give up. A load that fails is rolled back and logged: such data never stops
 * the application.
 */
@Component
public class OncePerDatabase {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OncePerDatabase(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Whether the load of that name is in the database already. */
	public boolean loaded(String name) {
		return jdbc.sql("SELECT COUNT(*) FROM data_load WHERE name = :name").param("name", name).query(Long.class)
			.single() > 0;
	}

	/** Runs {@code load} unless loaded; logs "Loaded WHAT in N ms", or why not. Whether this call loaded it. */
	public boolean load(String name, String what, Logger log, Runnable load) {
		if (loaded(name)) {
			return false;
		}
		long started = System.nanoTime();
		try {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("INSERT INTO data_load (name, loaded_at) VALUES (:name, :at)")
					.param("name", name)
					.param("at", OffsetDateTime.now(clock))
					.update();
				load.run();
			});
			log.info("Loaded {} in {} ms", what, (System.nanoTime() - started) / 1_000_000);
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			log.info("{} was loaded by another node", what);
		}
		catch (RuntimeException ex) {
			log.warn("{} not loaded: {}", what, ex.toString(), ex);
		}
		return false;
	}

}
