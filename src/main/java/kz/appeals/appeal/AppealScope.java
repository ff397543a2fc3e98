package kz.appeals.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import kz.appeals.common.ProblemException;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;

/**
 * Which appeals a caller sees, decided by the role that acts for them: supervisors and
 * office staff their districts (none in the token: the whole region), executors the
 * appeals now assigned to their agency, operators and administrators the whole region.
 * Anything else is answered as if it did not exist.
 */
@ApplicationScoped
public class AppealScope {

    @Inject
    Caller caller;

    /** The appeal when the caller may see it; 404 both when it is missing and when it is out of scope. */
    public Appeal visible(long id) {
        Appeal appeal = Appeal.findById(id);
        if (appeal == null || !sees(appeal)) {
            throw ProblemException.notFound("Appeal " + id);
        }
        return appeal;
    }

    public boolean sees(Appeal appeal) {
        return switch (caller.role()) {
            case Roles.ADMIN, Roles.OPERATOR -> true;
            case Roles.SUPERVISOR, Roles.OFFICE_STAFF -> caller.seesDistrict(appeal.districtCode);
            case Roles.EXECUTOR -> caller.agency() != null && caller.agency().equals(appeal.agencyCode);
            default -> false;
        };
    }

    /** The same rule as an SQL condition on the alias {@code a}, for lists. */
    SqlCondition condition() {
        return switch (caller.role()) {
            case Roles.ADMIN, Roles.OPERATOR -> new SqlCondition("true", Map.of());
            case Roles.SUPERVISOR, Roles.OFFICE_STAFF -> {
                Set<String> districts = caller.districts();
                yield districts.isEmpty() ? new SqlCondition("true", Map.of())
                        : new SqlCondition("a.district_code in (:scopeDistricts)", Map.of("scopeDistricts", districts));
            }
            case Roles.EXECUTOR -> caller.agency() == null ? new SqlCondition("false", Map.of())
                    : new SqlCondition("a.agency_code = :scopeAgency", Map.of("scopeAgency", caller.agency()));
            default -> new SqlCondition("false", Map.of());
        };
    }

    record SqlCondition(String sql, Map<String, Object> parameters) {
    }
}
