package kz.appeals.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import kz.appeals.support.PackagedService;
import kz.appeals.support.Sql;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
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
    private static final int CLIENTS = 6;

    @Inject
    AgroalDataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private int status(String url) {
        return PackagedService.status(URI.create(url));
    }

    @Test
    @DisplayName("the packaged service serves the deadline gauges right after start, and SIGTERM under load gives no 5xx and loses no 201")
    void sigtermUnderLoad() throws Exception {
        assertThat(PackagedService.JAR).as("the packaged service (mvn verify packages it first)").exists();
        PackagedService service = PackagedService.launch("graceful-shutdown-service").heap("256m")
                .env("QUARKUS_SHUTDOWN_DELAY", "2S")
                .env("QUARKUS_SHUTDOWN_TIMEOUT", "20S")
                .startReady();
        Path log = service.log();
        try {
            String ready = service.managementUrl() + "/q/health/ready";
            String metrics = http.send(HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/metrics")).build(),
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
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(service.url() + "/api/v1/appeals"))
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
            service.terminate();     // SIGTERM
            // the load balancer's part: stop sending once readiness is no longer UP
            while (status(ready) == 200) {
                Thread.sleep(50);
            }
            sending.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(service.waitFor(Duration.ofSeconds(60))).as("the service stops after SIGTERM").isTrue();

            assertThat(before).as("requests answered before SIGTERM").isGreaterThan(0);
            assertThat(failures).as("requests without an answer").isEmpty();
            assertThat(statuses).as("answers").allMatch(s -> s == 201);
            assertThat(stored(marker)).as("registrations stored").isEqualTo(created.size()).isEqualTo(statuses.size());
            assertThat(Files.readString(log)).doesNotContain("ERROR");
        } finally {
            if (service.alive()) {
                service.kill();
            }
        }
    }

    private long stored(String marker) throws Exception {
        return Sql.count(dataSource, "select count(*) from appeal where text like ?", marker + " %");
    }
}
