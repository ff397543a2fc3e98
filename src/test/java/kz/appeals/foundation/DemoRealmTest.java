package kz.appeals.foundation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo realm as the suite's Keycloak imported it (read back through Keycloak's admin API,
 * so a misspelt setting, which an import ignores, fails here): brute-force detection with
 * temporary lockouts, TLS required for external addresses, and the password grant only on the
 * CLI client that demos, scripts and this suite use.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class DemoRealmTest {
    private static final String KEYCLOAK = TestInfrastructure.ISSUER.substring(0, TestInfrastructure.ISSUER.indexOf("/realms/"));
    private static final String ADMIN_API = KEYCLOAK + "/admin/realms/appeals";

    /** Keycloak's bootstrap administrator of the suite's instance (dev/keycloak.sh). */
    private static String admin() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static Response passwordGrant(String client, String user, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", password)
                .post(TestInfrastructure.ISSUER + "/protocol/openid-connect/token");
    }

    /** The same with the portal's client secret, so that the client authenticates and only the grant is judged. */
    private static Response portalPasswordGrant(String user, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "appeals-portal")
                .formParam("client_secret", "appeals-portal-secret")
                .formParam("username", user).formParam("password", password)
                .post(TestInfrastructure.ISSUER + "/protocol/openid-connect/token");
    }

    @Test
    @DisplayName("the realm detects brute force with temporary, growing lockouts and requires TLS for external addresses")
    void realmSettings() {
        JsonPath realm = given().auth().oauth2(admin()).get(ADMIN_API).then().statusCode(200).extract().jsonPath();
        assertThat(realm.getBoolean("bruteForceProtected")).isTrue();
        assertThat(realm.getBoolean("permanentLockout")).isFalse();
        assertThat(realm.getInt("failureFactor")).isBetween(3, 10);
        assertThat(realm.getInt("waitIncrementSeconds")).isPositive();
        assertThat(realm.getInt("maxFailureWaitSeconds")).isGreaterThan(realm.getInt("waitIncrementSeconds"));
        assertThat(realm.getString("sslRequired")).isEqualTo("external");
    }

    @Test
    @DisplayName("only appeals-cli allows the password grant; every other client of the realm refuses it")
    void passwordGrantOnlyOnCli() {
        List<Map<String, Object>> clients = given().auth().oauth2(admin()).get(ADMIN_API + "/clients")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(clients).extracting(c -> c.get("clientId")).contains("appeals-cli", "appeals-portal", "appeals-api", "admin-cli");
        assertThat(clients).filteredOn(c -> Boolean.TRUE.equals(c.get("directAccessGrantsEnabled")))
                .extracting(c -> c.get("clientId")).containsExactly("appeals-cli");

        portalPasswordGrant("operator", "operator").then().statusCode(400).body("error", equalTo("unauthorized_client"));
        passwordGrant("admin-cli", "operator", "operator").then().statusCode(400).body("error", equalTo("unauthorized_client"));
        assertThat(Tokens.of("operator")).isNotBlank();
    }

    @Test
    @DisplayName("POST /token with a user's wrong password failureFactor times locks the user: the right password is then refused")
    void repeatedWrongPasswordsLockTheUser() {
        String token = admin();
        int failureFactor = given().auth().oauth2(token).get(ADMIN_API).then().extract().jsonPath().getInt("failureFactor");
        String name = "bf-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "right-" + UUID.randomUUID();
        String location = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("username", name, "enabled", true, "email", name + "@appeals.example.org", "emailVerified", true,
                        "firstName", "Brute", "lastName", "Force",
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post(ADMIN_API + "/users").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        try {
            passwordGrant("appeals-cli", name, password).then().statusCode(200);
            for (int i = 0; i < Math.max(failureFactor, 1); i++) {
                passwordGrant("appeals-cli", name, "wrong-" + i).then().statusCode(401);
            }
            Response locked = passwordGrant("appeals-cli", name, password);
            assertThat(locked.statusCode()).as(locked.asString()).isIn(400, 401);
            assertThat(locked.jsonPath().getString("access_token")).isNull();
            given().auth().oauth2(token).get(KEYCLOAK + "/admin/realms/appeals/attack-detection/brute-force/users/" + id)
                    .then().statusCode(200).body("disabled", equalTo(true));
        } finally {
            given().auth().oauth2(token).delete(ADMIN_API + "/users/" + id).then().statusCode(204);
        }
    }
}
