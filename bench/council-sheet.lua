-- wrk script: GETs the score-sheet pages listed in $COUNCIL_PATHS in turn, with the session cookie in
-- $COUNCIL_COOKIE (form login; see bench/council-load.sh), and prints the RESULT line of bench/wrk-result.lua at the end.
local paths = {}
for line in io.lines(os.getenv("COUNCIL_PATHS")) do
  paths[#paths + 1] = line
end
local cookie = os.getenv("COUNCIL_COOKIE")
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 37)
end

function init(args)
  i = offset or 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Cookie"] = cookie, ["Accept"] = "text/html" })
end

dofile("bench/wrk-result.lua")
