package kz.appeals.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.appeals.support.CaseFixtures;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The historical import: good lines kept, bad lines reported by number, re-import changes nothing. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class ImportTest {

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse importFile(String user, String ndjson) {
        return given().auth().oauth2(Tokens.of(user)).contentType("application/x-ndjson")
                .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/imports/appeals").then();
    }

    static String line(String ref, String channel, String receivedAt, String extra) {
        return "{\"externalRef\":\"" + ref + "\",\"channel\":\"" + channel + "\",\"type\":\"STATEMENT\","
                + "\"topicCode\":\"HOUSING_QUEUE\",\"districtCode\":\"PVL\",\"text\":\"Please confirm my place in the queue.\","
                + "\"applicant\":{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Marat Ospanov\",\"iin\":\"" + IntakeFixtures.newIin() + "\"},"
                + "\"receivedAt\":\"" + receivedAt + "\"" + (extra == null ? "" : "," + extra) + "}";
    }

    @Test
    @DisplayName("POST /imports/appeals keeps good lines, rejects bad ones by line number, and skips known ones on re-import")
    void goodBadAndRepeated() throws Exception {
        String p = "T-" + UUID.randomUUID();
        String reception = "\"reception\":{\"externalRef\":\"" + p + "-R1\",\"officialType\":\"MASLIKHAT_DEPUTY\","
                + "\"officialName\":\"Serik Zhakupov\",\"heldAt\":\"2024-03-14T10:00:00+05:00\",\"format\":\"REGULAR\",\"citizensReceived\":7}";
        String resolution = "\"resolution\":{\"agencyCode\":\"PVL-HOUSING\",\"resolvedAt\":\"2024-03-20T16:00:00+05:00\","
                + "\"outcome\":\"POSITIVE\",\"answer\":\"Your place is confirmed.\"}";
        String file = String.join("\n",
                line(p + "-1", "WRITTEN", "2024-03-12T10:15:00+05:00", resolution),
                line(p + "-2", "RECEPTION", "2024-03-14T11:00:00+05:00", reception),
                "{not json",
                line(p + "-4", "RECEPTION", "2024-03-14T11:30:00+05:00", reception),
                line(p + "-5", "WRITTEN", "2024-03-12T10:15:00+05:00", "\"secret\":1"),
                line(p + "-6", "WRITTEN", "2999-01-01T10:00:00+05:00", null),
                "",
                line(p + "-8", "WRITTEN", "2024-03-12T10:15:00+05:00", null).replace("\"iin\":\"", "\"iin\":\"0"),
                line(p + "-1", "WRITTEN", "2024-03-12T10:15:00+05:00", null)) + "\n";

        importFile("admin", file)
                .statusCode(200)
                .body("imported", equalTo(3))
                .body("skipped", equalTo(1))
                .body("rejected", equalTo(4))
                .body("errors.line", equalTo(java.util.List.of(3, 5, 6, 8)))
                .body("errors[1].errors.field", hasItem("secret"))
                .body("errors[2].errors.field", hasItem("receivedAt"));

        try (Connection c = dataSource.getConnection()) {
            assertThat(single(c, "select count(distinct reception_id) from appeal where external_ref like ?", p + "%")).isEqualTo(1);
            assertThat(single(c, "select count(*) from reception where external_ref = ? and status = 'HELD' and citizens_received = 7",
                    p + "-R1")).isEqualTo(1);
            assertThat(single(c, "select count(*) from appeal where external_ref = ? and status = 'CLOSED' and outcome = 'POSITIVE'"
                    + " and answered_on = date '2024-03-20' and agency_code = 'PVL-HOUSING'", p + "-1")).isEqualTo(1);
            assertThat(single(c, "select count(*) from appeal_event e join appeal a on a.id = e.appeal_id where a.external_ref = ?",
                    p + "-1")).isEqualTo(3);
            assertThat(single(c, "select count(*) from appeal where external_ref = ? and registration_number like '2024-PVL-%'",
                    p + "-2")).isEqualTo(1);
        }

        importFile("admin", file).statusCode(200)
                .body("imported", equalTo(0))
                .body("skipped", equalTo(4))
                .body("rejected", equalTo(4));
        try (Connection c = dataSource.getConnection()) {
            assertThat(single(c, "select count(*) from appeal where external_ref like ?", p + "%")).isEqualTo(3);
            assertThat(single(c, "select count(*) from reception where external_ref like ?", p + "%")).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("POST /imports/appeals with outcome REDIRECTED gives a REDIRECTED appeal and TERMINATED a WITHDRAWN one;"
            + " POST /reopening on either answers 409, on an answered one 200")
    void historicalEndsFollowTheLifecycle() throws Exception {
        String p = "T-" + UUID.randomUUID();
        importFile("admin", String.join("\n",
                line(p + "-R", "WRITTEN", "2024-04-01T10:00:00+05:00", resolution("REDIRECTED", "2024-04-03T10:00:00+05:00")),
                line(p + "-T", "WRITTEN", "2024-04-01T10:00:00+05:00", resolution("TERMINATED", "2024-04-04T10:00:00+05:00")),
                line(p + "-P", "WRITTEN", "2024-04-01T10:00:00+05:00", resolution("POSITIVE", "2024-04-05T10:00:00+05:00")))
                + "\n").statusCode(200).body("imported", equalTo(3));
        long redirected;
        long terminated;
        long answered;
        try (Connection c = dataSource.getConnection()) {
            redirected = single(c, "select id from appeal where external_ref = ?", p + "-R");
            terminated = single(c, "select id from appeal where external_ref = ?", p + "-T");
            answered = single(c, "select id from appeal where external_ref = ?", p + "-P");
            assertThat(kinds(c, redirected)).containsExactly("REGISTERED:REGISTERED", "REDIRECTED:REDIRECTED");
            assertThat(kinds(c, terminated)).containsExactly("REGISTERED:REGISTERED", "WITHDRAWN:WITHDRAWN");
            assertThat(kinds(c, answered)).containsExactly("REGISTERED:REGISTERED", "RESOLVED:RESOLVED", "CLOSED:CLOSED");
        }
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + redirected).then().statusCode(200)
                .body("status", equalTo("REDIRECTED")).body("outcome", equalTo("REDIRECTED"))
                .body("agencyCode", equalTo("PVL-HOUSING")).body("answeredAt", notNullValue()).body("closedAt", nullValue());
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + terminated).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("outcome", equalTo("TERMINATED")).body("closedAt", nullValue());
        given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + answered).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("POSITIVE")).body("closedAt", notNullValue());

        for (long id : new long[] {redirected, terminated}) {
            CaseFixtures.act("supervisor", id, "reopening", CaseFixtures.reason("The applicant contests the answer"))
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("currentStatus", equalTo(id == redirected ? "REDIRECTED" : "WITHDRAWN"))
                    .body("allowedActions", hasSize(0));
        }
        CaseFixtures.act("supervisor", answered, "reopening", CaseFixtures.reason("The applicant contests the answer"))
                .statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    @DisplayName("GET /stats/appeals counts imported REDIRECTED and TERMINATED appeals as resolved, by their outcome,"
            + " with their working days to the answer")
    void historicalEndsInStatistics() throws Exception {
        // a day no other test imports on: the difference before/after is this test's lines only
        String query = "from=2013-02-11&to=2013-02-11";
        Map<String, Object> before = statsTotal(query);
        String p = "T-" + UUID.randomUUID();
        importFile("admin", String.join("\n",
                line(p + "-R", "WRITTEN", "2013-02-11T10:00:00+05:00", resolution("REDIRECTED", "2013-02-13T10:00:00+05:00")),
                line(p + "-T", "WRITTEN", "2013-02-11T10:00:00+05:00", resolution("TERMINATED", "2013-02-13T10:00:00+05:00")))
                + "\n").statusCode(200).body("imported", equalTo(2));
        Map<String, Object> after = statsTotal(query);
        for (String figure : List.of("received", "resolved")) {
            assertThat(added(before, after, figure)).as(figure).isEqualTo(2);
        }
        for (String figure : List.of("redirected", "terminated")) {
            assertThat(added(before, after, figure)).as(figure).isEqualTo(1);
        }
        for (String figure : List.of("pending", "overdue", "positive")) {
            assertThat(after.get(figure)).as(figure).isEqualTo(before.get(figure));
        }
        try (Connection c = dataSource.getConnection()) {
            // the answer's day stays on the row: the median of working days to an answer counts them
            assertThat(single(c, "select count(*) from appeal where external_ref like ? and answered_on = date '2013-02-13'",
                    p + "%")).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("POST /imports/appeals rejects a line received, or a reception held, before 1900-01-01 local time (the"
            + " statistics' earliest date); one received on that day is imported and counted by GET /stats/appeals")
    void datesBeforeTheStatistics() throws Exception {
        String query = "from=1900-01-01&to=1900-12-31";
        Map<String, Object> before = statsTotal(query);
        String p = "T-" + UUID.randomUUID();
        String reception = "\"reception\":{\"externalRef\":\"" + p + "-R\",\"officialType\":\"MASLIKHAT_DEPUTY\","
                + "\"officialName\":\"Serik Zhakupov\",\"heldAt\":\"1899-12-31T10:00:00+05:00\",\"format\":\"REGULAR\","
                + "\"citizensReceived\":7}";
        JsonPath report = importFile("admin", String.join("\n",
                line(p + "-1", "WRITTEN", "1899-12-31T23:59:59+05:00", null),
                // 20:00 UTC is 01:00 of the next local day: 1 January 1900
                line(p + "-2", "WRITTEN", "1899-12-31T20:00:00Z", resolution("POSITIVE", "1900-01-10T10:00:00+05:00")),
                line(p + "-3", "RECEPTION", "1900-01-03T10:00:00+05:00", reception),
                line(p + "-4", "WRITTEN", "0001-01-01T10:00:00+05:00", resolution("POSITIVE", "2024-01-10T10:00:00+05:00")))
                + "\n").statusCode(200)
                .body("imported", equalTo(1))
                .body("rejected", equalTo(3))
                .body("errors.line", equalTo(List.of(1, 3, 4)))
                .extract().jsonPath();
        assertThat(report.getList("errors.errors.field")).containsExactly(
                List.of("receivedAt"), List.of("reception.heldAt"), List.of("receivedAt"));
        for (String message : report.getList("errors.errors.message.flatten()", String.class)) {
            assertThat(message).contains("before 1900-01-01");
        }
        try (Connection c = dataSource.getConnection()) {
            assertThat(single(c, "select count(*) from appeal where external_ref like ?", p + "%")).isEqualTo(1);
            assertThat(single(c, "select count(*) from appeal where external_ref = ? and registered_on >= date '1900-01-01'",
                    p + "-2")).isEqualTo(1);
            assertThat(single(c, "select count(*) from reception where external_ref = ?", p + "-R")).isZero();
        }
        Map<String, Object> after = statsTotal(query);
        for (String figure : List.of("received", "positive")) {
            assertThat(added(before, after, figure)).as(figure).isEqualTo(1);
        }
    }

    private static long added(Map<String, Object> before, Map<String, Object> after, String figure) {
        return ((Number) after.get(figure)).longValue() - ((Number) before.get(figure)).longValue();
    }

    private static Map<String, Object> statsTotal(String query) {
        return given().auth().oauth2(Tokens.of("analyst")).accept("application/json").get("/api/v1/stats/appeals?" + query)
                .then().statusCode(200).extract().jsonPath().getMap("total");
    }

    private static String resolution(String outcome, String resolvedAt) {
        return "\"resolution\":{\"agencyCode\":\"PVL-HOUSING\",\"resolvedAt\":\"" + resolvedAt + "\",\"outcome\":\""
                + outcome + "\",\"answer\":\"Handled as the register records.\"}";
    }

    /** The appeal's timeline as kind:statusAfter, in order. */
    private static List<String> kinds(Connection c, long appealId) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select kind, status_after from appeal_event where appeal_id = ? order by occurred_at, id")) {
            ps.setLong(1, appealId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + ":" + rs.getString(2));
                }
            }
        }
        return out;
    }

    @Test
    @DisplayName("a line with bytes that are not UTF-8 or an unpaired surrogate is rejected; the lines around it are imported")
    void notUtf8Line() throws Exception {
        String p = "T-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        file.writeBytes((line(p + "-1", "WRITTEN", "2024-05-06T10:00:00+05:00", null) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String bad = line(p + "-2", "WRITTEN", "2024-05-06T10:00:00+05:00", null);
        int at = bad.indexOf("Please") ;
        file.writeBytes(bad.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        file.writeBytes((bad.substring(at) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        file.writeBytes((line(p + "-3", "WRITTEN", "2024-05-06T10:00:00+05:00", null).replace("Please", "\\udc00Please") + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        file.writeBytes((line(p + "-4", "WRITTEN", "2024-05-06T10:00:00+05:00", null) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson").body(file.toByteArray())
                .post("/api/v1/imports/appeals").then()
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("rejected", equalTo(2))
                .body("errors.line", equalTo(java.util.List.of(2, 3)));
        try (Connection c = dataSource.getConnection()) {
            assertThat(single(c, "select count(*) from appeal where external_ref like ?", p + "%")).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("repeat appeals are linked within one import and to appeals already on the register")
    void repeats() throws Exception {
        String p = "T-" + UUID.randomUUID();
        String iin = IntakeFixtures.newIin();
        String earlier = line(p + "-1", "WRITTEN", "2024-01-10T10:00:00+05:00", null);
        String first = earlier.replaceFirst("\"iin\":\"\\d{12}\"", "\"iin\":\"" + iin + "\"");
        String second = line(p + "-2", "WRITTEN", "2024-06-10T10:00:00+05:00", null)
                .replaceFirst("\"iin\":\"\\d{12}\"", "\"iin\":\"" + iin + "\"");
        String tooLate = line(p + "-3", "WRITTEN", "2025-07-10T10:00:00+05:00", null)
                .replaceFirst("\"iin\":\"\\d{12}\"", "\"iin\":\"" + iin + "\"");
        importFile("admin", first + "\n" + second + "\n").statusCode(200).body("imported", equalTo(2));
        importFile("admin", tooLate + "\n").statusCode(200).body("imported", equalTo(1));
        try (Connection c = dataSource.getConnection()) {
            assertThat(single(c, "select count(*) from appeal a join appeal b on b.repeat_of = a.id"
                    + " where a.external_ref = ? and b.external_ref like '%-2'", p + "-1")).isEqualTo(1);
            assertThat(single(c, "select count(*) from appeal where external_ref = ? and repeat_of is null", p + "-3"))
                    .as("more than 12 months after the second: not a repeat").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("an appeal received on a Saturday is registered on Monday with its term from there")
    void weekendRegistration() throws Exception {
        String ref = "T-" + UUID.randomUUID();
        // Saturday 2025-03-01 -> registered Monday 2025-03-03. Not working after it: Mon 10 March (8 March fell
        // on a Saturday), Fri 21 March (Nauryz) and Mon 24 / Tue 25 March (Nauryz's Saturday and Sunday moved).
        // The 15th working day after 3 March is then Friday 28 March.
        importFile("admin", line(ref, "WRITTEN", "2025-03-01T12:00:00+05:00", null)).statusCode(200).body("imported", equalTo(1));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select registered_on, registered_at, due_on from appeal where external_ref = ?")) {
            ps.setString(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getDate(1).toLocalDate()).hasToString("2025-03-03");
                assertThat(rs.getTimestamp(2).toInstant()).hasToString("2025-03-02T19:00:00Z");
                assertThat(rs.getDate(3).toLocalDate()).hasToString("2025-03-28");
            }
        }
    }

    @Test
    @DisplayName("POST /imports/appeals as supervisor answers 403; as JSON answers 415")
    void rolesAndMediaType() {
        importFile("supervisor", line("T-" + UUID.randomUUID(), "WRITTEN", "2024-03-12T10:15:00+05:00", null)).statusCode(403);
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body("{}")
                .post("/api/v1/imports/appeals").then().statusCode(415);
    }

    @Test
    @DisplayName("an empty file imports nothing")
    void emptyFile() {
        importFile("admin", "").statusCode(200).body("imported", equalTo(0)).body("errors", hasSize(0));
    }

    private static long single(Connection c, String sql, String param) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
