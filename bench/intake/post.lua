-- POST /api/v1/appeals for wrk: a call-center complaint of a new caller each time (phones differ per
-- thread and request). BENCH_TOKEN: the operator's bearer token. BENCH_INVALID=1: the same body with a
-- text too short, which the service refuses (400) after the token, the JSON, the phone and the
-- catalogue checks, before it writes anything; answers other than that 400 are counted.
local token = os.getenv("BENCH_TOKEN")
local invalid = os.getenv("BENCH_INVALID") == "1"
local text = invalid and "Too short" or "No heating in building 12 on Lenin street since Monday."
local expected = invalid and 400 or 201
local counter = 0
local threads = {}

function setup(thread)
    thread:set("prefix", math.random(100, 999))
    table.insert(threads, thread)
end

function init(args)
    bad = 0
end

function request()
    counter = counter + 1
    local phone = string.format("+7702%03d%04d", prefix, counter % 10000)
    local body = '{"channel":"CALL_CENTER","type":"COMPLAINT","topicCode":"UTIL_HEATING","districtCode":"PVL",'
        .. '"text":"' .. text .. '",'
        .. '"applicant":{"kind":"INDIVIDUAL","fullName":"Marat Ospanov","phone":"' .. phone .. '"}}'
    return wrk.format("POST", "/api/v1/appeals",
        {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
    if status ~= expected then
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
