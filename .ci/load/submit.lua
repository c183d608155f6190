-- wrk script: submit the sample declaration; the arrival time is filled in by the caller (ARRIVAL env var).
local file = io.open("seeds/samples/submission.json")
local body = file:read("*a"):gsub("ARRIVAL", os.getenv("ARRIVAL"))
file:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Api-Key"] = "dbg_demo_declarant_0100109106"

done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p99 %.1f ms, %d requests, %d errors (status %d, timeout %d)\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.timeout, summary.errors.status, summary.errors.timeout))
end
