-- POST /api/v1/appeals: a call-center complaint of a new caller with an e-mail each time (S1's
-- request, with the address that makes the registration owe an e-mail notice).
local token = os.getenv("BENCH_TOKEN")
local counter = 0

function setup(thread)
    thread:set("prefix", math.random(100, 999))
end

function request()
    counter = counter + 1
    local phone = string.format("+7701%03d%04d", prefix, counter % 10000)
    local body = '{"channel":"CALL_CENTER","type":"COMPLAINT","topicCode":"UTIL_HEATING","districtCode":"PVL",'
        .. '"text":"No heating in building 12 on Lenin street since Monday.",'
        .. '"applicant":{"kind":"INDIVIDUAL","fullName":"Marat Ospanov","phone":"' .. phone .. '",'
        .. '"email":"caller' .. prefix .. 'n' .. counter .. '@example.kz"}}'
    return wrk.format("POST", "/api/v1/appeals",
        {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
    if status ~= 201 then
        io.stderr:write("unexpected status " .. status .. "\n")
    end
end
