package vn.ocophub.evaluation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.ocophub.evaluation.ConflictKind;
import vn.ocophub.evaluation.CouncilCommand;
import vn.ocophub.evaluation.CouncilRole;
import vn.ocophub.evaluation.CouncilSeat;
import vn.ocophub.evaluation.Declaration;
import vn.ocophub.evaluation.Routing;
import vn.ocophub.evaluation.SheetStatus;

/**
 * The plain-SQL side of councils: composition, assignments, declarations, score sheets with their revisions,
 * confirmed results and minutes. Declarations, submitted sheets, results and minutes are only ever inserted; a
 * draft sheet is updated only at the version it was read ({@code false} otherwise).
 */
@Repository
public class CouncilRecords {

	private final JdbcClient jdbc;

	CouncilRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A council's own row. */
	public record CouncilRow(long id, long roundId, String name, String decisionRef, LocalDate sessionDate,
			OffsetDateTime createdAt, String createdBy, long version) {
	}

	/** One revision of a member's sheet, with its answers (criterion → option). */
	public record SheetRow(long id, long memberId, long dossierId, int revision, SheetStatus status, int total,
			int pointsA, int pointsB, int pointsC, String reopenReason, String reopenedBy, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, OffsetDateTime submittedAt, long version, Map<String, String> answers) {
	}

	/** A confirmed result as stored. */
	public record ResultRow(long dossierId, long councilId, int members, int eligible, int counted, BigDecimal mean,
			BigDecimal meanA, BigDecimal meanB, BigDecimal meanC, int band, int stars, Integer recognisedStars,
			int spread, Map<Long, Integer> totals, Routing routing, OffsetDateTime confirmedAt, String confirmedBy) {
	}

	/** An edition of a council's minutes (without the PDF). */
	public record MinutesRow(long id, long councilId, int edition, int dossiers, String sha256,
			OffsetDateTime generatedAt, String generatedBy) {
	}

	// --- councils

	public long insertCouncil(long roundId, CouncilCommand command, String actor, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO council (round_id, name, decision_ref, session_date, created_at, created_by, version)
				VALUES (:round, :name, :ref, :day, :at, :by, 0)""")
			.param("round", roundId)
			.param("name", command.name())
			.param("ref", command.decisionRef())
			.param("day", command.sessionDate())
			.param("at", at)
			.param("by", actor)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Changes the council's own fields at the version read; false when someone changed it meanwhile. */
	public boolean updateCouncil(long id, long version, CouncilCommand command) {
		return jdbc.sql("""
				UPDATE council SET name = :name, decision_ref = :ref, session_date = :day, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("name", command.name())
			.param("ref", command.decisionRef())
			.param("day", command.sessionDate())
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	public Optional<CouncilRow> council(long id) {
		return jdbc.sql("SELECT * FROM council WHERE id = :id").param("id", id).query(CouncilRecords::council).optional();
	}

	public List<CouncilRow> councilsOfRound(long roundId) {
		return jdbc.sql("SELECT * FROM council WHERE round_id = :round ORDER BY id")
			.param("round", roundId)
			.query(CouncilRecords::council)
			.list();
	}

	/** The councils in which an account sits, newest first. */
	public List<CouncilRow> councilsOfUser(long userId) {
		return jdbc.sql("""
				SELECT c.* FROM council c WHERE EXISTS (SELECT 1 FROM council_member m WHERE m.council_id = c.id
				AND m.user_id = :user) ORDER BY c.id DESC""")
			.param("user", userId)
			.query(CouncilRecords::council)
			.list();
	}

	private static CouncilRow council(ResultSet rs, int n) throws SQLException {
		return new CouncilRow(rs.getLong("id"), rs.getLong("round_id"), rs.getString("name"), rs.getString("decision_ref"),
				rs.getObject("session_date", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class),
				rs.getString("created_by"), rs.getLong("version"));
	}

	/** Replaces the seats (only before any declaration or sheet refers to them). */
	public void replaceSeats(long councilId, List<CouncilSeat> seats) {
		jdbc.sql("DELETE FROM council_member WHERE council_id = :id").param("id", councilId).update();
		for (CouncilSeat seat : seats) {
			jdbc.sql("""
					INSERT INTO council_member (council_id, user_id, username, full_name, agency, seat)
					VALUES (:council, :user, :username, :name, :agency, :seat)""")
				.param("council", councilId)
				.param("user", seat.userId())
				.param("username", seat.username())
				.param("name", seat.fullName())
				.param("agency", seat.agency())
				.param("seat", seat.role().name())
				.update();
		}
	}

	public void replaceAdvisors(long councilId, List<CouncilCommand.Advisor> advisors) {
		jdbc.sql("DELETE FROM advisory_member WHERE council_id = :id").param("id", councilId).update();
		for (CouncilCommand.Advisor advisor : advisors) {
			jdbc.sql("INSERT INTO advisory_member (council_id, full_name, agency, task) VALUES (:council, :name, :agency, :task)")
				.param("council", councilId)
				.param("name", advisor.fullName())
				.param("agency", advisor.agency())
				.param("task", advisor.task())
				.update();
		}
	}

	/** The seats of a council: chair, vice-chairs, members, secretary, each by name. */
	public List<CouncilSeat> seats(long councilId) {
		return jdbc.sql("SELECT * FROM council_member WHERE council_id = :id ORDER BY id")
			.param("id", councilId)
			.query((rs, n) -> new CouncilSeat(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"),
					rs.getString("full_name"), rs.getString("agency"), CouncilRole.valueOf(rs.getString("seat"))))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(CouncilSeat::role))
			.toList();
	}

	public List<CouncilCommand.Advisor> advisors(long councilId) {
		return jdbc.sql("SELECT * FROM advisory_member WHERE council_id = :id ORDER BY id")
			.param("id", councilId)
			.query((rs, n) -> new CouncilCommand.Advisor(rs.getString("full_name"), rs.getString("agency"),
					rs.getString("task")))
			.list();
	}

	/** Whether any member has declared or scored: from then on the seats stay as they are. */
	public boolean workStarted(long councilId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM council_member m WHERE m.council_id = :id AND (
				  EXISTS (SELECT 1 FROM conflict_declaration d WHERE d.member_id = m.id)
				  OR EXISTS (SELECT 1 FROM score_sheet s WHERE s.member_id = m.id))""")
			.param("id", councilId)
			.query(Integer.class)
			.single() > 0;
	}

	// --- assignments

	public void assign(long dossierId, long councilId, String actor, OffsetDateTime at) {
		jdbc.sql("INSERT INTO council_dossier (dossier_id, council_id, assigned_at, assigned_by) VALUES (:d, :c, :at, :by)")
			.param("d", dossierId)
			.param("c", councilId)
			.param("at", at)
			.param("by", actor)
			.update();
	}

	public Optional<Long> councilOf(long dossierId) {
		return jdbc.sql("SELECT council_id FROM council_dossier WHERE dossier_id = :d")
			.param("d", dossierId)
			.query(Long.class)
			.optional();
	}

	/** The dossiers assigned to a council, in the order they were assigned. */
	public List<Long> dossiersOf(long councilId) {
		return jdbc.sql("SELECT dossier_id FROM council_dossier WHERE council_id = :c ORDER BY assigned_at, dossier_id")
			.param("c", councilId)
			.query(Long.class)
			.list();
	}

	/** The dossiers assigned to any council of a round, by council. */
	public Map<Long, List<Long>> dossiersOfRound(long roundId) {
		Map<Long, List<Long>> byCouncil = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT cd.council_id, cd.dossier_id FROM council_dossier cd JOIN council c ON c.id = cd.council_id
				WHERE c.round_id = :round ORDER BY cd.council_id, cd.assigned_at, cd.dossier_id""")
			.param("round", roundId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach(pair -> byCouncil.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]));
		return byCouncil;
	}

	// --- declarations

	public void insertDeclaration(Declaration d) {
		jdbc.sql("""
				INSERT INTO conflict_declaration (member_id, dossier_id, conflict, kinds, statement, declared_at,
				                                  declared_by, signature)
				VALUES (:member, :dossier, :conflict, :kinds, :statement, :at, :by, :signature)""")
			.param("member", d.memberId())
			.param("dossier", d.dossierId())
			.param("conflict", d.conflict())
			.param("kinds", d.conflict() ? kinds(d.kinds()) : null)
			.param("statement", d.statement())
			.param("at", d.declaredAt())
			.param("by", d.declaredBy())
			.param("signature", d.signature())
			.update();
	}

	/** Declarations about the given dossiers. */
	public List<Declaration> declarations(Collection<Long> dossierIds) {
		if (dossierIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM conflict_declaration WHERE dossier_id IN (:ids) ORDER BY declared_at, id")
			.param("ids", List.copyOf(dossierIds))
			.query((rs, n) -> new Declaration(rs.getLong("member_id"), rs.getLong("dossier_id"),
					rs.getBoolean("conflict"), kinds(rs.getString("kinds")), rs.getString("statement"),
					rs.getObject("declared_at", OffsetDateTime.class), rs.getString("declared_by"),
					rs.getString("signature")))
			.list();
	}

	private static String kinds(Set<ConflictKind> kinds) {
		return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	private static Set<ConflictKind> kinds(String kinds) {
		if (kinds == null || kinds.isBlank()) {
			return Set.of();
		}
		Set<ConflictKind> set = EnumSet.noneOf(ConflictKind.class);
		Arrays.stream(kinds.split(",")).map(ConflictKind::valueOf).forEach(set::add);
		return set;
	}

	// --- sheets

	public long insertSheet(long memberId, long dossierId, int revision, Map<String, String> answers, int[] points,
			String reopenReason, String reopenedBy, OffsetDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO score_sheet (member_id, dossier_id, revision, status, total_points, points_a, points_b, points_c,
				                         reopen_reason, reopened_by, created_at, updated_at, version)
				VALUES (:member, :dossier, :revision, 'DRAFT', :total, :a, :b, :c, :reason, :by, :at, :at, 0)""")
			.param("member", memberId)
			.param("dossier", dossierId)
			.param("revision", revision)
			.param("total", points[0] + points[1] + points[2])
			.param("a", points[0])
			.param("b", points[1])
			.param("c", points[2])
			.param("reason", reopenReason)
			.param("by", reopenedBy)
			.param("at", at)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		insertAnswers(id, answers);
		return id;
	}

	/**
	 * Replaces a draft's answers at the version read, and submits it when asked; false when the sheet is no longer
	 * that draft (changed in another tab, or submitted).
	 */
	public boolean updateDraft(long sheetId, long version, Map<String, String> answers, int[] points, boolean submit,
			OffsetDateTime at) {
		int changed = jdbc.sql("""
				UPDATE score_sheet SET total_points = :total, points_a = :a, points_b = :b, points_c = :c,
				       status = :status, submitted_at = :submitted, updated_at = :at, version = version + 1
				WHERE id = :id AND version = :version AND status = 'DRAFT'""")
			.param("total", points[0] + points[1] + points[2])
			.param("a", points[0])
			.param("b", points[1])
			.param("c", points[2])
			.param("status", submit ? "SUBMITTED" : "DRAFT")
			.param("submitted", submit ? at : null)
			.param("at", at)
			.param("id", sheetId)
			.param("version", version)
			.update();
		if (changed != 1) {
			return false;
		}
		jdbc.sql("DELETE FROM score_answer WHERE sheet_id = :id").param("id", sheetId).update();
		insertAnswers(sheetId, answers);
		return true;
	}

	private void insertAnswers(long sheetId, Map<String, String> answers) {
		List<Map.Entry<String, String>> rows = List.copyOf(answers.entrySet());
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder("INSERT INTO score_answer (sheet_id, criterion_code, option_code) VALUES ");
		Map<String, Object> params = new HashMap<>();
		params.put("sheet", sheetId);
		for (int i = 0; i < rows.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("(:sheet, :c").append(i).append(", :o").append(i).append(')');
			params.put("c" + i, rows.get(i).getKey());
			params.put("o" + i, rows.get(i).getValue());
		}
		jdbc.sql(sql.toString()).params(params).update();
	}

	/** Every revision of one member's sheet for one product, oldest first, with answers. */
	public List<SheetRow> revisions(long memberId, long dossierId) {
		List<SheetRow> rows = jdbc.sql("SELECT * FROM score_sheet WHERE member_id = :m AND dossier_id = :d ORDER BY revision")
			.param("m", memberId)
			.param("d", dossierId)
			.query(CouncilRecords::sheet)
			.list();
		return withAnswers(rows);
	}

	/**
	 * The latest revision of every member's sheet for the given dossiers, answers loaded for the submitted ones
	 * only (drafts are not counted anywhere). One query for the sheets, one for the answers, both selected by
	 * dossier: a list of a round's thousands of sheet ids in {@code IN} made H2 compare every answer row with
	 * every id (1.5 s for 300 dossiers of 9 members, see docs/benchmarks.md).
	 */
	public List<SheetRow> latestSheets(Collection<Long> dossierIds) {
		if (dossierIds.isEmpty()) {
			return List.of();
		}
		Map<String, SheetRow> latest = new LinkedHashMap<>();
		Map<Long, Map<String, String>> answers = new HashMap<>();
		for (List<Long> chunk : chunks(dossierIds)) {
			jdbc.sql("SELECT * FROM score_sheet WHERE dossier_id IN (:ids) ORDER BY dossier_id, member_id, revision")
				.param("ids", chunk)
				.query(CouncilRecords::sheet)
				.list()
				.forEach(row -> latest.put(row.memberId() + ":" + row.dossierId(), row));
			jdbc.sql("""
					SELECT a.sheet_id, a.criterion_code, a.option_code FROM score_sheet s
					JOIN score_answer a ON a.sheet_id = s.id
					WHERE s.dossier_id IN (:ids) AND s.status = 'SUBMITTED'""")
				.param("ids", chunk)
				.query((rs, n) -> {
					answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
					return null;
				})
				.list();
		}
		// Earlier submitted revisions of reopened sheets came along; only the latest ones keep their answers.
		return latest.values()
			.stream()
			.map(row -> withAnswers(row,
					row.status() == SheetStatus.SUBMITTED ? answers.getOrDefault(row.id(), Map.of()) : Map.of()))
			.toList();
	}

	private List<SheetRow> withAnswers(List<SheetRow> rows) {
		List<Long> ids = rows.stream().map(SheetRow::id).toList();
		Map<Long, Map<String, String>> answers = new HashMap<>();
		for (List<Long> chunk : chunks(ids)) {
			jdbc.sql("SELECT sheet_id, criterion_code, option_code FROM score_answer WHERE sheet_id IN (:ids)")
				.param("ids", chunk)
				.query((rs, n) -> {
					answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
					return null;
				})
				.list();
		}
		return rows.stream().map(row -> withAnswers(row, answers.getOrDefault(row.id(), Map.of()))).toList();
	}

	private static SheetRow withAnswers(SheetRow row, Map<String, String> answers) {
		return new SheetRow(row.id(), row.memberId(), row.dossierId(), row.revision(), row.status(), row.total(),
				row.pointsA(), row.pointsB(), row.pointsC(), row.reopenReason(), row.reopenedBy(), row.createdAt(),
				row.updatedAt(), row.submittedAt(), row.version(), answers);
	}

	private static List<List<Long>> chunks(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		List<List<Long>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 1000) {
			chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
		}
		return chunks;
	}

	private static SheetRow sheet(ResultSet rs, int n) throws SQLException {
		return new SheetRow(rs.getLong("id"), rs.getLong("member_id"), rs.getLong("dossier_id"), rs.getInt("revision"),
				SheetStatus.valueOf(rs.getString("status")), rs.getInt("total_points"), rs.getInt("points_a"),
				rs.getInt("points_b"), rs.getInt("points_c"), rs.getString("reopen_reason"), rs.getString("reopened_by"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getObject("submitted_at", OffsetDateTime.class), rs.getLong("version"), Map.of());
	}

	// --- results

	public void insertResult(ResultRow r) {
		jdbc.sql("""
				INSERT INTO council_result (dossier_id, council_id, members, eligible, counted, mean_points, mean_a, mean_b,
				       mean_c, band, stars, recognised_stars, spread, totals, routing, confirmed_at, confirmed_by)
				VALUES (:dossier, :council, :members, :eligible, :counted, :mean, :a, :b, :c, :band, :stars, :recognised,
				       :spread, :totals, :routing, :at, :by)""")
			.param("dossier", r.dossierId())
			.param("council", r.councilId())
			.param("members", r.members())
			.param("eligible", r.eligible())
			.param("counted", r.counted())
			.param("mean", r.mean())
			.param("a", r.meanA())
			.param("b", r.meanB())
			.param("c", r.meanC())
			.param("band", r.band())
			.param("stars", r.stars())
			.param("recognised", r.recognisedStars())
			.param("spread", r.spread())
			.param("totals", r.totals()
				.entrySet()
				.stream()
				.map(e -> e.getKey() + ":" + e.getValue())
				.collect(Collectors.joining(";")))
			.param("routing", r.routing().name())
			.param("at", r.confirmedAt())
			.param("by", r.confirmedBy())
			.update();
	}

	public Map<Long, ResultRow> results(Collection<Long> dossierIds) {
		Map<Long, ResultRow> results = new HashMap<>();
		for (List<Long> chunk : chunks(dossierIds)) {
			jdbc.sql("SELECT * FROM council_result WHERE dossier_id IN (:ids)")
				.param("ids", chunk)
				.query(CouncilRecords::result)
				.list()
				.forEach(row -> results.put(row.dossierId(), row));
		}
		return results;
	}

	/**
	 * Confirmed provincial results proposed to the central council ("potential 5★") not yet carried into a central
	 * round: dossier ids, oldest confirmation first.
	 */
	public List<Long> openProposals() {
		return jdbc.sql("""
				SELECT r.dossier_id FROM council_result r
				WHERE r.routing = 'CENTRAL_PROPOSAL'
				  AND NOT EXISTS (SELECT 1 FROM dossier d WHERE d.source_dossier_id = r.dossier_id)
				ORDER BY r.confirmed_at, r.dossier_id""")
			.query(Long.class)
			.list();
	}

	/**
	 * Confirmed results recognising a product at a star level, of rounds at that level (and, for a provincial
	 * level, of that province), oldest first.
	 */
	public List<vn.ocophub.evaluation.RecognisedResult> recognised(vn.ocophub.evaluation.RoundLevel level,
			String provinceCode) {
		return jdbc.sql("""
				SELECT d.id, d.product_id, d.product_code, d.product_name, d.producer_id, d.producer_name, d.province_code,
				       d.commune_code, d.commune_name, d.criteria_set, e.id AS round_id, e.level, e.round_year, e.round_number,
				       r.mean_points, r.recognised_stars, r.routing, r.confirmed_at
				FROM council_result r
				JOIN dossier d ON d.id = r.dossier_id
				JOIN evaluation_round e ON e.id = d.round_id
				WHERE r.recognised_stars IS NOT NULL AND e.level = :level
				  AND (CAST(:province AS VARCHAR) IS NULL OR d.province_code = :province)
				  AND r.routing IN ('PROVINCIAL_DECISION', 'CENTRAL_PROPOSAL', 'CENTRAL_DECISION')
				ORDER BY r.confirmed_at, d.id""")
			.param("level", level.name())
			.param("province", provinceCode)
			.query((rs, n) -> new vn.ocophub.evaluation.RecognisedResult(rs.getLong("id"), rs.getLong("product_id"),
					rs.getString("product_code"), rs.getString("product_name"), rs.getLong("producer_id"),
					rs.getString("producer_name"), rs.getString("province_code"), rs.getString("commune_code"),
					rs.getString("commune_name"), rs.getString("criteria_set"), rs.getLong("round_id"),
					vn.ocophub.evaluation.RoundLevel.valueOf(rs.getString("level")), rs.getInt("round_year"),
					rs.getInt("round_number"), rs.getBigDecimal("mean_points"), rs.getInt("recognised_stars"),
					Routing.valueOf(rs.getString("routing")), rs.getObject("confirmed_at", OffsetDateTime.class)))
			.list();
	}

	private static ResultRow result(ResultSet rs, int n) throws SQLException {
		Map<Long, Integer> totals = new LinkedHashMap<>();
		String stored = rs.getString("totals");
		if (stored != null && !stored.isBlank()) {
			for (String pair : stored.split(";")) {
				String[] parts = pair.split(":");
				totals.put(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
			}
		}
		return new ResultRow(rs.getLong("dossier_id"), rs.getLong("council_id"), rs.getInt("members"),
				rs.getInt("eligible"), rs.getInt("counted"), rs.getBigDecimal("mean_points"), rs.getBigDecimal("mean_a"),
				rs.getBigDecimal("mean_b"), rs.getBigDecimal("mean_c"), rs.getInt("band"), rs.getInt("stars"),
				(Integer) rs.getObject("recognised_stars", Integer.class), rs.getInt("spread"), totals,
				Routing.valueOf(rs.getString("routing")), rs.getObject("confirmed_at", OffsetDateTime.class),
				rs.getString("confirmed_by"));
	}

	// --- minutes

	public int insertMinutes(long councilId, int dossiers, byte[] pdf, String sha256, String actor, OffsetDateTime at) {
		int edition = jdbc.sql("SELECT COALESCE(MAX(edition), 0) + 1 FROM council_minutes WHERE council_id = :c")
			.param("c", councilId)
			.query(Integer.class)
			.single();
		jdbc.sql("""
				INSERT INTO council_minutes (council_id, edition, dossiers, pdf, sha256, generated_at, generated_by)
				VALUES (:c, :edition, :dossiers, :pdf, :sha, :at, :by)""")
			.param("c", councilId)
			.param("edition", edition)
			.param("dossiers", dossiers)
			.param("pdf", pdf)
			.param("sha", sha256)
			.param("at", at)
			.param("by", actor)
			.update();
		return edition;
	}

	public List<MinutesRow> minutes(long councilId) {
		return jdbc.sql("""
				SELECT id, council_id, edition, dossiers, sha256, generated_at, generated_by FROM council_minutes
				WHERE council_id = :c ORDER BY edition DESC""")
			.param("c", councilId)
			.query((rs, n) -> new MinutesRow(rs.getLong("id"), rs.getLong("council_id"), rs.getInt("edition"),
					rs.getInt("dossiers"), rs.getString("sha256"), rs.getObject("generated_at", OffsetDateTime.class),
					rs.getString("generated_by")))
			.list();
	}

	public Optional<byte[]> minutesPdf(long councilId, int edition) {
		return jdbc.sql("SELECT pdf FROM council_minutes WHERE council_id = :c AND edition = :e")
			.param("c", councilId)
			.param("e", edition)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

}
