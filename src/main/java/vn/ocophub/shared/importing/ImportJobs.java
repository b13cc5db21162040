package vn.ocophub.shared.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import vn.ocophub.shared.AccessScope;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.ScopedPrincipal;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.error.AccessDenied;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.NotFoundException;
import vn.ocophub.shared.error.OcopException;

/**
 * Runs imports. The web pages submit a file: it is stored with the job, checked in the background (a dry
 * run), and committed on request, all-or-nothing, in the background too; progress and results live in the
 * database so that any app node can show them. The API runs the same handlers synchronously.
 */
@Service
public class ImportJobs {

	/** Largest file accepted (a 100,000-row CSV stays well below it). */
	public static final long MAX_BYTES = 40L * 1024 * 1024;

	/** A running job whose node has not reported for this long is considered interrupted. */
	static final Duration STALE_AFTER = Duration.ofMinutes(2);

	private static final Duration PROGRESS_EVERY = Duration.ofMillis(400);

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/** Error codes of imports. */
	public enum Errors implements ErrorCode {

		UNKNOWN_KIND("shared.import.unknown-kind"), NOT_ALLOWED("shared.import.not-allowed"),
		EMPTY("shared.import.empty"), TOO_LARGE("shared.import.too-large"), NOT_FOUND("shared.import.not-found"),
		NOT_READY("shared.import.not-ready"), FAILED("shared.import.failed");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final Map<String, ImportHandler> handlers;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final UserDetailsService users;

	private final TransactionTemplate separate;

	private final AuditTrail audit;

	private final Clock clock;

	private final ThreadPoolTaskExecutor executor;

	ImportJobs(List<ImportHandler> handlers, JdbcClient jdbc, NamedParameterJdbcTemplate named,
			UserDetailsService users, PlatformTransactionManager transactions, AuditTrail audit, Clock clock) {
		this.handlers = handlers.stream().collect(Collectors.toMap(ImportHandler::kind, Function.identity()));
		this.jdbc = jdbc;
		this.named = named;
		this.users = users;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.audit = audit;
		this.clock = clock;
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		// Imports are heavy; two at a time per node, the rest wait in line.
		pool.setCorePoolSize(2);
		pool.setMaxPoolSize(2);
		pool.setQueueCapacity(50);
		pool.setThreadNamePrefix("import-");
		pool.setWaitForTasksToCompleteOnShutdown(false);
		pool.initialize();
		this.executor = pool;
	}

	/** Stops this node's import threads with the application; a job cut short shows as interrupted. */
	@PreDestroy
	void shutdown() {
		executor.shutdown();
	}

	public ImportHandler handler(String kind) {
		ImportHandler handler = handlers.get(kind);
		if (handler == null) {
			throw new NotFoundException(Errors.UNKNOWN_KIND, kind);
		}
		return handler;
	}

	/** Checks (and with {@code commit}, saves) a file right away, in the caller's thread: the API. */
	public ImportOutcome runNow(String kind, byte[] content, boolean commit, UserDetails user, Locale locale) {
		ImportHandler handler = allowedHandler(kind, user);
		checkSize(content);
		Path file = temporaryFile(content);
		try {
			ImportOutcome outcome = handler.run(file, new ImportRun(user, locale, commit, ImportRun.Progress.NONE));
			if (outcome.committed()) {
				audit.record("IMPORT_COMMITTED", "import", kind, describe(outcome), province(user));
			}
			return outcome;
		}
		finally {
			delete(file);
		}
	}

	/** Stores a file and starts its dry run in the background; returns the job id. */
	public long submit(String kind, String fileName, byte[] content, UserDetails user, Locale locale) {
		allowedHandler(kind, user);
		checkSize(content);
		AccessScope scope = user instanceof ScopedPrincipal principal ? principal.scope() : AccessScope.country();
		OffsetDateTime now = OffsetDateTime.now(clock);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO import_job (kind, file_name, size_bytes, content, status, phase, rows_done, owner_id,
				    owner_username, locale, scope_level, scope_province, scope_commune, created_at, heartbeat_at)
				VALUES (:kind, :name, :size, :content, 'QUEUED', 'CHECK', 0, 0, :owner, :locale, :level, :province,
				    :commune, :now, :now)""")
			.param("kind", kind)
			.param("name", fileName == null || fileName.isBlank() ? "import" : truncate(fileName, 255))
			.param("size", content.length)
			.param("content", content)
			.param("owner", user.getUsername())
			.param("locale", locale.toLanguageTag())
			.param("level", scope.level().name())
			.param("province", scope.provinceCode())
			.param("commune", scope.communeCode())
			.param("now", now)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		start(id);
		return id;
	}

	/** Starts the commit of a job whose dry run found no error. */
	public void commit(long id, UserDetails user) {
		ImportJob job = get(id, user);
		int claimed = jdbc.sql("""
				UPDATE import_job SET phase = 'COMMIT', status = 'QUEUED', rows_done = 0, heartbeat_at = :now
				WHERE id = :id AND phase = 'CHECK' AND status = 'DONE' AND error_count = 0""")
			.param("id", job.id())
			.param("now", OffsetDateTime.now(clock))
			.update();
		if (claimed != 1) {
			throw new BusinessRuleViolation(Errors.NOT_READY);
		}
		start(id);
	}

	/** Checks a job again from its stored file, e.g. after it was interrupted or the data it refers to changed. */
	public void recheck(long id, UserDetails user) {
		ImportJob job = get(id, user);
		if (job.running() || job.state() == ImportJob.State.COMMITTED) {
			throw new BusinessRuleViolation(Errors.NOT_READY);
		}
		jdbc.sql("""
				UPDATE import_job SET phase = 'CHECK', status = 'QUEUED', rows_done = 0, failure_key = NULL,
				    failure_args = NULL, heartbeat_at = :now WHERE id = :id""")
			.param("id", id)
			.param("now", OffsetDateTime.now(clock))
			.update();
		start(id);
	}

	/** A job of the user (only its owner sees it). */
	public ImportJob get(long id, UserDetails user) {
		ImportJob job = find(id).orElseThrow(() -> new NotFoundException(Errors.NOT_FOUND, String.valueOf(id)));
		if (!job.ownerUsername().equals(user.getUsername())) {
			throw new AccessDenied(Errors.NOT_FOUND, String.valueOf(id));
		}
		return job;
	}

	/** The user's recent jobs of a kind, newest first. */
	public List<ImportJob> recent(String kind, UserDetails user) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE kind = :kind AND owner_username = :owner"
				+ " ORDER BY id DESC LIMIT 10")
			.param("kind", kind)
			.param("owner", user.getUsername())
			.query((rs, n) -> map(rs))
			.list();
	}

	/** A page of a job's row errors, in row order. */
	public PageResult<RowError> errors(long id, UserDetails user, PageRequest page) {
		ImportJob job = get(id, user);
		List<RowError> items = jdbc.sql("""
				SELECT row_number, column_name, message FROM import_job_error WHERE job_id = :id
				ORDER BY seq LIMIT :limit OFFSET :offset""")
			.param("id", id)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
		long stored = jdbc.sql("SELECT COUNT(*) FROM import_job_error WHERE job_id = :id").param("id", job.id())
			.query(Long.class)
			.single();
		return new PageResult<>(items, page.page(), page.size(), stored);
	}

	private void start(long id) {
		executor.execute(() -> run(id));
	}

	private void run(long id) {
		int claimed = jdbc.sql("UPDATE import_job SET status = 'RUNNING', heartbeat_at = :now WHERE id = :id"
				+ " AND status = 'QUEUED'")
			.param("id", id)
			.param("now", OffsetDateTime.now(clock))
			.update();
		if (claimed != 1) {
			return;
		}
		ImportJob job = find(id).orElseThrow();
		Path file = null;
		try {
			UserDetails user = users.loadUserByUsername(job.ownerUsername());
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			file = temporaryFile(jdbc.sql("SELECT content FROM import_job WHERE id = :id").param("id", id)
				.query(byte[].class)
				.single());
			boolean commit = job.phase() == ImportJob.Phase.COMMIT;
			// A commit handles the rows its check counted: the bar knows its end from the start.
			Integer knownTotal = commit ? job.rowsRead() : null;
			ImportOutcome outcome = handler(job.kind()).run(file,
					new ImportRun(user, localeOf(id), commit, progress(id, knownTotal)));
			finish(id, outcome);
			if (outcome.committed()) {
				audit.record("IMPORT_COMMITTED", "import", String.valueOf(id), job.fileName() + ": " + describe(outcome),
						province(user));
			}
		}
		catch (OcopException ex) {
			fail(id, ex.errorCode().messageKey(), ex.arguments());
		}
		catch (RuntimeException ex) {
			log.error("Import job {} failed", id, ex);
			fail(id, Errors.FAILED.messageKey(), new Object[0]);
		}
		finally {
			SecurityContextHolder.clearContext();
			if (file != null) {
				delete(file);
			}
		}
	}

	private ImportRun.Progress progress(long id, Integer knownTotal) {
		long[] last = { 0 };
		return rows -> {
			long now = System.nanoTime();
			if (now - last[0] < PROGRESS_EVERY.toNanos()) {
				return;
			}
			last[0] = now;
			separate.executeWithoutResult(status -> jdbc
				.sql("UPDATE import_job SET rows_done = :rows, rows_total = :total, heartbeat_at = :now WHERE id = :id")
				.param("rows", rows)
				.param("total", knownTotal)
				.param("now", OffsetDateTime.now(clock))
				.param("id", id)
				.update());
		};
	}

	private void finish(long id, ImportOutcome outcome) {
		separate.executeWithoutResult(status -> {
			jdbc.sql("DELETE FROM import_job_error WHERE job_id = :id").param("id", id).update();
			List<RowError> errors = outcome.errors();
			MapSqlParameterSource[] batch = new MapSqlParameterSource[errors.size()];
			for (int i = 0; i < errors.size(); i++) {
				RowError error = errors.get(i);
				batch[i] = new MapSqlParameterSource().addValue("id", id)
					.addValue("seq", i)
					.addValue("row", error.row())
					.addValue("column", error.column() == null ? null : truncate(error.column(), 200))
					.addValue("message", truncate(error.message(), 1000));
			}
			if (batch.length > 0) {
				named.batchUpdate("""
						INSERT INTO import_job_error (job_id, seq, row_number, column_name, message)
						VALUES (:id, :seq, :row, :column, :message)""", batch);
			}
			jdbc.sql("""
					UPDATE import_job SET status = 'DONE', rows_done = :read, rows_total = :read, rows_read = :read,
					    rows_valid = :valid, created_count = :created, updated_count = :updated, error_count = :errors,
					    heartbeat_at = :now, finished_at = :now WHERE id = :id""")
				.param("read", outcome.rowsRead())
				.param("valid", outcome.rowsValid())
				.param("created", outcome.created())
				.param("updated", outcome.updated())
				.param("errors", outcome.errorCount())
				.param("now", OffsetDateTime.now(clock))
				.param("id", id)
				.update();
		});
	}

	private void fail(long id, String key, Object[] arguments) {
		separate.executeWithoutResult(status -> jdbc.sql("""
				UPDATE import_job SET status = 'FAILED', failure_key = :key, failure_args = :args, heartbeat_at = :now,
				    finished_at = :now WHERE id = :id""")
			.param("key", key)
			.param("args", Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining("\u001f")))
			.param("now", OffsetDateTime.now(clock))
			.param("id", id)
			.update());
	}

	private static final String COLUMNS = """
			id, kind, file_name, size_bytes, phase, status, rows_done, rows_total, rows_read, rows_valid, created_count,
			updated_count, error_count, failure_key, failure_args, owner_username, created_at, heartbeat_at,
			finished_at""";

	private Optional<ImportJob> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE id = :id").param("id", id)
			.query((rs, n) -> map(rs))
			.optional();
	}

	private ImportJob map(java.sql.ResultSet rs) throws java.sql.SQLException {
		ImportJob.Status status = ImportJob.Status.valueOf(rs.getString("status"));
		OffsetDateTime heartbeat = rs.getObject("heartbeat_at", OffsetDateTime.class);
		boolean stale = (status == ImportJob.Status.RUNNING || status == ImportJob.Status.QUEUED)
				&& heartbeat.plus(STALE_AFTER).isBefore(OffsetDateTime.now(clock));
		String args = rs.getString("failure_args");
		return new ImportJob(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
				rs.getLong("size_bytes"), ImportJob.Phase.valueOf(rs.getString("phase")), status, rs.getInt("rows_done"),
				integer(rs, "rows_total"), integer(rs, "rows_read"), integer(rs, "rows_valid"),
				integer(rs, "created_count"), integer(rs, "updated_count"), integer(rs, "error_count"),
				rs.getString("failure_key"), args == null || args.isEmpty() ? new String[0] : args.split("\u001f"),
				rs.getString("owner_username"), rs.getObject("created_at", OffsetDateTime.class), heartbeat,
				rs.getObject("finished_at", OffsetDateTime.class), stale);
	}

	private static Integer integer(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private Locale localeOf(long id) {
		return Locale.forLanguageTag(jdbc.sql("SELECT locale FROM import_job WHERE id = :id").param("id", id)
			.query(String.class)
			.single());
	}

	private ImportHandler allowedHandler(String kind, UserDetails user) {
		ImportHandler handler = handler(kind);
		if (!handler.allowed(user)) {
			throw new AccessDenied(Errors.NOT_ALLOWED);
		}
		return handler;
	}

	private static void checkSize(byte[] content) {
		if (content == null || content.length == 0) {
			throw new BusinessRuleViolation(Errors.EMPTY);
		}
		if (content.length > MAX_BYTES) {
			throw new BusinessRuleViolation(Errors.TOO_LARGE, MAX_BYTES / (1024 * 1024));
		}
	}

	private static Path temporaryFile(byte[] content) {
		try {
			Path file = Files.createTempFile("ocop-import-", ".upload");
			Files.write(file, content);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", file, ex);
		}
	}

	private static String describe(ImportOutcome outcome) {
		return "rows=" + outcome.rowsRead() + ", created=" + outcome.created() + ", updated=" + outcome.updated();
	}

	private static String province(UserDetails user) {
		return user instanceof ScopedPrincipal principal ? principal.scope().provinceCode() : null;
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

}
