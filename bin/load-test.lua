-- wrk script for bin/load-test: rotates the API's read endpoints over the synthetic store's vocabulary and
-- names (sitrep-core's SyntheticCorpus), the way the web page would ask them, and prints one summary line.
local words = {"ministers", "allies", "summit", "budget", "defence", "ceasefire", "sanctions", "energy", "grain",
  "election", "parliament", "convoy", "drones", "railway", "refugees", "envoy", "treaty", "observers", "prisoners"}
local people = {"Alder%20Voss", "Brina%20Tamsin", "Corvin%20Okafor", "Delia%20Lindqvist", "Emric%20Marrow",
  "Fenna%20Adeyemi", "Garrow%20Castellan", "Hollis%20Dunmore"}
local publishers = {"Northern%20Ledger", "Harbour%20Times", "Eastern%20Wire", "Morning%20Dispatch"}

local paths = {}
for i, w in ipairs(words) do
  local v = words[(i % #words) + 1]
  local p = people[(i % #people) + 1]
  paths[#paths + 1] = "/api/search?q=" .. w .. "%20" .. v
  paths[#paths + 1] = "/api/search?q=" .. w .. "&publisher=" .. publishers[(i % #publishers) + 1] .. "&from=2025-03-01"
  paths[#paths + 1] = "/api/quotes?about=" .. w
  paths[#paths + 1] = "/api/quotes?speaker=" .. p
  paths[#paths + 1] = "/api/entities/" .. p
  paths[#paths + 1] = "/api/timeline?q=" .. w
end
paths[#paths + 1] = "/api/entities"
paths[#paths + 1] = "/api/stories?limit=10"
paths[#paths + 1] = "/"

local counter = 0
function setup(thread)
  -- Each thread starts at another place in the rotation.
  thread:set("counter", counter * 7)
  counter = counter + 1
end

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "load: %d requests in %.0f s, %.1f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, non-2xx %d, socket errors %d (connect %d, read %d, write %d, timeout %d)\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout))
end
