package kz.appeals.notice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * SMS through the HTTP gateway of {@code appeals.notices.sms.*}, by the contract in docs/notices.md:
 * {@code POST <url>} with {@code {"messageId", "recipient", "text", "sender"}} as JSON, the notice's
 * Message-ID also as {@code Idempotency-Key}. 2xx: taken. 400, 404, 410, 422: the gateway refuses
 * the recipient or the text, FAILED at once. Anything else (408, 429, 5xx, no answer within
 * send-timeout, no connection): retried.
 */
@ApplicationScoped
class SmsGateway {
    private static final int MAX_REASON = 300;

    @Inject
    NoticeConfig config;

    @Inject
    ObjectMapper mapper;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder().connectTimeout(config.sendTimeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    SendResult send(Outgoing n) {
        if (config.sms().url().isEmpty()) {
            return SendResult.transientFailure("no SMS gateway is configured (appeals.notices.sms.url)");
        }
        ObjectNode body = mapper.createObjectNode()
                .put("messageId", n.messageId())
                .put("recipient", n.recipient())
                .put("text", n.text());
        config.sms().sender().ifPresent(s -> body.put("sender", s));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.sms().url().get()))
                .timeout(config.sendTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", n.messageId())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        config.sms().apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return SendResult.sent();
            }
            String reason = "SMS gateway answered " + status + reason(response.body());
            return switch (status) {
                case 400, 404, 410, 422 -> SendResult.permanentFailure(reason);
                default -> SendResult.transientFailure(reason);
            };
        } catch (HttpTimeoutException e) {
            return SendResult.transientFailure("SMS gateway did not answer within " + config.sendTimeout());
        } catch (IOException e) {
            return SendResult.transientFailure("SMS gateway: " + EmailSender.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.transientFailure("interrupted while sending");
        }
    }

    private static String reason(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > MAX_REASON ? oneLine.substring(0, MAX_REASON) + "…" : oneLine);
    }
}
