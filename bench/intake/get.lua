-- GET with a bearer token for wrk (BENCH_TOKEN); counts answers other than 200.
local token = os.getenv("BENCH_TOKEN")
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    bad = 0
    if token and token ~= "" then
        wrk.headers["Authorization"] = "Bearer " .. token
    end
end

function response(status, headers, body)
    if status ~= 200 then
        bad = bad + 1
    end
end

function done(summary, latency, requests)
    local n = 0
    for _, t in ipairs(threads) do
        n = n + (t:get("bad") or 0)
    end
    io.write(string.format("WRONG_STATUS %d\n", n))
end
