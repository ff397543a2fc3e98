package kz.appeals.audit;

import static io.restassured.RestAssured.given;
import static kz.appeals.audit.AuditApi.PATH;
import static kz.appeals.audit.AuditApi.page;
import static kz.appeals.audit.AuditApi.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.appeals.audit.AuditApi.Applicant;
import kz.appeals.support.IntakeFixtures;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /audit/personal-data: who may ask, its filters, paging, the CSV form, and what it refuses. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class PersonalDataQueryTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AccessLogPurge purge;

    /** Rows of one made-up reader at known times (UTC+5), written straight into the table. */
    private String seed(String... localTimes) throws Exception {
        String subject = "seed-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into personal_data_access (accessed_at, subject, username, role, endpoint, appeal_id, client_address)"
                        + " values (?, ?, ?, 'supervisor', 'GET /api/v1/appeals/{id}', ?, '10.0.0.7')")) {
            long appealId = 900_000_000L;
            for (String time : localTimes) {
                insert.setObject(1, OffsetDateTime.parse(time));
                insert.setString(2, subject);
                insert.setString(3, "user-" + subject);
                insert.setLong(4, appealId++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return subject;
    }

    private static final String[] TIMES = {"2025-03-09T23:59:59+05:00", "2025-03-10T00:00:00+05:00",
            "2025-03-10T12:00:00+05:00", "2025-03-10T23:59:59+05:00", "2025-03-11T00:00:00+05:00"};

    @ParameterizedTest(name = "GET /audit/personal-data as {0} answers 403")
    @ValueSource(strings = {"operator", "office", "supervisor", "chief", "executor", "analyst"})
    void otherRolesAreForbidden(String user) {
        given().auth().oauth2(Tokens.of(user)).get(PATH).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @DisplayName("GET /audit/personal-data with the portal's token answers 403, without a token 401, as admin 200")
    void portalAnonymousAdmin() {
        given().auth().oauth2(Tokens.portal()).get(PATH).then().statusCode(403).contentType("application/problem+json");
        given().get(PATH).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("admin")).get(PATH + "?limit=1").then().statusCode(200)
                .contentType("application/json");
    }

    @Test
    @DisplayName("GET /audit/personal-data?subject= gives that reader's rows, newest first, by subject or by user name")
    void bySubject() throws Exception {
        String subject = seed(TIMES);
        List<Map<String, Object>> rows = rows("subject=" + subject);
        assertThat(rows).extracting(r -> r.get("accessedAt")).containsExactly("2025-03-11T00:00:00+05:00",
                "2025-03-10T23:59:59+05:00", "2025-03-10T12:00:00+05:00", "2025-03-10T00:00:00+05:00",
                "2025-03-09T23:59:59+05:00");
        assertThat(rows.get(0)).containsEntry("subject", subject).containsEntry("username", "user-" + subject)
                .containsEntry("role", "supervisor").containsEntry("clientAddress", "10.0.0.7")
                .containsEntry("appealId", 900_000_004);
        assertThat(rows("subject=user-" + subject)).isEqualTo(rows);
    }

    @Test
    @DisplayName("GET /audit/personal-data?from=&to= takes inclusive local dates (UTC+5)")
    void byDates() throws Exception {
        String subject = seed(TIMES);
        assertThat(rows("subject=" + subject + "&from=2025-03-10&to=2025-03-10")).extracting(r -> r.get("accessedAt"))
                .containsExactly("2025-03-10T23:59:59+05:00", "2025-03-10T12:00:00+05:00", "2025-03-10T00:00:00+05:00");
        assertThat(rows("subject=" + subject + "&from=2025-03-11")).hasSize(1);
        assertThat(rows("subject=" + subject + "&to=2025-03-09")).hasSize(1);
        assertThat(rows("subject=" + subject + "&from=2025-03-12")).isEmpty();
    }

    @Test
    @DisplayName("GET /audit/personal-data?appealId= gives that appeal's rows only, with any other filter")
    void byAppeal() throws Exception {
        String subject = seed(TIMES);
        assertThat(rows("appealId=900000002&subject=" + subject)).extracting(r -> r.get("accessedAt"))
                .containsExactly("2025-03-10T12:00:00+05:00");
        assertThat(rows("appealId=900000002&subject=" + subject + "&from=2025-03-11")).isEmpty();
    }

    @Test
    @DisplayName("GET /audit/personal-data pages by cursor: every row once, in order, then nextCursor null")
    void paging() throws Exception {
        String subject = seed(TIMES);
        List<Object> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = page("subject=" + subject + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.getList("items.accessedAt"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("2025-03-11T00:00:00+05:00", "2025-03-10T23:59:59+05:00",
                "2025-03-10T12:00:00+05:00", "2025-03-10T00:00:00+05:00", "2025-03-09T23:59:59+05:00");
    }

    @Test
    @DisplayName("a read is stored under HMAC-SHA256(server key, IIN), so ?iin= finds it and the table cannot be reversed by hashing IINs")
    void iinIsKeyedHash() throws Exception {
        Applicant applicant = Applicant.fresh();
        long id = AuditApi.register(applicant);
        given().auth().oauth2(Tokens.of("operator")).get("/api/v1/appeals/" + id).then().statusCode(200);
        assertThat(rows("iin=" + applicant.iin())).extracting(r -> r.get("appealId")).containsExactly((int) id);

        String key = ConfigProvider.getConfig().getValue("appeals.audit.key", String.class);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal(("iin:" + applicant.iin()).getBytes(StandardCharsets.UTF_8));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select iin_hash, phone_hash from personal_data_access where appeal_id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(HexFormat.of().formatHex(rs.getBytes(1))).isEqualTo(HexFormat.of().formatHex(expected));
                assertThat(rs.getBytes(2)).hasSize(32);
            }
        }
    }

    @Test
    @DisplayName("GET /audit/personal-data with Accept: text/csv gives the JSON's rows as CSV, the next page in a Link header")
    void csv() throws Exception {
        String subject = seed(TIMES);
        var response = given().auth().oauth2(Tokens.of("admin")).accept("text/csv")
                .get(PATH + "?subject=" + subject + "&limit=3").then().statusCode(200).contentType("text/csv")
                .extract();
        String[] lines = response.asString().split("\r\n", -1);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("id,accessedAt,subject,username,role,endpoint,appealId,clientAddress");
        assertThat(lines[1]).endsWith(",2025-03-11T00:00:00+05:00," + subject + ",user-" + subject
                + ",supervisor,GET /api/v1/appeals/{id},900000004,10.0.0.7");
        assertThat(lines[4]).isEmpty();

        List<Map<String, Object>> json = rows("subject=" + subject + "&limit=3");
        for (int i = 0; i < 3; i++) {
            assertThat(lines[i + 1]).startsWith(json.get(i).get("id") + ",");
        }
        String link = response.header("Link");
        assertThat(link).startsWith("<").endsWith(">; rel=\"next\"").contains("cursor=").contains("limit=3");
        String next = link.substring(link.indexOf("?") + 1, link.indexOf(">"));
        String rest = given().auth().oauth2(Tokens.of("admin")).accept("text/csv").get(PATH + "?" + next)
                .then().statusCode(200).extract().asString();
        assertThat(rest.split("\r\n")).hasSize(3);

        String empty = given().auth().oauth2(Tokens.of("admin")).accept("text/csv").get(PATH + "?subject=nobody-" + subject)
                .then().statusCode(200).extract().asString();
        assertThat(empty).as("an empty page still names its columns").isEqualTo(lines[0] + "\r\n");
    }

    @ParameterizedTest(name = "GET /audit/personal-data?{0} answers 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "name=Aigerim|name",
            "appealID=5|appealID",
            "appealId=five|appealId",
            "appealId=0|appealId",
            "appealId=1&appealId=2|appealId",
            "iin=123456789012|iin",
            "iin=Aigerim|iin",
            "phone=12|phone",
            "from=2025-13-01|from",
            "from=2025-03-02&to=2025-03-01|to",
            "limit=0|limit",
            "limit=501|limit",
            "cursor=abc|cursor"})
    void invalidQueries(String query, String field) {
        given().auth().oauth2(Tokens.of("admin")).get(PATH + "?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400)).body("errors.field", hasItem(field));
    }

    @Test
    @DisplayName("GET /audit/personal-data with a cursor of the appeal list answers 400")
    void foreignCursor() {
        kz.appeals.support.CaseFixtures.register("PVL");
        kz.appeals.support.CaseFixtures.register("PVL");
        String cursor = given().auth().oauth2(Tokens.of("operator")).get("/api/v1/appeals?limit=1")
                .then().statusCode(200).extract().path("nextCursor");
        assertThat(cursor).isNotNull();
        given().auth().oauth2(Tokens.of("admin")).get(PATH + "?cursor=" + cursor).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("cursor"));
    }

    @Test
    @DisplayName("the retention purge deletes the rows older than appeals.audit.retention (P3Y) in chunks and keeps the rest")
    void retention() throws Exception {
        String[] old = new String[25];
        java.util.Arrays.fill(old, "2023-11-30T23:59:59+05:00");
        String expired = seed(old);
        String kept = seed("2023-12-01T00:00:01+05:00", "2026-11-30T12:00:00+05:00");

        long deleted = purge.purge(OffsetDateTime.parse("2026-12-01T00:00:00+05:00").toInstant(), 10);

        assertThat(deleted).isEqualTo(25);
        assertThat(rows("subject=" + expired)).isEmpty();
        assertThat(rows("subject=" + kept)).hasSize(2);
    }

    @Test
    @DisplayName("GET /audit/personal-data?iin= for an IIN nobody looked at answers an empty page")
    void unknownIin() {
        assertThat(page("iin=" + IntakeFixtures.newIin()).getList("items")).isEmpty();
    }
}
