package org.skillsmatrix.ui.audit;

import org.skillsmatrix.domain.audit.AuditKind;

/** The bundle key naming each kind of audit entry. */
final class AuditKinds {

    private AuditKinds() {}

    static String key(AuditKind kind) {
        return switch (kind) {
            case RATINGS -> "audit.kind.ratings";
            case TARGETS -> "audit.kind.targets";
            case PEOPLE -> "audit.kind.people";
            case TEAMS -> "audit.kind.teams";
            case CATALOG -> "audit.kind.catalog";
            case IMPORTS -> "audit.kind.imports";
            case SIGN_IN_LINKS -> "audit.kind.sign-in-links";
            case GOALS -> "audit.kind.goals";
            case CERTIFICATES -> "audit.kind.certificates";
            case OTHER -> "audit.kind.other";
        };
    }
}
