package kz.appeals.notice;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.NoticeFixtures.awaitStatus;
import static kz.appeals.support.NoticeFixtures.gatewayReports;
import static kz.appeals.support.NoticeFixtures.notice;
import static kz.appeals.support.NoticeFixtures.register;
import static kz.appeals.support.NoticeFixtures.reportsFor;
import static kz.appeals.support.NoticeFixtures.smsTo;
import static kz.appeals.support.NoticeFixtures.timelineKinds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.NoticeFixtures.Registered;
import kz.appeals.support.NoticePeers;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/notices/delivery-reports: the SMS gateway (the real HTTP stub, which calls back as
 * gateways do once it has taken a message) tells whether an SMS reached the applicant.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
@WithTestResource(NoticePeers.class)
class DeliveryReportsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PATH = "/api/v1/notices/delivery-reports";

    private static RequestSpecification gateway(String key) {
        RequestSpecification r = given().contentType("application/json");
        return key == null ? r : r.header("X-Gateway-Key", key);
    }

    @Test
    @DisplayName("a DELIVERED report, sent twice by the gateway, makes the SMS DELIVERED once, publicly on the timeline")
    void delivered() {
        String phone = IntakeFixtures.newPhone();
        gatewayReports(phone, "DELIVERED", null, 2);
        Registered r = register(null, phone, null, null);
        Map<String, Object> n = awaitStatus(r.id(), "REGISTRATION", "DELIVERED", WAIT);
        assertThat(n.get("sentAt")).isNotNull();
        assertThat(n.get("deliveredAt")).isNotNull();
        assertThat(n.get("attempts")).isEqualTo(1);
        // both reports taken (204), the second changing nothing
        Awaitility.await().atMost(WAIT).until(() -> reportsFor(phone).size() == 2);
        assertThat(reportsFor(phone)).extracting(m -> m.get("answer")).containsExactly(204, 204);
        assertThat(reportsFor(phone)).extracting(m -> m.get("messageId")).containsOnly(smsTo(phone).get(0).get("messageId"));
        assertThat(timelineKinds(r.id())).containsOnlyOnce("NOTICE_SENT").containsOnlyOnce("NOTICE_DELIVERED");
        // the citizen's page shows that they were told
        List<String> publicKinds = given().header("X-Access-Code", r.accessCode())
                .get("/api/v1/public/appeals/" + r.number()).then().statusCode(200).extract().jsonPath()
                .getList("replies.kind");
        assertThat(publicKinds).contains("NOTICE_DELIVERED");
    }

    @Test
    @DisplayName("a FAILED report makes the SMS FAILED with the gateway's reason (numbers masked), listed for supervisors to retry")
    void failed() {
        String phone = IntakeFixtures.newPhone();
        gatewayReports(phone, "FAILED", "subscriber " + phone + " unreachable", 1);
        Registered r = register(null, phone, null, null);
        Map<String, Object> n = awaitStatus(r.id(), "REGISTRATION", "FAILED", WAIT);
        assertThat((String) n.get("lastError")).startsWith("the SMS gateway reported it undelivered: subscriber ")
                .endsWith(" unreachable").doesNotContain(phone);
        assertThat(n.get("failedAt")).isNotNull();
        assertThat(timelineKinds(r.id())).contains("NOTICE_SENT", "NOTICE_FAILED");
        long id = ((Number) n.get("id")).longValue();
        List<Integer> listed = given().auth().oauth2(Tokens.of("supervisor")).queryParam("status", "FAILED")
                .queryParam("limit", 500).get("/api/v1/notices").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertThat(listed).contains((int) id);
        // a report that contradicts the last one is refused and changes nothing
        String messageId = (String) smsTo(phone).get(0).get("messageId");
        gateway(NoticePeers.REPORT_KEY).body(Map.of("messageId", messageId, "status", "DELIVERED")).post(PATH)
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(notice(r.id(), "REGISTRATION").get("status")).isEqualTo("FAILED");
    }

    @Test
    @DisplayName("POST /notices/delivery-reports without the key, with a wrong one, for an unknown or unsent notice, or with a bad body changes nothing")
    void refused() {
        String phone = IntakeFixtures.newPhone();
        gatewayReports(phone, "DELIVERED", null, 0);
        Registered r = register(null, phone, null, null);
        awaitStatus(r.id(), "REGISTRATION", "SENT", WAIT);
        String messageId = (String) smsTo(phone).get(0).get("messageId");
        Map<String, Object> delivered = Map.of("messageId", messageId, "status", "DELIVERED");

        gateway(null).body(delivered).post(PATH).then().statusCode(401).contentType("application/problem+json");
        gateway("wrong-key").body(delivered).post(PATH).then().statusCode(401);
        gateway(NoticePeers.REPORT_KEY).body(Map.of("messageId", "<notice.unknown@appeals.localhost>", "status", "DELIVERED"))
                .post(PATH).then().statusCode(404);
        gateway(NoticePeers.REPORT_KEY).body(Map.of("messageId", messageId, "status", "READ")).post(PATH)
                .then().statusCode(400);
        gateway(NoticePeers.REPORT_KEY).body(Map.of("messageId", messageId)).post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        gateway(NoticePeers.REPORT_KEY).body(Map.of("messageId", messageId, "status", "DELIVERED", "extra", 1)).post(PATH)
                .then().statusCode(400);
        // a staff token is no gateway key
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body(delivered).post(PATH)
                .then().statusCode(401);
        assertThat(notice(r.id(), "REGISTRATION").get("status")).isEqualTo("SENT");
        assertThat(timelineKinds(r.id())).doesNotContain("NOTICE_DELIVERED");

        // an e-mail notice gets no SMS report
        String email = kz.appeals.support.NoticeFixtures.newEmail();
        Registered mail = register(email, null, null, null);
        awaitStatus(mail.id(), "REGISTRATION", "SENT", WAIT);
        String mailId = kz.appeals.support.Mailbox.read(email).get(0).header("message-id");
        assertThat(mailId).startsWith("<notice.");
        gateway(NoticePeers.REPORT_KEY).body(Map.of("messageId", mailId, "status", "DELIVERED")).post(PATH)
                .then().statusCode(404);
        assertThat(notice(mail.id(), "REGISTRATION").get("status")).isEqualTo("SENT");
        // and a notice not yet sent is refused with 409 (the gateway reports again later)
        String pendingPhone = IntakeFixtures.newPhone();
        kz.appeals.support.NoticeFixtures.gatewayAnswers(pendingPhone, 500, 0);
        Registered pending = register(null, pendingPhone, null, null);
        Awaitility.await().atMost(WAIT).until(() -> !smsTo(pendingPhone).isEmpty());
        gateway(NoticePeers.REPORT_KEY).body(Map.of("messageId", smsTo(pendingPhone).get(0).get("messageId"),
                "status", "DELIVERED")).post(PATH).then().statusCode(409);
        assertThat(notice(pending.id(), "REGISTRATION").get("status")).isEqualTo("PENDING");

        // the right report at last
        gateway(NoticePeers.REPORT_KEY).body(delivered).post(PATH).then().statusCode(204);
        assertThat(notice(r.id(), "REGISTRATION").get("status")).isEqualTo("DELIVERED");
    }

    @Test
    @DisplayName("POST /notices/delivery-reports without the key or with a wrong one answers 401 problem+json whatever the "
            + "body: malformed JSON, an unknown property, a wrong status, no body at all")
    void keyBeforeBody() {
        for (String key : new String[] {null, "wrong-key"}) {
            for (String body : new String[] {"{\"messageId\": ", "{\"messageId\": \"m\", \"status\": \"READ\"}",
                    "{\"messageId\": \"m\", \"status\": \"DELIVERED\", \"extra\": 1}", "[]", "\"\\u0000\"", ""}) {
                gateway(key).header("X-Forwarded-For", newClient()).body(body).post(PATH).then()
                        .statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
            }
        }
        // with the key, the same bad bodies are 400
        gateway(NoticePeers.REPORT_KEY).header("X-Forwarded-For", newClient()).body("{\"messageId\": ").post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @DisplayName("POST /notices/delivery-reports: after 5 wrong keys from one address it answers 429 with Retry-After, the "
            + "right key included; other addresses, and the access codes of the same address, are not held up")
    void wrongKeysAreLimited() {
        String guesser = newClient();
        Map<String, Object> unknown = Map.of("messageId", "<notice.unknown@appeals.localhost>", "status", "DELIVERED");
        for (int i = 0; i < 5; i++) {
            gateway("wrong-key-" + i).header("X-Forwarded-For", guesser).body(unknown).post(PATH).then().statusCode(401);
        }
        gateway("wrong-key-5").header("X-Forwarded-For", guesser).body(unknown).post(PATH).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        gateway(NoticePeers.REPORT_KEY).header("X-Forwarded-For", guesser).body(unknown).post(PATH).then().statusCode(429);
        // the right key from elsewhere is taken (404: no such notice); the right key is not counted
        String gatewayHost = newClient();
        for (int i = 0; i < 7; i++) {
            gateway(NoticePeers.REPORT_KEY).header("X-Forwarded-For", gatewayHost).body(unknown).post(PATH)
                    .then().statusCode(404);
        }
        // wrong keys are counted apart from wrong access codes
        given().header("X-Access-Code", "AAAA-BBBB-CCCC").header("X-Forwarded-For", guesser)
                .get("/api/v1/public/appeals/1999-PVL-999999").then().statusCode(404);
    }

    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS =
            new java.util.concurrent.atomic.AtomicInteger((int) (System.nanoTime() & 0xfff) << 4);

    /** An address of its own for each use (behind the trusted loopback proxy), so counts start at zero. */
    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "10.202." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }
}
