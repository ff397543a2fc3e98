package kz.appeals.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Asked before Quarkus OIDC's own provider: a bearer token verified before and not yet expired
 * ({@link VerifiedTokens}) gets its identity back, bound to this request; any other token gets no
 * answer here, so OIDC verifies it in full.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    VerifiedTokens tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before OIDC's provider, which keeps the interface's default (1001 in Quarkus 3.33; a test checks the order). */
    @Override
    public int priority() {
        return 10_000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential credential)) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity kept = tokens.find(credential.getToken());
        if (kept == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(forRequest(kept, HttpSecurityUtils.getRoutingContextAttribute(request)));
    }

    /** The kept identity with the attributes OIDC binds to one request set to this request's. */
    static SecurityIdentity forRequest(SecurityIdentity kept, RoutingContext request) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(kept);
        builder.addAttribute(RoutingContext.class.getName(), request);
        builder.addAttribute(AuthenticationRequestContext.class.getName(),
                request == null ? null : request.get(AuthenticationRequestContext.class.getName()));
        return builder.build();
    }
}
