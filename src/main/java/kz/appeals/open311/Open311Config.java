package kz.appeals.open311;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Settings of the Open311 GeoReport v2 gateway (prefix {@code appeals.open311}); every key is in docs/configuration.md. */
@ConfigMapping(prefix = "appeals.open311")
public interface Open311Config {

    /**
     * The jurisdiction this endpoint serves. A request may leave jurisdiction_id out (the endpoint
     * serves one jurisdiction); one that names another answers 404.
     */
    @WithDefault("pavlodar.gov.kz")
    String jurisdictionId();

    /** Requests a new client may file per minute when the administrator gives no rate limit. */
    @WithDefault("60")
    int defaultRateLimit();

    /** The endpoint's public address as clients reach it (discovery's url); default: the address of the request. */
    Optional<String> publicUrl();

    /** Who answers for the endpoint (discovery's contact). */
    @WithDefault("Public reception office of the region's administration")
    String contact();

    /** Where a client developer asks for an API key (discovery's key_service). */
    @WithDefault("Ask the register's administrator for a client key (POST /api/v1/open311/clients)")
    String keyService();
}
