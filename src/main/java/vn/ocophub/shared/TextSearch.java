package vn.ocophub.shared;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accent-insensitive word search over a stored {@code search_key} column that holds the accent-free words of
 * a record with a leading space: every word of the query must start a word of the record, in any order
 * ("cam huong son" finds "Cam bù Hương Sơn"), and ranking puts an exact name first, then names starting with
 * the query, then names containing it as words, then names holding every word in another order, then the rest
 * (matched through other fields). The same SQL runs on H2 and PostgreSQL (where a
 * trigram index serves the {@code LIKE}).
 */
public final class TextSearch {

	private static final int MAX_WORDS = 8;

	private final String key;

	private final String code;

	private final List<String> words;

	private TextSearch(String text, String key) {
		this.key = key;
		// Codes keep their punctuation ("42-18133-0001", "01/2020/HKD"): an exact code ranks first.
		this.code = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
		this.words = key.isEmpty() ? List.of() : Arrays.stream(key.split(" ")).distinct().limit(MAX_WORDS).toList();
	}

	public static TextSearch of(String text) {
		return new TextSearch(text, VietText.searchKey(text));
	}

	public boolean isEmpty() {
		return words.isEmpty();
	}

	/** The condition on the search key column, e.g. {@code p.search_key}, with parameters {@code :w0 …}. */
	public String condition(String searchKeyColumn) {
		StringBuilder sql = new StringBuilder("(");
		for (int i = 0; i < words.size(); i++) {
			sql.append(i == 0 ? "" : " AND ").append(searchKeyColumn).append(" LIKE :w").append(i);
		}
		return sql.append(')').toString();
	}

	/**
	 * The rank of a row (0 best) from its accent-free name column; optionally a code column that, when equal to
	 * the query, ranks first too.
	 */
	public String rank(String nameKeyColumn, String codeColumn) {
		String exactCode = codeColumn == null ? "" : " WHEN LOWER(" + codeColumn + ") = :searchCode THEN 0";
		// Then a name holding every word in another order ("huong son cam bu" → "Cam bù Hương Sơn") before rows that
		// match through their other fields (producer, commune) only.
		StringBuilder allWords = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			allWords.append(i == 0 ? "" : " AND ").append("(' ' || ").append(nameKeyColumn).append(") LIKE :w").append(i);
		}
		String everyWord = words.isEmpty() ? "" : " WHEN " + allWords + " THEN 3";
		return "CASE WHEN " + nameKeyColumn + " = :searchKey THEN 0" + exactCode + " WHEN " + nameKeyColumn
				+ " LIKE :searchPrefix THEN 1 WHEN " + nameKeyColumn + " LIKE :searchWordPrefix THEN 2" + everyWord
				+ " ELSE 4 END";
	}

	/** The parameters of {@link #condition} and {@link #rank}. */
	public Map<String, Object> parameters() {
		Map<String, Object> params = new LinkedHashMap<>();
		for (int i = 0; i < words.size(); i++) {
			params.put("w" + i, "% " + escape(words.get(i)) + "%");
		}
		params.put("searchKey", key);
		params.put("searchCode", code);
		params.put("searchPrefix", escape(key) + "%");
		params.put("searchWordPrefix", "% " + escape(key) + "%");
		return params;
	}

	// Search keys hold only [a-z0-9 ], so there is nothing to escape today; kept so that a future key format
	// with LIKE wildcards cannot turn into a pattern.
	private static String escape(String word) {
		return word.replace("%", "").replace("_", "");
	}

}
