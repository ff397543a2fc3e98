package kz.appeals.intake;

import static io.restassured.RestAssured.given;
import static kz.appeals.support.IntakeFixtures.body;
import static kz.appeals.support.IntakeFixtures.individual;
import static kz.appeals.support.IntakeFixtures.newIin;
import static kz.appeals.support.IntakeFixtures.newPhone;
import static kz.appeals.support.IntakeFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The problem's location: optional on every channel, within the region's bounds, shown to staff only. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class LocationTest {
    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    private static final String POINT = "\"location\":{\"lat\":52.2873,\"long\":76.9674,\"address\":\" Lenin street 12, Pavlodar \"}";

    private static String submit(String token, String channel, String location, String idempotencyKey) {
        String request = body(channel, "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), newPhone()), location);
        return idempotencyKey == null ? post(token, request).asString() : post(token, request, idempotencyKey).asString();
    }

    @Test
    @DisplayName("POST /appeals with a location on each channel keeps it; staff read it back on GET /appeals/{id}")
    void everyChannel() {
        String[][] cases = {{"operator", "CALL_CENTER"}, {"office", "WRITTEN"}, {"admin", "PORTAL"}};
        for (String[] c : cases) {
            JsonPath answer = JsonPath.from(submit(Tokens.of(c[0]), c[1], POINT, null));
            assertThat(answer.getString("location.address")).as(c[1]).isEqualTo("Lenin street 12, Pavlodar");
            int id = answer.getInt("id");
            JsonPath view = given().auth().oauth2(Tokens.of("supervisor")).get("/api/v1/appeals/" + id).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(view.getDouble("location.lat")).isCloseTo(52.2873, within(1e-4));
            assertThat(view.getDouble("location.long")).isCloseTo(76.9674, within(1e-4));
            assertThat(view.getString("location.address")).isEqualTo("Lenin street 12, Pavlodar");
        }
        JsonPath portal = JsonPath.from(submit(Tokens.portal(), "PORTAL", "\"location\":{\"address\":\"Estaya 5\"}",
                UUID.randomUUID().toString()));
        assertThat(portal.getMap("location")).containsOnlyKeys("address");
        JsonPath none = JsonPath.from(submit(Tokens.of("operator"), "CALL_CENTER", null, null));
        assertThat((Object) none.get("location")).isNull();
    }

    @Test
    @DisplayName("a point outside the region, a latitude without longitude, a blank address or an empty location: 400")
    void invalid() {
        String token = Tokens.of("operator");
        String request = body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), null),
                "\"location\":{\"lat\":43.2389,\"long\":76.8897}");
        post(token, request).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("location"));
        post(token, body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), null),
                "\"location\":{\"lat\":52.3}")).then().statusCode(400).body("errors.field", hasItem("location.long"));
        post(token, body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), null),
                "\"location\":{\"address\":\"   \"}")).then().statusCode(400).body("errors.field", hasItem("location.address"));
        post(token, body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), null),
                "\"location\":{}")).then().statusCode(400).body("errors.field", hasItem("location"));
        post(token, body("CALL_CENTER", "COMPLAINT", "UTIL_HEATING", "PVL", individual(newIin(), null),
                "\"location\":{\"lat\":52.3,\"long\":76.9,\"altitude\":1}")).then().statusCode(400)
                .body("errors.field", hasItem("location.altitude"));
    }

    @Test
    @DisplayName("POST /imports/appeals keeps a line's location and rejects a line whose point lies outside the region")
    void historicalImport() throws Exception {
        String p = "LOC-" + UUID.randomUUID();
        String ndjson = ImportTest.line(p + "-1", "WRITTEN", "2024-03-12T10:15:00+05:00",
                "\"location\":{\"lat\":51.7241,\"long\":75.3229,\"address\":\"Ekibastuz, Mashkhur Zhusup 1\"}") + "\n"
                + ImportTest.line(p + "-2", "WRITTEN", "2024-03-12T10:15:00+05:00",
                "\"location\":{\"lat\":43.2389,\"long\":76.8897}") + "\n";
        given().auth().oauth2(Tokens.of("admin")).contentType("application/x-ndjson")
                .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/imports/appeals").then().statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(1))
                .body("errors[0].line", equalTo(2)).body("errors[0].errors.field", hasItem("location"));
        long id;
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement st = c.prepareStatement("select id from appeal where external_ref = ?")) {
            st.setString(1, p + "-1");
            try (java.sql.ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                id = rs.getLong(1);
            }
        }
        given().auth().oauth2(Tokens.of("admin")).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("location.address", equalTo("Ekibastuz, Mashkhur Zhusup 1"));
    }

    @Test
    @DisplayName("public tracking does not show the location: it may be where the applicant lives")
    void notOnPublicTracking() {
        JsonPath answer = JsonPath.from(submit(Tokens.portal(), "PORTAL", POINT, UUID.randomUUID().toString()));
        String tracked = given().header("X-Access-Code", answer.getString("accessCode"))
                .get("/api/v1/public/appeals/" + answer.getString("registrationNumber")).then().statusCode(200)
                .body("registrationNumber", equalTo(answer.getString("registrationNumber"))).extract().asString();
        assertThat(tracked).doesNotContain("Lenin street").doesNotContain("52.28").doesNotContain("location");
    }
}
