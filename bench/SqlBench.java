import java.sql.*;
import java.util.Arrays;
import java.util.List;

/**
 * SQL-level timing of the admin-unit search statements on H2, and of two candidate improvements (one query
 * with COUNT(*) OVER () instead of count + page; an index on (unit_level, path)). Runs on a COPY of a data
 * directory whose app is stopped; the scratch index is dropped again at the end.
 *
 *   java -cp target/bench/h2.jar bench/SqlBench.java /path/to/copy/ocop     (the H2 file without .mv.db)
 *
 * Prints the median of 300 runs after 300 warm-up runs.
 */
public class SqlBench {
    static final String VALID = "(valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?)";
    static final String COLS = "id, unit_level, code, name, unit_type, parent_code, province_code, path, valid_from, valid_to";
    static final String ORDER = " ORDER BY CASE WHEN name_key = ? THEN 0 WHEN name_key LIKE ? THEN 1 WHEN search_key LIKE ? THEN 2 ELSE 3 END,"
        + " CASE unit_level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END, name_key, code LIMIT 20 OFFSET 0";

    interface Q { void run(Connection c) throws SQLException; }

    static double time(Connection c, Q q, int n) throws SQLException {
        for (int i = 0; i < 300; i++) q.run(c);
        long[] t = new long[n];
        for (int i = 0; i < n; i++) { long s = System.nanoTime(); q.run(c); t[i] = System.nanoTime() - s; }
        Arrays.sort(t);
        return t[n / 2] / 1e6;
    }

    static int drain(PreparedStatement ps) throws SQLException {
        int n = 0; try (ResultSet rs = ps.executeQuery()) { while (rs.next()) { n++; rs.getString(1); } } return n;
    }

    static Q textCount(String key, String extra) {
        return c -> { try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM admin_unit WHERE " + VALID + extra + " AND search_key LIKE ?")) {
            Date d = Date.valueOf("2026-11-28"); ps.setDate(1, d); ps.setDate(2, d); ps.setString(3, "%" + key + "%"); drain(ps); } };
    }
    static Q textPage(String key, String extra) {
        return c -> { try (PreparedStatement ps = c.prepareStatement("SELECT " + COLS + " FROM admin_unit WHERE " + VALID + extra + " AND search_key LIKE ?" + ORDER)) {
            Date d = Date.valueOf("2026-11-28"); ps.setDate(1, d); ps.setDate(2, d); ps.setString(3, "%" + key + "%");
            ps.setString(4, key); ps.setString(5, key + "%"); ps.setString(6, "% " + key + "%"); drain(ps); } };
    }
    static Q textWindow(String key) {
        return c -> { try (PreparedStatement ps = c.prepareStatement("SELECT " + COLS + ", COUNT(*) OVER () AS total FROM admin_unit WHERE " + VALID + " AND search_key LIKE ?" + ORDER)) {
            Date d = Date.valueOf("2026-11-28"); ps.setDate(1, d); ps.setDate(2, d); ps.setString(3, "%" + key + "%");
            ps.setString(4, key); ps.setString(5, key + "%"); ps.setString(6, "% " + key + "%"); drain(ps); } };
    }
    static Q subtree(boolean count, String q) {
        return c -> {
            String where = VALID + " AND unit_level = 'COMMUNE' AND path LIKE ?" + (q == null ? "" : " AND search_key LIKE ?");
            String sql = count ? "SELECT COUNT(*) FROM admin_unit WHERE " + where : "SELECT " + COLS + " FROM admin_unit WHERE " + where + ORDER;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Date d = Date.valueOf("2026-11-28"); int i = 1; ps.setDate(i++, d); ps.setDate(i++, d); ps.setString(i++, "/42/%");
                if (q != null) ps.setString(i++, "%" + q + "%");
                if (!count) { String k = q == null ? "" : q; ps.setString(i++, k); ps.setString(i++, k + "%"); ps.setString(i++, "% " + k + "%"); }
                drain(ps);
            } };
    }

    public static void main(String[] a) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + a[0] + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH", "sa", "")) {
            int n = 300;
            for (String key : List.of("huong son", "phuong")) {
                System.out.printf("text '%s': count %.2f ms, page %.2f ms, one query with COUNT(*) OVER () %.2f ms%n", key,
                    time(c, textCount(key, ""), n), time(c, textPage(key, ""), n), time(c, textWindow(key), n));
            }
            System.out.printf("subtree /42/ COMMUNE: count %.2f ms, page %.2f ms; with q=son: count %.2f, page %.2f%n",
                time(c, subtree(true, null), n), time(c, subtree(false, null), n), time(c, subtree(true, "son"), n), time(c, subtree(false, "son"), n));
            try (Statement s = c.createStatement()) { s.execute("CREATE INDEX IF NOT EXISTS scratch_level_path ON admin_unit (unit_level, path)"); }
            System.out.printf("  + index (unit_level, path): count %.2f ms, page %.2f ms; with q=son: count %.2f, page %.2f%n",
                time(c, subtree(true, null), n), time(c, subtree(false, null), n), time(c, subtree(true, "son"), n), time(c, subtree(false, "son"), n));
            try (Statement s = c.createStatement()) { s.execute("DROP INDEX scratch_level_path"); }
        }
    }
}
