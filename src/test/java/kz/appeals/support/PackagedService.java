package kz.appeals.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as it is shipped (the jar the build packages, target/quarkus-app), started as a
 * process of its own with a heap of the test's choosing, against a database of its own and the
 * suite's Keycloak: for what an in-process test cannot show (memory bounds, a second register).
 * It exits at once on OutOfMemoryError, so a test that needed more memory fails instead of
 * crawling. Ports come from the caller.
 */
public final class PackagedService implements AutoCloseable {
    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedService(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts on an empty database (dropped and created) and waits until it answers ready. */
    public static PackagedService start(String database, int port, int managementPort, String heap,
                                        Map<String, String> env) throws IOException, SQLException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: this test runs after the package phase (mvn verify)");
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            c.createStatement().execute("drop database if exists " + database + " with (force)");
            c.createStatement().execute("create database " + database);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-jar",
                JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Path log = Path.of("target", "packaged-service-" + port + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> e = builder.environment();
        e.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
        e.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        e.put("QUARKUS_OIDC_AUTH_SERVER_URL", TestInfrastructure.ISSUER);
        e.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        e.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        e.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        e.put("APPEALS_AUDIT_KEY", "packaged-test-personal-data-access-key-not-secret");
        e.put("APPEALS_ACCESS_CODE_SECRET", "packaged-test-access-code-secret-not-for-production");
        e.put("APPEALS_DEADLINE_WATCH_CRON", "off");
        e.putAll(env);
        PackagedService service = new PackagedService(builder.start(), port, log);
        HttpClient client = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready");
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!service.process.isAlive()) {
                    throw new IllegalStateException("the packaged service stopped; see " + log);
                }
                try {
                    return client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200;
                } catch (IOException notYet) {
                    return false;
                }
            });
        } catch (RuntimeException e2) {
            service.close();
            throw e2;
        }
        return service;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
