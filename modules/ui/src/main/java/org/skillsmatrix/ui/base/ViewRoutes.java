package org.skillsmatrix.ui.base;

/**
 * The paths of the views. The navigation links them by path rather than by class, so the views' packages
 * depend on this one and never the other way round.
 */
public final class ViewRoutes {

    public static final String MY_SKILLS = "";
    public static final String PROFILE = "profile";
    public static final String MATRIX = "matrix";
    public static final String GAPS = "gaps";
    public static final String ORGANISATION_GAPS = "organisation-gaps";
    public static final String CALIBRATION = "calibration";
    public static final String WHAT_IF = "what-if";
    public static final String MENTORING = "mentoring";
    public static final String PEOPLE_FINDER = "people-finder";
    public static final String STAFFING = "staffing";
    public static final String REPORTS = "reports";
    public static final String IMPORT = "import";
    public static final String ADMIN_CATALOG = "admin/catalog";
    public static final String ADMIN_TEAMS = "admin/teams";
    public static final String ADMIN_PEOPLE = "admin/people";
    public static final String ADMIN_ROLE_PROFILES = "admin/role-profiles";
    public static final String NOTIFICATIONS = "notifications";
    public static final String AUDIT = "audit";

    private ViewRoutes() {}

    /** A path with one more segment, e.g. a team's matrix. */
    public static String of(String route, Object parameter) {
        return route + "/" + parameter;
    }
}
