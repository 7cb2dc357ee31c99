-- wrk script for scripts/load-test.sh: each request is a random line of the targets file
-- (a weighted mix of search / lookup / document / source / suggest paths, already percent-encoded).
-- Usage: wrk -t2 -c64 -d60s --latency -s load-test.lua http://127.0.0.1:5104 -- targets.txt

local paths = {}

function init(args)
  local file = assert(io.open(args[1], "r"), "targets file not found: " .. tostring(args[1]))
  for line in file:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  file:close()
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f non2xx=%d connect=%d read=%d write=%d timeout=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, seconds, summary.requests / seconds, summary.errors.status,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
