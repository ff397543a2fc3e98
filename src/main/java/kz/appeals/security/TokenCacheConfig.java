package kz.appeals.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cache of verified bearer tokens ({@link VerifiedTokens}). */
@ConfigMapping(prefix = "appeals.token-cache")
public interface TokenCacheConfig {
    /** Whether a verified token's identity is kept until the token expires (false: every request verifies its token). */
    @WithDefault("true")
    boolean enabled();

    /** At most this many tokens are kept; the least used go first. */
    @WithDefault("10000")
    long maxSize();
}
