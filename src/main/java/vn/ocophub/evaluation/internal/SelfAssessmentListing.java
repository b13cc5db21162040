package vn.ocophub.evaluation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ocophub.evaluation.RecordedScore;
import vn.ocophub.evaluation.SelfAssessmentStatus;
import vn.ocophub.evaluation.SelfAssessmentSummary;
import vn.ocophub.producer.ProducerAccess;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.SqlPages;

/**
 * Lists of self-assessments, limited to what the reader may see inside the query, and the row-level steps that
 * must not wait for the aggregate: locking a draft while evidence is added, following a producer that moves.
 */
@Repository
public class SelfAssessmentListing {

	private static final String COLUMNS = """
			id, product_id, product_code, product_name, producer_name, criteria_set, status, total_points, points_a,
			points_b, points_c, stars, updated_at, updated_by, submitted_at, submitted_by""";

	private final JdbcClient jdbc;

	SelfAssessmentListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The self-assessments of one product, newest first (the caller has checked that the product is visible). */
	public List<SelfAssessmentSummary> ofProduct(long productId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM self_assessment WHERE product_id = :id ORDER BY id DESC")
			.param("id", productId)
			.query((rs, n) -> summary(rs))
			.list();
	}

	/** A page of the self-assessments the reader may see, optionally of one status, newest change first. */
	public PageResult<SelfAssessmentSummary> page(ProducerAccess access, SelfAssessmentStatus status,
			PageRequest page) {
		Map<String, Object> params = new HashMap<>(access.visibilityParameters());
		String where = access.visibility("province_code", "commune_code", "producer_id");
		if (status != null) {
			where += " AND status = :status";
			params.put("status", status.name());
		}
		return SqlPages.page(jdbc, COLUMNS, "self_assessment", where, "updated_at DESC, id DESC", params, page,
				(rs, n) -> summary(rs));
	}

	/**
	 * Locks a draft's row for the rest of the transaction, so that a submission waits for an evidence change in
	 * progress (and the other way round). False when it is no longer a draft.
	 */
	public boolean lockDraft(long id) {
		return jdbc.sql("UPDATE self_assessment SET status = status WHERE id = :id AND status = 'DRAFT'")
			.param("id", id)
			.update() == 1;
	}

	/** A producer moved: its self-assessments follow it into the scope of its new place. */
	public void producerMoved(long producerId, String provinceCode, String communeCode) {
		jdbc.sql("UPDATE self_assessment SET province_code = :province, commune_code = :commune WHERE producer_id = :id")
			.param("province", provinceCode)
			.param("commune", communeCode)
			.param("id", producerId)
			.update();
	}

	private static SelfAssessmentSummary summary(ResultSet rs) throws SQLException {
		return new SelfAssessmentSummary(rs.getLong("id"), rs.getLong("product_id"), rs.getString("product_code"),
				rs.getString("product_name"), rs.getString("producer_name"), rs.getString("criteria_set"),
				SelfAssessmentStatus.valueOf(rs.getString("status")),
				new RecordedScore(rs.getInt("total_points"), rs.getInt("points_a"), rs.getInt("points_b"),
						rs.getInt("points_c"), rs.getInt("stars")),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"),
				rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("submitted_by"));
	}

}
