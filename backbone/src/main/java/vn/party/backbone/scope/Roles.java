package vn.party.backbone.scope;

/** Realm roles, read from the token's {@code realm_access.roles} (ARCHITECTURE.md "Security"). */
public final class Roles {
    public static final String PROVINCE_ADMIN = "province-admin";
    public static final String UNIT_ADMIN = "unit-admin";
    public static final String INSPECTOR = "inspector";
    public static final String ORGANISER = "organiser";
    public static final String VIEWER = "viewer";
    public static final String HR_SYNC = "hr-sync";

    private Roles() {
    }
}
