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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.Mailbox;
import kz.appeals.support.NoticeCrashPeers;
import kz.appeals.support.NoticeFixtures.Registered;
import kz.appeals.support.NoticePeers;
import kz.appeals.support.PackagedService;
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

    @ConfigProperty(name = "appeals.access-code.secret")
    String accessCodeSecret;

    @Test
    @DisplayName("SIGKILL while sending: after restart every pending notice is delivered; a resent SMS has the same id")
    void killedWhileSending() throws Exception {
        assertThat(PackagedService.JAR).as("the packaged service (mvn package runs before the server tests)").exists();
        String phone = IntakeFixtures.newPhone();
        gatewayAnswers(phone, 200, 60_000);
        Registered held = register(null, phone, null, null);
        String email1 = newEmail();
        String email2 = newEmail();
        Registered mail1 = register(email1, null, null, null);
        Registered mail2 = register(email2, null, null, null);

        PackagedService first = start(1);
        try {
            // the first process has claimed the batch and is waiting for the gateway's answer
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !first.alive() || !smsTo(phone).isEmpty());
            assertThat(first.alive()).as("the first service process is running (see " + first.log() + ")").isTrue();
        } finally {
            first.kill(); // SIGKILL: no shutdown hook, no rollback of what was in flight
        }
        Map<String, Object> claimed = notice(held.id(), "REGISTRATION");
        assertThat(claimed.get("status")).isEqualTo("PENDING");
        assertThat(claimed.get("attempts")).isEqualTo(1);

        gatewayAnswers(phone, 200, 0);
        try (PackagedService second = start(2)) {
            for (Registered r : List.of(held, mail1, mail2)) {
                awaitStatus(r.id(), "REGISTRATION", "SENT", Duration.ofMinutes(3));
            }
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

    /**
     * The packaged service on the suite's database, dispatching notices to the test peers; it derives
     * access codes with this process's secret. Not waited for: the test watches what it sends.
     */
    private PackagedService start(int n) throws Exception {
        return PackagedService.launch("notice-crash-service-" + n).heap("256m")
                .ports(HTTP_PORT, MANAGEMENT_PORT)
                .env("APPEALS_ACCESS_CODE_SECRET", accessCodeSecret)
                .env("APPEALS_AUDIT_KEY", "crash-test-personal-data-access-key-not-secret")
                .env("APPEALS_STATS_COMPACTION_INTERVAL", "off")
                .env("APPEALS_AUDIT_PURGE_INTERVAL", "off")
                .env("QUARKUS_MAILER_HOST", "127.0.0.1")
                .env("QUARKUS_MAILER_PORT", Integer.toString(NoticePeers.SMTP_PORT))
                .env("APPEALS_NOTICES_SMS_URL", "http://127.0.0.1:" + NoticePeers.SMS_PORT + "/sms")
                .env("APPEALS_NOTICES_SMS_API_KEY", NoticePeers.SMS_KEY)
                .env("APPEALS_NOTICES_DISPATCH_INTERVAL", "1s")
                .env("APPEALS_NOTICES_SEND_TIMEOUT", "PT4S")
                .env("APPEALS_NOTICES_LEASE", "PT5S")
                .start();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
