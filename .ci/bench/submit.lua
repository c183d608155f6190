-- wrk: POST the sample declaration (arrival filled in from ARRIVAL), each with a fresh Idempotency-Key.
local file = io.open("seeds/samples/submission.json")
local body = file:read("*a"):gsub("ARRIVAL", os.getenv("ARRIVAL"))
file:close()
local counter = 0
request = function()
  counter = counter + 1
  local headers = { ["Content-Type"] = "application/json", ["X-Api-Key"] = "dbg_demo_declarant_0100109106",
                    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", os.getenv("RUN"), math.random(1, 1000000000), counter) }
  return wrk.format("POST", "/api/v1/declarations", headers, body)
end
-- wrk reporting shared by the benchmark's runs: one machine-readable line per run.
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.0f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1000000), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
