-- wrk script: counts every response by status and prints them when wrk ends, so a bench run can refuse a figure
-- that includes refusals (429), errors or redirects. Used by bench/gateway/run.sh (wrk -s bench/lib/statuses.lua).
-- Output, one line: "statuses 200=12345 429=3 non2xx=3 socket_errors=0"
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total, non2xx = {}, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do
      total[status] = (total[status] or 0) + n
    end
  end
  local parts, keys = {}, {}
  for status in pairs(total) do table.insert(keys, status) end
  table.sort(keys)
  for _, status in ipairs(keys) do
    table.insert(parts, status .. "=" .. total[status])
    if status < 200 or status > 299 then non2xx = non2xx + total[status] end
  end
  local e = summary.errors
  io.write(string.format("statuses %s non2xx=%d socket_errors=%d\n", table.concat(parts, " "), non2xx,
    e.connect + e.read + e.write + e.timeout))
end
