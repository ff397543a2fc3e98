package kz.appeals.foundation;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
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

    @jakarta.inject.Inject
    kz.appeals.security.VerifiedTokens verified;

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
    @DisplayName("a token accepted before (and so kept verified) answers 401 once it expires")
    void expiredAfterBeingKept() {
        Instant now = Instant.now();
        String token = Tokens.sign(Tokens.claims("short-lived", "analyst")
                .issuedAt(now.getEpochSecond()).expiresAt(now.plusSeconds(4).getEpochSecond()));
        given().auth().oauth2(token).get(URL).then().statusCode(200);
        given().auth().oauth2(token).get(URL).then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(token).get(URL).statusCode() == 401);
        // never again, and no sooner than the token's exp
        org.assertj.core.api.Assertions.assertThat(Instant.now()).isAfterOrEqualTo(now.plusSeconds(4).minusMillis(999));
        given().auth().oauth2(token).get(URL).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a token that passed is kept verified; tokens that failed (audience, issuer, expired, signature) are not")
    void onlyVerifiedTokensKept() {
        String good = Tokens.sign(Tokens.claims("kept-check", "analyst"));
        given().auth().oauth2(good).get(URL).then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(verified.find(good)).isNotNull();
        Instant past = Instant.now().minusSeconds(3600);
        java.util.List<String> bad = java.util.List.of(
                Tokens.sign(Tokens.claims("kept-check", "analyst").audience("some-other-api")),
                Tokens.sign(Tokens.claims("kept-check", "analyst").issuer("http://127.0.0.1:9/realms/other")),
                Tokens.sign(Tokens.claims("kept-check", "analyst").issuedAt(past.minusSeconds(600).getEpochSecond())
                        .expiresAt(past.getEpochSecond())),
                good.substring(0, good.length() - 4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA"));
        for (String token : bad) {
            given().auth().oauth2(token).get(URL).then().statusCode(401);
            org.assertj.core.api.Assertions.assertThat(verified.find(token)).isNull();
        }
    }

    @Test
    @DisplayName("a token seen before is answered from the cache")
    void secondUseIsAHit() {
        String token = Tokens.sign(Tokens.claims("hit-check", "analyst"));
        given().auth().oauth2(token).get(URL).then().statusCode(200);
        long before = verified.hits();
        given().auth().oauth2(token).get(URL).then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(verified.hits()).isGreaterThan(before);
    }

    @Test
    @DisplayName("a kept token altered in its claims or its signature answers 401")
    void keptTokenTampered() {
        String token = Tokens.sign(Tokens.claims("kept", "analyst"));
        given().auth().oauth2(token).get(URL).then().statusCode(200);
        String[] parts = token.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"analyst\"", "\"admin\"");
        String widened = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(widened).get(URL).then().statusCode(401);
        char last = parts[2].charAt(parts[2].length() - 2);
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        given().auth().oauth2(badSignature).get(URL).then().statusCode(401);
        given().auth().oauth2(token).get(URL).then().statusCode(200);
    }

    @Test
    @DisplayName("a token without a known role answers 403")
    void noKnownRole() {
        given().auth().oauth2(Tokens.sign(Tokens.claims("someone", "visitor"))).get(URL).then().statusCode(403);
    }
}
