package vn.ocophub.shared;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a filtered, sorted list and its total in a single scan ({@code COUNT(*) OVER ()}); a page past
 * the end, which returns no row to read the total from, falls back to a count.
 */
public final class SqlPages {

	private SqlPages() {
	}

	/**
	 * @param select the selected columns
	 * @param from the table (and joins)
	 * @param where the condition, with named parameters from {@code params}
	 * @param order the ORDER BY list
	 */
	public static <T> PageResult<T> page(JdbcClient jdbc, String select, String from, String where, String order,
			Map<String, ?> params, PageRequest page, RowMapper<T> mapper) {
		long[] total = { -1 };
		List<T> items = jdbc
			.sql("SELECT " + select + ", COUNT(*) OVER () AS total_rows FROM " + from + " WHERE " + where + " ORDER BY "
					+ order + " LIMIT :limit OFFSET :offset")
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
