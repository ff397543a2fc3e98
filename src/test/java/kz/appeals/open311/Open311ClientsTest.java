package kz.appeals.open311;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Administrators issue, list and revoke client keys; keys are shown once and kept hashed. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class Open311ClientsTest {
    private static final String CLIENTS = "/api/v1/open311/clients";

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> issue(String name, Integer rateLimit) {
        Map<String, Object> body = rateLimit == null ? Map.of("name", name) : Map.of("name", name, "rateLimit", rateLimit);
        return given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body(body).post(CLIENTS)
                .then().statusCode(201).header("Location", containsString(CLIENTS + "/"))
                .extract().path("$");
    }

    @Test
    @DisplayName("POST /open311/clients answers the key once; the database keeps only its SHA-256; lists never show it")
    void keyShownOnceStoredHashed() throws Exception {
        String name = "FixMyStreet Pavlodar " + System.nanoTime();
        Map<String, Object> issued = issue(name, null);
        String key = (String) issued.get("apiKey");
        assertThat(key).startsWith("o311_").hasSizeGreaterThan(40);
        assertThat(issued).containsEntry("name", name).containsEntry("rateLimit", 60);
        long id = ((Number) issued.get("id")).longValue();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select * from open311_client where id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("key_hash")).isEqualTo(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8))));
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    assertThat(String.valueOf(rs.getObject(i))).as(rs.getMetaData().getColumnName(i)).doesNotContain(key);
                }
            }
        }
        String list = given().auth().oauth2(Tokens.of("admin")).get(CLIENTS).then().statusCode(200)
                .body("items.find { it.id == " + id + " }.name", equalTo(name))
                .body("items.find { it.id == " + id + " }.revoked", equalTo(false))
                .extract().asString();
        assertThat(list).doesNotContain(key).doesNotContain("apiKey");
    }

    @Test
    @DisplayName("DELETE /open311/clients/{id} revokes the key at once: 403 on the gateway; the client stays listed")
    void revoke() {
        Map<String, Object> issued = issue("Revoked client " + System.nanoTime(), 10);
        String key = (String) issued.get("apiKey");
        int id = ((Number) issued.get("id")).intValue();
        Open311Api.file(Open311Api.form(key));
        given().auth().oauth2(Tokens.of("admin")).delete(CLIENTS + "/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.of("admin")).delete(CLIENTS + "/" + id).then().statusCode(204);
        Open311Api.post("json", Open311Api.form(key)).then().statusCode(403).body("[0].description", containsString("api_key"));
        given().auth().oauth2(Tokens.of("admin")).get(CLIENTS).then().statusCode(200)
                .body("items.find { it.id == " + id + " }.revoked", equalTo(true));
        given().auth().oauth2(Tokens.of("admin")).delete(CLIENTS + "/987654321").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @DisplayName("the same name twice while the first key is active: 409; a blank name or a rate limit of 0: 400")
    void invalid() {
        String name = "Duplicate client " + System.nanoTime();
        issue(name, null);
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body(Map.of("name", name.toUpperCase()))
                .post(CLIENTS).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body(Map.of("name", "  "))
                .post(CLIENTS).then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("name"));
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body(Map.of("name", "x", "rateLimit", 0))
                .post(CLIENTS).then().statusCode(400);
        given().auth().oauth2(Tokens.of("admin")).contentType("application/json").body(Map.of("name", "x", "apiKey", "mine"))
                .post(CLIENTS).then().statusCode(400);
    }

    @Test
    @DisplayName("only admins manage keys: no token 401, every other role 403 (GET, POST, DELETE)")
    void adminsOnly() {
        given().get(CLIENTS).then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("name", "x")).post(CLIENTS).then().statusCode(401);
        for (String user : List.of("operator", "supervisor", "office", "executor", "analyst", "chief")) {
            String token = Tokens.of(user);
            given().auth().oauth2(token).get(CLIENTS).then().statusCode(403).body(not(containsString("apiKey")));
            given().auth().oauth2(token).contentType("application/json").body(Map.of("name", "x " + user)).post(CLIENTS)
                    .then().statusCode(403);
            given().auth().oauth2(token).delete(CLIENTS + "/1").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.portal()).get(CLIENTS).then().statusCode(403);
    }

    @Test
    @DisplayName("the key's client name is recorded on the appeal it files, and on its timeline as the actor")
    void clientNameRecorded() {
        String name = "Recorder " + System.nanoTime();
        String key = (String) issue(name, null).get("apiKey");
        String number = Open311Api.file(Open311Api.form(key));
        Map<String, Object> appeal = Open311GatewayTest.staffView(number);
        assertThat(appeal).containsEntry("open311Client", name).containsEntry("channel", "PORTAL");
        given().auth().oauth2(Tokens.of("admin")).get("/api/v1/appeals/" + appeal.get("id") + "/events").then()
                .statusCode(200).body("items[0].actor", startsWith("open311:" + name))
                .body("items[0].kind", equalTo("REGISTERED"));
    }
}
