package kz.appeals.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The browser tests serve the console on a fixed port, 8780: Keycloak answers the token request of
 * the browser only from an origin the realm's client {@code appeals-web} lists (its web origins),
 * and a port chosen at random could not be listed.
 */
public class BrowserTestProfile implements QuarkusTestProfile {
    public static final int PORT = 8780;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.test-port", Integer.toString(PORT));
    }
}
