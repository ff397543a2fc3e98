package kz.appeals.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import kz.appeals.common.ProblemException;
import kz.appeals.security.Caller;
import kz.appeals.security.Roles;
import kz.appeals.security.Scope;
import kz.appeals.security.Scope.Grant;

/**
 * Which receptions a caller keeps: administrators the region, supervisors and office staff
 * the districts of their token (the whole region only with the explicit grant). A keeper
 * without districts is refused (403); a reception of another district answers 404.
 */
@ApplicationScoped
class ReceptionScope {
    /** The roles that keep receptions (those of {@link ReceptionResource}). */
    static final List<String> KEEPERS = List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICE_STAFF);

    @Inject
    Caller caller;

    /** The caller's reach over receptions; 403 when no role of theirs reaches a district. */
    Scope scope() {
        return caller.scope(KEEPERS).required();
    }

    /** The reception when the caller keeps its district; 404 when it is missing or of another district. */
    Reception visible(Reception r, long id) {
        if (r == null || scope().grantForDistrict(r.districtCode).isEmpty()) {
            throw ProblemException.notFound("Reception " + id);
        }
        return r;
    }

    /** The grant under which the caller acts in a district; 403 outside their districts (a public catalogue). */
    Grant keeperOf(String districtCode) {
        Scope scope = scope();
        return scope.grantForDistrict(districtCode).orElseThrow(() -> ProblemException.forbidden(
                "You keep the receptions of your own districts only (" + scope.describe() + "), not of " + districtCode));
    }
}
