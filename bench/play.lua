-- wrk script: plays random journeys through Crossing stories, as players without JavaScript do.
-- Every request is either a choice (POST with a valid signed token, answered 303) or the page it
-- redirects to (GET, answered 200 with the next choices). Finished journeys start again.
--
--   wrk -t2 -c64 -d30s -s bench/play.lua http://localhost:8080 -- lighthouse market-day
--
-- Optional: PACE_MS=<n> in the environment makes each connection wait n ms between requests,
-- to hold a lower, steady rate (Debian's wrk has no -R option).

local threads = {}

-- Runs in the main Lua state: keeps each thread to read its counts at the end.
function setup(thread)
  threads[#threads + 1] = thread
end

local stories = {}
local queue = {}
local pace = tonumber(os.getenv("PACE_MS") or "0")
local begins, choices, pages, errors = 0, 0, 0, 0

function init(args)
  for i = 1, #args do stories[#stories + 1] = args[i] end
  if #stories == 0 then stories = { "lighthouse" } end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

local function form(t, c)
  local escaped = t:gsub("[^%w%-_%.~]", function(ch) return string.format("%%%02X", string.byte(ch)) end)
  return "t=" .. escaped .. "&c=" .. c
end

function request()
  local next = table.remove(queue, 1)
  if next == nil then
    begins = begins + 1
    wrk.thread:set("begins", begins)
    local story = stories[math.random(#stories)]
    return wrk.format("POST", "/s/" .. story .. "/begin", { ["Content-Length"] = "0" }, "")
  end
  if next.kind == "get" then
    pages = pages + 1
    wrk.thread:set("pages", pages)
    return wrk.format("GET", next.path)
  end
  choices = choices + 1
  wrk.thread:set("choices", choices)
  return wrk.format("POST", next.path, { ["Content-Type"] = "application/x-www-form-urlencoded" }, next.body)
end

function response(status, headers, body)
  if status == 303 then
    local location = headers["Location"] or headers["location"]
    if location then queue[#queue + 1] = { kind = "get", path = location:gsub("^https?://[^/]+", "") } end
    return
  end
  if status ~= 200 then errors = errors + 1; return end
  if body:find('data-resume="end"', 1, true) then return end -- an ending: the next request begins again
  local token = body:match('name="t" value="([^"]+)"')
  local action = body:match('<form method="post" action="([^"]+)" class="choices"')
  local options = {}
  for value in body:gmatch('name="c" value="([^"]+)"') do options[#options + 1] = value end
  if token and action and #options > 0 then
    queue[#queue + 1] = { kind = "post", path = action, body = form(token, options[math.random(#options)]) }
  end
end

function delay()
  return pace
end

function done(summary, latency, requests)
  local b, c, p = 0, 0, 0
  for _, t in ipairs(threads) do b = b + (t:get("begins") or 0); c = c + (t:get("choices") or 0); p = p + (t:get("pages") or 0) end
  io.write(string.format("journeys begun %d, choices %d, pages %d\n", b, c, p))
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; non-2xx/3xx: %d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status))
end
