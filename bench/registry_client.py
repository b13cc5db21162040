#!/usr/bin/env python3
"""Load client for the registry search API (HTTP Basic), with a bounded request count and per-group latency.

    bench/registry_client.py --base http://127.0.0.1:18092 --paths paths.txt --requests 3000 --concurrency 4
    bench/registry_client.py --base ... --paths paths.txt --sanity out.tsv     # one request per path, with totals

The paths file holds "group<TAB>path" lines (bench/registry-data.py queries); '#' lines are skipped. Each worker
keeps one HTTP/1.1 keep-alive connection and cycles through the paths. Prints p50/p95/p99/max and throughput
overall and for each group. Only loopback targets are accepted. Standard library only.
"""
import argparse
import base64
import http.client
import json
import statistics
import sys
import threading
import time
import urllib.parse


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(-(-p * len(sorted_values) // 100)) - 1))  # nearest rank
    return sorted_values[k]


def read_paths(name):
    out = []
    for line in open(name, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        group, _, path = line.partition("\t")
        out.append((group, path))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:18092")
    ap.add_argument("--paths", required=True)
    ap.add_argument("--user", default="admin")
    ap.add_argument("--password", default="demo@OCOP2026")
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--no-auth", action="store_true", help="send no credentials")
    ap.add_argument("--quiet", action="store_true", help="print only the overall line")
    ap.add_argument("--sanity", metavar="TSV", help="one request per path; write status, ms, total, path")
    args = ap.parse_args()

    url = urllib.parse.urlsplit(args.base)
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("only loopback targets are allowed")
    if args.requests > 1_000_000:
        sys.exit("too many requests")
    paths = read_paths(args.paths)
    auth = "Basic " + base64.b64encode(f"{args.user}:{args.password}".encode()).decode()
    headers = {"Accept": "application/json"}
    if not args.no_auth:
        headers["Authorization"] = auth

    if args.sanity:
        conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
        bad = 0
        totals = []
        with open(args.sanity, "w", encoding="utf-8") as out:
            out.write("status\tms\ttotal\titems\tgroup\tpath\n")
            for group, path in paths:
                t0 = time.perf_counter()
                conn.request("GET", path, headers=headers)
                resp = conn.getresponse()
                body = resp.read()
                ms = (time.perf_counter() - t0) * 1000
                total = items = ""
                if resp.status == 200:
                    doc = json.loads(body)
                    total, items = doc.get("total"), len(doc.get("items", []))
                    totals.append(total)
                else:
                    bad += 1
                out.write(f"{resp.status}\t{ms:.1f}\t{total}\t{items}\t{group}\t{urllib.parse.unquote_plus(path)}\n")
        totals.sort()
        print(f"SANITY paths={len(paths)} non200={bad} matches: min={totals[0]} p50={percentile(totals, 50)} "
              f"p90={percentile(totals, 90)} max={totals[-1]} zero={sum(1 for t in totals if t == 0)}")
        return 1 if bad else 0

    lock = threading.Lock()
    next_index = [0]
    results = []  # (group, seconds, status)
    errors = []

    def worker():
        conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
        local = []
        while True:
            with lock:
                i = next_index[0]
                if i >= args.requests:
                    break
                next_index[0] = i + 1
            group, path = paths[i % len(paths)]
            t0 = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                resp = conn.getresponse()
                resp.read()
                local.append((group, time.perf_counter() - t0, resp.status))
            except (OSError, http.client.HTTPException) as ex:
                errors.append(repr(ex))
                conn.close()
                conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
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
        lat = sorted(s * 1000 for _, s, _ in items)
        bad = sum(1 for _, _, s in items if s != 200)
        return (f"{label:<24} n={len(lat):>6} p50={percentile(lat, 50):7.2f} p95={percentile(lat, 95):7.2f} "
                f"p99={percentile(lat, 99):7.2f} max={lat[-1]:8.2f} mean={statistics.fmean(lat):7.2f} ms non200={bad}")

    print(f"RESULT requests={len(results)} concurrency={args.concurrency} seconds={elapsed:.1f} "
          f"rps={len(results) / elapsed:.1f} errors={len(errors)}")
    if not args.quiet:
        print(line("ALL", results))
        for g in sorted({g for g, _ in paths}):
            items = [r for r in results if r[0] == g]
            if items:
                print(line(g, items))
    if errors:
        print("first errors:", errors[:3], file=sys.stderr)
    return 1 if errors or any(s != 200 for _, _, s in results) else 0


if __name__ == "__main__":
    sys.exit(main())
