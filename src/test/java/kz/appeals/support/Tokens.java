package kz.appeals.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Real tokens for the tests: from Keycloak's password grant, or signed with the realm's test key. */
public final class Tokens {
    /** Tokens are reused until a minute before they expire. */
    private static final TokenCache CACHE = new TokenCache(Clock.systemUTC(), Duration.ofMinutes(1));
    private static volatile String kid;

    private Tokens() {
    }

    /** An access token of a demo user (password = user name), reused while it is valid. */
    public static String of(String user) {
        return CACHE.get(user, () -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "appeals-cli")
                .formParam("username", user)
                .formParam("password", user)
                .post(TestInfrastructure.ISSUER + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** The portal's service-account token (client credentials of appeals-portal). */
    public static String portal() {
        return CACHE.get("#portal", () -> given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "appeals-portal")
                .formParam("client_secret", "appeals-portal-secret")
                .post(TestInfrastructure.ISSUER + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** Claims of a well-formed token for a role, to be altered by a test and then signed. */
    public static JwtClaimsBuilder claims(String user, String role) {
        Instant now = Instant.now();
        return Jwt.issuer(TestInfrastructure.ISSUER)
                .audience("appeals-api")
                .subject("test-" + user)
                .claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .issuedAt(now.getEpochSecond())
                .expiresAt(now.plusSeconds(600).getEpochSecond());
    }

    /** Signs with the test key that the suite's Keycloak publishes in its JWKS. */
    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(kid()).sign(TestInfrastructure.keyPair().getPrivate());
    }

    private static String kid() {
        if (kid == null) {
            BigInteger modulus = ((RSAPublicKey) TestInfrastructure.keyPair().getPublic()).getModulus();
            List<Map<String, Object>> keys = JsonPath.from(given()
                    .get(TestInfrastructure.ISSUER + "/protocol/openid-connect/certs").asString()).getList("keys");
            for (Map<String, Object> key : keys) {
                Object n = key.get("n");
                if (n != null && new BigInteger(1, Base64.getUrlDecoder().decode(n.toString())).equals(modulus)) {
                    kid = key.get("kid").toString();
                }
            }
            if (kid == null) {
                throw new IllegalStateException("The test signing key is not in Keycloak's JWKS");
            }
        }
        return kid;
    }
}
