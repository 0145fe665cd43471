package org.skillsmatrix.domain.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What an audit entry is about, by the actions recorded; the trail is filtered by it. */
public enum AuditKind {
    RATINGS("skill.self-rated", "skill.manager-rated", "skill.self-confirmed", "skill.manager-confirmed"),
    TARGETS("target.added", "target.changed", "target.removed"),
    PEOPLE("person.added", "person.changed", "person.anonymised", "person.exported"),
    TEAMS("team.added", "team.changed"),
    CATALOG(
            "category.added",
            "category.changed",
            "skill.added",
            "skill.changed",
            "skill.retired",
            "skill.reinstated",
            "scale.described",
            "profile.added",
            "profile.changed"),
    IMPORTS("people.imported", "assessments.imported", "certificates.imported"),
    SIGN_IN_LINKS("person.linked", "person.relinked", "person.link-refused"),
    GOALS("goal.set", "goal.done", "goal.cancelled"),
    CERTIFICATES("certificate.recorded", "certificate.verified", "certification.added"),
    OTHER("report.exported", "read-model.verified", "read-model.rebuilt");

    private final List<String> actions;

    AuditKind(String... actions) {
        this.actions = List.of(actions);
    }

    /** The actions of this kind, as recorded. */
    public List<String> actions() {
        return actions;
    }

    /** The kind's name in addresses and the API, e.g. {@code sign-in-links}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind of a recorded action; one this list does not know is {@link #OTHER}. */
    public static AuditKind of(String action) {
        return Arrays.stream(values())
                .filter(kind -> kind.actions.contains(action))
                .findFirst()
                .orElse(OTHER);
    }
}
