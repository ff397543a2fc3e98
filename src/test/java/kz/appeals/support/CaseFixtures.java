package kz.appeals.support;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import kz.appeals.deadline.WorkingCalendar;

/**
 * Appeals for case-control tests, made through the public API: registered by the
 * operator (CALL_CENTER) or office staff (WRITTEN), then moved with the actions.
 */
public final class CaseFixtures {
    public static final String TOPIC = "UTIL_HEATING";

    private CaseFixtures() {
    }

    /** A call-center appeal in a district, its text carrying {@code marker} so a list can find it. */
    public static long register(String districtCode, String marker) {
        return register("operator", body("CALL_CENTER", districtCode, marker, null));
    }

    public static long register(String districtCode) {
        return register(districtCode, "");
    }

    /** A paper letter recorded by office staff, received at {@code receivedAt} (at most 30 days back). */
    public static long registerWritten(String officeUser, String districtCode, OffsetDateTime receivedAt, String marker) {
        return register(officeUser, body("WRITTEN", districtCode, marker, receivedAt));
    }

    private static long register(String user, Map<String, Object> body) {
        return ((Number) given().auth().oauth2(Tokens.of(user)).contentType("application/json").body(body)
                .post("/api/v1/appeals")
                .then().statusCode(201)
                .extract().path("id")).longValue();
    }

    private static Map<String, Object> body(String channel, String districtCode, String marker, OffsetDateTime receivedAt) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "channel", channel,
                "type", "COMPLAINT",
                "topicCode", TOPIC,
                "districtCode", districtCode,
                "text", "No heating in building 12 on Lenin street since Monday " + marker,
                "applicant", Map.of("kind", "INDIVIDUAL", "fullName", "Test Applicant", "phone", "+77012345678")));
        if (receivedAt != null) {
            body.put("receivedAt", receivedAt.toString());
        }
        return body;
    }

    public static String etag(String user, long id) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/v1/appeals/" + id)
                .then().statusCode(200).extract().header("ETag");
    }

    /** An action with the current ETag, read just before. */
    public static ValidatableResponse act(String user, long id, String action, Object body) {
        return act(user, id, action, body, etag(user, id));
    }

    public static ValidatableResponse act(String user, long id, String action, Object body, String ifMatch) {
        var request = given().auth().oauth2(Tokens.of(user)).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/appeals/" + id + "/" + action).then();
    }

    /** An action that must succeed. */
    public static void done(String user, long id, String action, Object body) {
        act(user, id, action, body).statusCode(200);
    }

    public static Map<String, Object> assignment(String agencyCode) {
        return Map.of("agencyCode", agencyCode);
    }

    public static Map<String, Object> progress(String note, boolean isPublic) {
        return Map.of("note", note, "public", isPublic);
    }

    public static Map<String, Object> resolution(String outcome, String answer) {
        return Map.of("outcome", outcome, "answer", answer);
    }

    public static Map<String, Object> reason(String reason) {
        return Map.of("reason", reason);
    }

    public static Map<String, Object> redirection(String to) {
        return Map.of("to", to, "reason", "Outside the competence of the region's bodies");
    }

    /** A new Pavlodar appeal brought to the status; assigned to PVL-HOUSING first unless REGISTERED, so executors see it. */
    public static long appealIn(String status) {
        long id = register("PVL");
        if (status.equals("REGISTERED")) {
            return id;
        }
        done("supervisor", id, "assignment", assignment("PVL-HOUSING"));
        switch (status) {
            case "ASSIGNED" -> {
            }
            case "REDIRECTED" -> done("supervisor", id, "redirection", redirection("Ministry of Justice"));
            case "WITHDRAWN" -> done("supervisor", id, "withdrawal", reason("The applicant asked to withdraw"));
            default -> {
                done("supervisor", id, "progress", progress("Working on it", false));
                if (status.equals("RESOLVED") || status.equals("CLOSED")) {
                    done("supervisor", id, "resolution", resolution("POSITIVE", "The heating was restored."));
                }
                if (status.equals("CLOSED")) {
                    done("supervisor", id, "closure", Map.of());
                }
            }
        }
        return id;
    }

    /** A valid body of each action on the appeal; an extension moves its term a week on (see {@link #laterWorkingDay}). */
    public static Object bodyFor(String action, long id, WorkingCalendar calendar) {
        return switch (action) {
            case "assignment" -> assignment("PVL-HOUSING");
            case "progress" -> progress("Inspection scheduled", true);
            case "extension" -> Map.of("dueAt", laterWorkingDay(id, calendar).toString(), "reason", "An inspection is needed");
            case "redirection" -> redirection("Ministry of Justice");
            case "resolution" -> resolution("EXPLAINED", "The rules were explained.");
            case "closure" -> Map.of();
            default -> reason("Because the test says so");
        };
    }

    /** A working day a week after the appeal's current due date: within two months of registration. */
    public static LocalDate laterWorkingDay(long id, WorkingCalendar calendar) {
        LocalDate due = LocalDate.parse(given().auth().oauth2(Tokens.of("chief"))
                .get("/api/v1/appeals/" + id).then().statusCode(200).extract().path("dueAt"));
        return QuarkusTransaction.requiringNew().call(() -> calendar.from(due).onOrAfter(due.plusDays(7)));
    }

    /** A marker word unique to one test, for q= searches. */
    public static String marker(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
