package vn.ocophub.shared.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ocophub.shared.AccessScope;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;

/**
 * The append-only audit trail: who did what, when, to which record, with the before → after of a change.
 * Entries are written in the caller's transaction, so a change and its audit entry are saved together or not
 * at all. There is deliberately no way to change or delete an entry.
 */
@Component
public class AuditTrail {

	private static final int MAX_DETAILS = 4000;

	/** Field values of a record's history are kept whole up to this length (a product story may be long). */
	private static final int MAX_VALUE = 20_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Clock clock;

	private final NamedParameterJdbcTemplate named;

	AuditTrail(JdbcClient jdbc, NamedParameterJdbcTemplate named, Clock clock) {
		this.jdbc = jdbc;
		this.named = named;
		this.clock = clock;
	}

	/** Records an action of the signed-in user (or "anonymous"). */
	public void record(String action, String targetType, String targetId, String details, String provinceCode) {
		record(currentActor(), action, targetType, targetId, details, provinceCode);
	}

	/** Records an action by a named actor, e.g. a login attempt before anyone is signed in. */
	public void record(String actor, String action, String targetType, String targetId, String details,
			String provinceCode) {
		insert(actor, action, targetType, targetId, truncate(details, MAX_DETAILS), provinceCode);
	}

	private void insert(String actor, String action, String targetType, String targetId, String details,
			String provinceCode) {
		jdbc.sql("""
				INSERT INTO audit_event (occurred_at, actor, action, target_type, target_id, province_code,
				                         remote_addr, details)
				VALUES (:at, :actor, :action, :targetType, :targetId, :province, :addr, :details)""")
			.param("at", OffsetDateTime.now(clock))
			.param("actor", truncate(actor == null ? "anonymous" : actor, 100))
			.param("action", action)
			.param("targetType", targetType)
			.param("targetId", truncate(targetId, 100))
			.param("province", provinceCode)
			.param("addr", remoteAddress())
			.param("details", details)
			.update();
	}

	/**
	 * Records a change of a registry record with the before → after of every field that changed, so that the
	 * record's page can show its history. Nothing is written when nothing changed.
	 */
	public void recordChanges(String action, String targetType, String targetId, String provinceCode,
			List<FieldChange> changes) {
		if (changes.isEmpty()) {
			return;
		}
		List<FieldChange> kept = changes.stream()
			.map(change -> new FieldChange(change.field(), truncate(change.before(), MAX_VALUE),
					truncate(change.after(), MAX_VALUE)))
			.toList();
		insert(currentActor(), action, targetType, targetId, JSON.writeValueAsString(kept), provinceCode);
	}

	/** The changes of one record, for {@link #recordChanges(String, String, List)}. */
	public record RecordChanges(String targetId, String provinceCode, List<FieldChange> changes) {
	}

	/** Records the changes of many records at once (an import), in one batch. */
	public void recordChanges(String action, String targetType, List<RecordChanges> records) {
		String actor = currentActor();
		OffsetDateTime at = OffsetDateTime.now(clock);
		String address = remoteAddress();
		List<MapSqlParameterSource> batch = records.stream()
			.filter(record -> !record.changes().isEmpty())
			.map(record -> new MapSqlParameterSource().addValue("at", at)
				.addValue("actor", truncate(actor, 100))
				.addValue("action", action)
				.addValue("targetType", targetType)
				.addValue("targetId", record.targetId())
				.addValue("province", record.provinceCode())
				.addValue("addr", address)
				.addValue("details", JSON.writeValueAsString(record.changes()
					.stream()
					.map(change -> new FieldChange(change.field(), truncate(change.before(), MAX_VALUE),
							truncate(change.after(), MAX_VALUE)))
					.toList())))
			.toList();
		if (!batch.isEmpty()) {
			named.batchUpdate("""
					INSERT INTO audit_event (occurred_at, actor, action, target_type, target_id, province_code,
					                         remote_addr, details)
					VALUES (:at, :actor, :action, :targetType, :targetId, :province, :addr, :details)""",
					batch.toArray(MapSqlParameterSource[]::new));
		}
	}

	/** The recorded changes of one record, newest first. */
	public List<HistoryEntry> history(String targetType, String targetId) {
		return jdbc.sql("""
				SELECT id, occurred_at, actor, action, details FROM audit_event
				WHERE target_type = :type AND target_id = :id ORDER BY id DESC LIMIT 500""")
			.param("type", targetType)
			.param("id", targetId)
			.query((rs, n) -> new HistoryEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getString("actor"), rs.getString("action"), changes(rs.getString("details"))))
			.list();
	}

	private static List<FieldChange> changes(String details) {
		if (details == null || !details.startsWith("[")) {
			return List.of();
		}
		return JSON.readValue(details, CHANGES);
	}

	/** A page of entries, newest first, limited to the reader's scope and optionally to one action or actor. */
	public PageResult<AuditEntry> find(AccessScope scope, String action, String actor, PageRequest page) {
		String where = """
				WHERE (CAST(:province AS VARCHAR) IS NULL OR province_code = :province)
				  AND (CAST(:action AS VARCHAR) IS NULL OR action = :action)
				  AND (CAST(:actor AS VARCHAR) IS NULL OR actor = :actor)""";
		String province = scope.provinceFilter();
		String actionFilter = blankToNull(action);
		String actorFilter = blankToNull(actor);
		long total = jdbc.sql("SELECT COUNT(*) FROM audit_event " + where)
			.param("province", province)
			.param("action", actionFilter)
			.param("actor", actorFilter)
			.query(Long.class)
			.single();
		List<AuditEntry> items = jdbc.sql("""
				SELECT id, occurred_at, actor, action, target_type, target_id, province_code, remote_addr, details
				FROM audit_event
				""" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.param("province", province)
			.param("action", actionFilter)
			.param("actor", actorFilter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
					rs.getString("target_id"), rs.getString("province_code"), rs.getString("remote_addr"),
					rs.getString("details"), changes(rs.getString("details"))))
			.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** The distinct actions recorded so far, for the filter of the audit page. */
	public List<String> actions() {
		return jdbc.sql("SELECT DISTINCT action FROM audit_event ORDER BY action").query(String.class).list();
	}

	private static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return truncate(attributes.getRequest().getRemoteAddr(), 64);
		}
		return null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

}
