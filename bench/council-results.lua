-- wrk script: GET $COUNCIL_PATH (a round's results) with the Authorization header in $COUNCIL_AUTH, and print
-- the RESULT line of bench/wrk-result.lua at the end.
local path = os.getenv("COUNCIL_PATH")
local auth = os.getenv("COUNCIL_AUTH")

function request()
  return wrk.format("GET", path, { ["Authorization"] = auth, ["Accept"] = "application/json" })
end

dofile("bench/wrk-result.lua")
