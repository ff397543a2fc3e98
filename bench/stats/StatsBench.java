import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * S3 / B4 of shared/BENCH.md for GET /stats/appeals: the endpoint's latency over N requests
 * (p50/p95/p99), the same figures by hand-written SQL over the raw appeal table (B4, warm),
 * and a check that both answers agree to the unit, figure by figure and group by group.
 * Run it with bench/stats/run.sh (it builds the classpath); see bench/stats/README.md.
 */
public class StatsBench {
    static final List<String> FIGURES = List.of("received", "resolved", "pending", "overdue", "positive", "explained",
            "rejected", "redirected", "terminated", "repeat", "positiveRate", "medianWorkingDaysToAnswer",
            "answeredOnTime", "answeredLate", "onTimeRate", "extended", "redirectedLate", "returned", "reopened",
            "collective", "anonymous");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String url = o.getOrDefault("url", "http://127.0.0.1:8080");
        String token = System.getenv("TOKEN");
        String jdbc = o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/appeals_bench_stats");
        String user = o.getOrDefault("db-user", "postgres");
        LocalDate from = LocalDate.parse(o.getOrDefault("from", "2025-01-01"));
        LocalDate to = LocalDate.parse(o.getOrDefault("to", "2025-12-31"));
        String groupBy = o.getOrDefault("group-by", "districtCode");
        int compare = Integer.parseInt(o.getOrDefault("compare-years", "2"));
        int requests = Integer.parseInt(o.getOrDefault("requests", "200"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "30"));
        int sqlRuns = Integer.parseInt(o.getOrDefault("sql-runs", "5"));
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("set TOKEN to an access token of an analyst");
        }
        String query = "from=" + from + "&to=" + to + "&groupBy=" + groupBy + "&compareYears=" + compare;

        // HTTP/1.1 on one kept-alive connection, as the other figures' load client
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/stats/appeals?" + query))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build();
        String body = null;
        for (int i = 0; i < warmup; i++) {
            body = send(http, request);
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            body = send(http, request);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);

        List<LocalDate[]> periods = new ArrayList<>();
        for (int k = 0; k <= compare; k++) {
            periods.add(new LocalDate[] {from.minusYears(k), to.minusYears(k)});
        }
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(5));
        List<Map<String, Map<String, String>>> b4 = null;
        long[] sqlNanos = new long[sqlRuns];
        try (Connection c = DriverManager.getConnection(jdbc, user, System.getenv().getOrDefault("PGPASSWORD", ""))) {
            c.createStatement().execute("set jit = off");
            for (int i = 0; i < sqlRuns; i++) {
                long t = System.nanoTime();
                b4 = new ArrayList<>();
                for (LocalDate[] p : periods) {
                    b4.add(b4(c, p[0], p[1], groupBy, today));
                }
                sqlNanos[i] = System.nanoTime() - t;
            }
            long rows;
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from appeal")) {
                rs.next();
                rows = rs.getLong(1);
            }
            Arrays.sort(sqlNanos);
            JsonNode answer = new ObjectMapper().readTree(body);
            List<String> differences = compare(answer, b4);
            long received = b4.get(0).values().stream().mapToLong(f -> Long.parseLong(f.get("received"))).sum();
            if (received == 0) {
                differences.add("B4 finds no appeal registered from " + from + " to " + to + ": nothing to compare");
            }
            System.out.printf("appeals in the register: %d%n", rows);
            System.out.printf("S3 GET /stats/appeals?%s%n", query);
            System.out.printf("   %d requests after %d warm-up: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    requests, warmup, ms(pct(nanos, 50)), ms(pct(nanos, 95)), ms(pct(nanos, 99)), ms(nanos[nanos.length - 1]));
            System.out.printf("B4 the same figures by SQL over the raw table (%d warm runs): median %.1f ms, best %.1f ms%n",
                    sqlRuns, ms(pct(sqlNanos, 50)), ms(sqlNanos[0]));
            System.out.printf("   S3 p95 / B4 median = %.3f%n", (double) pct(nanos, 95) / pct(sqlNanos, 50));
            // one line for bench/stats/run: key=value, no spaces in values
            System.out.printf(java.util.Locale.ROOT, "RESULT rows=%d requests=%d p50=%.2f p95=%.2f p99=%.2f max=%.2f "
                            + "b4_runs=%d b4_median=%.2f b4_best=%.2f periods=%d groups=%d received=%d differences=%d%n",
                    rows, requests, ms(pct(nanos, 50)), ms(pct(nanos, 95)), ms(pct(nanos, 99)), ms(nanos[nanos.length - 1]),
                    sqlRuns, ms(pct(sqlNanos, 50)), ms(sqlNanos[0]), periods.size(), b4.get(0).size(), received,
                    differences.size());
            if (differences.isEmpty()) {
                System.out.println("answers equal B4 to the unit: every figure of every group of " + periods.size() + " periods");
            } else {
                System.out.println("ANSWERS DIFFER from B4 (" + differences.size() + "):");
                differences.stream().limit(30).forEach(d -> System.out.println("   " + d));
                System.exit(2);
            }
        }
    }

    static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** B4: the figures of one period by group, straight from appeal and calendar_day. */
    static Map<String, Map<String, String>> b4(Connection c, LocalDate from, LocalDate to, String groupBy, LocalDate today)
            throws Exception {
        String key = switch (groupBy) {
            case "channel" -> "a.channel";
            case "districtCode" -> "a.district_code";
            case "topicCode" -> "a.topic_code";
            case "agencyCode" -> "coalesce(a.agency_code, 'UNASSIGNED')";
            case "type" -> "a.type";
            case "month" -> "to_char(a.registered_on, 'YYYY-MM')";
            default -> throw new IllegalArgumentException("B4 covers channel, districtCode, topicCode, agencyCode, type, month");
        };
        String sql = """
                with days as (
                    select d::date as day,
                           sum(case when coalesce(c.kind = 'WORKING_DAY', extract(isodow from d) < 6) then 1 else 0 end)
                               over (order by d) as ordinal
                      from generate_series(?::timestamp, (current_date + 3650)::timestamp, interval '1 day') d
                      left join calendar_day c on c.day = d::date),
                a as (
                    select x.*, x.status in ('RESOLVED', 'CLOSED', 'REDIRECTED', 'WITHDRAWN') as done,
                           x.status in ('RESOLVED', 'CLOSED', 'REDIRECTED', 'WITHDRAWN')
                               and x.outcome in ('POSITIVE', 'EXPLAINED', 'REJECTED') and x.answered_on is not null as answered,
                           greatest(0, da.ordinal - dr.ordinal) as wd
                      from appeal x
                      join days dr on dr.day = x.registered_on
                      left join days da on da.day = x.answered_on
                     where x.registered_on between ? and ?)
                select %s as k, count(*),
                       count(*) filter (where done), count(*) filter (where not done),
                       count(*) filter (where not done and due_on < ?),
                       count(*) filter (where done and outcome = 'POSITIVE'),
                       count(*) filter (where done and outcome = 'EXPLAINED'),
                       count(*) filter (where done and outcome = 'REJECTED'),
                       count(*) filter (where done and outcome = 'REDIRECTED'),
                       count(*) filter (where done and outcome = 'TERMINATED'),
                       count(*) filter (where repeat_of is not null),
                       round((count(*) filter (where done and outcome = 'POSITIVE'))::numeric / count(*), 4),
                       percentile_cont(0.5) within group (order by wd) filter (where done and answered_on is not null),
                       count(*) filter (where answered and answered_on <= due_on),
                       count(*) filter (where answered and answered_on > due_on),
                       coalesce(round((count(*) filter (where answered and answered_on <= due_on))::numeric
                           / nullif(count(*) filter (where answered), 0), 4), 0),
                       count(*) filter (where extended),
                       count(*) filter (where done and outcome = 'REDIRECTED' and redirected_late),
                       count(*) filter (where returned),
                       count(*) filter (where reopened),
                       count(*) filter (where signatories > 1),
                       count(*) filter (where applicant_kind = 'ANONYMOUS')
                  from a group by 1
                """.formatted(key);
        Map<String, Map<String, String>> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, from);
            ps.setObject(2, from);
            ps.setObject(3, to);
            ps.setObject(4, today);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> figures = new HashMap<>();
                    for (int i = 0; i < FIGURES.size(); i++) {
                        figures.put(FIGURES.get(i), canonical(rs.getObject(i + 2)));
                    }
                    out.put(rs.getString(1), figures);
                }
            }
        }
        return out;
    }

    static List<String> compare(JsonNode answer, List<Map<String, Map<String, String>>> b4) {
        List<String> differences = new ArrayList<>();
        List<JsonNode> periods = new ArrayList<>();
        periods.add(answer);
        answer.get("comparisons").forEach(periods::add);
        if (periods.size() != b4.size()) {
            differences.add("periods: " + periods.size() + " answered, " + b4.size() + " expected");
            return differences;
        }
        for (int k = 0; k < periods.size(); k++) {
            Map<String, Map<String, String>> expected = b4.get(k);
            Map<String, JsonNode> groups = new TreeMap<>();
            periods.get(k).get("groups").forEach(g -> groups.put(g.get("key").asText(), g));
            if (!groups.keySet().equals(expected.keySet())) {
                differences.add("period " + k + " keys " + groups.keySet() + " vs B4 " + expected.keySet());
            }
            for (Map.Entry<String, Map<String, String>> e : expected.entrySet()) {
                JsonNode g = groups.get(e.getKey());
                for (String f : FIGURES) {
                    String got = g == null ? "missing" : canonical(g.get(f).isNull() ? null : g.get(f).decimalValue());
                    if (!got.equals(e.getValue().get(f))) {
                        differences.add("period " + k + " " + e.getKey() + " " + f + ": " + got + " vs B4 " + e.getValue().get(f));
                    }
                }
            }
        }
        return differences;
    }

    static String canonical(Object value) {
        if (value == null) {
            return "null";
        }
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }
}
