package kz.appeals.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (target/quarkus-app, built by `mvn verify` before this phase) started as
 * its own process, as in production, against the suite's database and Keycloak: its deadline
 * gauges are served right after start, and SIGTERM under a load of registrations loses nothing.
 * The load stops sending when readiness turns DOWN, as a load balancer does; every request sent
 * gets its answer, none is a 5xx, and every 201 is in the register.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class GracefulShutdownTest {
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final int CLIENTS = 6;

    @Inject
    AgroalDataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Process startPackaged(int port, int management, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                "-jar", JAR.toString());
        Map<String, String> env = pb.environment();
        var config = ConfigProvider.getConfig();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.getValue("quarkus.datasource.jdbc.url", String.class));
        env.put("QUARKUS_DATASOURCE_USERNAME", config.getValue("quarkus.datasource.username", String.class));
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", config.getValue("quarkus.oidc.auth-server-url", String.class));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(management));
        env.put("QUARKUS_SHUTDOWN_DELAY", "2S");
        env.put("QUARKUS_SHUTDOWN_TIMEOUT", "20S");
        env.put("APPEALS_ACCESS_CODE_SECRET", "graceful-shutdown-test-secret-not-for-production");
        env.put("APPEALS_AUDIT_KEY", "graceful-shutdown-test-audit-key-not-for-production");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    @Test
    @DisplayName("the packaged service serves the deadline gauges right after start, and SIGTERM under load gives no 5xx and loses no 201")
    void sigtermUnderLoad() throws Exception {
        assertThat(JAR).as("the packaged service (mvn verify packages it first)").exists();
        int port = freePort();
        int management = freePort();
        Path log = Path.of("target", "graceful-shutdown-service.log");
        Process service = startPackaged(port, management, log);
        try {
            String ready = "http://127.0.0.1:" + management + "/q/health/ready";
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (status(ready) != 200) {
                assertThat(service.isAlive()).as("the packaged service is running (log: " + log + ")").isTrue();
                assertThat(System.nanoTime()).as("ready within 120 s (log: " + log + ")").isLessThan(until);
                Thread.sleep(250);
            }
            String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(metrics).containsPattern("(?m)^appeals_overdue [0-9.E]+$").containsPattern("(?m)^appeals_due_soon [0-9.E]+$");

            String marker = "shutdown-" + UUID.randomUUID();
            String token = Tokens.of("operator");
            AtomicBoolean sending = new AtomicBoolean(true);
            List<Integer> statuses = new CopyOnWriteArrayList<>();
            List<String> failures = new CopyOnWriteArrayList<>();
            Map<Long, Boolean> created = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (sending.get()) {
                        String body = IntakeFixtures.body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL",
                                IntakeFixtures.individual(IntakeFixtures.newIin(), null), null)
                                .replaceFirst("\"text\":\"", "\"text\":\"" + marker + " ");
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/appeals"))
                                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            statuses.add(r.statusCode());
                            if (r.statusCode() == 201) {
                                created.put(Long.parseLong(r.body().replaceFirst("(?s).*\"id\":([0-9]+).*", "$1")), true);
                            }
                        } catch (IOException | RuntimeException e) {
                            failures.add(e.toString());
                        }
                    }
                    return null;
                });
            }
            // under way: answers are coming back (the first ones are slow on a cold JVM)
            long loaded = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (statuses.size() + failures.size() < 4 * CLIENTS && System.nanoTime() < loaded) {
                Thread.sleep(100);
            }
            int before = statuses.size();
            service.toHandle().destroy();     // SIGTERM
            // the load balancer's part: stop sending once readiness is no longer UP
            while (status(ready) == 200) {
                Thread.sleep(50);
            }
            sending.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("the service stops after SIGTERM").isTrue();

            assertThat(before).as("requests answered before SIGTERM").isGreaterThan(0);
            assertThat(failures).as("requests without an answer").isEmpty();
            assertThat(statuses).as("answers").allMatch(s -> s == 201);
            assertThat(stored(marker)).as("registrations stored").isEqualTo(created.size()).isEqualTo(statuses.size());
            assertThat(Files.readString(log)).doesNotContain("ERROR");
        } finally {
            if (service.isAlive()) {
                service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private long stored(String marker) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from appeal where text like ?")) {
            s.setString(1, marker + " %");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
