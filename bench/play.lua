-- wrk script: plays random journeys through Crossing stories. Finished journeys start again.
--
-- PLAYERS=script (the default) plays as the player's JavaScript does: every request but a
-- journey's first is a choice (POST with a valid signed token) answered with the next page.
-- PLAYERS=nojs plays as a browser without JavaScript: each choice is answered 303 and the page
-- it redirects to is a second request (GET).
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
local script = (os.getenv("PLAYERS") or "script") ~= "nojs"
local CHOICE_HEADERS = script
  and { ["Content-Type"] = "application/x-www-form-urlencoded", ["X-Crossing-Fetch"] = "page" }
  or { ["Content-Type"] = "application/x-www-form-urlencoded" }
local begins, choices, pages, errors = 0, 0, 0, 0
local host
local CHOICE_HEAD = "\r\nContent-Type: application/x-www-form-urlencoded"
  .. (script and "\r\nX-Crossing-Fetch: page" or "") .. "\r\nContent-Length: "

-- Requests are written out by concatenation, and a story's begin request once: wrk.format builds
-- a table of lines with a string.format for each header on every call.
local begin_requests = {}

function init(args)
  host = wrk.headers["Host"]
  for i = 1, #args do stories[#stories + 1] = args[i] end
  if #stories == 0 then stories = { "lighthouse" } end
  for i, story in ipairs(stories) do
    begin_requests[i] = "POST /s/" .. story .. "/begin HTTP/1.1\r\nHost: " .. host .. "\r\nContent-Length: 0\r\n\r\n"
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

-- Form-encodes a token; signed tokens are base64url with a dot, so this rarely has work to do.
-- The bytes a form may carry as they are (letters, digits, - _ . ~), looked up one by one in a
-- loop that LuaJIT compiles: a character-class pattern runs in Lua's interpreter of patterns.
local FORM_SAFE = {}
for b = 0, 255 do
  local ch = string.char(b)
  FORM_SAFE[b] = ch:find("^[%w%-_%.~]$") ~= nil
end

local function formSafe(s)
  for i = 1, #s do
    if not FORM_SAFE[string.byte(s, i)] then return false end
  end
  return true
end

local function form(t, c)
  if not formSafe(t) then
    t = t:gsub("[^%w%-_%.~]", function(ch) return string.format("%%%02X", string.byte(ch)) end)
  end
  return "t=" .. t .. "&c=" .. c
end

-- A FIFO of the requests to make next, shared by the thread's connections: head and tail indices
-- instead of table.remove, which shifts the whole table.
local head, tail = 1, 0

local function push(item)
  tail = tail + 1
  queue[tail] = item
end

local function pop()
  if head > tail then return nil end
  local item = queue[head]
  queue[head] = nil
  head = head + 1
  return item
end

function request()
  local next = pop()
  if next == nil then
    begins = begins + 1
    wrk.thread:set("begins", begins)
    return begin_requests[math.random(#begin_requests)]
  end
  if next.kind == "get" then
    pages = pages + 1
    wrk.thread:set("pages", pages)
    return "GET " .. next.path .. " HTTP/1.1\r\nHost: " .. host .. "\r\n\r\n"
  end
  choices = choices + 1
  wrk.thread:set("choices", choices)
  return "POST " .. next.path .. " HTTP/1.1\r\nHost: " .. host .. CHOICE_HEAD .. #next.body .. "\r\n\r\n" .. next.body
end

-- The page is read with plain substring searches (no patterns), each starting where the last one
-- ended, and only as far as the choices: the client's cost per page stays small, so that the
-- load generator leaves the machine to the server as it does for the hello endpoint.
local find, sub, byte = string.find, string.sub, string.byte
local RESUME, FORM, TOKEN, CHOICE = 'data-resume="', '<form method="post" action="', 'name="t" value="', 'name="c" value="'

function response(status, headers, body)
  if status == 303 then
    local location = headers["Location"] or headers["location"]
    if location then
      if byte(location, 1) ~= 47 then location = location:gsub("^https?://[^/]+", "") end -- 47 is "/"
      push({ kind = "get", path = location })
    end
    return
  end
  if status ~= 200 then errors = errors + 1; return end
  local _, e = find(body, RESUME, 1, true)
  if e == nil or byte(body, e + 1) == 101 then return end -- 101 is "e": an ending, the next request begins again
  local _, a = find(body, FORM, e, true)
  if a == nil then return end
  local q = find(body, '"', a + 1, true)
  local action = sub(body, a + 1, q - 1)
  local _, t = find(body, TOKEN, q, true)
  if t == nil then return end
  q = find(body, '"', t + 1, true)
  local token = sub(body, t + 1, q - 1)
  local options, n = {}, 0
  local _, c = find(body, CHOICE, q, true)
  while c do
    q = find(body, '"', c + 1, true)
    n = n + 1
    options[n] = sub(body, c + 1, q - 1)
    _, c = find(body, CHOICE, q, true)
  end
  if n > 0 then
    push({ kind = "post", path = action, body = form(token, options[math.random(n)]) })
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
