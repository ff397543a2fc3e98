-- POST /api/v1/appeals for wrk: a call-center complaint of a new caller each time (phones differ per
-- thread and request). BENCH_TOKEN: the operator's bearer token.
local token = os.getenv("BENCH_TOKEN")
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
        .. '"text":"No heating in building 12 on Lenin street since Monday.",'
        .. '"applicant":{"kind":"INDIVIDUAL","fullName":"Marat Ospanov","phone":"' .. phone .. '"}}'
    return wrk.format("POST", "/api/v1/appeals",
        {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
    if status ~= 201 then
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
