#!/usr/bin/env python3
"""SQL-level timings of the registry list queries on PostgreSQL, as the application builds them (captured with
logging.level.org.springframework.jdbc.core=DEBUG, see bench/results/2026-11-28/registry-sql-captured.txt), and
of a variant that pages the narrow rows first and reads the wide columns of the page only.

    bench/registry-sql.py [--db ocop_bench] [--runs 7] [--plans plans.txt]

Runs each statement --runs times with EXPLAIN (ANALYZE, TIMING OFF) through `su postgres -c psql` and prints
the median and minimum "Execution Time" (server side, no network, no JDBC) of three forms: as built today (one
statement, COUNT(*) OVER ()), narrow first (the same, paging ids in a subquery and joining the wide columns of
the page), and page and count apart (two statements: ORDER BY … LIMIT, then COUNT(*); the sum is shown). With --plans, writes one full
EXPLAIN (ANALYZE, BUFFERS) of each statement to that file. The parameters are inlined as literals, the way
the server sees them once bound. A country-wide user (visibility "1 = 1").
"""
import argparse
import re
import statistics
import subprocess
import sys

PRODUCT_COLUMNS = """id, code, name, producer_id, producer_name, province_code, commune_code, province_name, commune_name,
product_set, description, brand, geographical_indication, packaging, label_info, story, usage_guide,
raw_material_origin, local_material_share, production_capacity, linkage_contracts,
distribution_channels, export_markets, ocop_status, stars, rated_year, created_at, created_by,
updated_at, updated_by, version"""
PRODUCER_COLUMNS = """id, name, legal_type, registration_number, registration_date, tax_code, province_code, commune_code,
province_name, commune_name, address, representative_name, representative_gender,
representative_minority, phone, email, website, community_capital_share, cooperative_rating, workers,
local_workers, status, created_at, created_by, updated_at, updated_by, version"""
PHOTO = "(SELECT MIN(ph.id) FROM product_photo ph WHERE ph.product_id = product.id)"


def lit(s):
    return "'" + s.replace("'", "''") + "'"


def where_and_order(q, province, code_column):
    where = "(1 = 1)"
    if province:
        where += f" AND province_code = {lit(province)}"
    if not q:
        return where, "name_key, id"
    words = list(dict.fromkeys(q.split()))[:8]
    where += " AND (" + " AND ".join(f"search_key LIKE {lit('% ' + w + '%')}" for w in words) + ")"
    order = (f"CASE WHEN name_key = {lit(q)} THEN 0 WHEN LOWER({code_column}) = {lit(q)} THEN 0 WHEN name_key LIKE "
             f"{lit(q + '%')} THEN 1 WHEN name_key LIKE {lit('% ' + q + '%')} THEN 2 ELSE 3 END, name_key, id")
    return where, order


def statements(kind, q, province, page):
    """(as built today, narrow first, page and count apart) for one list request; the third is two statements."""
    offset = page * 20
    if kind == "products":
        where, order = where_and_order(q, province, "code")
        today = (f"SELECT {PRODUCT_COLUMNS}, {PHOTO} AS photo_id, COUNT(*) OVER () AS total FROM product WHERE {where}"
                 f" ORDER BY {order} LIMIT 20 OFFSET {offset}")
        narrow = (f"SELECT {PRODUCT_COLUMNS}, {PHOTO} AS photo_id, hits.total FROM (SELECT id, COUNT(*) OVER () AS total"
                  f" FROM product WHERE {where} ORDER BY {order} LIMIT 20 OFFSET {offset}) hits JOIN product USING (id)"
                  f" ORDER BY {order}")
        apart = (f"SELECT {PRODUCT_COLUMNS}, {PHOTO} AS photo_id FROM product WHERE {where} ORDER BY {order}"
                 f" LIMIT 20 OFFSET {offset}", f"SELECT COUNT(*) FROM product WHERE {where}")
    else:
        where, order = where_and_order(q, province, "registration_number")
        today = (f"SELECT {PRODUCER_COLUMNS}, COUNT(*) OVER () AS total FROM producer WHERE {where}"
                 f" ORDER BY {order} LIMIT 20 OFFSET {offset}")
        narrow = (f"SELECT {PRODUCER_COLUMNS}, hits.total FROM (SELECT id, COUNT(*) OVER () AS total FROM producer"
                  f" WHERE {where} ORDER BY {order} LIMIT 20 OFFSET {offset}) hits JOIN producer USING (id)"
                  f" ORDER BY {order}")
        apart = (f"SELECT {PRODUCER_COLUMNS} FROM producer WHERE {where} ORDER BY {order} LIMIT 20 OFFSET {offset}",
                 f"SELECT COUNT(*) FROM producer WHERE {where}")
    return today, narrow, apart


CASES = [  # kind, q, province, page, note
    ("products", "cam", None, 0, "1 word, ~7,000 matches"),
    ("products", "tinh", None, 0, "1 word, ~41,000 matches (every 'Tỉnh …')"),
    ("products", "mat ong", None, 0, "2 words, 2,406 matches"),
    ("products", "nuoc mam", "42", 0, "2 words + province"),
    ("products", "cam bu son kim", None, 0, "name + place"),
    ("products", None, "42", 0, "province only, no q"),
    ("products", None, None, 0, "no filter (default list, country-wide)"),
    ("producers", "hop tac xa", None, 2, "3 words, ~8,300 matches, page 3"),
    ("producers", "nguyen van", None, 0, "person, 2 words"),
    ("producers", "4100012345", None, 0, "registration number"),
    ("producers", "mat ong", "42", 0, "2 words + province"),
    ("producers", None, None, 0, "no filter (default list, country-wide)"),
]


def psql(db, sql):
    r = subprocess.run(["su", "postgres", "-c", f"psql -X -q -At -d {db}"], input=sql, capture_output=True,
                       text=True, check=True)
    return r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="ocop_bench")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--plans")
    args = ap.parse_args()
    if not re.fullmatch(r"[a-z_]+", args.db):
        sys.exit("bad database name")
    plans = open(args.plans, "w", encoding="utf-8") if args.plans else None
    print(f"{'case':<62} {'today ms (median/min)':>22} {'narrow first':>16} {'page + COUNT apart':>20}")
    for kind, q, province, page, note in CASES:
        today, narrow, apart = statements(kind, q, province, page)
        cells = []
        for variant in (today, narrow, apart):
            parts = variant if isinstance(variant, tuple) else (variant,)
            total = [0.0] * args.runs
            for sql in parts:
                psql(args.db, f"{sql};")  # warm the cache
                script = "".join(f"EXPLAIN (ANALYZE, TIMING OFF) {sql};\n" for _ in range(args.runs))
                times = [float(m) for m in re.findall(r"Execution Time: ([0-9.]+) ms", psql(args.db, script))]
                total = [a + b for a, b in zip(total, times)]
                if plans:
                    plans.write(f"-- {kind} q={q!r} province={province} page={page} ({note})\n-- {sql}\n")
                    plans.write(psql(args.db, f"EXPLAIN (ANALYZE, BUFFERS) {sql};") + "\n")
            cells.append(f"{statistics.median(total):7.1f} / {min(total):6.1f}")
        label = f"{kind} q={q or '-'}{' province=' + province if province else ''}{' page=' + str(page) if page else ''}"
        print(f"{label:<40} {note[:21]:<21} {cells[0]:>22} {cells[1]:>16} {cells[2]:>20}", flush=True)
    if plans:
        plans.close()


if __name__ == "__main__":
    main()
