package kz.appeals.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/** Appeals and reads for the notice tests: each applicant has an address or number of their own. */
public final class NoticeFixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private NoticeFixtures() {
    }

    /** The intake answer of an appeal. */
    public record Registered(long id, String number, String accessCode, String dueAt) {
    }

    /** An e-mail address nobody else in the run uses (GreenMail keeps one mailbox per address). */
    public static String newEmail() {
        return "applicant" + System.nanoTime() % 1_000_000_000 + "x" + SEQUENCE.incrementAndGet() + "@example.kz";
    }

    /** A call-center appeal in PVL; applicant fields as given (null: left out). */
    public static Registered register(String email, String phone, String postalAddress, String language) {
        Map<String, Object> applicant = new HashMap<>(Map.of("kind", "INDIVIDUAL", "fullName", "Aigerim Sadykova"));
        if (email != null) {
            applicant.put("email", email);
        }
        if (phone != null) {
            applicant.put("phone", phone);
        }
        if (postalAddress != null) {
            applicant.put("postalAddress", postalAddress);
        }
        Map<String, Object> body = new HashMap<>(Map.of("channel", "CALL_CENTER", "type", "COMPLAINT",
                "topicCode", "UTIL_HEATING", "districtCode", "PVL",
                "text", "No heating in building 12 on Lenin street since Monday " + SEQUENCE.incrementAndGet(),
                "applicant", applicant));
        if (language != null) {
            body.put("language", language);
        }
        JsonPath r = given().auth().oauth2(Tokens.of("operator")).contentType("application/json").body(body)
                .post("/api/v1/appeals").then().statusCode(201).extract().jsonPath();
        return new Registered(r.getLong("id"), r.getString("registrationNumber"), r.getString("accessCode"),
                r.getString("dueAt"));
    }

    /** The notices of an appeal as the chief control officer (region-wide) reads them. */
    public static List<Map<String, Object>> notices(long appealId) {
        return given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + appealId + "/notices")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    public static Map<String, Object> notice(long appealId, String kind) {
        return notices(appealId).stream().filter(n -> kind.equals(n.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " notice on appeal " + appealId));
    }

    /** Waits until the notice of that kind has the status (the dispatcher runs every second in the tests). */
    public static Map<String, Object> awaitStatus(long appealId, String kind, String status, Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> notices(appealId).stream()
                        .anyMatch(n -> kind.equals(n.get("kind")) && status.equals(n.get("status"))));
        return notice(appealId, kind);
    }

    public static List<String> timelineKinds(long appealId) {
        return given().auth().oauth2(Tokens.of("chief")).get("/api/v1/appeals/" + appealId + "/events")
                .then().statusCode(200).extract().jsonPath().getList("items.kind");
    }

    /** What the SMS gateway received for a recipient. */
    public static List<Map<String, Object>> smsTo(String phone) {
        return given().baseUri("http://127.0.0.1").port(NoticePeers.SMS_PORT).queryParam("recipient", phone)
                .get("/control/messages").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The delivery reports the SMS gateway sent for a recipient, each with the service's answer. */
    public static List<Map<String, Object>> reportsFor(String phone) {
        return given().baseUri("http://127.0.0.1").port(NoticePeers.SMS_PORT).queryParam("recipient", phone)
                .get("/control/reports").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /**
     * The SMS gateway takes the recipient's messages and then reports each {@code times} times to
     * the service under test ({@code DELIVERED} or {@code FAILED} with the reason), with the key.
     */
    public static void gatewayReports(String phone, String status, String reason, int times) {
        Map<String, Object> how = new HashMap<>(Map.of("recipient", phone, "status", 200, "delayMs", 0,
                "report", status, "reportTimes", times, "reportKey", NoticePeers.REPORT_KEY,
                "reportTo", "http://127.0.0.1:" + io.restassured.RestAssured.port + "/api/v1/notices/delivery-reports"));
        if (reason != null) {
            how.put("reportReason", reason);
        }
        given().baseUri("http://127.0.0.1").port(NoticePeers.SMS_PORT).contentType("application/json").body(how)
                .post("/control/behaviour").then().statusCode(204);
    }

    /** How the SMS gateway answers a recipient from now on: a status, after a delay. */
    public static void gatewayAnswers(String phone, int status, long delayMillis) {
        given().baseUri("http://127.0.0.1").port(NoticePeers.SMS_PORT).contentType("application/json")
                .body(Map.of("recipient", phone, "status", status, "delayMs", delayMillis))
                .post("/control/behaviour").then().statusCode(204);
    }
}
