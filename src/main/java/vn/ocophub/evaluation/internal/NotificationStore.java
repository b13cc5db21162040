package vn.ocophub.evaluation.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ocophub.identity.Role;

/**
 * In-app notifications. One is addressed to the officers of a role in a commune or province, or to the accounts
 * of a producer, so that an account created later still sees what waits for its office; read marks are kept per
 * account.
 */
@Repository
public class NotificationStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final NotificationMailer mailer;

	private final org.springframework.context.ApplicationEventPublisher events;

	NotificationStore(JdbcClient jdbc, NotificationMailer mailer, org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.events = events;
	}

	/** Who a user is, for matching notifications: id, roles, scope codes and own producers. */
	public record Reader(long userId, Set<Role> roles, String provinceCode, String communeCode, Set<Long> producers) {
	}

	/** A stored notification; {@code args} as given when it was written. */
	public record Stored(long id, String messageKey, List<String> args, String link, OffsetDateTime createdAt,
			boolean read) {
	}

	public void toRole(Role role, String provinceCode, String communeCode, String key, List<String> args, String link,
			OffsetDateTime at) {
		insert(null, role.name(), provinceCode, communeCode, null, key, args, link, at);
	}

	public void toUser(long userId, String key, List<String> args, String link, OffsetDateTime at) {
		insert(userId, null, null, null, null, key, args, link, at);
	}

	public void toProducer(long producerId, String key, List<String> args, String link, OffsetDateTime at) {
		insert(null, null, null, null, producerId, key, args, link, at);
	}

	private void insert(Long user, String role, String province, String commune, Long producer, String key,
			List<String> args, String link, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO notification (target_user_id, target_role, target_province, target_commune, target_producer_id,
				                          message_key, message_args, link, created_at)
				VALUES (:user, :role, :province, :commune, :producer, :key, :args, :link, :at)""")
			.param("user", user)
			.param("role", role)
			.param("province", province)
			.param("commune", commune)
			.param("producer", producer)
			.param("key", key)
			.param("args", JSON.writeValueAsString(args))
			.param("link", link)
			.param("at", at)
			.update();
		if (mailer.active()) {
			events.publishEvent(new NotificationMailer.NotificationStored(user, role, province, commune, producer, key,
					List.copyOf(args), link));
		}
	}

	public List<Stored> recent(Reader reader, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = addressedTo(reader, params);
		params.put("limit", limit);
		return jdbc.sql("SELECT n.*, CASE WHEN r.user_id IS NULL THEN FALSE ELSE TRUE END AS is_read FROM notification n "
				+ "LEFT JOIN notification_read r ON r.notification_id = n.id AND r.user_id = :me WHERE " + where
				+ " ORDER BY n.created_at DESC, n.id DESC LIMIT :limit")
			.params(params)
			.query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("message_key"),
					JSON.readValue(rs.getString("message_args"), new TypeReference<List<String>>() {
					}), rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class), rs.getBoolean("is_read")))
			.list();
	}

	public int unread(Reader reader) {
		Map<String, Object> params = new HashMap<>();
		String where = addressedTo(reader, params);
		return jdbc.sql("SELECT COUNT(*) FROM notification n WHERE " + where
				+ " AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.user_id = :me)")
			.params(params)
			.query(Integer.class)
			.single();
	}

	/** Marks one notification (when addressed to the reader) or all of them read. */
	public void markRead(Reader reader, Long id, OffsetDateTime at) {
		Map<String, Object> params = new HashMap<>();
		String where = addressedTo(reader, params);
		if (id != null) {
			where += " AND n.id = :id";
			params.put("id", id);
		}
		params.put("at", at);
		jdbc.sql("INSERT INTO notification_read (notification_id, user_id, read_at) SELECT n.id, :me, :at FROM notification n WHERE "
				+ where + " AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.user_id = :me)")
			.params(params)
			.update();
	}

	private static String addressedTo(Reader reader, Map<String, Object> params) {
		List<String> any = new ArrayList<>();
		params.put("me", reader.userId());
		any.add("n.target_user_id = :me");
		if (reader.roles().contains(Role.COMMUNE_OFFICER) && reader.communeCode() != null) {
			any.add("(n.target_role = 'COMMUNE_OFFICER' AND n.target_commune = :commune)");
			params.put("commune", reader.communeCode());
		}
		if (reader.roles().contains(Role.PROVINCE_OFFICER)) {
			if (reader.provinceCode() != null && reader.communeCode() == null) {
				any.add("(n.target_role = 'PROVINCE_OFFICER' AND n.target_province = :province)");
				params.put("province", reader.provinceCode());
			}
			else if (reader.provinceCode() == null) {
				// The national office: what is addressed to it, not every province's mail.
				any.add("(n.target_role = 'PROVINCE_OFFICER' AND n.target_province IS NULL)");
			}
		}
		if (!reader.producers().isEmpty()) {
			any.add("n.target_producer_id IN (:producers)");
			params.put("producers", List.copyOf(reader.producers()));
		}
		return "(" + String.join(" OR ", any) + ")";
	}

}
