package kz.appeals.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.appeals.security.Scope.Grant;
import kz.appeals.security.Scope.Reach;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and what each of their roles reaches. Scope is asked for per action,
 * with the roles that allow it ({@link #scope}): a caller with several roles is scoped by
 * the role that allows the action, never by a ranking of roles. Office staff and
 * supervisors reach the districts of the token's {@code district} claim, the whole region
 * only with the explicit value {@value #REGION_WIDE}; executors the appeals assigned to the
 * agency of the {@code agency} claim; a missing or empty claim reaches nothing.
 */
@RequestScoped
public class Caller {
    /** The district claim's value that grants the whole region to office staff and supervisors. */
    public static final String REGION_WIDE = "*";

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

    /** The service's roles the caller holds, joined with commas (for the records of who read what); "none" if none. */
    public String roles() {
        String held = Roles.ALL.stream().filter(identity::hasRole).collect(java.util.stream.Collectors.joining(","));
        return held.isEmpty() ? "none" : held;
    }

    /**
     * The caller's grants among {@code roles} (the roles that allow an action), in that
     * order; roles the caller does not hold are left out, and so are held roles whose claim
     * is missing (named in {@link Scope#unscoped()}).
     */
    public Scope scope(Collection<String> roles) {
        // A token seen before shares one memo across its requests (TokenIdentityKeeper): its claims do not change.
        Map<List<String>, Scope> memo = identity.getAttribute(TokenIdentityKeeper.SCOPES);
        return memo == null ? scopeOf(roles) : memo.computeIfAbsent(List.copyOf(roles), this::scopeOf);
    }

    private Scope scopeOf(Collection<String> roles) {
        List<Grant> grants = new ArrayList<>();
        List<String> unscoped = new ArrayList<>();
        if (identity.isAnonymous()) {
            return new Scope(grants, unscoped);
        }
        for (String role : roles) {
            if (!identity.hasRole(role)) {
                continue;
            }
            Grant grant = grantOf(role);
            if (grant != null) {
                grants.add(grant);
            } else {
                unscoped.add(role);
            }
        }
        return new Scope(grants, unscoped);
    }

    /** What one held role reaches, or null when the claim it needs is missing. */
    private Grant grantOf(String role) {
        return switch (role) {
            case Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST, Roles.PORTAL -> new Grant(role, Reach.REGION, Set.of(), null);
            case Roles.OFFICE_STAFF, Roles.SUPERVISOR -> {
                Set<String> districts = districts();
                if (districts.contains(REGION_WIDE)) {
                    yield new Grant(role, Reach.REGION, Set.of(), null);
                }
                yield districts.isEmpty() ? null : new Grant(role, Reach.DISTRICTS, Set.copyOf(districts), null);
            }
            case Roles.EXECUTOR -> {
                String agency = agency();
                yield agency == null ? null : new Grant(role, Reach.AGENCY, Set.of(), agency);
            }
            default -> null;
        };
    }

    /** The district claim: a list of codes or one string (codes separated by commas); blanks are ignored. */
    private Set<String> districts() {
        Object claim = jwt.getClaim("district");
        Set<String> out = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> addCodes(out, unquote(String.valueOf(v))));
        } else if (claim != null) {
            addCodes(out, unquote(String.valueOf(claim)));
        }
        return out;
    }

    private static void addCodes(Set<String> out, String text) {
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
    }

    /** The agency claim: one non-blank code; anything else (absent, blank, several) is no agency. */
    private String agency() {
        Object claim = jwt.getClaim("agency");
        if (claim instanceof Collection<?> values) {
            claim = values.size() == 1 ? values.iterator().next() : null;
        }
        if (claim == null) {
            return null;
        }
        String code = unquote(String.valueOf(claim)).strip();
        return code.isEmpty() ? null : code;
    }

    private static String unquote(String value) {
        // JSON-P string values print with their quotes.
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
