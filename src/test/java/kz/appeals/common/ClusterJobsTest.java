package kz.appeals.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.appeals.support.PackagedService;
import kz.appeals.support.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service (target/quarkus-app, built by the package phase before
 * this phase), started as processes on a database of their own, run the scheduled jobs with short
 * terms; the runs are counted from each instance's metrics and from cluster_job. The service under
 * test in this JVM only provides the suite's Keycloak.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ClusterJobsTest {
    private static final Path LOGS = Path.of("target", "cluster-jobs");
    private static final String DATABASE = System.getenv().getOrDefault("APPEALS_TEST_DATABASE", "appeals_test") + "_cluster";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Pattern METRIC = Pattern.compile(
            "^appeals_cluster_jobs_total\\{(?=[^}]*job=\"([^\"]+)\")(?=[^}]*outcome=\"([^\"]+)\")[^}]*}\\s+([0-9.Ee+-]+)$");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private record Instance(String name, PackagedService service) {
    }

    private final List<Instance> instances = new ArrayList<>();

    @BeforeEach
    void twoInstances() throws Exception {
        assertThat(PackagedService.JAR).as("the packaged service (mvn package runs before this test)").exists();
        createDatabase();
        Files.createDirectories(LOGS);
        instances.add(start("cluster-one"));
        instances.add(start("cluster-two"));
        for (Instance instance : instances) {
            instance.service().awaitReady();
        }
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Instance instance : instances) {
            instance.service().terminate();
        }
        for (Instance instance : instances) {
            instance.service().close();
        }
        instances.clear();
    }

    @Test
    @DisplayName("two instances triggering the same jobs run each once per term: the daily watch once, the compactor once per second")
    void oncePerTerm() throws Exception {
        execute("delete from cluster_job where name = 'deadline-watch'");
        Map<String, Double> before = totals();
        Instant from = Instant.now();
        Thread.sleep(12_000);
        Map<String, Double> after = totals();
        double seconds = Duration.between(from, Instant.now()).toMillis() / 1000.0;

        // the deadline watch triggers every 2 s on both instances; its term is the day
        assertThat(delta(before, after, "deadline-watch", "ran")).isEqualTo(1);
        assertThat(delta(before, after, "deadline-watch", "done")).as("triggers that found the day done").isGreaterThanOrEqualTo(6);
        for (Instance instance : instances) {
            assertThat(triggers(totals(instance), "deadline-watch")).as(instance.name() + " triggered the watch").isGreaterThanOrEqualTo(3);
        }
        // the statistics compactor every second on both instances
        double compactions = delta(before, after, "stats-compactor", "ran");
        assertThat(delta(before, after, "stats-compactor", null)).isGreaterThanOrEqualTo(1.6 * seconds);
        assertThat(compactions).as("compactions run").isBetween(seconds / 4, seconds + 2);
        try (Connection c = connect(DATABASE); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select started_term, done_term from cluster_job where name = 'deadline-watch'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
        }
    }

    @Test
    @DisplayName("a deadline watch whose instance is SIGKILLed mid-run is resumed by the other instance for the same day")
    void killedMidRunIsResumed() throws Exception {
        try (Connection blocker = connect(DATABASE)) {
            // the watch reads the calendar's version first: held here, it stops there mid-run
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("lock table calendar_version in access exclusive mode");
            execute("delete from cluster_job where name = 'deadline-watch'");
            String holder = null;
            long term = 0;
            for (int i = 0; i < 60 && holder == null; i++) {
                Thread.sleep(500);
                try (Connection c = connect(DATABASE); Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("select started_by, started_term, done_term from cluster_job where name = 'deadline-watch'")) {
                    if (rs.next()) {
                        holder = rs.getString(1);
                        term = rs.getLong(2);
                        rs.getLong(3);
                        assertThat(rs.wasNull()).as("the watch cannot finish while the calendar is held").isTrue();
                    }
                }
            }
            assertThat(holder).as("an instance started the watch").isNotNull();
            String startedBy = holder;
            Instance killed = instances.stream().filter(i -> i.name().equals(startedBy)).findFirst().orElseThrow();
            Instance other = instances.stream().filter(i -> !i.name().equals(startedBy)).findFirst().orElseThrow();
            double resumedBefore = totals(other).getOrDefault("deadline-watch/resumed", 0.0);
            killed.service().kill();
            assertThat(killed.service().alive()).isFalse();
            blocker.rollback();

            String doneBy = null;
            for (int i = 0; i < 120 && doneBy == null; i++) {
                Thread.sleep(500);
                try (Connection c = connect(DATABASE); PreparedStatement st = c.prepareStatement(
                        "select done_by from cluster_job where name = 'deadline-watch' and done_term = ?")) {
                    st.setLong(1, term);
                    try (ResultSet rs = st.executeQuery()) {
                        doneBy = rs.next() ? rs.getString(1) : null;
                    }
                }
            }
            assertThat(doneBy).as("the day's watch was finished").isEqualTo(other.name());
            assertThat(totals(other).getOrDefault("deadline-watch/resumed", 0.0) - resumedBefore).isEqualTo(1);
            assertThat(Files.readString(other.service().log())).contains("Job deadline-watch: resuming term " + term + ", started by " + startedBy);
        }
    }

    private Instance start(String name) throws Exception {
        return new Instance(name, PackagedService.launch(LOGS.getFileName() + "/" + name).heap("256m").database(DATABASE)
                .env("APPEALS_CURSOR_SECRET", "cluster-test-cursor-secret")
                .env("APPEALS_CLUSTER_INSTANCE", name)
                .env("APPEALS_CLUSTER_RESUME_INTERVAL", "2s")
                .env("APPEALS_DEADLINE_WATCH_CRON", "*/2 * * * * ?")
                .env("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "8")
                .start());
    }

    /** Triggers of every job on every instance, keyed "job/outcome", summed over the instances. */
    private Map<String, Double> totals() throws Exception {
        Map<String, Double> sum = new HashMap<>();
        for (Instance instance : instances) {
            totals(instance).forEach((k, v) -> sum.merge(k, v, Double::sum));
        }
        return sum;
    }

    private static Map<String, Double> totals(Instance instance) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(instance.service().managementUrl() + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Double> out = new HashMap<>();
        for (String line : r.body().split("\n")) {
            Matcher m = METRIC.matcher(line.trim());
            if (m.matches()) {
                out.merge(m.group(1) + "/" + m.group(2), Double.parseDouble(m.group(3)), Double::sum);
            }
        }
        return out;
    }

    /** The change of one outcome's count (any outcome when {@code outcome} is null). */
    private static double delta(Map<String, Double> before, Map<String, Double> after, String job, String outcome) {
        double d = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            if (e.getKey().startsWith(job + "/") && (outcome == null || e.getKey().equals(job + "/" + outcome))) {
                d += e.getValue() - before.getOrDefault(e.getKey(), 0.0);
            }
        }
        return d;
    }

    private static double triggers(Map<String, Double> totals, String job) {
        return delta(Map.of(), totals, job, null);
    }

    private static void createDatabase() throws SQLException {
        try (Connection c = connect("postgres"); PreparedStatement st = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            st.setString(1, DATABASE);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    c.createStatement().execute("create database " + DATABASE);
                }
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = connect(DATABASE); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(SERVER + database, "postgres", "");
    }
}
