-- wrk script: POSTs the answer sheets of target/bench/preview-bodies.jsonl in turn (one Lua state per wrk
-- thread, each starting at a different offset) and prints p50/p90/p95/p99/max and req/s at the end.
local bodies = {}
for line in io.lines("target/bench/preview-bodies.jsonl") do
  bodies[#bodies + 1] = line
end
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 101)
end

function init(args)
  i = offset or 0
end

function request()
  i = i + 1
  return wrk.format("POST", "/api/v1/assessments/preview",
    { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, bodies[(i % #bodies) + 1])
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d non2xx=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
    e.connect, e.read, e.write, e.timeout, e.status))
end
