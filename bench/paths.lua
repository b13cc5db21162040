-- wrk script: cycles through the paths of the file named by $BENCH_PATHS (one a line, starting with /), each
-- thread from another offset, with the Accept header $BENCH_ACCEPT (text/html by default); prints the RESULT line
-- of bench/wrk-result.lua at the end.
local file = os.getenv("BENCH_PATHS")
local accept = os.getenv("BENCH_ACCEPT") or "text/html"
local paths = {}
for line in io.lines(file) do
  if line:match("^/") then paths[#paths + 1] = line end
end
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end

function init(args)
  i = offset or 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept"] = accept })
end

dofile("bench/wrk-result.lua")
