package kz.appeals.foundation;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.CaseFixtures.assignment;
import static kz.appeals.support.CaseFixtures.etag;
import static kz.appeals.support.CaseFixtures.register;
import static kz.appeals.support.IntakeFixtures.body;
import static kz.appeals.support.IntakeFixtures.individual;
import static kz.appeals.support.IntakeFixtures.newIin;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import kz.appeals.support.Tokens;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of bad inputs (the bench's R5, as a test): malformed and hostile requests across
 * the endpoints and roles each answer a 4xx problem+json without internals, and no row of the
 * register changes. Each case is checked against a fingerprint of every table (row count and the
 * newest writing transaction), taken just before and just after it.
 */
@QuarkusTest
@WithTestResource(kz.appeals.support.TestInfrastructure.class)
class BadInputCatalogueTest {
    /**
     * Tables that work in the background by design, apart from any request: the statistics (the
     * compactor), the jobs' terms, the notices' dispatcher, the queued log of personal-data reads,
     * the tracking attempts (counted by design), and Flyway's history.
     */
    private static final Set<String> BACKGROUND = Set.of("cluster_job", "notice", "personal_data_access",
            "tracking_attempt", "flyway_schema_history");

    @Inject
    AgroalDataSource dataSource;

    private record Case(String name, int status, Supplier<Response> request) {
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    private static RequestSpecification json(String user) {
        return as(user).contentType("application/json");
    }

    private static Response intake(String user, String body) {
        return json(user).body(body).post("/api/v1/appeals");
    }

    /** A valid call-center body with one field's JSON text swapped for another. */
    private static String callCenterWith(String field, String json) {
        String body = body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), "+77012345678"), null);
        return body.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\{[^}]*\\})",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + json));
    }

    private static String applicant(String extra) {
        return "{\"kind\":\"INDIVIDUAL\",\"fullName\":\"Aigerim Sadykova\"," + extra + "}";
    }

    private static String bodyWithApplicant(String applicant) {
        return body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", applicant, null);
    }

    private static String unsigned(String jwt) {
        String[] parts = jwt.split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return none + "." + parts[1] + ".";
    }

    private static String tampered(String jwt) {
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"operator\"", "\"admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private List<Case> catalogue(long pvl, String pvlTag, long closedLater) {
        String valid = body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), null), null);
        String operator = Tokens.of("operator");
        String future = OffsetDateTime.now(ZoneOffset.ofHours(5)).plusDays(2).toString();
        List<Case> cases = new ArrayList<>();
        // authentication
        cases.add(new Case("no token", 401, () -> given().contentType("application/json").body(valid)
                .post("/api/v1/appeals")));
        cases.add(new Case("a token that is not a JWT", 401, () -> given().auth().oauth2("garbage")
                .contentType("application/json").body(valid).post("/api/v1/appeals")));
        cases.add(new Case("a token whose payload was changed", 401, () -> given().auth().oauth2(tampered(operator))
                .contentType("application/json").body(valid).post("/api/v1/appeals")));
        cases.add(new Case("an unsigned token (alg none)", 401, () -> given().auth().oauth2(unsigned(operator))
                .contentType("application/json").body(valid).post("/api/v1/appeals")));
        cases.add(new Case("Basic authentication", 401, () -> given().auth().preemptive().basic("operator", "operator")
                .contentType("application/json").body(valid).post("/api/v1/appeals")));
        // roles, channels and scope
        cases.add(new Case("an analyst registering an appeal", 403, () -> intake("analyst", valid)));
        cases.add(new Case("an executor assigning", 403, () -> json("executor").header("If-Match", pvlTag)
                .body(assignment("PVL-HOUSING")).post("/api/v1/appeals/" + pvl + "/assignment")));
        cases.add(new Case("another district's appeal read", 404, () -> as("supervisor2").get("/api/v1/appeals/" + pvl)));
        cases.add(new Case("another district's appeal acted on", 404, () -> json("supervisor2").header("If-Match", pvlTag)
                .body(Map.of("note", "x", "public", false)).post("/api/v1/appeals/" + pvl + "/progress")));
        cases.add(new Case("an analyst writing a district", 403, () -> json("analyst")
                .body("{\"code\":\"ZZZ\",\"name\":\"Nowhere\"}").post("/api/v1/districts")));
        // malformed JSON
        cases.add(new Case("truncated JSON", 400, () -> intake("operator", valid.substring(0, valid.length() / 2))));
        cases.add(new Case("a trailing comma", 400, () -> intake("operator", valid.replaceFirst("}$", ",}"))));
        cases.add(new Case("a comment", 400, () -> intake("operator", "/* hi */" + valid)));
        cases.add(new Case("two objects", 400, () -> intake("operator", valid + valid)));
        cases.add(new Case("nesting 10,000 deep", 400, () -> intake("operator", "[".repeat(10_000) + "]".repeat(10_000))));
        cases.add(new Case("a 2,000-digit number", 400, () -> intake("operator",
                valid.replaceFirst("}$", ",\"signatories\":" + "9".repeat(2000) + "}"))));
        cases.add(new Case("binary bytes", 400, () -> json("operator")
                .body(new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0x7B}).post("/api/v1/appeals")));
        cases.add(new Case("an overlong UTF-8 encoding", 400, () -> json("operator")
                .body(splice(valid, new byte[] {(byte) 0xC0, (byte) 0xAF})).post("/api/v1/appeals")));
        // media types
        cases.add(new Case("text/plain", 415, () -> as("operator").contentType("text/plain").body(valid)
                .post("/api/v1/appeals")));
        cases.add(new Case("XML", 415, () -> as("operator").contentType("application/xml")
                .body("<appeal><text>x</text></appeal>").post("/api/v1/appeals")));
        // types and fields
        cases.add(new Case("text where a number belongs", 400, () -> intake("operator",
                valid.replaceFirst("}$", ",\"signatories\":\"many\"}"))));
        cases.add(new Case("an array where the applicant belongs", 400, () -> intake("operator",
                callCenterWith("applicant", "[1,2]"))));
        cases.add(new Case("an unknown field (status)", 400, () -> intake("operator",
                valid.replaceFirst("}$", ",\"status\":\"CLOSED\"}"))));
        cases.add(new Case("an unknown enum value", 400, () -> intake("operator", callCenterWith("type", "\"PETITION\""))));
        // sizes
        cases.add(new Case("a text of 10,001 characters", 400, () -> intake("operator",
                callCenterWith("text", "\"" + "x".repeat(10_001) + "\""))));
        cases.add(new Case("a body of 2 MB", 413, () -> intake("operator",
                callCenterWith("text", "\"" + "x".repeat(2 * 1024 * 1024) + "\""))));
        cases.add(new Case("100,000 groups", 400, () -> intake("operator", bodyWithApplicant(applicant(
                "\"groups\":[" + String.join(",", java.util.Collections.nCopies(100_000, "\"VETERAN\"")) + "]")))));
        // identifiers and contacts
        String iin = newIin();
        String badCheck = iin.substring(0, 11) + ((iin.charAt(11) - '0' + 1) % 10);
        cases.add(new Case("an IIN with a wrong check digit", 400, () -> intake("operator",
                bodyWithApplicant(applicant("\"iin\":\"" + badCheck + "\"")))));
        cases.add(new Case("an IIN of 11 digits", 400, () -> intake("operator",
                bodyWithApplicant(applicant("\"iin\":\"" + iin.substring(0, 11) + "\"")))));
        cases.add(new Case("an IIN in fullwidth digits", 400, () -> intake("operator",
                bodyWithApplicant(applicant("\"iin\":\"１２３４５６７８９０１２\"")))));
        cases.add(new Case("a BIN with a wrong check digit", 400, () -> intake("operator", bodyWithApplicant(
                "{\"kind\":\"LEGAL_ENTITY\",\"fullName\":\"LLP Example\",\"bin\":\"" + badCheck + "\"}"))));
        cases.add(new Case("a phone of letters", 400, () -> intake("operator",
                bodyWithApplicant(applicant("\"phone\":\"call me maybe\"")))));
        cases.add(new Case("an impossible e-mail", 400, () -> intake("operator",
                bodyWithApplicant(applicant("\"email\":\"a@\"")))));
        // dates
        cases.add(new Case("receivedAt in the future", 400, () -> intake("office",
                body("WRITTEN", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), null),
                        "\"receivedAt\":\"" + future + "\""))));
        cases.add(new Case("receivedAt in 1999", 400, () -> intake("office",
                body("WRITTEN", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), null),
                        "\"receivedAt\":\"1999-01-04T10:00:00+05:00\""))));
        // fragments of SQL and script where codes belong; characters that have no place in text
        cases.add(new Case("SQL where a topic code belongs", 400, () -> intake("operator",
                callCenterWith("topicCode", "\"UTIL'; drop table appeal; --\""))));
        cases.add(new Case("script where a district code belongs", 400, () -> intake("operator",
                callCenterWith("districtCode", "\"<script>alert(1)</script>\""))));
        cases.add(new Case("a NUL character in the text", 400, () -> intake("operator",
                callCenterWith("text", "\"Nothing works\\u0000 in our building since Monday\""))));
        cases.add(new Case("a lone surrogate in the text", 400, () -> intake("operator",
                callCenterWith("text", "\"Nothing works \\ud800 in our building since Monday\""))));
        // catalogues and the calendar
        cases.add(new Case("a district without a name", 400, () -> json("admin").body("{\"code\":\"ZZZ\"}")
                .post("/api/v1/districts")));
        cases.add(new Case("a calendar year that is not a number", 400, () -> as("admin").get("/api/v1/calendar?year=abc")));
        // queries
        cases.add(new Case("history by an IIN of 3 digits", 400, () -> as("operator").get("/api/v1/applicants/history?iin=123")));
        cases.add(new Case("history without an IIN or phone", 400, () -> as("operator").get("/api/v1/applicants/history")));
        cases.add(new Case("a list limit of 501", 400, () -> as("chief").get("/api/v1/appeals?limit=501")));
        cases.add(new Case("a forged cursor", 400, () -> as("chief").get("/api/v1/appeals?cursor=AAAA")));
        cases.add(new Case("an unknown status filter", 400, () -> as("chief").get("/api/v1/appeals?status=LOST")));
        cases.add(new Case("statistics for month 13", 400, () -> as("analyst")
                .get("/api/v1/stats/appeals?from=2026-13-01&to=2026-12-31")));
        cases.add(new Case("an export of the control queue past 15 working days", 400, () -> as("chief")
                .get("/api/v1/appeals/export?dueWithin=99")));
        cases.add(new Case("an export asked for a page", 400, () -> as("chief").get("/api/v1/appeals/export?limit=10")));
        // actions
        cases.add(new Case("an action without If-Match", 428, () -> json("supervisor")
                .body(assignment("PVL-HOUSING")).post("/api/v1/appeals/" + pvl + "/assignment")));
        cases.add(new Case("an action with a stale If-Match", 412, () -> json("supervisor").header("If-Match", "\"0\"")
                .body(assignment("PVL-HOUSING")).post("/api/v1/appeals/" + pvl + "/assignment")));
        cases.add(new Case("an assignment to an unknown agency", 400, () -> json("supervisor").header("If-Match", pvlTag)
                .body(assignment("NO-SUCH-AGENCY")).post("/api/v1/appeals/" + pvl + "/assignment")));
        cases.add(new Case("a closure of a registered appeal", 409, () -> json("chief")
                .header("If-Match", etag("chief", closedLater)).body("{}").post("/api/v1/appeals/" + closedLater + "/closure")));
        cases.add(new Case("a dispute dismissal without If-Match", 428, () -> json("supervisor")
                .body(Map.of("reason", "The answer stands")).post("/api/v1/appeals/" + pvl + "/feedback/dismissal")));
        // the SMS gateway's delivery reports: the key before the body
        cases.add(new Case("a delivery report of broken JSON without the gateway's key", 401, () -> given()
                .contentType("application/json").body("{\"messageId\": ").post("/api/v1/notices/delivery-reports")));
        // the public tracking page
        cases.add(new Case("tracking with a wrong access code", 404, () -> given().header("X-Access-Code", "WRONG-CODE")
                .get("/api/v1/public/appeals/2026-PVL-999999")));
        return cases;
    }

    @Test
    @DisplayName("every bad input of the catalogue answers a 4xx problem+json without internals and changes no table")
    void badInputsChangeNothing() throws Exception {
        long pvl = register("PVL");
        long other = register("PVL");
        String pvlTag = etag("supervisor", pvl);
        List<Case> cases = catalogue(pvl, pvlTag, other);
        // tokens fetched before the first fingerprint
        for (String user : List.of("operator", "office", "supervisor", "supervisor2", "chief", "executor", "analyst",
                "admin")) {
            Tokens.of(user);
        }
        SoftAssertions soft = new SoftAssertions();
        for (Case c : cases) {
            Map<String, String> before = fingerprint();
            Response response = c.request().get();
            Map<String, String> after = fingerprint();
            String body = response.asString();
            soft.assertThat(response.statusCode()).as(c.name() + ": " + body).isEqualTo(c.status());
            soft.assertThat(response.contentType()).as(c.name() + ": media type").startsWith("application/problem+json");
            soft.assertThat(body).as(c.name() + ": no internals")
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContainIgnoringCase("select ")
                    .doesNotContain("org.hibernate").doesNotContain("kz.appeals.");
            soft.assertThat(after).as(c.name() + ": tables unchanged").isEqualTo(before);
        }
        soft.assertAll();
        assertThat(cases).hasSizeGreaterThan(40);
    }

    @Test
    @DisplayName("an NDJSON import of bad lines only answers 200 with every line rejected, and changes no table")
    void badImportLinesChangeNothing() throws Exception {
        String lines = String.join("\n",
                "{\"externalRef\":\"BAD-1\",\"channel\":\"WRITTEN\"}",
                "not json at all",
                "{\"externalRef\":\"BAD-3\",\"channel\":\"WRITTEN\",\"type\":\"COMPLAINT\",\"topicCode\":\"UTIL'; drop table appeal;--\","
                        + "\"districtCode\":\"PVL\",\"text\":\"A historical appeal of the register\","
                        + "\"applicant\":{\"kind\":\"INDIVIDUAL\",\"fullName\":\"A\",\"iin\":\"123\"},"
                        + "\"receivedAt\":\"2024-03-01T10:00:00+05:00\"}") + "\n";
        Tokens.of("admin");
        Map<String, String> before = fingerprint();
        Response response = as("admin").contentType("application/x-ndjson").body(lines.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/appeals");
        Map<String, String> after = fingerprint();
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(response.jsonPath().getInt("imported")).isZero();
        assertThat(response.jsonPath().getInt("rejected")).isEqualTo(3);
        assertThat(after).isEqualTo(before);
    }

    /** Every table of the register but the background ones: its row count and newest writing transaction. */
    private Map<String, String> fingerprint() throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    if (!BACKGROUND.contains(table) && !table.startsWith("stats_")) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("select count(*), coalesce(max(xmin::text::bigint), 0) from \""
                        + table + "\"")) {
                    rs.next();
                    out.put(table, rs.getLong(1) + "/" + rs.getLong(2));
                }
            }
        }
        assertThat(out).containsKeys("appeal", "appeal_event", "reception", "idempotency_record", "district");
        return out;
    }

    private static byte[] splice(String json, byte[] bad) {
        int at = json.indexOf("\"text\":\"") + "\"text\":\"".length();
        byte[] head = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = json.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        return all;
    }
}
