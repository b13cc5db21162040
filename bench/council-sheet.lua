-- wrk script: GETs the score-sheet pages listed in $COUNCIL_PATHS in turn, with the session cookie in
-- $COUNCIL_COOKIE (form login; see bench/council-load.sh), and prints the RESULT line of bench/wrk-result.lua
-- at the end. Run it with one wrk thread: each thread walks the list from its start.
local paths = {}
for line in io.lines(os.getenv("COUNCIL_PATHS")) do
  paths[#paths + 1] = line
end
local cookie = os.getenv("COUNCIL_COOKIE")
local next_path = 0

request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path], { ["Cookie"] = cookie, ["Accept"] = "text/html" })
end

dofile("bench/wrk-result.lua")
