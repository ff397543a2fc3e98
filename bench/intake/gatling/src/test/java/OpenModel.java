import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Open model: requests arrive at a fixed rate whatever the service's answers, so a stall shows in
 * the latency of every request that arrives during it (a closed loop would wait and hide them).
 * Environment: BENCH_BASE_URL, BENCH_TOKEN, BENCH_RATE (arrivals per second), BENCH_SECS,
 * BENCH_KIND (post: POST /api/v1/appeals, a new caller each time; get: GET BENCH_PATH), BENCH_SEED.
 */
public class OpenModel extends Simulation {
    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private final AtomicLong counter = new AtomicLong(Long.parseLong(env("BENCH_SEED", "0")) % 1_000_000);

    private final Iterator<Map<String, Object>> callers = Stream.generate(
            () -> Map.<String, Object>of("phone", String.format("+7701%07d", counter.incrementAndGet() % 10_000_000)))
            .iterator();

    {
        String kind = env("BENCH_KIND", "post");
        HttpRequestActionBuilder request = "post".equals(kind)
                ? http("POST /api/v1/appeals").post("/api/v1/appeals").body(StringBody(
                        "{\"channel\":\"CALL_CENTER\",\"type\":\"COMPLAINT\",\"topicCode\":\"UTIL_HEATING\",\"districtCode\":\"PVL\","
                                + "\"text\":\"No heating in building 12 on Lenin street since Monday.\","
                                + "\"applicant\":{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Marat Ospanov\",\"phone\":\"#{phone}\"}}"))
                        .check(status().is(201))
                : http("GET " + env("BENCH_PATH", "/api/v1/districts")).get(env("BENCH_PATH", "/api/v1/districts"))
                        .check(status().is(200));
        ScenarioBuilder scenario = scenario("open-" + kind).feed(callers).exec(request);
        setUp(scenario.injectOpen(constantUsersPerSec(Double.parseDouble(env("BENCH_RATE", "50")))
                .during(Integer.parseInt(env("BENCH_SECS", "30")))))
                .protocols(http.baseUrl(env("BENCH_BASE_URL", "http://127.0.0.1:8286"))
                        .header("Authorization", "Bearer " + env("BENCH_TOKEN", ""))
                        .contentTypeHeader("application/json").acceptHeader("application/json")
                        .shareConnections());
    }
}
