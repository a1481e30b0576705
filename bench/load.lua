-- wrk script for bench/load.sh: each request picks one of the prepared paths at random,
-- and every response outside 2xx/3xx is counted (wrk itself only counts >= 400).
local paths_file = os.getenv("LOAD_PATHS")
dofile(paths_file)

local threads = {}

function setup(thread)
  thread:set("seed", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(seed * 7919)
  bad = 0
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  if status < 200 or status >= 400 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("bad")
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  local out = io.open(os.getenv("LOAD_RESULT"), "w")
  out:write(string.format("requests=%d\n", summary.requests))
  out:write(string.format("seconds=%.1f\n", seconds))
  out:write(string.format("throughput=%.1f\n", summary.requests / seconds))
  out:write(string.format("p50_ms=%.1f\n", latency:percentile(50) / 1000))
  out:write(string.format("p90_ms=%.1f\n", latency:percentile(90) / 1000))
  out:write(string.format("p99_ms=%.1f\n", latency:percentile(99) / 1000))
  out:write(string.format("max_ms=%.1f\n", latency.max / 1000))
  out:write(string.format("socket_errors=%d\n", errors))
  out:write(string.format("non_2xx_3xx=%d\n", bad))
  out:close()
end
