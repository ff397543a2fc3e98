package kz.appeals.notice;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.NoticeFixtures.awaitStatus;
import static kz.appeals.support.NoticeFixtures.gatewayAnswers;
import static kz.appeals.support.NoticeFixtures.newEmail;
import static kz.appeals.support.NoticeFixtures.notice;
import static kz.appeals.support.NoticeFixtures.register;
import static kz.appeals.support.NoticeFixtures.smsTo;
import static kz.appeals.support.NoticeFixtures.timelineKinds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.MailFront;
import kz.appeals.support.Mailbox;
import kz.appeals.support.NoticeFixtures.Registered;
import kz.appeals.support.NoticePeers;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What goes wrong on the way to the applicant, with the real peers: the mail server away and back,
 * an SMS gateway that fails or hangs, a recipient the gateway refuses. The suite's times are short
 * (retry from 0.5 s doubling to 2 s, FAILED after {@link NoticePeers#GIVE_UP_AFTER}); the rules are
 * the same as with the defaults.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
@WithTestResource(NoticePeers.class)
class NoticeReliabilityTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    @DisplayName("SMTP down, then up: every notice is delivered once it is back, none lost, none twice")
    void smtpDownThenUp() throws Exception {
        NoticePeers.mail("stop", "--dir", NoticePeers.MAIL_DIR);
        List<String> emails = new ArrayList<>();
        List<Registered> appeals = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                String email = newEmail();
                emails.add(email);
                appeals.add(register(email, null, null, null));
            }
            // tried and postponed while the server is away, the reason kept
            for (Registered r : appeals) {
                Awaitility.await().atMost(WAIT).until(() -> ((Number) notice(r.id(), "REGISTRATION").get("attempts")).intValue() >= 2);
                Map<String, Object> n = notice(r.id(), "REGISTRATION");
                assertThat(n.get("status")).isEqualTo("PENDING");
                assertThat((String) n.get("lastError")).startsWith("mail server:");
            }
        } finally {
            NoticePeers.mail("start", "--smtp-port", Integer.toString(NoticePeers.SMTP_PORT),
                    "--imap-port", Integer.toString(NoticePeers.IMAP_PORT), "--dir", NoticePeers.MAIL_DIR);
        }
        for (Registered r : appeals) {
            awaitStatus(r.id(), "REGISTRATION", "SENT", WAIT);
        }
        // a further round of the dispatcher changes nothing: still one message each
        Thread.sleep(1000);
        for (int i = 0; i < appeals.size(); i++) {
            List<Mailbox.Message> mail = Mailbox.read(emails.get(i));
            assertThat(mail).as("mailbox of appeal %s", appeals.get(i).number()).hasSize(1);
            assertThat(mail.get(0).body()).contains(appeals.get(i).number());
            assertThat(timelineKinds(appeals.get(i).id())).containsOnlyOnce("NOTICE_SENT");
        }
    }

    @Test
    @DisplayName("a gateway answering 500: retried with backoff, FAILED after the limit, listed as FAILED, and sent after a retry")
    void gatewayErrorThenFailed() {
        String phone = IntakeFixtures.newPhone();
        gatewayAnswers(phone, 500, 0);
        Registered r = register(null, phone, null, null);
        Map<String, Object> failed = awaitStatus(r.id(), "REGISTRATION", "FAILED",
                NoticePeers.GIVE_UP_AFTER.plusSeconds(15));
        List<Map<String, Object>> requests = smsTo(phone);
        assertThat(requests.size()).isGreaterThanOrEqualTo(4).isEqualTo(((Number) failed.get("attempts")).intValue());
        // backoff: 0.5 s, 1 s, then 2 s at most, with 10 % jitter. An attempt is never made before its time,
        // but the dispatcher polls each second, so a gap may be longer than its step: each gap is bounded below
        // by its step (a comparison of two gaps would depend on where the polls fell)
        long[] steps = {500, 1000, 2000};
        for (int i = 1; i <= 3; i++) {
            long gap = ((Number) requests.get(i).get("receivedAt")).longValue()
                    - ((Number) requests.get(i - 1).get("receivedAt")).longValue();
            assertThat(gap).as("gap before attempt %d", i + 1).isGreaterThanOrEqualTo(steps[i - 1] * 9 / 10);
        }
        // the same message every time
        assertThat(requests).extracting(m -> m.get("messageId")).containsOnly(requests.get(0).get("messageId"));
        assertThat((String) failed.get("lastError")).startsWith("gave up after").contains("SMS gateway answered 500")
                .doesNotContain(phone);
        assertThat(timelineKinds(r.id())).contains("NOTICE_FAILED");

        long noticeId = ((Number) failed.get("id")).longValue();
        List<Integer> listed = given().auth().oauth2(Tokens.of("supervisor")).queryParam("status", "FAILED")
                .queryParam("limit", 500).get("/api/v1/notices").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertThat(listed).contains((int) noticeId);

        gatewayAnswers(phone, 200, 0);
        given().auth().oauth2(Tokens.of("supervisor")).post("/api/v1/notices/" + noticeId + "/retry")
                .then().statusCode(200).body("status", equalTo("PENDING"));
        awaitStatus(r.id(), "REGISTRATION", "SENT", WAIT);
        assertThat(timelineKinds(r.id())).contains("NOTICE_RETRY", "NOTICE_SENT");
    }

    @Test
    @DisplayName("a gateway that does not answer in time: retried, each attempt with the same message id, then sent")
    void gatewayTimeout() {
        String phone = IntakeFixtures.newPhone();
        gatewayAnswers(phone, 200, 3000);
        Registered r = register(null, phone, null, null);
        Awaitility.await().atMost(WAIT).until(() -> smsTo(phone).size() >= 2);
        assertThat((String) notice(r.id(), "REGISTRATION").get("lastError")).contains("did not answer within");
        gatewayAnswers(phone, 200, 0);
        awaitStatus(r.id(), "REGISTRATION", "SENT", WAIT);
        List<Map<String, Object>> requests = smsTo(phone);
        assertThat(requests).extracting(m -> m.get("messageId")).containsOnly(requests.get(0).get("messageId"));
    }

    @Test
    @DisplayName("a recipient the gateway refuses (400): FAILED at once with the reason, never tried again")
    void invalidRecipient() throws InterruptedException {
        String phone = IntakeFixtures.newPhone();
        gatewayAnswers(phone, 400, 0);
        Registered r = register(null, phone, null, null);
        Map<String, Object> n = awaitStatus(r.id(), "REGISTRATION", "FAILED", WAIT);
        assertThat(n.get("attempts")).isEqualTo(1);
        assertThat((String) n.get("lastError")).isEqualTo("SMS gateway answered 400: {\"error\":\"invalid recipient\"}");
        Thread.sleep(1500);
        assertThat(smsTo(phone)).hasSize(1);
    }

    @Test
    @DisplayName("the mail server refusing the address (SMTP 550, permanent): FAILED at once with the server's reason, never tried again")
    void smtpRefusesRecipient() throws InterruptedException {
        String email = MailFront.REFUSED + newEmail();
        Registered r = register(email, null, null, null);
        Map<String, Object> n = awaitStatus(r.id(), "REGISTRATION", "FAILED", WAIT);
        assertThat(n.get("attempts")).isEqualTo(1);
        assertThat((String) n.get("lastError")).startsWith("the mail server refused the message: 550")
                .contains("Recipient address rejected").doesNotContain(email);
        Thread.sleep(1500); // three rounds of the dispatcher, the first retry long due had it been transient
        Map<String, Object> later = notice(r.id(), "REGISTRATION");
        assertThat(later.get("attempts")).isEqualTo(1);
        assertThat(later.get("status")).isEqualTo("FAILED");
        assertThat(Mailbox.read(email)).isEmpty();
        assertThat(timelineKinds(r.id())).contains("NOTICE_FAILED").doesNotContain("NOTICE_SENT");
        List<Integer> listed = given().auth().oauth2(Tokens.of("supervisor")).queryParam("status", "FAILED")
                .queryParam("limit", 500).get("/api/v1/notices").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertThat(listed).contains(((Number) n.get("id")).intValue());
    }
}
