package vn.ocophub.adminunit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.adminunit.ImportReport.ChangeLine;
import vn.ocophub.adminunit.ImportReport.Counts;
import vn.ocophub.adminunit.ImportReport.Problem;
import vn.ocophub.adminunit.ImportReport.Status;
import vn.ocophub.adminunit.internal.MapChangePlan;
import vn.ocophub.adminunit.internal.MapChangePlan.Action;
import vn.ocophub.adminunit.internal.MapUpdater;
import vn.ocophub.adminunit.internal.OfficialTableParser;
import vn.ocophub.adminunit.internal.RowError;
import vn.ocophub.shared.audit.AuditTrail;
import vn.ocophub.shared.error.BusinessRuleViolation;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.NotFoundException;

/**
 * Updating the map from a new official table, in two steps: {@link #check} reads the file, stores it and
 * reports what would change (a dry run); {@link #apply} applies a checked upload, all or nothing. Only a
 * national system administrator may do either: the web layer checks the caller's scope.
 */
@Service
public class AdminMapImports {

	/** Largest table accepted; the 2025 table is about 1.5 MB. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final int MAX_LINES_SHOWN = 300;

	/** Error codes of imports. */
	public enum Errors implements ErrorCode {

		IMPORT_NOT_FOUND("adminunit.import.not-found"), NOT_APPLICABLE("adminunit.import.not-applicable"),
		MAP_CHANGED("adminunit.import.map-changed");

		private final String code;

		Errors(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

	private final JdbcClient jdbc;

	private final MapUpdater updater;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AdminMapImports(JdbcClient jdbc, MapUpdater updater, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.updater = updater;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Reads and checks an uploaded table without changing the map. {@code effectiveDate} overrides the date in
	 * the table's title row. The upload is kept, with its problems, so that it can be applied (or looked at)
	 * later from any app node.
	 */
	@Transactional
	public ImportReport check(String fileName, byte[] content, LocalDate effectiveDate, String actor) {
		Analysis analysis = analyse(content, effectiveDate, fileName);
		Status status = analysis.problems().isEmpty() ? Status.CHECKED : Status.REJECTED;
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO admin_unit_import (file_name, sha256, content, effective_date, status, summary,
				                               uploaded_by, uploaded_at)
				VALUES (:name, :sha, :content, :date, :status, :summary, :actor, :at)""")
			.param("name", safeName(fileName))
			.param("sha", sha256(content))
			.param("content", content)
			.param("date", analysis.effectiveDate())
			.param("status", status.name())
			.param("summary", summary(analysis.counts(), analysis.problems().size()))
			.param("actor", actor)
			.param("at", OffsetDateTime.now(clock))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record(actor, "ADMIN_MAP_CHECKED", "admin_unit_import", String.valueOf(id),
				safeName(fileName) + ": " + status + ", " + summary(analysis.counts(), analysis.problems().size()),
				null);
		return report(id).withAnalysis(analysis);
	}

	/** Applies a checked upload, all or nothing; the map must not have changed since the check. */
	@Transactional
	public ImportReport apply(long id, String actor) {
		StoredImport stored = stored(id);
		if (stored.status() != Status.CHECKED) {
			throw new BusinessRuleViolation(Errors.NOT_APPLICABLE, String.valueOf(id));
		}
		Analysis analysis = analyse(stored.content(), stored.effectiveDate(), stored.fileName());
		if (!analysis.problems().isEmpty() || analysis.plan() == null) {
			throw new BusinessRuleViolation(Errors.MAP_CHANGED, String.valueOf(id));
		}
		int claimed = jdbc.sql("""
				UPDATE admin_unit_import SET status = 'APPLIED', applied_by = :actor, applied_at = :at, summary = :summary
				WHERE id = :id AND status = 'CHECKED'""")
			.param("actor", actor)
			.param("at", OffsetDateTime.now(clock))
			.param("summary", summary(analysis.counts(), 0))
			.param("id", id)
			.update();
		if (claimed != 1) {
			throw new BusinessRuleViolation(Errors.NOT_APPLICABLE, String.valueOf(id));
		}
		updater.apply(analysis.plan());
		jdbc.sql("UPDATE admin_unit_import SET status = 'SUPERSEDED' WHERE status = 'CHECKED' AND id <> :id")
			.param("id", id)
			.update();
		audit.record(actor, "ADMIN_MAP_APPLIED", "admin_unit_import", String.valueOf(id),
				stored.fileName() + ": " + summary(analysis.counts(), 0), null);
		events.publishEvent(new AdminMapUpdated(analysis.effectiveDate(), analysis.counts().created(),
				analysis.counts().replaced(), analysis.counts().ended()));
		return report(id).withAnalysis(analysis);
	}

	/** A stored upload with its report, re-checked against the map as it is now when not yet applied. */
	@Transactional(readOnly = true)
	public ImportReport find(long id) {
		StoredImport stored = stored(id);
		ReportBuilder report = report(id);
		if (stored.status() == Status.APPLIED || stored.status() == Status.SUPERSEDED) {
			return report.build();
		}
		return report.withAnalysis(analyse(stored.content(), stored.effectiveDate(), stored.fileName()));
	}

	/** Every upload, newest first, without the per-unit detail. */
	@Transactional(readOnly = true)
	public List<ImportReport> history() {
		return jdbc.sql("SELECT id FROM admin_unit_import ORDER BY id DESC LIMIT 50")
			.query(Long.class)
			.list()
			.stream()
			.map(this::report)
			.map(ReportBuilder::build)
			.toList();
	}

	/** What a successful apply did; other modules may re-check records that point at ended units. */
	public record AdminMapUpdated(LocalDate effectiveDate, long created, long replaced, long ended) {
	}

	private record Analysis(LocalDate effectiveDate, long rowsRead, MapChangePlan plan, Counts counts,
			List<ChangeLine> changes, int notShown, List<Problem> problems) {
	}

	private Analysis analyse(byte[] content, LocalDate effectiveDate, String fileName) {
		if (content.length > MAX_BYTES) {
			return new Analysis(effectiveDate, 0, null, Counts.NONE, List.of(), 0,
					List.of(new Problem(0, "", "adminunit.import.error.too-large", List.of(MAX_BYTES / 1024 / 1024))));
		}
		OfficialTableParser.Result parsed = OfficialTableParser.parse(content, effectiveDate, fileName);
		if (!parsed.ok()) {
			return new Analysis(effectiveDate, parsed.rowsRead(), null, Counts.NONE, List.of(), 0,
					problems(parsed.errors()));
		}
		MapChangePlan plan = updater.plan(parsed.changeSet());
		Map<Action, Long> n = plan.counts();
		Counts counts = new Counts(n.get(Action.CREATE), n.get(Action.REPLACE), n.get(Action.CORRECT),
				n.get(Action.END), n.get(Action.RECORD_HISTORY), n.get(Action.UNCHANGED), plan.linksToAdd());
		List<ChangeLine> lines = plan.changes()
			.stream()
			.filter(c -> c.action() != Action.UNCHANGED)
			.map(c -> new ChangeLine(c.action().name(), c.level(), c.code(), c.name(), c.previousName()))
			.toList();
		return new Analysis(plan.effectiveDate(), parsed.rowsRead(), plan, counts,
				lines.subList(0, Math.min(lines.size(), MAX_LINES_SHOWN)),
				Math.max(0, lines.size() - MAX_LINES_SHOWN), problems(plan.problems()));
	}

	private static List<Problem> problems(List<RowError> errors) {
		return errors.stream()
			.map(e -> new Problem(e.row(), e.column(), e.messageKey(), Arrays.asList(e.arguments())))
			.toList();
	}

	private record StoredImport(String fileName, byte[] content, LocalDate effectiveDate, Status status) {
	}

	private StoredImport stored(long id) {
		return jdbc.sql("SELECT file_name, content, effective_date, status FROM admin_unit_import WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new StoredImport(rs.getString(1), rs.getBytes(2), rs.getObject(3, LocalDate.class),
					Status.valueOf(rs.getString(4))))
			.optional()
			.orElseThrow(() -> new NotFoundException(Errors.IMPORT_NOT_FOUND, String.valueOf(id)));
	}

	/** The stored part of a report; the per-unit detail is added from a fresh analysis. */
	private record ReportBuilder(long id, String fileName, LocalDate effectiveDate, Status status, String summary,
			String uploadedBy, OffsetDateTime uploadedAt, String appliedBy, OffsetDateTime appliedAt) {

		ImportReport build() {
			return new ImportReport(id, fileName, effectiveDate, status, 0, parseSummary(summary), List.of(), 0,
					List.of(), uploadedBy, uploadedAt, appliedBy, appliedAt);
		}

		ImportReport withAnalysis(Analysis a) {
			return new ImportReport(id, fileName, a.effectiveDate() != null ? a.effectiveDate() : effectiveDate,
					status, a.rowsRead(), a.counts(), a.changes(), a.notShown(), a.problems(), uploadedBy, uploadedAt,
					appliedBy, appliedAt);
		}

	}

	private ReportBuilder report(long id) {
		return jdbc.sql("""
				SELECT id, file_name, effective_date, status, summary, uploaded_by, uploaded_at, applied_by, applied_at
				FROM admin_unit_import WHERE id = :id""")
			.param("id", id)
			.query((rs, n) -> new ReportBuilder(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					Status.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class), rs.getString(8), rs.getObject(9, OffsetDateTime.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException(Errors.IMPORT_NOT_FOUND, String.valueOf(id)));
	}

	private static String summary(Counts c, int problems) {
		return "created=%d replaced=%d corrected=%d ended=%d history=%d unchanged=%d links=%d problems=%d".formatted(
				c.created(), c.replaced(), c.corrected(), c.ended(), c.history(), c.unchanged(), c.links(), problems);
	}

	private static Counts parseSummary(String summary) {
		if (summary == null) {
			return Counts.NONE;
		}
		Map<String, Long> values = new java.util.HashMap<>();
		for (String part : summary.split(" ")) {
			String[] kv = part.split("=");
			if (kv.length == 2) {
				values.put(kv[0], Long.parseLong(kv[1]));
			}
		}
		return new Counts(values.getOrDefault("created", 0L), values.getOrDefault("replaced", 0L),
				values.getOrDefault("corrected", 0L), values.getOrDefault("ended", 0L),
				values.getOrDefault("history", 0L), values.getOrDefault("unchanged", 0L),
				values.getOrDefault("links", 0L));
	}

	private static String safeName(String fileName) {
		String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName;
		name = name.replaceAll("[\\\\/]", "_");
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
