package kz.appeals.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the browser pages need besides their static files (META-INF/resources/console and /track):
 * the sign-in settings at {@code /console/config.json}, and the pages' security headers. Routes of
 * the HTTP layer, not API endpoints: no token, nothing personal, not part of the REST contract.
 */
@ApplicationScoped
public class ConsoleRoutes {

    @Inject
    WebConfig config;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    void routes(@Observes Router router) {
        String issuer = config.issuer().orElse(authServerUrl).replaceAll("/+$", "");
        String settings = new JsonObject().put("issuer", issuer).put("clientId", config.clientId()).encode();
        // The pages load scripts and styles from this service only, and call this service and the realm.
        String policy = "default-src 'self'; connect-src 'self' " + origin(issuer)
                + "; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self' " + origin(issuer)
                + "; frame-ancestors 'none'";
        router.route("/console/*").order(-100).handler(rc -> {
            rc.response().putHeader("Content-Security-Policy", policy);
            rc.next();
        });
        router.route("/track/*").order(-100).handler(rc -> {
            rc.response().putHeader("Content-Security-Policy", policy);
            rc.next();
        });
        router.get("/console/config.json").handler(rc -> rc.response()
                .putHeader("Content-Type", "application/json").end(settings));
        // "/console" alone (a path route would also take "/console/" and loop)
        router.getWithRegex("/console").handler(rc -> rc.redirect("/console/"));
        router.getWithRegex("/track").handler(rc -> rc.redirect("/track/"));
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
