package kz.appeals.foundation;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import kz.appeals.support.TestInfrastructure;
import kz.appeals.support.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Token-level checks with JWTs signed by a key that the realm publishes, so each
 * refusal is for the reason the test names and not for an unknown signature.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class TokenValidationTest {

    private static final String URL = "/api/v1/districts";

    @Test
    @DisplayName("a well-formed signed token is accepted (the control for the cases below)")
    void wellFormed() {
        given().auth().oauth2(Tokens.sign(Tokens.claims("someone", "analyst"))).get(URL).then().statusCode(200);
    }

    @Test
    @DisplayName("an expired token answers 401")
    void expired() {
        Instant past = Instant.now().minusSeconds(3600);
        String token = Tokens.sign(Tokens.claims("someone", "analyst")
                .issuedAt(past.minusSeconds(600).getEpochSecond()).expiresAt(past.getEpochSecond()));
        given().auth().oauth2(token).get(URL).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a token for another audience answers 401")
    void wrongAudience() {
        String token = Tokens.sign(Tokens.claims("someone", "analyst").audience("some-other-api"));
        given().auth().oauth2(token).get(URL).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a token from another issuer answers 401")
    void wrongIssuer() {
        String token = Tokens.sign(Tokens.claims("someone", "analyst").issuer("http://127.0.0.1:9/realms/other"));
        given().auth().oauth2(token).get(URL).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a token signed by an unknown key answers 401")
    void unknownKey() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String token = Tokens.claims("someone", "analyst").jws().keyId("unknown").sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(token).get(URL).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a token without a known role answers 403")
    void noKnownRole() {
        given().auth().oauth2(Tokens.sign(Tokens.claims("someone", "visitor"))).get(URL).then().statusCode(403);
    }
}
