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

    private Roles() {
    }
}
