package vn.ocophub.shared.jobs;

import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a job once per calendar day across every app node. The node whose insert of the day's row succeeds runs
 * the job in the same transaction; another node inserting the same row waits for that transaction and then finds
 * the key taken, so it skips. A job that fails rolls its row back and is tried again at the next trigger. Triggers
 * can therefore fire often (hourly, and at start-up): the day's work happens once.
 */
@Component
public class DailyJobs {

	private static final Logger log = LoggerFactory.getLogger(DailyJobs.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String node;

	DailyJobs(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.node = nodeName();
	}

	/**
	 * Runs {@code work} for {@code day} unless some node already ran it; returns whether this call ran it. The
	 * outcome {@code work} returns (a short summary) is kept with the run.
	 */
	public boolean runOnce(String job, LocalDate day, Supplier<String> work) {
		try {
			Boolean ran = transactions.execute(status -> {
				jdbc.sql("INSERT INTO daily_job_run (job_name, run_date, started_at, node) VALUES (:job, :day, :at, :node)")
					.param("job", job)
					.param("day", day)
					.param("at", OffsetDateTime.now(clock))
					.param("node", node)
					.update();
				String outcome = work.get();
				jdbc.sql("UPDATE daily_job_run SET outcome = :outcome WHERE job_name = :job AND run_date = :day")
					.param("outcome", outcome == null ? null : outcome.length() > 500 ? outcome.substring(0, 500) : outcome)
					.param("job", job)
					.param("day", day)
					.update();
				log.info("Daily job {} for {} ran on {}: {}", job, day, node, outcome);
				return true;
			});
			return Boolean.TRUE.equals(ran);
		}
		catch (DuplicateKeyException ex) {
			log.debug("Daily job {} for {} already ran", job, day);
			return false;
		}
	}

	/** Whether the job ran for that day (on any node). */
	public boolean ran(String job, LocalDate day) {
		return jdbc.sql("SELECT COUNT(*) FROM daily_job_run WHERE job_name = :job AND run_date = :day")
			.param("job", job)
			.param("day", day)
			.query(Integer.class)
			.single() > 0;
	}

	private static String nodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			host = "unknown";
		}
		return host + "/" + ProcessHandle.current().pid();
	}

}
