import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Open model: requests arrive at a fixed rate whatever the service's answers, so a stall shows in
 * the latency of every request that arrives during it (a closed loop would wait and hide them).
 * Environment: BENCH_BASE_URL, BENCH_TOKEN (none: no Authorization header), BENCH_RATE (arrivals
 * per second), BENCH_SECS, BENCH_KIND (post: POST /api/v1/appeals, a new caller each time; get:
 * GET BENCH_PATH), BENCH_SEED, BENCH_WARM (seconds at the same rate before BENCH_SECS, not counted),
 * BENCH_WINDOW. Ends with the line of {@link Timings}.
 */
public class OpenModel extends Simulation {
    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** A new caller (phone) for every appeal, so that no two bodies are the same. */
    static Iterator<Map<String, Object>> callers() {
        AtomicLong counter = new AtomicLong(Long.parseLong(env("BENCH_SEED", "0")) % 1_000_000);
        return Stream.generate(
                () -> Map.<String, Object>of("phone", String.format("+7701%07d", counter.incrementAndGet() % 10_000_000)))
                .iterator();
    }

    /** POST /api/v1/appeals as the call centre, the caller's phone from {@link #callers()}. */
    static HttpRequestActionBuilder postAppeal() {
        return http("POST /api/v1/appeals").post("/api/v1/appeals").body(StringBody(
                "{\"channel\":\"CALL_CENTER\",\"type\":\"COMPLAINT\",\"topicCode\":\"UTIL_HEATING\",\"districtCode\":\"PVL\","
                        + "\"text\":\"No heating in building 12 on Lenin street since Monday.\","
                        + "\"applicant\":{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Marat Ospanov\",\"phone\":\"#{phone}\"}}"))
                .check(responseTimeInMillis().saveAs("rt"), status().saveAs("st"), status().is(201));
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(env("BENCH_BASE_URL", "http://127.0.0.1:8286"))
                .contentTypeHeader("application/json").acceptHeader("application/json").shareConnections();
    }

    private final double rate = Double.parseDouble(env("BENCH_RATE", "50"));
    private final int secs = Integer.parseInt(env("BENCH_SECS", "30"));

    {
        String kind = env("BENCH_KIND", "post");
        String path = env("BENCH_PATH", "/api/v1/districts");
        HttpRequestActionBuilder request = "post".equals(kind)
                ? postAppeal()
                : http("GET " + path).get(path).check(responseTimeInMillis().saveAs("rt"), status().saveAs("st"), status().is(200));
        String token = env("BENCH_TOKEN", "");
        if (!token.isEmpty()) {
            request = request.header("Authorization", "Bearer " + token);
        }
        ScenarioBuilder scenario = scenario("open-" + kind).feed(callers()).exec(Timings::arrive).exec(request)
                .exec(s -> Timings.record(s, kind, "post".equals(kind) ? 201 : 200));
        setUp(scenario.injectOpen(constantUsersPerSec(rate).during(Timings.warmSeconds() + secs))).protocols(protocol());
    }

    @Override
    public void after() {
        System.out.println(Timings.summary(rate, secs, Double.parseDouble(env("BENCH_WINDOW", "60"))));
    }
}
