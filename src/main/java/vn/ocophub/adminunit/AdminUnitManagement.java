package vn.ocophub.adminunit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocophub.adminunit.internal.AdminUnitStore;
import vn.ocophub.adminunit.internal.UnitRow;
import vn.ocophub.shared.PageRequest;
import vn.ocophub.shared.PageResult;
import vn.ocophub.shared.VietText;
import vn.ocophub.shared.error.ErrorCode;
import vn.ocophub.shared.error.NotFoundException;

/**
 * Reads of the administrative map: search, a unit with its history, provinces with their commune counts.
 * Anyone may read the map; it is public law.
 */
@Service
@Transactional(readOnly = true)
public class AdminUnitManagement {

	private static final String COLUMNS = UnitRow.COLUMNS;

	private static final String VALID_ON = AdminUnitStore.VALID_ON;

	/** Error codes of this module. */
	public enum Errors implements ErrorCode {

		UNIT_NOT_FOUND("adminunit.not-found");

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

	private final Clock clock;

	AdminUnitManagement(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Units matching a query, best matches first: exact name, name prefix, word prefix, then the rest. */
	public PageResult<AdminUnitSummary> search(AdminUnitQuery query, PageRequest page) {
		String key = VietText.searchKey(query.text());
		StringBuilder where = new StringBuilder(VALID_ON);
		if (query.level() != null) {
			where.append(" AND unit_level = :level");
		}
		if (query.parentCode() != null && !query.parentCode().isBlank()) {
			where.append(" AND parent_code = :parent");
		}
		if (query.provinceCode() != null && !query.provinceCode().isBlank()) {
			where.append(" AND path LIKE :subtree");
		}
		if (!key.isEmpty()) {
			// Words are matched from their start: "huong son" finds "Xã Hương Sơn", not "Phường Sông Cầu".
			where.append(" AND (search_key LIKE :prefix OR search_key LIKE :wordPrefix)");
		}
		LocalDate date = query.date() != null ? query.date() : today();
		// One scan for the page and its total (COUNT(*) OVER ()); a page past the end falls back to a count.
		long[] total = { -1 };
		List<AdminUnitSummary> items = bind(jdbc.sql("SELECT " + COLUMNS + ", COUNT(*) OVER () AS total FROM admin_unit WHERE " + where + "\n" + """
				 ORDER BY CASE WHEN name_key = :key THEN 0 WHEN name_key LIKE :namePrefix THEN 1 ELSE 2 END,
				          CASE unit_level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END,
				          name_key, code
				 LIMIT :limit OFFSET :offset"""), query, key, date)
			.param("key", key)
			.param("namePrefix", key + "%")
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return UnitRow.map(rs, n).summary();
			})
			.list();
		if (total[0] < 0) {
			total[0] = bind(jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE " + where), query, key, date)
				.query(Long.class)
				.single();
		}
		return new PageResult<>(items, page.page(), page.size(), total[0]);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AdminUnitQuery query, String key,
			LocalDate date) {
		spec = spec.param("date", date);
		if (query.level() != null) {
			spec = spec.param("level", query.level().name());
		}
		if (query.parentCode() != null && !query.parentCode().isBlank()) {
			spec = spec.param("parent", query.parentCode().trim());
		}
		if (query.provinceCode() != null && !query.provinceCode().isBlank()) {
			spec = spec.param("subtree", "/" + query.provinceCode().trim() + "/%");
		}
		if (!key.isEmpty()) {
			spec = spec.param("prefix", key + "%").param("wordPrefix", "% " + key + "%");
		}
		return spec;
	}

	/** The unit with this code in force on a day (today when null). */
	public Optional<AdminUnitSummary> find(String code, LocalDate date) {
		return row(code, date).map(UnitRow::summary);
	}

	/** The unit with this code in force today. */
	public Optional<AdminUnitSummary> findCurrent(String code) {
		return find(code, null);
	}

	/** A unit with its parent, province, number of children, predecessors and successors. */
	public AdminUnitDetails details(String code, LocalDate date) {
		UnitRow row = row(code, date).orElseThrow(() -> new NotFoundException(Errors.UNIT_NOT_FOUND, code));
		LocalDate day = date != null ? date : today();
		AdminUnitSummary parent = row.parentCode() == null ? null : find(row.parentCode(), day).orElse(null);
		AdminUnitSummary province = row.level() == AdminUnitLevel.PROVINCE ? null
				: find(row.provinceCode(), day).orElse(null);
		int children = jdbc.sql("SELECT COUNT(*) FROM admin_unit WHERE parent_code = :code AND " + VALID_ON)
			.param("code", row.code())
			.param("date", day)
			.query(Integer.class)
			.single();
		List<AdminUnitDetails.Predecessor> predecessors = jdbc.sql("""
				SELECT s.predecessor_code, s.predecessor_name, s.predecessor_level, s.district_name, s.province_name,
				       s.merge_kind, s.note, s.predecessor_id, p.valid_to
				FROM admin_unit_succession s LEFT JOIN admin_unit p ON p.id = s.predecessor_id
				WHERE s.successor_id = :id
				ORDER BY s.effective_date, s.province_name, s.district_name, s.predecessor_name""")
			.param("id", row.id())
			.query((rs, n) -> new AdminUnitDetails.Predecessor(rs.getString(1), rs.getString(2),
					AdminUnitLevel.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
					MergeKind.valueOf(rs.getString(6)), rs.getString(7), rs.getObject(8) != null,
					rs.getObject(9, LocalDate.class)))
			.list();
		List<AdminUnitDetails.Successor> successors = jdbc.sql("""
				SELECT u.code, u.name, u.unit_level, pr.name, s.merge_kind, s.note, s.effective_date
				FROM admin_unit_succession s
				JOIN admin_unit u ON u.id = s.successor_id
				LEFT JOIN admin_unit pr ON pr.unit_level = 'PROVINCE' AND pr.code = u.province_code
				     AND (pr.valid_from IS NULL OR pr.valid_from <= s.effective_date)
				     AND (pr.valid_to IS NULL OR pr.valid_to >= s.effective_date)
				WHERE s.predecessor_id = :id
				ORDER BY s.effective_date, u.name""")
			.param("id", row.id())
			.query((rs, n) -> new AdminUnitDetails.Successor(rs.getString(1), rs.getString(2),
					AdminUnitLevel.valueOf(rs.getString(3)), rs.getString(4), MergeKind.valueOf(rs.getString(5)),
					rs.getString(6), rs.getObject(7, LocalDate.class)))
			.list();
		return new AdminUnitDetails(row.summary(), parent, province, children, predecessors, successors);
	}

	/** Every province in force on a day with the number of units under it, by name. */
	public List<ProvinceOverview> provinces(LocalDate date) {
		LocalDate day = date != null ? date : today();
		Map<String, Map<String, Long>> counts = jdbc.sql("""
				SELECT province_code, unit_type, COUNT(*) FROM admin_unit
				WHERE unit_level <> 'PROVINCE' AND """ + VALID_ON + " GROUP BY province_code, unit_type")
			.param("date", day)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getLong(3) })
			.list()
			.stream()
			.collect(Collectors.groupingBy(r -> (String) r[0],
					Collectors.toMap(r -> (String) r[1], r -> (Long) r[2], Long::sum)));
		return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE unit_level = 'PROVINCE' AND " + VALID_ON
				+ " ORDER BY name_key")
			.param("date", day)
			.query(UnitRow::map)
			.list()
			.stream()
			.map(row -> overview(row, counts.getOrDefault(row.code(), Map.of())))
			.toList();
	}

	private static ProvinceOverview overview(UnitRow row, Map<String, Long> byType) {
		Function<AdminUnitType, Long> count = type -> byType.getOrDefault(type.name(), 0L);
		long districts = count.apply(AdminUnitType.QUAN) + count.apply(AdminUnitType.HUYEN)
				+ count.apply(AdminUnitType.THI_XA) + count.apply(AdminUnitType.THANH_PHO_THUOC_TINH);
		return new ProvinceOverview(row.summary(), count.apply(AdminUnitType.XA) + count.apply(AdminUnitType.THI_TRAN),
				count.apply(AdminUnitType.PHUONG), count.apply(AdminUnitType.DAC_KHU), districts);
	}

	/** The date from which the map in force today applies (1 July 2025 for the shipped map). */
	public Optional<LocalDate> currentMapDate() {
		return jdbc.sql("SELECT MAX(valid_from) FROM admin_unit WHERE valid_from <= :date")
			.param("date", today())
			.query(LocalDate.class)
			.optional();
	}

	/** Every unit of a level in force today, by code; for checking many codes at once (an import). */
	public Map<String, AdminUnitSummary> currentUnits(AdminUnitLevel level) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE unit_level = :level AND " + VALID_ON)
			.param("level", level.name())
			.param("date", today())
			.query(UnitRow::map)
			.list()
			.stream()
			.collect(Collectors.toMap(UnitRow::code, UnitRow::summary, (a, b) -> a));
	}

	/**
	 * The most recent unit that had this code, in force or not, with its successors: what a user is told when
	 * a code from an old spreadsheet no longer exists.
	 */
	public Optional<AdminUnitDetails> lastKnown(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE code = :code"
				+ " ORDER BY CASE WHEN valid_to IS NULL THEN 0 ELSE 1 END, valid_to DESC")
			.param("code", code.trim())
			.query(UnitRow::map)
			.list()
			.stream()
			.findFirst()
			.map(row -> details(row.code(), row.summary().validTo() != null ? row.summary().validTo() : today()));
	}

	private Optional<UnitRow> row(String code, LocalDate date) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM admin_unit WHERE code = :code AND " + VALID_ON
				+ " ORDER BY CASE unit_level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END")
			.param("code", code.trim())
			.param("date", date != null ? date : today())
			.query(UnitRow::map)
			.list()
			.stream()
			.findFirst();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
