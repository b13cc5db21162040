package vn.ocophub.shared;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a filtered, sorted list and its total in a single query. The matching rows are counted and
 * ordered on their id and sort keys only ({@code COUNT(*) OVER ()}); the page's full rows (and any per-row
 * sub-query of {@code select}) are read for the page alone. A page past the end, which returns no row to read
 * the total from, falls back to a count.
 */
public final class SqlPages {

	private SqlPages() {
	}

	/**
	 * @param select the selected columns
	 * @param from the table, which has an {@code id} column; {@code select} may name its columns plainly
	 * @param where the condition, with named parameters from {@code params}
	 * @param order the ORDER BY list
	 */
	public static <T> PageResult<T> page(JdbcClient jdbc, String select, String from, String where, String order,
			Map<String, ?> params, PageRequest page, RowMapper<T> mapper) {
		return page(jdbc, select, from, where, order, params, page, mapper, true);
	}

	/**
	 * As {@link #page(JdbcClient, String, String, String, String, Map, PageRequest, RowMapper)}; when the condition
	 * is not {@code selective} (a list without a search text, which may match a whole province), the page is read
	 * in index order with its limit and the total by a separate count, rather than ordering every row to count.
	 */
	public static <T> PageResult<T> page(JdbcClient jdbc, String select, String from, String where, String order,
			Map<String, ?> params, PageRequest page, RowMapper<T> mapper, boolean selective) {
		if (!selective) {
			List<T> items = jdbc
				.sql("SELECT " + select + " FROM " + from + " WHERE " + where + " ORDER BY " + order
						+ " LIMIT :limit OFFSET :offset")
				.params(params)
				.param("limit", page.size())
				.param("offset", page.offset())
				.query(mapper)
				.list();
			long total = jdbc.sql("SELECT COUNT(*) FROM " + from + " WHERE " + where).params(params)
				.query(Long.class)
				.single();
			return new PageResult<>(items, page.page(), page.size(), total);
		}
		long[] total = { -1 };
		List<T> items = jdbc
			.sql("SELECT " + select + ", page_rows.total_rows FROM " + from + " JOIN (SELECT id AS page_id,"
					+ " COUNT(*) OVER () AS total_rows, ROW_NUMBER() OVER (ORDER BY " + order + ") AS page_position"
					+ " FROM " + from + " WHERE " + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset)"
					+ " page_rows ON " + from + ".id = page_rows.page_id ORDER BY page_rows.page_position")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> {
				total[0] = rs.getLong("total_rows");
				return mapper.mapRow(rs, n);
			})
			.list();
		if (total[0] < 0) {
			total[0] = jdbc.sql("SELECT COUNT(*) FROM " + from + " WHERE " + where).params(params).query(Long.class)
				.single();
		}
		return new PageResult<>(items, page.page(), page.size(), total[0]);
	}

}
