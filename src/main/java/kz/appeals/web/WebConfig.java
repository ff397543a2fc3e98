package kz.appeals.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Settings of the console and the citizen's page (prefix {@code appeals.web}); every key is in docs/configuration.md. */
@ConfigMapping(prefix = "appeals.web")
public interface WebConfig {

    /** The realm's public client the browser signs in with (authorization code flow with PKCE). */
    @WithDefault("appeals-web")
    String clientId();

    /**
     * The realm's address as browsers reach it, when it differs from the one the service uses
     * ({@code quarkus.oidc.auth-server-url}), e.g. behind a reverse proxy.
     */
    Optional<String> issuer();
}
