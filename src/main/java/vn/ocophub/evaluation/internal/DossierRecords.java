package vn.ocophub.evaluation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ocophub.evaluation.Agreement;
import vn.ocophub.evaluation.BoardQuery;
import vn.ocophub.evaluation.CommuneAssessmentData;
import vn.ocophub.evaluation.CommuneAssessmentView;
import vn.ocophub.evaluation.DossierEvent;
import vn.ocophub.evaluation.DossierRow;
import vn.ocophub.evaluation.DossierStatus;
import vn.ocophub.evaluation.LocalCriterion;
import vn.ocophub.evaluation.LocalFinding;
import vn.ocophub.evaluation.RegistrationType;
import vn.ocophub.producer.ProducerAccess;

/**
 * The plain-SQL side of dossiers: their history, the commune's assessment (editable until sent, then frozen with
 * its report), the status board and the counts per round, each limited to what the reader may see inside the
 * query.
 */
@Repository
public class DossierRecords {

	private final JdbcClient jdbc;

	DossierRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void addEvent(long dossierId, OffsetDateTime at, String actor, DossierStatus from, DossierStatus to,
			String reason) {
		jdbc.sql("""
				INSERT INTO dossier_event (dossier_id, occurred_at, actor, from_status, to_status, reason)
				VALUES (:dossier, :at, :actor, :from, :to, :reason)""")
			.param("dossier", dossierId)
			.param("at", at)
			.param("actor", actor)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("reason", reason)
			.update();
	}

	public List<DossierEvent> history(long dossierId) {
		return jdbc.sql("SELECT * FROM dossier_event WHERE dossier_id = :id ORDER BY id")
			.param("id", dossierId)
			.query((rs, n) -> new DossierEvent(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
					rs.getString("from_status") == null ? null : DossierStatus.valueOf(rs.getString("from_status")),
					DossierStatus.valueOf(rs.getString("to_status")), rs.getString("reason")))
			.list();
	}

	/** Whether the product already has a dossier in the round. */
	public boolean exists(long roundId, long productId) {
		return jdbc.sql("SELECT COUNT(*) FROM dossier WHERE round_id = :round AND product_id = :product")
			.param("round", roundId)
			.param("product", productId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Records or replaces the commune's assessment; refused (false) once it was sent. */
	public boolean saveAssessment(long dossierId, CommuneAssessmentData data, String actor, OffsetDateTime at) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM commune_assessment WHERE dossier_id = :id")
			.param("id", dossierId)
			.query(Integer.class)
			.single() > 0;
		String sql = exists ? """
				UPDATE commune_assessment SET form_complete = :fc, self_assessment_ok = :sa, samples_ok = :so,
				  evidence_ok = :eo, origin_finding = :of, origin_agreement = :oa, origin_note = :on,
				  labour_finding = :lf, labour_agreement = :la, labour_note = :ln, idea_finding = :if_,
				  idea_agreement = :ia, idea_note = :in_, identity_finding = :xf, identity_agreement = :xa,
				  identity_note = :xn, conclusion = :conclusion, assessed_at = :at, assessed_by = :actor
				WHERE dossier_id = :id AND sent_at IS NULL""" : """
				INSERT INTO commune_assessment (dossier_id, form_complete, self_assessment_ok, samples_ok, evidence_ok,
				  origin_finding, origin_agreement, origin_note, labour_finding, labour_agreement, labour_note,
				  idea_finding, idea_agreement, idea_note, identity_finding, identity_agreement, identity_note,
				  conclusion, assessed_at, assessed_by)
				VALUES (:id, :fc, :sa, :so, :eo, :of, :oa, :on, :lf, :la, :ln, :if_, :ia, :in_, :xf, :xa, :xn,
				  :conclusion, :at, :actor)""";
		Map<String, Object> params = new HashMap<>();
		params.put("id", dossierId);
		params.put("fc", data.formComplete());
		params.put("sa", data.selfAssessmentAttached());
		params.put("so", data.samplesPresent());
		params.put("eo", data.evidencePresent());
		finding(params, "o", data.findings().get(LocalCriterion.ORIGIN));
		finding(params, "l", data.findings().get(LocalCriterion.LABOUR));
		finding(params, "i", data.findings().get(LocalCriterion.IDEA));
		finding(params, "x", data.findings().get(LocalCriterion.IDENTITY));
		params.put("conclusion", data.conclusion());
		params.put("at", at);
		params.put("actor", actor);
		return jdbc.sql(sql).params(params).update() == 1;
	}

	private static void finding(Map<String, Object> params, String prefix, LocalFinding finding) {
		// "if" and "in" are SQL words, hence the underscores of the idea criterion's parameters.
		String suffix = prefix.equals("i") ? "_" : "";
		params.put(prefix + "f" + suffix, finding.finding());
		params.put(prefix + "a", finding.agreement().name());
		params.put(prefix + "n" + suffix, finding.note());
	}

	/** Freezes the assessment with its report; false when it was already sent. */
	public boolean markSent(long dossierId, byte[] pdf, String sha256, String actor, OffsetDateTime at) {
		return jdbc.sql("""
				UPDATE commune_assessment SET sent_at = :at, sent_by = :actor, report_pdf = :pdf, report_sha256 = :sha
				WHERE dossier_id = :id AND sent_at IS NULL""")
			.param("at", at)
			.param("actor", actor)
			.param("pdf", pdf)
			.param("sha", sha256)
			.param("id", dossierId)
			.update() == 1;
	}

	public Optional<CommuneAssessmentView> assessment(long dossierId) {
		return jdbc.sql("SELECT * FROM commune_assessment WHERE dossier_id = :id")
			.param("id", dossierId)
			.query((rs, n) -> assessment(rs))
			.optional();
	}

	public Optional<byte[]> report(long dossierId) {
		return jdbc.sql("SELECT report_pdf FROM commune_assessment WHERE dossier_id = :id AND sent_at IS NOT NULL")
			.param("id", dossierId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	private static CommuneAssessmentView assessment(ResultSet rs) throws SQLException {
		Map<LocalCriterion, LocalFinding> findings = new EnumMap<>(LocalCriterion.class);
		findings.put(LocalCriterion.ORIGIN, finding(rs, "origin"));
		findings.put(LocalCriterion.LABOUR, finding(rs, "labour"));
		findings.put(LocalCriterion.IDEA, finding(rs, "idea"));
		findings.put(LocalCriterion.IDENTITY, finding(rs, "identity"));
		CommuneAssessmentData data = new CommuneAssessmentData(rs.getBoolean("form_complete"),
				rs.getBoolean("self_assessment_ok"), rs.getBoolean("samples_ok"), rs.getBoolean("evidence_ok"), findings,
				rs.getString("conclusion"));
		return new CommuneAssessmentView(data, rs.getObject("assessed_at", OffsetDateTime.class),
				rs.getString("assessed_by"), rs.getObject("sent_at", OffsetDateTime.class), rs.getString("sent_by"),
				rs.getString("report_sha256"));
	}

	private static LocalFinding finding(ResultSet rs, String column) throws SQLException {
		return new LocalFinding(rs.getString(column + "_finding"), Agreement.valueOf(rs.getString(column + "_agreement")),
				rs.getString(column + "_note"));
	}

	/** The dossiers of a round the reader may see, filtered, longest waiting first. */
	public List<DossierRow> board(long roundId, ProducerAccess access, BoardQuery query, OffsetDateTime now) {
		Map<String, Object> params = new HashMap<>(access.visibilityParameters());
		params.put("round", roundId);
		String where = "round_id = :round AND " + access.visibility("province_code", "commune_code", "producer_id");
		if (query.status() != null) {
			where += " AND status = :status";
			params.put("status", query.status().name());
		}
		if (query.communeCode() != null && !query.communeCode().isBlank()) {
			where += " AND commune_code = :commune";
			params.put("commune", query.communeCode().trim());
		}
		return jdbc.sql("""
				SELECT id, product_code, product_name, producer_name, commune_code, commune_name, registration_type,
				       status, status_changed_at
				FROM dossier
				WHERE\s""" + where + " ORDER BY status_changed_at, id")
			.params(params)
			.query((rs, n) -> {
				OffsetDateTime changed = rs.getObject("status_changed_at", OffsetDateTime.class);
				return new DossierRow(rs.getLong("id"), rs.getString("product_code"), rs.getString("product_name"),
						rs.getString("producer_name"), rs.getString("commune_code"), rs.getString("commune_name"),
						RegistrationType.valueOf(rs.getString("registration_type")),
						DossierStatus.valueOf(rs.getString("status")), changed,
						Math.max(0, Duration.between(changed, now).toDays()));
			})
			.list();
	}

	/** The communes of a round's dossiers the reader may see, code → name, for the board's filter. */
	public Map<String, String> communes(long roundId, ProducerAccess access) {
		Map<String, Object> params = new HashMap<>(access.visibilityParameters());
		params.put("round", roundId);
		Map<String, String> communes = new java.util.TreeMap<>();
		jdbc.sql("SELECT DISTINCT commune_code, commune_name FROM dossier WHERE round_id = :round AND "
				+ access.visibility("province_code", "commune_code", "producer_id"))
			.params(params)
			.query((rs, n) -> communes.put(rs.getString(1), rs.getString(2)))
			.list();
		return communes;
	}

	/** Dossiers per round and status that the reader may see. */
	public Map<Long, Map<DossierStatus, Integer>> counts(List<Long> roundIds, ProducerAccess access) {
		Map<Long, Map<DossierStatus, Integer>> counts = new HashMap<>();
		if (roundIds.isEmpty()) {
			return counts;
		}
		Map<String, Object> params = new HashMap<>(access.visibilityParameters());
		params.put("rounds", roundIds);
		jdbc.sql("SELECT round_id, status, COUNT(*) AS n FROM dossier WHERE round_id IN (:rounds) AND "
				+ access.visibility("province_code", "commune_code", "producer_id") + " GROUP BY round_id, status")
			.params(params)
			.query((rs, n) -> counts.computeIfAbsent(rs.getLong("round_id"), id -> new EnumMap<>(DossierStatus.class))
				.put(DossierStatus.valueOf(rs.getString("status")), rs.getInt("n")))
			.list();
		return counts;
	}

	/** Ids of a round's dossiers in the given statuses (all of them, whatever the reader's scope). */
	public List<Long> inStatus(long roundId, List<DossierStatus> statuses) {
		return jdbc.sql("SELECT id FROM dossier WHERE round_id = :round AND status IN (:statuses) ORDER BY id")
			.param("round", roundId)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(Long.class)
			.list();
	}

	/** Rounds visible in a scope: the country's central rounds and, for a provincial scope, its province's. */
	public List<Long> visibleRounds(String provinceFilter) {
		// Built per case: PostgreSQL cannot type a null parameter in ":p IS NULL".
		String where = provinceFilter == null ? "" : " WHERE province_code = :province OR province_code IS NULL";
		JdbcClient.StatementSpec sql = jdbc
			.sql("SELECT id FROM evaluation_round" + where + " ORDER BY round_year DESC, round_number DESC, id DESC");
		if (provinceFilter != null) {
			sql = sql.param("province", provinceFilter);
		}
		return sql.query(Long.class).list();
	}

	/** The next free round number of a scope and year. */
	public int nextNumber(String scopeCode, int year) {
		return jdbc.sql("SELECT COALESCE(MAX(round_number), 0) + 1 FROM evaluation_round WHERE scope_code = :scope AND round_year = :year")
			.param("scope", scopeCode)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	public boolean roundExists(String scopeCode, int year, int number) {
		return jdbc.sql("SELECT COUNT(*) FROM evaluation_round WHERE scope_code = :scope AND round_year = :year AND round_number = :number")
			.param("scope", scopeCode)
			.param("year", year)
			.param("number", number)
			.query(Integer.class)
			.single() > 0;
	}

	/** Submitted self-assessments of products in a province that the access may edit, for filing a dossier. */
	public List<SubmittedAssessment> submittedAssessments(String provinceCode, ProducerAccess access) {
		Map<String, Object> params = new HashMap<>(access.visibilityParameters());
		params.put("province", provinceCode);
		return jdbc.sql("""
				SELECT id, product_id, product_code, product_name, producer_name, criteria_set, total_points, stars
				FROM self_assessment WHERE status = 'SUBMITTED' AND province_code = :province AND\s"""
				+ access.visibility("province_code", "commune_code", "producer_id") + " ORDER BY product_name, id DESC")
			.params(params)
			.query((rs, n) -> new SubmittedAssessment(rs.getLong("id"), rs.getLong("product_id"),
					rs.getString("product_code"), rs.getString("product_name"), rs.getString("producer_name"),
					rs.getString("criteria_set"), rs.getInt("total_points"), rs.getInt("stars")))
			.list();
	}

	/** A submitted self-assessment offered when filing a dossier. */
	public record SubmittedAssessment(long id, long productId, String productCode, String productName,
			String producerName, String criteriaSet, int total, int stars) {
	}

}
