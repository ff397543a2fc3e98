package kz.appeals.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.PackagedService;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Documents stream through the service, in and out, never whole in memory: the packaged service
 * (target/quarkus-app, built by `mvn verify` before this phase) runs as a process of its own with a
 * heap of 256 MB ({@code -Xmx256m -XX:+ExitOnOutOfMemoryError}), on the suite's database and
 * Keycloak. Two files of 100 MB go in at once and one of them comes out three times at once: 300 MB
 * in flight through a 256 MB heap, so a service that held a file whole would die (and the exit on
 * out-of-memory makes sure it does not limp on). The bytes must come back as they went in.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class LargeAttachmentTest {
    static final long SIZE = 100L * 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private PackagedService service;
    private final List<Path> files = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
    }

    @Test
    @DisplayName("two 100 MB PDFs uploaded at once and one downloaded three times at once through a service with -Xmx256m come back byte for byte")
    void largeFilesUnderASmallHeap() throws Exception {
        assertThat(PackagedService.JAR).as("the packaged service: run the server tests with mvn verify, which builds it")
                .exists();
        // on the suite's database, with room for two large files at once
        service = PackagedService.launch("large-attachment-service").heap("256m")
                .env("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "8")
                .env("APPEALS_STATS_COMPACTION_INTERVAL", "off")
                .env("APPEALS_ATTACHMENTS_MAX_FILE_SIZE", "200M")
                .env("APPEALS_HTTP_MAX_MULTIPART_BODY", "201M")
                .startReady();

        long appeal = CaseFixtures.register("PVL");
        String token = Tokens.of("supervisor");
        URI attachments = URI.create(service.url() + "/api/v1/appeals/" + appeal + "/attachments");
        String[] sha = new String[2];
        for (int i = 0; i < 2; i++) {
            Path file = Files.createTempFile(Path.of("target"), "large-", ".pdf");
            files.add(file);
            sha[i] = writeLargePdf(file, 1000 + i);
        }

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Path file = files.get(i);
                uploads.add(pool.submit(() -> upload(attachments, token, file)));
            }
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> r = uploads.get(i).get(10, TimeUnit.MINUTES);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                JsonPath body = JsonPath.from(r.body());
                assertThat(body.getLong("size")).isEqualTo(SIZE);
                assertThat(body.getString("sha256")).isEqualTo(sha[i]);
                assertThat(body.getString("contentType")).isEqualTo("application/pdf");
                ids.add(body.getLong("id"));
            }
            List<Future<String>> downloads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                downloads.add(pool.submit(() -> downloadedSha(URI.create(attachments + "/" + ids.get(0)), token)));
            }
            for (Future<String> d : downloads) {
                assertThat(d.get(10, TimeUnit.MINUTES)).isEqualTo(sha[0]);
            }
            assertThat(downloadedSha(URI.create(attachments + "/" + ids.get(1)), token)).isEqualTo(sha[1]);
        } finally {
            pool.shutdownNow();
        }
        assertThat(service.alive()).as("the service is still up").isTrue();
        assertThat(Files.readString(service.log())).doesNotContain("OutOfMemoryError");
    }

    /** A PDF header and 100 MB of seeded random bytes after it; returns the file's SHA-256. */
    private static String writeLargePdf(Path file, long seed) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Random random = new Random(seed);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] head = "%PDF-1.7\n%large test document\n".getBytes(StandardCharsets.US_ASCII);
            out.write(head);
            sha.update(head);
            long left = SIZE - head.length;
            while (left > 0) {
                random.nextBytes(chunk);
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                sha.update(chunk, 0, n);
                left -= n;
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The multipart body streamed from the file, with its Content-Length (the concatenation knows it). */
    private static HttpResponse<String> upload(URI uri, String token, Path file) throws Exception {
        String b = AttachmentApi.BOUNDARY;
        byte[] head = ("--" + b + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nINCOMING\r\n"
                + "--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", AttachmentApi.MULTIPART)
                .POST(body).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String downloadedSha(URI uri, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (InputStream in = response.body()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                total += n;
            }
        }
        assertThat(total).isEqualTo(SIZE);
        return HexFormat.of().formatHex(sha.digest());
    }
}
