package kz.appeals.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as it is shipped (the jar the build packages, target/quarkus-app), started as a
 * process of its own with a heap of the test's choosing, against the suite's Keycloak: for what an
 * in-process test cannot show (memory bounds, a second register, a crash, SIGTERM, two instances).
 * It exits at once on OutOfMemoryError, so a test that needed more memory fails instead of
 * crawling. The one launcher of the suite: {@link #launch} names it (its log is
 * target/&lt;name&gt;.log), the test sets what differs, then {@link Launch#start} or
 * {@link Launch#startReady}.
 */
public final class PackagedService implements AutoCloseable {
    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private PackagedService(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** A launch of the packaged service whose output goes to target/{@code name}.log. */
    public static Launch launch(String name) {
        return new Launch(name);
    }

    /** Starts on an empty database (dropped and created) and waits until it answers ready. */
    public static PackagedService start(String database, int port, int managementPort, String heap,
                                        Map<String, String> env) throws IOException, SQLException {
        return launch("packaged-service-" + port).freshDatabase(database).ports(port, managementPort).heap(heap)
                .env(env).startReady();
    }

    /** What differs from one test's service to another's; the rest is the suite's. */
    public static final class Launch {
        private final String name;
        private final Map<String, String> env = new LinkedHashMap<>();
        private String heap = "256m";
        private String database = System.getenv().getOrDefault("APPEALS_TEST_DATABASE", "appeals_test");
        private boolean fresh;
        private int port;
        private int managementPort;

        private Launch(String name) {
            this.name = name;
        }

        /** The suite's own database (the default) or another that exists, as it is. */
        public Launch database(String existing) {
            database = existing;
            fresh = false;
            return this;
        }

        /** A database of its own, dropped and created empty before the start. */
        public Launch freshDatabase(String name) {
            database = name;
            fresh = true;
            return this;
        }

        /** Fixed ports; without, two free ones. */
        public Launch ports(int http, int management) {
            port = http;
            managementPort = management;
            return this;
        }

        public Launch heap(String maxHeap) {
            heap = maxHeap;
            return this;
        }

        /** A setting of the service as an environment variable (QUARKUS_..., APPEALS_...), over the suite's. */
        public Launch env(String key, String value) {
            env.put(key, value);
            return this;
        }

        public Launch env(Map<String, String> settings) {
            env.putAll(settings);
            return this;
        }

        /** Started; not yet ready. */
        public PackagedService start() throws IOException, SQLException {
            if (!Files.exists(JAR)) {
                throw new IllegalStateException(JAR + " is missing: this test runs after the package phase (mvn verify)");
            }
            if (fresh) {
                try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
                    c.createStatement().execute("drop database if exists " + database + " with (force)");
                    c.createStatement().execute("create database " + database);
                }
            }
            int http = port == 0 ? freePort() : port;
            int management = managementPort == 0 ? freePort() : managementPort;
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError",
                    "-jar", JAR.toString()));
            Path log = Path.of("target", name + ".log");
            Files.deleteIfExists(log);
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> e = builder.environment();
            e.put("QUARKUS_DATASOURCE_JDBC_URL", SERVER + database);
            e.put("QUARKUS_DATASOURCE_USERNAME", System.getenv().getOrDefault("APPEALS_TEST_DB_USER", "postgres"));
            e.put("QUARKUS_DATASOURCE_PASSWORD", "");
            e.put("QUARKUS_OIDC_AUTH_SERVER_URL", TestInfrastructure.ISSUER);
            e.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            e.put("QUARKUS_HTTP_PORT", Integer.toString(http));
            e.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(management));
            e.put("APPEALS_AUDIT_KEY", "packaged-test-personal-data-access-key-not-secret");
            e.put("APPEALS_ACCESS_CODE_SECRET", "packaged-test-access-code-secret-not-for-production");
            e.put("APPEALS_DEADLINE_WATCH_CRON", "off");
            e.putAll(env);
            return new PackagedService(builder.start(), http, management, log);
        }

        /** Started and answering ready (3 minutes at most; fails at once when the process stops). */
        public PackagedService startReady() throws IOException, SQLException {
            PackagedService service = start();
            try {
                service.awaitReady();
            } catch (RuntimeException e) {
                service.close();
                throw e;
            }
            return service;
        }
    }

    /** Waits until the service answers ready; fails when its process stops first. */
    public void awaitReady() {
        URI ready = URI.create(managementUrl() + "/q/health/ready");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the packaged service stopped; see " + log);
            }
            return status(ready) == 200;
        });
    }

    /** The status of a GET, -1 when nothing answers. */
    public static int status(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListening) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Health and metrics. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** SIGTERM, without waiting: the service shuts down gracefully. */
    public void terminate() {
        process.destroy();
    }

    /** Whether the process ended within the time. */
    public boolean waitFor(Duration time) throws InterruptedException {
        return process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGKILL: no shutdown hook, nothing in flight rolled back; returns once the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then SIGKILL when it has not stopped within 30 s. */
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
