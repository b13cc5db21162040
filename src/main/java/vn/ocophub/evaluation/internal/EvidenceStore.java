package vn.ocophub.evaluation.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.ocophub.evaluation.EvidenceContent;
import vn.ocophub.evaluation.EvidenceFile;

/** SQL of evidence files; the bytes are read only when a file is served or printed into nothing but its name. */
@Repository
public class EvidenceStore {

	private static final String COLUMNS = "id, criterion_code, file_name, content_type, size_bytes, created_at, created_by";

	private final JdbcClient jdbc;

	EvidenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<EvidenceFile> list(long assessmentId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM self_assessment_evidence WHERE self_assessment_id = :id ORDER BY id")
			.param("id", assessmentId)
			.query((rs, n) -> new EvidenceFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
			.list();
	}

	public int count(long assessmentId, String criterionCode) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM self_assessment_evidence
				WHERE self_assessment_id = :id AND (CAST(:criterion AS VARCHAR) IS NULL OR criterion_code = :criterion)""")
			.param("id", assessmentId)
			.param("criterion", criterionCode)
			.query(Integer.class)
			.single();
	}

	public boolean hasSame(long assessmentId, String criterionCode, String sha256) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM self_assessment_evidence
				WHERE self_assessment_id = :id AND criterion_code = :criterion AND sha256 = :sha""")
			.param("id", assessmentId)
			.param("criterion", criterionCode)
			.param("sha", sha256)
			.query(Long.class)
			.single() > 0;
	}

	public long insert(long assessmentId, String criterionCode, String fileName, EvidenceType type, byte[] content,
			String sha256, String actor, OffsetDateTime at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO self_assessment_evidence (self_assessment_id, criterion_code, file_name, content_type,
				                                      size_bytes, sha256, content, created_at, created_by)
				VALUES (:id, :criterion, :name, :type, :size, :sha, :content, :at, :actor)""")
			.param("id", assessmentId)
			.param("criterion", criterionCode)
			.param("name", fileName)
			.param("type", type.contentType())
			.param("size", content.length)
			.param("sha", sha256)
			.param("content", content)
			.param("at", at)
			.param("actor", actor)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public Optional<EvidenceFile> find(long assessmentId, long evidenceId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM self_assessment_evidence WHERE id = :evidence AND self_assessment_id = :id")
			.param("evidence", evidenceId)
			.param("id", assessmentId)
			.query((rs, n) -> new EvidenceFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
			.optional();
	}

	public Optional<EvidenceContent> content(long assessmentId, long evidenceId) {
		return jdbc.sql("""
				SELECT file_name, content_type, content FROM self_assessment_evidence
				WHERE id = :evidence AND self_assessment_id = :id""")
			.param("evidence", evidenceId)
			.param("id", assessmentId)
			.query((rs, n) -> new EvidenceContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/**
	 * Evidence of the product's other submitted self-assessments, submitted since the given moment, newest first;
	 * without the content.
	 */
	public List<vn.ocophub.evaluation.ReusableEvidence> reusable(long productId, long excludedAssessmentId,
			OffsetDateTime since) {
		return jdbc.sql("""
				SELECT e.id, e.criterion_code, e.file_name, e.content_type, e.size_bytes, e.created_at, e.created_by,
				       s.id AS assessment_id, s.submitted_at, e.sha256
				FROM self_assessment_evidence e JOIN self_assessment s ON s.id = e.self_assessment_id
				WHERE s.product_id = :product AND s.id <> :excluded AND s.status = 'SUBMITTED' AND s.submitted_at >= :since
				ORDER BY s.submitted_at DESC, e.id""")
			.param("product", productId)
			.param("excluded", excludedAssessmentId)
			.param("since", since)
			.query((rs, n) -> new vn.ocophub.evaluation.ReusableEvidence(rs.getLong("assessment_id"),
					rs.getObject("submitted_at", OffsetDateTime.class),
					new EvidenceFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
							rs.getObject(6, OffsetDateTime.class), rs.getString(7)), rs.getString("sha256")))
			.list();
	}

	/** What a self-assessment already holds, as "criterion|SHA-256" of each file. */
	public java.util.Set<String> contentKeys(long assessmentId) {
		return java.util.Set.copyOf(jdbc.sql("""
				SELECT criterion_code, sha256 FROM self_assessment_evidence WHERE self_assessment_id = :id""")
			.param("id", assessmentId)
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
			.list());
	}

	/** Copies an evidence file (same name, type, bytes and hash) to another self-assessment's criterion. */
	public long copy(long fromAssessmentId, long evidenceId, long toAssessmentId, String criterionCode, String actor,
			OffsetDateTime at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO self_assessment_evidence (self_assessment_id, criterion_code, file_name, content_type,
				                                      size_bytes, sha256, content, created_at, created_by)
				SELECT :to, :criterion, file_name, content_type, size_bytes, sha256, content, :at, :actor
				FROM self_assessment_evidence WHERE id = :evidence AND self_assessment_id = :from""")
			.param("to", toAssessmentId)
			.param("criterion", criterionCode)
			.param("at", at)
			.param("actor", actor)
			.param("evidence", evidenceId)
			.param("from", fromAssessmentId)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public void delete(long assessmentId, long evidenceId) {
		jdbc.sql("DELETE FROM self_assessment_evidence WHERE id = :evidence AND self_assessment_id = :id")
			.param("evidence", evidenceId)
			.param("id", assessmentId)
			.update();
	}

}
