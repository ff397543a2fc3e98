-- GET /api/v1/appeals/{id} over the appeals the run registered (ids FIRST_ID..LAST_ID), as one user.
local token = os.getenv("BENCH_TOKEN")
local first = tonumber(os.getenv("FIRST_ID"))
local last = tonumber(os.getenv("LAST_ID"))

function setup(thread)
    thread:set("seed", math.random(1, 1000000))
end

function init(args)
    math.randomseed(seed)
end

function request()
    return wrk.format("GET", "/api/v1/appeals/" .. math.random(first, last),
        {["Authorization"] = "Bearer " .. token})
end

function response(status, headers, body)
    if status ~= 200 then
        io.stderr:write("unexpected status " .. status .. "\n")
    end
end
