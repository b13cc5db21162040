#!/usr/bin/env python3
"""A small load client with a bounded request count that records every request's latency.

    bench/search_client.py --base http://127.0.0.1:18090 --requests 3000 --concurrency 4 [--per-path]

Cycles through bench/search-paths.txt; each worker thread keeps one HTTP/1.1 keep-alive connection.
Prints p50/p95/p99/max and throughput overall and, with --per-path, for each path. Only loopback targets
are accepted. Standard library only.
"""
import argparse
import http.client
import statistics
import sys
import threading
import time
import urllib.parse


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    # nearest-rank
    k = max(0, min(len(sorted_values) - 1, int(-(-p * len(sorted_values) // 100)) - 1))
    return sorted_values[k]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:18090")
    ap.add_argument("--paths", default="bench/search-paths.txt")
    ap.add_argument("--requests", type=int, default=3000, help="total requests (bounded)")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--per-path", action="store_true")
    ap.add_argument("--quiet", action="store_true", help="print only the overall line")
    args = ap.parse_args()

    url = urllib.parse.urlsplit(args.base)
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("only loopback targets are allowed")
    if args.requests > 1_000_000:
        sys.exit("too many requests")
    paths = [line.strip() for line in open(args.paths, encoding="utf-8") if line.startswith("/")]

    lock = threading.Lock()
    next_index = [0]
    results = []  # (path, seconds, status)
    errors = []

    def worker():
        conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)
        local = []
        while True:
            with lock:
                i = next_index[0]
                if i >= args.requests:
                    break
                next_index[0] = i + 1
            path = paths[i % len(paths)]
            t0 = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Accept": "application/json"})
                resp = conn.getresponse()
                resp.read()
                local.append((path, time.perf_counter() - t0, resp.status))
            except (OSError, http.client.HTTPException) as ex:
                errors.append(repr(ex))
                conn.close()
                conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=30)
        conn.close()
        with lock:
            results.extend(local)

    threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start

    def line(label, items):
        lat = sorted(ms * 1000 for _, ms, _ in items)
        bad = sum(1 for _, _, s in items if s != 200)
        return (f"{label:<66} n={len(lat):>6} p50={percentile(lat, 50):7.2f} p95={percentile(lat, 95):7.2f} "
                f"p99={percentile(lat, 99):7.2f} max={lat[-1]:8.2f} mean={statistics.fmean(lat):7.2f} ms"
                f" non200={bad}")

    print(f"RESULT requests={len(results)} concurrency={args.concurrency} seconds={elapsed:.1f} "
          f"rps={len(results) / elapsed:.1f} errors={len(errors)}")
    if not args.quiet:
        print(line("ALL", results))
        if args.per_path:
            for p in paths:
                print(line(urllib.parse.unquote(p), [r for r in results if r[0] == p]))
    if errors:
        print("first errors:", errors[:3], file=sys.stderr)
    return 1 if errors or any(s != 200 for _, _, s in results) else 0


if __name__ == "__main__":
    sys.exit(main())
