package vn.ocophub.certificate.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.ocophub.certificate.CertificateQuery;
import vn.ocophub.certificate.CertificateStatus;
import vn.ocophub.certificate.DecisionCommand;
import vn.ocophub.certificate.DecisionItem;
import vn.ocophub.certificate.DecisionStatus;
import vn.ocophub.certificate.RevocationCommand;
import vn.ocophub.certificate.RevocationGround;
import vn.ocophub.certificate.SupersedeReason;
import vn.ocophub.evaluation.RoundLevel;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.SqlPages;
import vn.ocophub.shared.TextSearch;

/**
 * The plain-SQL side of decisions and certificates. A decision row is updated only at the version it was read
 * (the update says {@code false} otherwise); a signed decision and an issued certificate's recognition fields
 * never change: only status, revocation and supersession are written later.
 */
@Repository
public class CertificateRecords {

	private final JdbcClient jdbc;

	CertificateRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A decision's own row. */
	public record DecisionRow(long id, RoundLevel level, String scopeCode, String provinceCode, String issuerName,
			String number, LocalDate date, String signerName, String signerTitle, DecisionStatus status,
			OffsetDateTime createdAt, String createdBy, OffsetDateTime signedAt, String signedBy, long version) {
	}

	/** What a new decision item records. */
	public record NewItem(Long dossierId, long productId, String productCode, String productName, long producerId,
			String producerName, String provinceCode, String communeCode, String communeName, String criteriaSet,
			String roundLabel, BigDecimal meanPoints, int stars) {
	}

	/** A certificate row as stored (status as last written by the job or an action). */
	public record CertificateRow(long id, String number, long decisionId, long decisionItemId, long productId,
			String productCode, String productName, String productSet, String productGroup, long producerId,
			String producerName, String provinceCode, String provinceName, String communeCode, String communeName,
			int stars, String issuerScope, String issuerName, String decisionNumber, LocalDate decisionDate,
			LocalDate validFrom, LocalDate validUntil, CertificateStatus status, LocalDate revokedOn,
			RevocationGround revocationGround, String revocationText, String revocationDecisionNumber, String revokedBy,
			Long supersededById, String supersededByNumber, LocalDate supersededOn, SupersedeReason supersedeReason,
			LocalDate expiryNotifiedOn, OffsetDateTime issuedAt, String issuedBy, long version) {
	}

	/** What issuing a certificate records. */
	public record NewCertificate(String number, long decisionId, long decisionItemId, long productId,
			String productCode, String productName, String productSet, String productGroup, long producerId,
			String producerName, String provinceCode, String provinceName, String communeCode, String communeName,
			int stars, String issuerScope, String issuerName, String decisionNumber, LocalDate decisionDate,
			LocalDate validFrom, LocalDate validUntil, CertificateStatus status, String nameKey, String searchKey) {
	}

	// ------------------------------------------------------------------ decisions

	public long insertDecision(RoundLevel level, String provinceCode, String issuerName, DecisionCommand command,
			String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO recognition_decision (level, scope_code, province_code, issuer_name, decision_number,
				    decision_date, signer_name, signer_title, status, created_at, created_by, version)
				VALUES (:level, :scope, :province, :issuer, :number, :day, :signer, :title, 'DRAFT', :at, :by, 0)""")
			.param("level", level.name())
			.param("scope", provinceCode == null ? "TW" : provinceCode)
			.param("province", provinceCode)
			.param("issuer", issuerName)
			.param("number", command.number())
			.param("day", command.date())
			.param("signer", command.signerName())
			.param("title", command.signerTitle())
			.param("at", at)
			.param("by", actor)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Updates a draft's header at the version read; false when somebody changed it meanwhile. */
	public boolean updateDecision(long id, long version, DecisionCommand command) {
		return jdbc.sql("""
				UPDATE recognition_decision SET decision_number = :number, decision_date = :day, signer_name = :signer,
				    signer_title = :title, version = version + 1
				WHERE id = :id AND version = :version AND status = 'DRAFT'""")
			.param("number", command.number())
			.param("day", command.date())
			.param("signer", command.signerName())
			.param("title", command.signerTitle())
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** Raises a draft's version (its items changed); false when somebody changed it meanwhile. */
	public boolean touchDecision(long id, long version) {
		return jdbc.sql("UPDATE recognition_decision SET version = version + 1 WHERE id = :id AND version = :version AND status = 'DRAFT'")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	public boolean markSigned(long id, long version, String actor, OffsetDateTime at) {
		return jdbc.sql("""
				UPDATE recognition_decision SET status = 'SIGNED', signed_at = :at, signed_by = :by, version = version + 1
				WHERE id = :id AND version = :version AND status = 'DRAFT'""")
			.param("at", at)
			.param("by", actor)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	public boolean deleteDraft(long id, long version) {
		return jdbc.sql("DELETE FROM recognition_decision WHERE id = :id AND version = :version AND status = 'DRAFT'")
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	public Optional<DecisionRow> decision(long id) {
		return jdbc.sql("SELECT * FROM recognition_decision WHERE id = :id").param("id", id).query((rs, n) -> decision(rs, n)).optional();
	}

	/** Decisions of a scope ('TW' for the national office; null for all), newest first. */
	public List<DecisionRow> decisions(String scopeCode) {
		return jdbc.sql("""
				SELECT * FROM recognition_decision WHERE (CAST(:scope AS VARCHAR) IS NULL OR scope_code = :scope)
				ORDER BY CASE WHEN status = 'DRAFT' THEN 0 ELSE 1 END, decision_date DESC, id DESC""")
			.param("scope", scopeCode)
			.query((rs, n) -> decision(rs, n))
			.list();
	}

	public boolean numberTaken(String scopeCode, String number, long self) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM recognition_decision
				WHERE scope_code = :scope AND decision_number = :number AND id <> :self""")
			.param("scope", scopeCode)
			.param("number", number)
			.param("self", self)
			.query(Integer.class)
			.single() > 0;
	}

	// ------------------------------------------------------------------ items

	public long insertItem(long decisionId, NewItem item) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO decision_item (decision_id, dossier_id, product_id, product_code, product_name, producer_id,
				    producer_name, province_code, commune_code, commune_name, criteria_set, round_label, mean_points, stars)
				VALUES (:decision, :dossier, :product, :code, :name, :producer, :producerName, :province, :commune,
				    :communeName, :set, :round, :mean, :stars)""")
			.param("decision", decisionId)
			.param("dossier", item.dossierId())
			.param("product", item.productId())
			.param("code", item.productCode())
			.param("name", item.productName())
			.param("producer", item.producerId())
			.param("producerName", item.producerName())
			.param("province", item.provinceCode())
			.param("commune", item.communeCode())
			.param("communeName", item.communeName())
			.param("set", item.criteriaSet())
			.param("round", item.roundLabel())
			.param("mean", item.meanPoints())
			.param("stars", item.stars())
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	public int deleteItem(long decisionId, long itemId) {
		return jdbc.sql("DELETE FROM decision_item WHERE id = :id AND decision_id = :decision")
			.param("id", itemId)
			.param("decision", decisionId)
			.update();
	}

	/** A decision's items with the certificate each one got (once signed), in the order they were added. */
	public List<DecisionItem> items(long decisionId) {
		return jdbc.sql("""
				SELECT i.*, c.id AS certificate_id, c.number AS certificate_number
				FROM decision_item i LEFT JOIN certificate c ON c.decision_item_id = i.id
				WHERE i.decision_id = :decision ORDER BY i.stars DESC, i.product_name, i.id""")
			.param("decision", decisionId)
			.query((rs, n) -> new DecisionItem(rs.getLong("id"), (Long) rs.getObject("dossier_id", Long.class),
					rs.getLong("product_id"), rs.getString("product_code"), rs.getString("product_name"),
					rs.getLong("producer_id"), rs.getString("producer_name"), rs.getString("province_code"),
					rs.getString("commune_code"), rs.getString("commune_name"),
					rs.getString("criteria_set"), rs.getString("round_label"), rs.getBigDecimal("mean_points"),
					rs.getInt("stars"), (Long) rs.getObject("certificate_id", Long.class),
					rs.getString("certificate_number")))
			.list();
	}

	/** The dossiers some decision (draft or signed) already took. */
	public Set<Long> decidedDossiers() {
		return Set.copyOf(jdbc.sql("SELECT dossier_id FROM decision_item WHERE dossier_id IS NOT NULL")
			.query(Long.class)
			.list());
	}

	// ------------------------------------------------------------------ certificates

	/** The next number of a numbering scope (e.g. "42-2025"), counting from 1, under a row lock. */
	public int nextSequence(String scopeKey) {
		int updated = jdbc.sql("UPDATE certificate_sequence SET last_value = last_value + 1 WHERE scope_key = :key")
			.param("key", scopeKey)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO certificate_sequence (scope_key, last_value) VALUES (:key, 1)").param("key", scopeKey).update();
			return 1;
		}
		return jdbc.sql("SELECT last_value FROM certificate_sequence WHERE scope_key = :key")
			.param("key", scopeKey)
			.query(Integer.class)
			.single();
	}

	public boolean numberExists(String number) {
		return jdbc.sql("SELECT COUNT(*) FROM certificate WHERE number = :number")
			.param("number", number)
			.query(Integer.class)
			.single() > 0;
	}

	public long insertCertificate(NewCertificate c, String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO certificate (number, decision_id, decision_item_id, product_id, product_code, product_name,
				    product_set, product_group, producer_id, producer_name, province_code, province_name, commune_code,
				    commune_name, stars, issuer_scope, issuer_name, decision_number, decision_date, valid_from,
				    valid_until, status, name_key, search_key, issued_at, issued_by, updated_at, version)
				VALUES (:number, :decision, :item, :product, :code, :name, :set, :group, :producer, :producerName,
				    :province, :provinceName, :commune, :communeName, :stars, :scope, :issuer, :decisionNumber,
				    :decisionDate, :from, :until, :status, :nameKey, :searchKey, :at, :by, :at, 0)""")
			.param("number", c.number())
			.param("decision", c.decisionId())
			.param("item", c.decisionItemId())
			.param("product", c.productId())
			.param("code", c.productCode())
			.param("name", c.productName())
			.param("set", c.productSet())
			.param("group", c.productGroup())
			.param("producer", c.producerId())
			.param("producerName", c.producerName())
			.param("province", c.provinceCode())
			.param("provinceName", c.provinceName())
			.param("commune", c.communeCode())
			.param("communeName", c.communeName())
			.param("stars", c.stars())
			.param("scope", c.issuerScope())
			.param("issuer", c.issuerName())
			.param("decisionNumber", c.decisionNumber())
			.param("decisionDate", c.decisionDate())
			.param("from", c.validFrom())
			.param("until", c.validUntil())
			.param("status", c.status().name())
			.param("nameKey", c.nameKey())
			.param("searchKey", c.searchKey())
			.param("at", at)
			.param("by", actor)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private static final String CERTIFICATE_SELECT = """
			SELECT c.*, s.number AS superseded_by_number FROM certificate c
			LEFT JOIN certificate s ON s.id = c.superseded_by_id
			""";

	public Optional<CertificateRow> certificate(long id) {
		return jdbc.sql(CERTIFICATE_SELECT + " WHERE c.id = :id").param("id", id).query(CertificateRecords::certificate).optional();
	}

	public Optional<CertificateRow> certificateByNumber(String number) {
		return jdbc.sql(CERTIFICATE_SELECT + " WHERE c.number = :number")
			.param("number", number)
			.query(CertificateRecords::certificate)
			.optional();
	}

	/** A product's certificates, newest first. */
	public List<CertificateRow> ofProduct(long productId) {
		return jdbc.sql(CERTIFICATE_SELECT + " WHERE c.product_id = :product ORDER BY c.valid_from DESC, c.id DESC")
			.param("product", productId)
			.query(CertificateRecords::certificate)
			.list();
	}

	/** Certificates of a product that are still in force (not revoked, superseded or past their last day). */
	public List<CertificateRow> inForce(long productId, LocalDate today) {
		return jdbc.sql(CERTIFICATE_SELECT + """
				 WHERE c.product_id = :product AND c.status IN ('VALID', 'EXPIRING') AND c.valid_until >= :today
				ORDER BY c.valid_from DESC, c.id DESC""")
			.param("product", productId)
			.param("today", today)
			.query(CertificateRecords::certificate)
			.list();
	}

	public boolean revoke(long id, long version, RevocationCommand command, String actor, OffsetDateTime at) {
		return jdbc.sql("""
				UPDATE certificate SET status = 'REVOKED', revoked_on = :day, revocation_ground = :ground,
				    revocation_text = :text, revocation_decision_number = :number, revoked_by = :by, updated_at = :at,
				    version = version + 1
				WHERE id = :id AND version = :version AND status IN ('VALID', 'EXPIRING', 'EXPIRED')""")
			.param("day", command.date())
			.param("ground", command.ground().name())
			.param("text", command.text())
			.param("number", command.decisionNumber())
			.param("by", actor)
			.param("at", at)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	public void supersede(long id, long byId, LocalDate on, SupersedeReason reason, OffsetDateTime at) {
		jdbc.sql("""
				UPDATE certificate SET status = 'SUPERSEDED', superseded_by_id = :by, superseded_on = :on,
				    supersede_reason = :reason, updated_at = :at, version = version + 1
				WHERE id = :id""")
			.param("by", byId)
			.param("on", on)
			.param("reason", reason.name())
			.param("at", at)
			.param("id", id)
			.update();
	}

	/** Valid certificates whose last day is within the notice period: now EXPIRING. */
	public List<CertificateRow> becomingExpiring(LocalDate today) {
		return jdbc.sql(CERTIFICATE_SELECT + """
				 WHERE c.status = 'VALID' AND c.valid_until >= :today AND c.valid_until <= :limit ORDER BY c.id""")
			.param("today", today)
			.param("limit", today.plusDays(CertificateStatus.EXPIRY_NOTICE_DAYS - 1L))
			.query(CertificateRecords::certificate)
			.list();
	}

	/** Certificates still counted in force whose last day has passed: now EXPIRED. */
	public List<CertificateRow> becomingExpired(LocalDate today) {
		return jdbc.sql(CERTIFICATE_SELECT + """
				 WHERE c.status IN ('VALID', 'EXPIRING') AND c.valid_until < :today ORDER BY c.id""")
			.param("today", today)
			.query(CertificateRecords::certificate)
			.list();
	}

	/** Certificates in their notice period whose holder and issuer were not yet warned. */
	public List<CertificateRow> expiringUnnotified(LocalDate today) {
		return jdbc.sql(CERTIFICATE_SELECT + """
				 WHERE c.status IN ('VALID', 'EXPIRING') AND c.expiry_notified_on IS NULL
				   AND c.valid_until >= :today AND c.valid_until <= :limit ORDER BY c.id""")
			.param("today", today)
			.param("limit", today.plusDays(CertificateStatus.EXPIRY_NOTICE_DAYS - 1L))
			.query(CertificateRecords::certificate)
			.list();
	}

	public void setStatus(long id, CertificateStatus status, OffsetDateTime at) {
		jdbc.sql("UPDATE certificate SET status = :status, updated_at = :at, version = version + 1 WHERE id = :id")
			.param("status", status.name())
			.param("at", at)
			.param("id", id)
			.update();
	}

	public void markNotified(long id, LocalDate day) {
		jdbc.sql("UPDATE certificate SET expiry_notified_on = :day WHERE id = :id").param("day", day).param("id", id).update();
	}

	/** A page of the certificates a reader may see ({@code visibility} over c.province_code, c.commune_code, c.producer_id). */
	public PageResult<CertificateRow> page(CertificateQuery query, String visibility, Map<String, Object> visibilityParams,
			LocalDate today, PageRequest page) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>(visibilityParams);
		where.add(visibility);
		TextSearch search = TextSearch.of(query.text());
		if (!search.isEmpty()) {
			// The number's words are in the search key: no OR on another column, which would keep the trigram
			// index from serving the search.
			where.add(search.condition("certificate.search_key"));
			params.putAll(search.parameters());
		}
		if (query.status() != null) {
			where.add(statusCondition(query.status()));
			params.put("today", today);
			params.put("notice", today.plusDays(CertificateStatus.EXPIRY_NOTICE_DAYS - 1L));
		}
		if (query.stars() != null) {
			where.add("certificate.stars = :stars");
			params.put("stars", query.stars());
		}
		if (query.provinceCode() != null) {
			where.add("certificate.province_code = :province");
			params.put("province", query.provinceCode());
		}
		if (query.producerId() != null) {
			where.add("certificate.producer_id = :producer");
			params.put("producer", query.producerId());
		}
		String order = search.isEmpty() ? "certificate.valid_from DESC, certificate.id DESC"
				: search.rank("certificate.name_key", "certificate.number") + ", certificate.name_key, certificate.id";
		PageResult<CertificateRow> result = SqlPages.page(jdbc,
				"certificate.*, (SELECT s.number FROM certificate s WHERE s.id = certificate.superseded_by_id) AS superseded_by_number",
				"certificate", String.join(" AND ", where), order, params, page, CertificateRecords::certificate,
				!search.isEmpty());
		return result;
	}

	/** The SQL condition for a status of today over table {@code certificate}, with :today and :notice. */
	static String statusCondition(CertificateStatus status) {
		return switch (status) {
			case VALID -> "(certificate.status IN ('VALID', 'EXPIRING') AND certificate.valid_until > :notice)";
			case EXPIRING -> "(certificate.status IN ('VALID', 'EXPIRING') AND certificate.valid_until >= :today AND certificate.valid_until <= :notice)";
			case EXPIRED -> "(certificate.status IN ('VALID', 'EXPIRING', 'EXPIRED') AND certificate.valid_until < :today)";
			case REVOKED -> "certificate.status = 'REVOKED'";
			case SUPERSEDED -> "certificate.status = 'SUPERSEDED'";
		};
	}

	/** Every certificate in force today, in name order, for open data; streamed. */
	public void forEachInForce(LocalDate today, Consumer<CertificateRow> consumer) {
		try (var rows = jdbc.sql(CERTIFICATE_SELECT + """
				 WHERE c.status IN ('VALID', 'EXPIRING') AND c.valid_until >= :today ORDER BY c.province_code, c.name_key, c.id""")
			.param("today", today)
			.query(CertificateRecords::certificate)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	/** When a certificate last changed (issue, status, revocation), for caching open data; null when none. */
	public OffsetDateTime lastChange() {
		return jdbc.sql("SELECT MAX(updated_at) FROM certificate").query(OffsetDateTime.class).optional().orElse(null);
	}

	private DecisionRow decision(ResultSet rs, int n) throws SQLException {
		return new DecisionRow(rs.getLong("id"), RoundLevel.valueOf(rs.getString("level")), rs.getString("scope_code"),
				rs.getString("province_code"), rs.getString("issuer_name"), rs.getString("decision_number"),
				rs.getObject("decision_date", LocalDate.class), rs.getString("signer_name"), rs.getString("signer_title"),
				DecisionStatus.valueOf(rs.getString("status")), rs.getObject("created_at", OffsetDateTime.class),
				rs.getString("created_by"), rs.getObject("signed_at", OffsetDateTime.class), rs.getString("signed_by"),
				rs.getLong("version"));
	}

	static CertificateRow certificate(ResultSet rs, int n) throws SQLException {
		String ground = rs.getString("revocation_ground");
		String reason = rs.getString("supersede_reason");
		return new CertificateRow(rs.getLong("id"), rs.getString("number"), rs.getLong("decision_id"),
				rs.getLong("decision_item_id"), rs.getLong("product_id"), rs.getString("product_code"),
				rs.getString("product_name"), rs.getString("product_set"), rs.getString("product_group"),
				rs.getLong("producer_id"), rs.getString("producer_name"), rs.getString("province_code"),
				rs.getString("province_name"), rs.getString("commune_code"), rs.getString("commune_name"),
				rs.getInt("stars"), rs.getString("issuer_scope"), rs.getString("issuer_name"),
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				CertificateStatus.valueOf(rs.getString("status")), rs.getObject("revoked_on", LocalDate.class),
				ground == null ? null : RevocationGround.valueOf(ground), rs.getString("revocation_text"),
				rs.getString("revocation_decision_number"), rs.getString("revoked_by"),
				(Long) rs.getObject("superseded_by_id", Long.class), rs.getString("superseded_by_number"),
				rs.getObject("superseded_on", LocalDate.class), reason == null ? null : SupersedeReason.valueOf(reason),
				rs.getObject("expiry_notified_on", LocalDate.class), rs.getObject("issued_at", OffsetDateTime.class),
				rs.getString("issued_by"), rs.getLong("version"));
	}

}
