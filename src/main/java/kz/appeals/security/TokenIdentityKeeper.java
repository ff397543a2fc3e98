package kz.appeals.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs first on every identity a provider has just authenticated: an identity that OIDC verified from
 * a bearer token (it gets here only when verification passed) is kept in {@link VerifiedTokens} until
 * its token's {@code exp}, with an empty memo of the caller's scopes ({@link Caller#scope}) that every
 * later request with the same token shares. The kept copy holds nothing of the request it came with.
 */
@ApplicationScoped
public class TokenIdentityKeeper implements SecurityIdentityAugmentor {
    /** Set on identities that are kept (or served from the cache): they are not kept again. */
    static final String KEPT = "kz.appeals.token-kept";
    /** The memo of scopes by roles asked: a map shared by every request with the same token. */
    static final String SCOPES = "kz.appeals.scopes";

    @Inject
    VerifiedTokens tokens;

    /** Before every other augmentor, so that what is kept is what OIDC built. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!tokens.enabled() || identity.isAnonymous() || identity.getAttribute(KEPT) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || jwt.getExpirationTime() <= 0) {
            return Uni.createFrom().item(identity);
        }
        SecurityIdentity withMemo = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(KEPT, Boolean.TRUE)
                .addAttribute(SCOPES, new ConcurrentHashMap<>())
                .build();
        tokens.keep(credential.getToken(), CachedTokenIdentityProvider.forRequest(withMemo, null),
                Instant.ofEpochSecond(jwt.getExpirationTime()));
        return Uni.createFrom().item(withMemo);
    }
}
