package kz.appeals.notice;

import static kz.appeals.support.NoticeFixtures.awaitStatus;
import static kz.appeals.support.NoticeFixtures.gatewayAnswers;
import static kz.appeals.support.NoticeFixtures.newEmail;
import static kz.appeals.support.NoticeFixtures.notice;
import static kz.appeals.support.NoticeFixtures.register;
import static kz.appeals.support.NoticeFixtures.smsTo;
import static kz.appeals.support.NoticeFixtures.timelineKinds;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.Mailbox;
import kz.appeals.support.NoticeCrashPeers;
import kz.appeals.support.NoticeFixtures.Registered;
import kz.appeals.support.NoticePeers;
import kz.appeals.support.TestInfrastructure;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The service killed (SIGKILL) while it sends. The packaged service (target/quarkus-app, built by
 * the package phase before this suite) runs as a process of its own against the test database and
 * the same peers; this process only registers the appeals (its dispatcher is off). The gateway holds
 * the first SMS; the process is killed while it waits. A second process takes over once the
 * lease of the dead one's claim has run out: every notice owed is delivered, each e-mail once, and
 * the SMS that may have reached the gateway before the kill comes again with the same message id.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
@WithTestResource(NoticeCrashPeers.class)
class NoticeCrashTest {
    private static final int HTTP_PORT = Integer.parseInt(System.getProperty("appeals.test.child-port",
            envOr("APPEALS_TEST_CHILD_HTTP_PORT", "8310")));
    private static final int MANAGEMENT_PORT = HTTP_PORT + 1;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "appeals.access-code.secret")
    String accessCodeSecret;

    @Test
    @DisplayName("SIGKILL while sending: after restart every pending notice is delivered; a resent SMS has the same id")
    void killedWhileSending() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertThat(jar).as("the packaged service (mvn package runs before the server tests)").exists();
        String phone = IntakeFixtures.newPhone();
        gatewayAnswers(phone, 200, 60_000);
        Registered held = register(null, phone, null, null);
        String email1 = newEmail();
        String email2 = newEmail();
        Registered mail1 = register(email1, null, null, null);
        Registered mail2 = register(email2, null, null, null);

        Process first = start(jar, 1);
        try {
            // the first process has claimed the batch and is waiting for the gateway's answer
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !first.isAlive() || !smsTo(phone).isEmpty());
            assertThat(first.isAlive()).as("the first service process is running (see its log)").isTrue();
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback of what was in flight
            first.waitFor();
        }
        Map<String, Object> claimed = notice(held.id(), "REGISTRATION");
        assertThat(claimed.get("status")).isEqualTo("PENDING");
        assertThat(claimed.get("attempts")).isEqualTo(1);

        gatewayAnswers(phone, 200, 0);
        Process second = start(jar, 2);
        try {
            for (Registered r : List.of(held, mail1, mail2)) {
                awaitStatus(r.id(), "REGISTRATION", "SENT", Duration.ofMinutes(3));
            }
        } finally {
            second.destroy();
            second.waitFor();
        }
        List<Map<String, Object>> requests = smsTo(phone);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).get("messageId")).isEqualTo(requests.get(0).get("messageId"));
        assertThat(requests.get(1).get("idempotencyKey")).isEqualTo(requests.get(0).get("messageId"));
        assertThat(notice(held.id(), "REGISTRATION").get("attempts")).isEqualTo(2);
        assertThat(Mailbox.read(email1)).hasSize(1);
        assertThat(Mailbox.read(email2)).hasSize(1);
        for (Registered r : List.of(held, mail1, mail2)) {
            assertThat(timelineKinds(r.id())).containsOnlyOnce("NOTICE_SENT");
        }
    }

    /** The packaged service as a process of its own, dispatching notices to the test peers. */
    private Process start(Path jar, int n) throws IOException {
        File log = Path.of("target", "notice-crash-service-" + n + ".log").toFile();
        Files.deleteIfExists(log.toPath());
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log);
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(HTTP_PORT));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(MANAGEMENT_PORT));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", envOr("APPEALS_TEST_DB_USER", "postgres"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", TestInfrastructure.ISSUER);
        env.put("APPEALS_ACCESS_CODE_SECRET", accessCodeSecret);
        env.put("APPEALS_AUDIT_KEY", "crash-test-personal-data-access-key-not-secret");
        env.put("APPEALS_DEADLINE_WATCH_CRON", "off");
        env.put("APPEALS_STATS_COMPACTION_INTERVAL", "off");
        env.put("APPEALS_AUDIT_PURGE_INTERVAL", "off");
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(NoticePeers.SMTP_PORT));
        env.put("APPEALS_NOTICES_SMS_URL", "http://127.0.0.1:" + NoticePeers.SMS_PORT + "/sms");
        env.put("APPEALS_NOTICES_SMS_API_KEY", NoticePeers.SMS_KEY);
        env.put("APPEALS_NOTICES_DISPATCH_INTERVAL", "1s");
        env.put("APPEALS_NOTICES_SEND_TIMEOUT", "PT4S");
        env.put("APPEALS_NOTICES_LEASE", "PT5S");
        return builder.start();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
