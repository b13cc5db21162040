package vn.ocophub.shared.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action of the signed-in user (or "anonymous"). */
	public void record(String action, String targetType, String targetId, String details, String provinceCode) {
		record(currentActor(), action, targetType, targetId, details, provinceCode);
	}

	/** Records an action by a named actor, e.g. a login attempt before anyone is signed in. */
	public void record(String actor, String action, String targetType, String targetId, String details,
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
			.param("details", truncate(details, MAX_DETAILS))
			.update();
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
					rs.getString("details")))
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
