import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * S5 in the open model: requests arrive at a fixed rate, 10% POST /api/v1/appeals and 90% spread
 * evenly over the read endpoints named in BENCH_READS (those that answered 200 when probed):
 * appeal (GET /appeals/{id} as chief), list (GET /appeals?districtCode=..&limit=50 as chief),
 * history (GET /applicants/history?iin=.. as operator), stats (GET /stats/appeals for BENCH_YEAR
 * grouped by channel as analyst), topics (GET /topics as operator).
 * Environment: BENCH_BASE_URL, BENCH_TOKENS (a folder with the token files operator, chief,
 * analyst), BENCH_SAMPLES (a folder with ids.csv and iins.csv, a header line "id" / "iin" each),
 * BENCH_READS, BENCH_YEAR, BENCH_RATE, BENCH_SECS, BENCH_WINDOW (seconds of the first and last
 * window), BENCH_WARM (seconds at the same rate before BENCH_SECS, not counted), BENCH_WRITE_SHARE
 * (0.1), BENCH_SEED. Ends with the line of {@link Timings}.
 */
public class Mixed extends Simulation {
    private static final String[] DISTRICTS = {"PVL", "PVL", "PVL", "PVL", "EKB", "EKB", "AKS", "REG", "PVD", "IRT", "BAY", "SHR", "USP", "ZHL"};

    private static String token(String user) {
        try {
            return Files.readString(Path.of(OpenModel.env("BENCH_TOKENS", "target/bench/tokens"), user)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChainBuilder read(String name, String user, String path) {
        return exec(http("GET " + name).get(path).header("Authorization", "Bearer " + token(user))
                .check(responseTimeInMillis().saveAs("rt"), status().saveAs("st"), status().is(200)))
                .exec(s -> Timings.record(s, "read", 200));
    }

    private final double rate = Double.parseDouble(OpenModel.env("BENCH_RATE", "20"));
    private final int secs = Integer.parseInt(OpenModel.env("BENCH_SECS", "60"));

    {
        String samples = OpenModel.env("BENCH_SAMPLES", "target/bench/samples");
        String year = OpenModel.env("BENCH_YEAR", "2025");
        double writeShare = Double.parseDouble(OpenModel.env("BENCH_WRITE_SHARE", "0.1"));
        List<String> names = Arrays.asList(OpenModel.env("BENCH_READS", "appeal,list,history,stats,topics").split(","));
        List<Choice.WithWeight> choices = new ArrayList<>();
        choices.add(percent(writeShare * 100).then(exec(OpenModel.postAppeal().header("Authorization", "Bearer " + token("operator")))
                .exec(s -> Timings.record(s, "write", 201))));
        double each = (100 - writeShare * 100) / names.size();
        for (String n : names) {
            choices.add(percent(each).then(switch (n.strip()) {
                case "appeal" -> read("appeal", "chief", "/api/v1/appeals/#{id}");
                case "list" -> read("list", "chief", "/api/v1/appeals?districtCode=#{district}&limit=50");
                case "history" -> read("history", "operator", "/api/v1/applicants/history?iin=#{iin}");
                case "stats" -> read("stats", "analyst", "/api/v1/stats/appeals?from=" + year + "-01-01&to=" + year + "-12-31&groupBy=channel");
                case "topics" -> read("topics", "operator", "/api/v1/topics");
                default -> throw new IllegalArgumentException("BENCH_READS: unknown read " + n);
            }));
        }
        ScenarioBuilder scenario = scenario("open-mixed")
                .feed(csv(samples + "/ids.csv").random())
                .feed(csv(samples + "/iins.csv").random())
                .feed(districts())
                .feed(OpenModel.callers())
                .exec(Timings::arrive)
                .exec(randomSwitch().on(choices));
        setUp(scenario.injectOpen(constantUsersPerSec(rate).during(Timings.warmSeconds() + secs))).protocols(OpenModel.protocol());
    }

    /** The districts of the filtered list, skewed as the register is (the city's district the most). */
    private static FeederBuilder<Object> districts() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String d : DISTRICTS) {
            rows.add(Map.of("district", d));
        }
        return listFeeder(rows).random();
    }

    @Override
    public void after() {
        System.out.println(Timings.summary(rate, secs, Double.parseDouble(OpenModel.env("BENCH_WINDOW", "60"))));
    }
}
