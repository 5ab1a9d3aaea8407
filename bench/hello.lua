-- wrk script for the bare Javalin endpoint: the same client work as play.lua (a response
-- callback, so wrk reads every body) with nothing to parse.
local pace = tonumber(os.getenv("PACE_MS") or "0")

function response(status, headers, body) end

function delay()
  return pace
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; non-2xx/3xx: %d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status))
end
