-- wrk script for the registry search API: cycles through the "group<TAB>path" lines of $PATHS (default
-- target/bench/registry/paths.txt), sends HTTP Basic credentials ($BENCH_USER / $BENCH_PASSWORD, default the
-- demo admin), and prints p50/p90/p95/p99/max and req/s at the end. One Lua state per wrk thread, each starting
-- at a different offset.
local file = os.getenv("PATHS") or "target/bench/registry/paths.txt"
local user = os.getenv("BENCH_USER") or "admin"
local password = os.getenv("BENCH_PASSWORD") or "demo@OCOP2026"

local function base64(s)
  local chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  return ((s:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return chars:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#s % 3 + 1])
end

local paths = {}
for line in io.lines(file) do
  local p = line:match("^[^#][^\t]*\t(/.*)$")
  if p then paths[#paths + 1] = p end
end
local headers = { ["Accept"] = "application/json", ["Authorization"] = "Basic " .. base64(user .. ":" .. password) }
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 97)
end

function init(args)
  i = offset or 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
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
