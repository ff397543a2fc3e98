package kz.appeals.document;

import java.util.List;
import kz.appeals.security.Roles;

/**
 * What a document is to the appeal, and who may attach it: one row each, as the lifecycle's
 * table reads. Only an answer letter may be public (shown to the holder of the access code).
 */
public enum AttachmentKind {
    //        may be public   roles that attach it
    /** The citizen's own papers: scans, photos, the letter itself. */
    INCOMING (false,          Roles.PORTAL, Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.SUPERVISOR),
    /** The agency's answer letter. */
    ANSWER   (true,           Roles.EXECUTOR, Roles.SUPERVISOR),
    /** Papers for staff only: never public. */
    INTERNAL (false,          Roles.OPERATOR, Roles.OFFICE_STAFF, Roles.EXECUTOR, Roles.SUPERVISOR);

    private final boolean mayBePublic;
    private final List<String> roles;

    AttachmentKind(boolean mayBePublic, String... roles) {
        this.mayBePublic = mayBePublic;
        this.roles = List.of(roles);
    }

    public boolean mayBePublic() {
        return mayBePublic;
    }

    /** The roles that attach a document of this kind, the first one held deciding the scope. */
    public List<String> roles() {
        return roles;
    }
}
