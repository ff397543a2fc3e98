package kz.appeals.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback in the role of the SMS gateway: it takes {@code POST /sms} by the
 * gateway contract, records every request, and answers per recipient as a test asks (a status,
 * or a delay longer than the service waits). Tests drive it over HTTP too, so it works whichever
 * class loader the test runs in:
 * <ul>
 *   <li>{@code POST /control/behaviour} {@code {"recipient": "+7...", "status": 500, "delayMs": 0}}</li>
 *   <li>{@code GET /control/messages?recipient=+7...} the requests it received for that recipient</li>
 *   <li>{@code GET /control/reports?recipient=+7...} the delivery reports it sent for that recipient, each with
 *       the service's answer</li>
 * </ul>
 * A behaviour may also ask for delivery reports, as gateways send them: after taking a message,
 * {@code "report": "DELIVERED"|"FAILED"} (with {@code "reportReason"}) is posted {@code "reportTimes"}
 * times (default 1) to {@code "reportTo"} with the key {@code "reportKey"} in {@code X-Gateway-Key};
 * a report answered 409 (the service has not yet written that it sent the message) is sent again
 * a little later, as gateways retry their callbacks.
 */
public final class SmsGatewayStub {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, ObjectNode> behaviour = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> received = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> reports = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SmsGatewayStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.setExecutor(executor);
        server.createContext("/sms", this::sms);
        server.createContext("/control/behaviour", this::behaviour);
        server.createContext("/control/messages", this::messages);
        server.createContext("/control/reports", this::reports);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        // requests held on purpose (a delay) end now: their threads must not keep the test JVM alive
        executor.shutdownNow();
    }

    private void sms(HttpExchange x) throws IOException {
        ObjectNode reportAfter = null;
        String messageId = null;
        String reportFor = null;
        try (x) {
            JsonNode body = JSON.readTree(x.getRequestBody());
            String recipient = body.path("recipient").asText();
            ObjectNode record = JSON.createObjectNode()
                    .put("recipient", recipient)
                    .put("text", body.path("text").asText())
                    .put("messageId", body.path("messageId").asText())
                    .put("idempotencyKey", x.getRequestHeaders().getFirst("Idempotency-Key"))
                    .put("authorization", x.getRequestHeaders().getFirst("Authorization"))
                    .put("contentType", x.getRequestHeaders().getFirst("Content-Type"))
                    .put("receivedAt", System.currentTimeMillis());
            received.computeIfAbsent(recipient, r -> new CopyOnWriteArrayList<>()).add(record);
            ObjectNode how = behaviour.get(recipient);
            int status = how == null ? 200 : how.path("status").asInt(200);
            long delay = how == null ? 0 : how.path("delayMs").asLong(0);
            if (delay > 0) {
                Thread.sleep(delay);
            }
            String answer = status < 300 ? "{\"id\":\"sms-" + received.get(recipient).size() + "\"}"
                    : status == 400 ? "{\"error\":\"invalid recipient\"}" : "{\"error\":\"temporarily unavailable\"}";
            send(x, status, answer);
            if (status < 300 && how != null && how.hasNonNull("report")) {
                reportAfter = how;
                messageId = body.path("messageId").asText();
                reportFor = recipient;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (reportAfter != null) {
            ObjectNode how = reportAfter;
            String id = messageId;
            String recipient = reportFor;
            executor.submit(() -> report(how, id, recipient));
        }
    }

    /** Posts the delivery report(s) a behaviour asks for, and records the service's answers. */
    private void report(ObjectNode how, String messageId, String recipient) {
        ObjectNode report = JSON.createObjectNode().put("messageId", messageId).put("status", how.path("report").asText());
        if (how.hasNonNull("reportReason")) {
            report.put("reason", how.path("reportReason").asText());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(how.path("reportTo").asText()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Gateway-Key", how.path("reportKey").asText())
                .POST(HttpRequest.BodyPublishers.ofString(report.toString())).build();
        try {
            for (int i = 0; i < how.path("reportTimes").asInt(1); i++) {
                int answer = 0;
                for (int attempt = 0; attempt < 40; attempt++) {
                    answer = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (answer != 409) {
                        break;
                    }
                    Thread.sleep(250);
                }
                reports.computeIfAbsent(recipient, r -> new CopyOnWriteArrayList<>())
                        .add(report.deepCopy().put("answer", answer));
            }
        } catch (IOException e) {
            reports.computeIfAbsent(recipient, r -> new CopyOnWriteArrayList<>())
                    .add(report.deepCopy().put("error", e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void behaviour(HttpExchange x) throws IOException {
        try (x) {
            ObjectNode body = (ObjectNode) JSON.readTree(x.getRequestBody());
            behaviour.put(body.path("recipient").asText(), body);
            send(x, 204, null);
        }
    }

    private void messages(HttpExchange x) throws IOException {
        list(x, received);
    }

    private void reports(HttpExchange x) throws IOException {
        list(x, reports);
    }

    private static void list(HttpExchange x, Map<String, List<ObjectNode>> byRecipient) throws IOException {
        try (x) {
            String query = x.getRequestURI().getRawQuery();
            String recipient = query == null ? "" : URLDecoder.decode(query.replaceFirst("^recipient=", ""),
                    StandardCharsets.UTF_8);
            ArrayNode out = JSON.createArrayNode();
            byRecipient.getOrDefault(recipient, List.of()).forEach(out::add);
            send(x, 200, out.toString());
        }
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        if (body == null) {
            x.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }
}
