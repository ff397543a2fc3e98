package kz.appeals.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and what they may see: the user name, the role that acts, and the
 * scope from the token's {@code district} and {@code agency} claims. An empty district
 * set means the whole region.
 */
@RequestScoped
public class Caller {
    /** Roles in the order that decides which one acts when a user holds several. */
    private static final List<String> PRECEDENCE = List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICE_STAFF,
            Roles.OPERATOR, Roles.EXECUTOR, Roles.ANALYST, Roles.PORTAL);

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public String name() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String preferred = jwt.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** The role recorded on the timeline for this caller's actions. */
    public String role() {
        return PRECEDENCE.stream().filter(identity::hasRole).findFirst().orElse("none");
    }

    /** Districts this caller is limited to; empty for the whole region. */
    public Set<String> districts() {
        if (identity.isAnonymous()) {
            return Set.of();
        }
        Object claim = jwt.getClaim("district");
        Set<String> out = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> out.add(unquote(String.valueOf(v))));
        } else if (claim != null) {
            String text = unquote(String.valueOf(claim));
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    public boolean regionWide() {
        return districts().isEmpty();
    }

    public boolean seesDistrict(String districtCode) {
        Set<String> districts = districts();
        return districts.isEmpty() || districts.contains(districtCode);
    }

    /** The agency of an executor, or null. */
    public String agency() {
        if (identity.isAnonymous()) {
            return null;
        }
        Object claim = jwt.getClaim("agency");
        return claim == null ? null : unquote(String.valueOf(claim));
    }

    private static String unquote(String value) {
        // JSON-P string values print with their quotes.
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
