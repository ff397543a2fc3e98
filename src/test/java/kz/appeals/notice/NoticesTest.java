package kz.appeals.notice;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.done;
import static kz.appeals.support.CaseFixtures.reason;
import static kz.appeals.support.CaseFixtures.redirection;
import static kz.appeals.support.CaseFixtures.resolution;
import static kz.appeals.support.NoticeFixtures.awaitStatus;
import static kz.appeals.support.NoticeFixtures.newEmail;
import static kz.appeals.support.NoticeFixtures.notice;
import static kz.appeals.support.NoticeFixtures.notices;
import static kz.appeals.support.NoticeFixtures.register;
import static kz.appeals.support.NoticeFixtures.smsTo;
import static kz.appeals.support.NoticeFixtures.timelineKinds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import kz.appeals.appeal.DeadlineWatch;
import kz.appeals.common.RegionTime;
import kz.appeals.deadline.WorkingCalendar;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.Mailbox;
import kz.appeals.support.NoticeFixtures.Registered;
import kz.appeals.support.NoticePeers;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Notices end to end: the outbox row written with the step, the message read back from the real
 * mail server over IMAP or from the SMS gateway, the timeline and the citizen's page, and the
 * endpoints with their scope.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
@WithTestResource(NoticePeers.class)
class NoticesTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    WorkingCalendar calendar;

    @Inject
    DeadlineWatch watch;

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    private LocalDate workingDaysFromToday(int n) {
        LocalDate today = RegionTime.localDate(java.time.Instant.now());
        return QuarkusTransaction.requiringNew().call(() -> calendar.from(today).plus(today, n));
    }

    /** n working days after the day an appeal received now is registered (the next working day on a day off). */
    private LocalDate workingDaysFromRegistration(int n) {
        LocalDate today = RegionTime.localDate(java.time.Instant.now());
        return QuarkusTransaction.requiringNew().call(() -> {
            var days = calendar.from(today);
            return days.plus(days.onOrAfter(today), n);
        });
    }

    @Test
    @DisplayName("POST /appeals by phone with an e-mail: the registration e-mail arrives with number, due date and access code")
    void registrationEmail() {
        String email = newEmail();
        Registered r = register(email, IntakeFixtures.newPhone(), null, null);

        Map<String, Object> n = awaitStatus(r.id(), "REGISTRATION", "SENT", WAIT);
        assertThat(n.get("channel")).isEqualTo("EMAIL");
        assertThat(n.get("language")).isEqualTo("ru");
        assertThat(n.get("dueBy")).isEqualTo(workingDaysFromRegistration(1).toString());
        assertThat((String) n.get("recipient")).endsWith("@example.kz").doesNotContain(email.substring(1, email.indexOf('@')));

        List<Mailbox.Message> mail = Mailbox.read(email);
        assertThat(mail).hasSize(1);
        Mailbox.Message m = mail.get(0);
        assertThat(m.header("subject")).contains(r.number()).contains("зарегистрировано");
        assertThat(m.header("message-id")).matches("<notice\\.[0-9a-f]{24}@appeals\\.localhost>");
        assertThat(m.body()).contains(r.number()).contains(r.accessCode())
                .contains(LocalDate.parse(r.dueAt()).format(DAY)).doesNotContain("{");

        assertThat(timelineKinds(r.id())).containsExactly("REGISTERED", "NOTICE_SENT");
        // the citizen's page says they were told, and when, without the address
        given().header("X-Access-Code", r.accessCode()).get("/api/v1/public/appeals/" + r.number())
                .then().statusCode(200)
                .body("replies.kind", hasItem("NOTICE_SENT"))
                .body("replies.find { it.kind == 'NOTICE_SENT' }.text", equalTo("Notice of registration sent by e-mail"))
                .body(not(containsString(email)));
    }

    @Test
    @DisplayName("an appeal in Kazakh (language kk) is written to in Kazakh, from the kk template")
    void kazakh() {
        String email = newEmail();
        Registered r = register(email, null, null, "kk");
        given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + r.id()).then().body("language", equalTo("kk"));
        awaitStatus(r.id(), "REGISTRATION", "SENT", WAIT);
        Mailbox.Message m = Mailbox.read(email).get(0);
        assertThat(m.body()).contains("нөмірімен тіркелді").contains(r.accessCode());
        assertThat(m.header("subject")).contains("Өтініш тіркелді");
    }

    @Test
    @DisplayName("POST /appeals with language 'en' answers 400 and registers nothing")
    void unknownLanguage() {
        given().auth().oauth2(Tokens.of("operator")).contentType("application/json")
                .body("{\"channel\":\"CALL_CENTER\",\"type\":\"COMPLAINT\",\"topicCode\":\"UTIL_HEATING\","
                        + "\"districtCode\":\"PVL\",\"text\":\"No heating in building 12 since Monday\",\"language\":\"en\","
                        + "\"applicant\":{\"kind\":\"INDIVIDUAL\",\"fullName\":\"A B\",\"phone\":\"+77012345678\"}}")
                .post("/api/v1/appeals").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a phone without e-mail gets an SMS through the gateway, with the key and the notice's id as Idempotency-Key")
    void registrationSms() {
        String phone = IntakeFixtures.newPhone();
        Registered r = register(null, phone, null, null);
        Map<String, Object> n = awaitStatus(r.id(), "REGISTRATION", "SENT", WAIT);
        assertThat(n.get("channel")).isEqualTo("SMS");
        assertThat((String) n.get("recipient")).startsWith(phone.substring(0, 5)).endsWith(phone.substring(phone.length() - 2))
                .isNotEqualTo(phone);
        List<Map<String, Object>> sms = smsTo(phone);
        assertThat(sms).hasSize(1);
        assertThat((String) sms.get(0).get("text")).contains(r.number()).contains(r.accessCode());
        assertThat(sms.get(0).get("authorization")).isEqualTo("Bearer " + NoticePeers.SMS_KEY);
        assertThat(sms.get(0).get("idempotencyKey")).isEqualTo(sms.get(0).get("messageId"));
    }

    @Test
    @DisplayName("extension, redirection, answer and reopening each write their notice with the step, in words of the template")
    void everyStep() {
        String email = newEmail();
        Registered r = register(email, null, null, null);
        done("supervisor", r.id(), "assignment", assignment("PVL-HOUSING"));
        LocalDate newDue = QuarkusTransaction.requiringNew().call(() -> {
            LocalDate d = LocalDate.parse(r.dueAt()).plusDays(10);
            return calendar.from(d).onOrAfter(d);
        });
        done("supervisor", r.id(), "extension", Map.of("dueAt", newDue.toString(), "reason", "Spare parts are on their way"));
        Map<String, Object> ext = awaitStatus(r.id(), "EXTENSION", "SENT", WAIT);
        assertThat(ext.get("dueBy")).isEqualTo(workingDaysFromToday(3).toString());
        assertThat(ext.get("late")).isEqualTo(false);

        done("executor", r.id(), "resolution", resolution("POSITIVE", "The valve was replaced."));
        done("supervisor", r.id(), "closure", Map.of());
        awaitStatus(r.id(), "ANSWER", "SENT", WAIT);
        done("supervisor", r.id(), "reopening", reason("The applicant says it is cold again"));
        awaitStatus(r.id(), "REOPENING", "SENT", WAIT);

        List<Mailbox.Message> mail = Mailbox.read(email);
        assertThat(mail).hasSize(4);
        assertThat(mail).anySatisfy(m -> assertThat(m.body()).contains("продлён до " + newDue.format(DAY))
                .contains("Spare parts are on their way"));
        assertThat(mail).anySatisfy(m -> assertThat(m.body()).contains("The valve was replaced.").contains("удовлетворено"));
        assertThat(mail).anySatisfy(m -> assertThat(m.body()).contains("возобновлено")
                .contains("The applicant says it is cold again"));
        assertThat(mail.stream().map(m -> m.header("message-id")).distinct()).hasSize(4);

        Registered other = register(newEmail(), null, null, null);
        done("supervisor", other.id(), "redirection", redirection("The prosecutor's office"));
        awaitStatus(other.id(), "REDIRECTION", "SENT", WAIT);
        assertThat(notices(other.id())).extracting(n -> n.get("kind")).containsExactly("REGISTRATION", "REDIRECTION");
    }

    @Test
    @DisplayName("the answer's e-mail links to the tracking page with the number and gives the access code, with which the citizen leaves feedback")
    void answerCarriesFeedbackLink() {
        String email = newEmail();
        Registered r = register(email, null, null, null);
        done("supervisor", r.id(), "assignment", assignment("PVL-HOUSING"));
        done("executor", r.id(), "resolution", resolution("POSITIVE", "The valve was replaced."));
        done("supervisor", r.id(), "closure", Map.of());
        awaitStatus(r.id(), "ANSWER", "SENT", WAIT);

        String answer = Mailbox.read(email).stream().filter(m -> m.body().contains("The valve was replaced."))
                .findFirst().orElseThrow().body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("(https?://\\S+/track/\\?number=\\S+) \\(код доступа: ([A-Z0-9-]+)\\)")
                .matcher(answer);
        assertThat(link.find()).as("the feedback link and the code in: %s", answer).isTrue();
        // the configured public address (its trailing slash dropped), the number as the page takes it
        assertThat(link.group(1)).isEqualTo(NoticePeers.PUBLIC_URL + "/track/?number=" + r.number());
        assertThat(link.group(2)).isEqualTo(r.accessCode());
        // the page is served at that path, and the code in the letter is the one feedback takes
        given().get(link.group(1).substring(NoticePeers.PUBLIC_URL.length())).then().statusCode(200)
                .contentType(containsString("text/html"));
        given().header("X-Access-Code", link.group(2)).contentType("application/json")
                .body(Map.of("solved", true, "rating", 5))
                .post("/api/v1/public/appeals/" + r.number() + "/feedback").then().statusCode(201);
    }

    @Test
    @DisplayName("an anonymous appeal owes no notice, whatever happens to it")
    void anonymous() {
        long id = ((Number) given().auth().oauth2(Tokens.of("operator")).contentType("application/json")
                .body("{\"channel\":\"CALL_CENTER\",\"type\":\"REPORT\",\"topicCode\":\"UTIL_HEATING\",\"districtCode\":\"PVL\","
                        + "\"text\":\"Someone is dumping waste by the river every night\",\"applicant\":{\"kind\":\"ANONYMOUS\"}}")
                .post("/api/v1/appeals").then().statusCode(201).extract().path("id")).longValue();
        done("supervisor", id, "redirection", redirection("The police"));
        assertThat(notices(id)).isEmpty();
        given().auth().oauth2(Tokens.of("office")).contentType("application/json")
                .body(Map.of("kind", "REGISTRATION", "channel", "PHONE"))
                .post("/api/v1/appeals/" + id + "/notices").then().statusCode(422);
    }

    @Test
    @DisplayName("a postal address only: the notice waits for staff; POST /notices records the letter, the deadline watch marks lateness")
    void postAndPhone() {
        Registered r = register(null, null, "Pavlodar, Lenin street 12, flat 5", null);
        Map<String, Object> owed = notice(r.id(), "REGISTRATION");
        assertThat(owed.get("channel")).isEqualTo("POST");
        assertThat(owed.get("status")).isEqualTo("PENDING");
        assertThat((String) owed.get("recipient")).isEqualTo("Pavlodar …");

        // the day after it was due, the watch marks it late; the list of late notices shows it
        LocalDate dueBy = LocalDate.parse((String) owed.get("dueBy"));
        watch.run(dueBy.plusDays(1));
        assertThat(notice(r.id(), "REGISTRATION").get("late")).isEqualTo(true);
        assertThat(given().auth().oauth2(Tokens.of("supervisor")).queryParam("late", "true").queryParam("limit", 500)
                .get("/api/v1/notices").then().statusCode(200).extract().jsonPath().<Number>getList("items.id"))
                .extracting(Number::longValue).contains(((Number) owed.get("id")).longValue());

        given().auth().oauth2(Tokens.of("office")).contentType("application/json")
                .body(Map.of("kind", "REGISTRATION", "channel", "POST", "note", "Letter 17/3 posted"))
                .post("/api/v1/appeals/" + r.id() + "/notices").then().statusCode(201)
                .body("id", equalTo(((Number) owed.get("id")).intValue()))
                .body("status", equalTo("SENT")).body("recordedBy", equalTo("office"));
        // no phone to call: 422; e-mail is not recorded by hand: 400
        given().auth().oauth2(Tokens.of("office")).contentType("application/json")
                .body(Map.of("kind", "REGISTRATION", "channel", "PHONE"))
                .post("/api/v1/appeals/" + r.id() + "/notices").then().statusCode(422);
        given().auth().oauth2(Tokens.of("office")).contentType("application/json")
                .body(Map.of("kind", "REGISTRATION", "channel", "EMAIL"))
                .post("/api/v1/appeals/" + r.id() + "/notices").then().statusCode(400);
        assertThat(timelineKinds(r.id())).containsExactly("REGISTERED", "NOTICE_SENT");

        Registered called = register(null, IntakeFixtures.newPhone(), null, null);
        given().auth().oauth2(Tokens.of("operator")).contentType("application/json")
                .body(Map.of("kind", "REGISTRATION", "channel", "PHONE"))
                .post("/api/v1/appeals/" + called.id() + "/notices").then().statusCode(201)
                .body("status", equalTo("DELIVERED")).body("channel", equalTo("PHONE"));
        assertThat(timelineKinds(called.id())).contains("NOTICE_DELIVERED");
    }

    @Test
    @DisplayName("notices answer 404 out of scope, 403 to the wrong role, 401 without a token")
    void scope() {
        Registered r = register(null, null, "Pavlodar, Lenin street 1", null);
        String path = "/api/v1/appeals/" + r.id() + "/notices";
        given().get(path).then().statusCode(401);
        given().auth().oauth2(Tokens.of("office2")).get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.of("supervisor2")).get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.of("executor")).get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.of("analyst")).get(path).then().statusCode(403);
        given().auth().oauth2(Tokens.portal()).get(path).then().statusCode(403);
        given().auth().oauth2(Tokens.of("office")).get(path).then().statusCode(200);
        given().auth().oauth2(Tokens.of("office2")).contentType("application/json")
                .body(Map.of("kind", "REGISTRATION", "channel", "POST")).post(path).then().statusCode(404);
        given().auth().oauth2(Tokens.of("executor")).contentType("application/json")
                .body(Map.of("kind", "REGISTRATION", "channel", "POST")).post(path).then().statusCode(403);
        // a token without the district claim its role needs reaches nothing
        String noClaim = Tokens.sign(Tokens.claims("nodistrict", "supervisor"));
        given().auth().oauth2(noClaim).get("/api/v1/notices").then().statusCode(403);

        long noticeId = ((Number) notice(r.id(), "REGISTRATION").get("id")).longValue();
        given().auth().oauth2(Tokens.of("office")).post("/api/v1/notices/" + noticeId + "/retry").then().statusCode(403);
        given().auth().oauth2(Tokens.of("supervisor2")).post("/api/v1/notices/" + noticeId + "/retry").then().statusCode(404);
        given().auth().oauth2(Tokens.of("supervisor")).post("/api/v1/notices/" + noticeId + "/retry").then().statusCode(409)
                .body("currentStatus", equalTo("PENDING"));
        given().auth().oauth2(Tokens.of("supervisor2")).queryParam("limit", 500).get("/api/v1/notices")
                .then().statusCode(200).body("items.appealId", not(hasItem((int) r.id())));
        given().auth().oauth2(Tokens.of("supervisor")).queryParam("status", "LOST").get("/api/v1/notices")
                .then().statusCode(400);
    }

    @Test
    @DisplayName("GET /q/metrics on the management port shows the outbox's depth, the oldest age and sent counts")
    void metrics() {
        Registered r = register(newEmail(), null, null, null);
        awaitStatus(r.id(), "REGISTRATION", "SENT", WAIT);
        given().baseUri("http://127.0.0.1").port(managementPort).get("/q/metrics").then().statusCode(200)
                .body(containsString("appeals_notices_pending "))
                .body(containsString("appeals_notices_oldest_pending_seconds "))
                .body(containsString("appeals_notices_sent_total{channel=\"EMAIL\"}"))
                .body(containsString("appeals_notices_failed_total{channel=\"SMS\"}"));
    }
}
