-- wrk script: POST /v1/screen with a rotating set of party names (Latin, Cyrillic, Arabic, misspelt, clean).
-- The API key comes from the EMBARGO_BENCH_KEY environment variable (set by wrk-screen.sh).
local names = {
  "NSO Group Technologies", "Позитив Текнолоджиз", "Candiru Ltd", "COSEINC", "Rosneft Oil Company",
  "Banco Nacional de Cuba", "Acme Bakery Supplies", "Mohammed Al Zawahiri", "Bank Melli Iran",
  "Korea Mining Development Trading Corporation", "Siemens AG", "Hans Muller GmbH", "Sberbank of Russia",
  "Islamic Revolutionary Guard Corps", "Ever Given Shipping", "Huawei Technologies Co Ltd",
  "Mahan Air", "Joe's Hardware Store", "Tornado Cash", "Lazarus Group"
}
local key = os.getenv("EMBARGO_BENCH_KEY")
local bodies = {}
for i, n in ipairs(names) do
  bodies[i] = '{"name":"' .. n .. '"}'
end
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. key

request = function()
  i = (i % #bodies) + 1
  return wrk.format(nil, "/v1/screen", nil, bodies[i])
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout
  io.write(string.format("FIGURES rps=%.0f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d non2xx=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests, errors, summary.errors.status))
end
