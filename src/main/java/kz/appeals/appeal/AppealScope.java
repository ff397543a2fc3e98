package kz.appeals.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.appeals.appeal.AppealLifecycle.Action;
import kz.appeals.common.ProblemException;
import kz.appeals.common.SqlBuilder;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;
import kz.appeals.security.Scope;
import kz.appeals.security.Scope.Grant;

/**
 * Which appeals a caller reaches, by the role that allows what they do: reading by any
 * role that reads appeals (operators and administrators the region, supervisors and
 * office staff their districts, executors the appeals now assigned to their agency), an
 * action by the roles of its row in {@link AppealLifecycle}. A reader without the claim
 * their role needs is refused (403); an appeal they do not reach is answered as if it did
 * not exist (404).
 */
@ApplicationScoped
public class AppealScope {
    /** The roles that read appeals (those of {@link AppealResource}). */
    static final List<String> READERS = List.of(Roles.ADMIN, Roles.OPERATOR, Roles.SUPERVISOR, Roles.OFFICE_STAFF,
            Roles.EXECUTOR);

    @Inject
    Caller caller;

    /** The appeal when the caller may read it; 404 both when it is missing and when it is out of scope. */
    public Appeal visible(long id) {
        Scope scope = caller.scope(READERS).required();
        Appeal appeal = Appeal.findById(id);
        if (appeal == null || scope.grantFor(appeal.districtCode, appeal.agencyCode).isEmpty()) {
            throw ProblemException.notFound("Appeal " + id);
        }
        return appeal;
    }

    /** Whether the caller may read the appeal; false, never an error, when they reach nothing. */
    public boolean sees(Appeal appeal) {
        return sees(appeal.districtCode, appeal.agencyCode);
    }

    /** Whether the caller may read an appeal of this district and agency (null: not assigned). */
    public boolean sees(String districtCode, String agencyCode) {
        return caller.scope(READERS).grantFor(districtCode, agencyCode).isPresent();
    }

    /**
     * The grant under which the caller takes an action on an appeal they can read: the first
     * of their roles allowed to take it whose reach covers the appeal. 403 when none does:
     * the caller reads the appeal, so saying why leaks nothing.
     */
    Grant actingOn(Appeal appeal, Action action) {
        Scope scope = caller.scope(action.roles()).required();
        return grant(scope, appeal).orElseThrow(() -> ProblemException.forbidden(
                "The action '" + action.path() + "' on appeal " + appeal.registrationNumber + " is outside your reach"
                        + " for it (" + scope.describe() + ")"));
    }

    /**
     * Whether {@link #actingOn} lets the caller take the action on the appeal, as a yes or no:
     * what {@link AppealLifecycle#allowedFor} asks to list the actions a caller may take.
     */
    boolean permits(Appeal appeal, Action action) {
        return grant(caller.scope(action.roles()), appeal).isPresent();
    }

    /** The one rule of an action's reach: a grant of a role of its row that covers the appeal. */
    private static Optional<Grant> grant(Scope scope, Appeal appeal) {
        return scope.grantFor(appeal.districtCode, appeal.agencyCode);
    }

    /** Whether the caller has a role that reads appeals (and so their applicants), whatever it reaches. */
    public boolean reads() {
        return READERS.stream().anyMatch(caller::has);
    }

    /** The reading rule as an SQL condition on the alias {@code a}, for lists; 403 like {@link #visible}. */
    SqlBuilder condition() {
        Scope scope = caller.scope(READERS).required();
        if (scope.regionWide()) {
            return new SqlBuilder().and("true");
        }
        SqlBuilder any = new SqlBuilder();
        if (!scope.districts().isEmpty()) {
            any.add("a.district_code in (").bind(scope.districts()).add(")");
        }
        if (!scope.agencies().isEmpty()) {
            any.add(any.isEmpty() ? "" : " or ").add("a.agency_code in (").bind(scope.agencies()).add(")");
        }
        return new SqlBuilder().add("(").add(any).add(")");
    }
}
