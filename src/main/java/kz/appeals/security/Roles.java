package kz.appeals.security;

/** Realm roles of the Keycloak realm "appeals". */
public final class Roles {
    public static final String PORTAL = "portal";
    public static final String OPERATOR = "operator";
    public static final String OFFICE_STAFF = "office-staff";
    public static final String SUPERVISOR = "supervisor";
    public static final String EXECUTOR = "executor";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";

    /** Every role of the service, in a fixed order. */
    public static final java.util.List<String> ALL = java.util.List.of(PORTAL, OPERATOR, OFFICE_STAFF, SUPERVISOR,
            EXECUTOR, ANALYST, ADMIN);

    private Roles() {
    }
}
