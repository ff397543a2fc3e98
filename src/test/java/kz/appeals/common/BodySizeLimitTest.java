package kz.appeals.common;

import static kz.appeals.support.IntakeFixtures.body;
import static kz.appeals.support.IntakeFixtures.individual;
import static kz.appeals.support.IntakeFixtures.newIin;
import static kz.appeals.support.IntakeFixtures.newPhone;
import static kz.appeals.support.RawHttp.assertTooLarge;
import static kz.appeals.support.RawHttp.get;
import static kz.appeals.support.RawHttp.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kz.appeals.support.Sql;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * JSON bodies are capped (appeals.http.max-json-body, 1 MB) whether or not the client announces
 * the length: a body sent with Transfer-Encoding: chunked is counted as it arrives. The bodies
 * here are valid appeals padded with JSON whitespace, so without the cap they would be registered.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class BodySizeLimitTest {
    static final int OVER_CAP = 1_300_000;

    @TestHTTPResource("/api/v1/appeals")
    URI appeals;

    @TestHTTPResource("/api/v1/districts")
    URI districts;

    @Inject
    AgroalDataSource dataSource;

    /** JSON whitespace after the opening brace brings the body to {@code size} bytes; it stays a valid object. */
    static byte[] padded(String json, int size) {
        int padding = Math.max(0, size - json.length());
        return ("{" + " ".repeat(padding) + json.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    long appealsWithPhone(String phone) throws Exception {
        return Sql.count(dataSource, "select count(*) from appeal where applicant_phone = ?", phone);
    }

    @Test
    @DisplayName("POST /appeals with a 1.3 MB body sent chunked (no Content-Length) answers 413 problem+json and stores nothing")
    void chunkedAppealOverCap() throws Exception {
        String phone = newPhone();
        byte[] bytes = padded(body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), phone), null), OVER_CAP);

        assertTooLarge(post(appeals, Tokens.of("operator"), "application/json", bytes, true));
        assertThat(appealsWithPhone(phone)).isZero();
    }

    @Test
    @DisplayName("POST /appeals with a 1.3 MB body and its Content-Length answers 413 problem+json and stores nothing")
    void announcedAppealOverCap() throws Exception {
        String phone = newPhone();
        byte[] bytes = padded(body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), phone), null), OVER_CAP);

        assertTooLarge(post(appeals, Tokens.of("operator"), "application/json", bytes, false));
        assertThat(appealsWithPhone(phone)).isZero();
    }

    @Test
    @DisplayName("POST /appeals with a 900 kB body sent chunked registers the appeal: bodies under the cap pass whole")
    void chunkedAppealUnderCap() throws Exception {
        String phone = newPhone();
        byte[] bytes = padded(body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), phone), null), 900_000);

        HttpResponse<String> response = post(appeals, Tokens.of("operator"), "application/json", bytes, true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(appealsWithPhone(phone)).isEqualTo(1);
    }

    @Test
    @DisplayName("POST /districts (another JSON endpoint) with a 1.3 MB body sent chunked answers 413 problem+json")
    void chunkedCatalogueOverCap() throws Exception {
        // an invalid kind: whatever the answer, no district is created
        byte[] bytes = padded("{\"code\":\"QZ\",\"name\":\"Padded\",\"kind\":\"NOT_A_KIND\"}", OVER_CAP);

        assertTooLarge(post(districts, Tokens.of("admin"), "application/json", bytes, true));
    }

    @Test
    @DisplayName("POST /appeals chunked past the cap gets its 413 and then the connection is closed: the unread rest is never taken for a request")
    void connectionClosedAfterRefusal() throws Exception {
        byte[] bytes = padded(body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), newPhone()), null), OVER_CAP);
        try (Socket socket = new Socket(appeals.getHost(), appeals.getPort())) {
            socket.setSoTimeout(30_000); // the bound: a connection left open fails the test instead of hanging it
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + appeals.getPath() + " HTTP/1.1\r\nHost: " + appeals.getHost() + "\r\nAuthorization: Bearer "
                    + Tokens.of("operator") + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                for (int from = 0; from < bytes.length; from += 8192) {
                    int n = Math.min(8192, bytes.length - from);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes, from, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedWhileSending) {
                // the service may close before the client has sent everything: that is the point
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            // until the service closes: a SocketTimeoutException here means the connection was left open
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
            }
            assertThat(answer.toString(StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("content-type: application/problem+json");
        }
    }

    @Test
    @DisplayName("POST /appeals announcing 5 GB, past the HTTP layer's own ceiling, answers 413 problem+json with the "
            + "request's id, not a bare 413, and the connection is closed")
    void announcedPastTheCeiling() throws Exception {
        try (Socket socket = new Socket(appeals.getHost(), appeals.getPort())) {
            socket.setSoTimeout(30_000); // the bound: a connection left open fails the test instead of hanging it
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + appeals.getPath() + " HTTP/1.1\r\nHost: " + appeals.getHost() + "\r\nAuthorization: Bearer "
                    + Tokens.of("operator") + "\r\nContent-Type: application/json\r\nContent-Length: 5000000000\r\n"
                    + "X-Request-Id: ceiling-test-0001\r\n\r\n{\"text\":\"").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String text = readToClose(socket.getInputStream());
            assertThat(text).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"status\":413").contains("\"requestId\":\"ceiling-test-0001\"");
        }
    }

    @Test
    @DisplayName("after a refused chunked body the service answers the next request normally")
    void serviceAnswersAfterRefusal() throws Exception {
        byte[] bytes = padded(body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), newPhone()), null), OVER_CAP);
        for (int i = 0; i < 3; i++) {
            assertTooLarge(post(appeals, Tokens.of("operator"), "application/json", bytes, true));
        }
        assertThat(get(districts, Tokens.of("operator")).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("POST /appeals with a chunked body that never ends is answered 413 problem+json and the service cuts the connection")
    void endlessBodyOverCap() throws Exception {
        String answer = sendEndless("{\"text\":\"".getBytes(StandardCharsets.US_ASCII));
        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json");
    }

    @Test
    @DisplayName("POST /appeals with a chunked body of no JSON that never ends is answered 400 problem+json and the service cuts the connection")
    void endlessBodyNotJson() throws Exception {
        String answer = sendEndless("aaaa".getBytes(StandardCharsets.US_ASCII));
        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json");
    }

    /**
     * Sends the prefix and then 'a's without end (bounded here by 90 s) while reading the answer;
     * returns the answer once the service has closed the connection. A service that kept reading
     * would leave the reader waiting: the socket timeout fails the test instead of hanging it.
     */
    private String sendEndless(byte[] prefix) throws Exception {
        try (Socket socket = new Socket(appeals.getHost(), appeals.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + appeals.getPath() + " HTTP/1.1\r\nHost: " + appeals.getHost() + "\r\nAuthorization: Bearer "
                    + Tokens.of("operator") + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            java.util.concurrent.atomic.AtomicBoolean cutOff = new java.util.concurrent.atomic.AtomicBoolean();
            Thread sender = new Thread(() -> {
                byte[] chunk = new byte[65536];
                java.util.Arrays.fill(chunk, (byte) 'a');
                long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
                try {
                    out.write((Integer.toHexString(prefix.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(prefix);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    while (System.nanoTime() < until) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                } catch (IOException closedByService) {
                    cutOff.set(true);
                }
            });
            sender.start();
            String answer = readToClose(socket.getInputStream());
            sender.join(java.util.concurrent.TimeUnit.SECONDS.toMillis(100));
            assertThat(cutOff).as("the service closed the connection while the client was still sending").isTrue();
            return answer;
        }
    }

    /**
     * The answer, read until the service closes the connection (a reset after the answer is a close
     * too); a connection left open runs into the socket's timeout instead of hanging the test.
     */
    private static String readToClose(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // closed
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
