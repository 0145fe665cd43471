package org.skillsmatrix.domain.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.privacy.ShownCount;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.whatif.Figures;

/**
 * What would happen if these people left or moved, to take to a meeting: the question in words, each touched team
 * the exporter may read with its figures today and after and the skills whose standing would change, how many
 * touched teams are not shown, and the organisation's figures for those who may read them, its counts of people
 * under the privacy threshold. Nothing was changed by asking.
 */
public record WhatIfReport(
        ReportHeader header,
        List<String> question,
        List<TeamPart> teams,
        int teamsNotShown,
        @Nullable OrganisationPart organisation)
        implements Report {

    public WhatIfReport {
        Objects.requireNonNull(header, "header");
        question = List.copyOf(question);
        teams = List.copyOf(teams);
    }

    /**
     * A touched team: its figures today and after, its skills whose standing would change, riskiest after first, and
     * its certification targets whose shortfall would change, those no longer met first.
     */
    public record TeamPart(
            String team, Figures today, Figures after, List<TeamSkill> skills, List<TeamCertification> certifications) {

        public TeamPart {
            skills = List.copyOf(skills);
            certifications = List.copyOf(certifications);
        }
    }

    /**
     * A team's certification target whose shortfall would change.
     *
     * @param required the members the target asks to hold a valid certificate
     * @param change what would change, in words, e.g. "certification target no longer met"
     */
    public record TeamCertification(
            String certification, int required, int holdersToday, int holdersAfter, String change) {}

    /**
     * A team's skill whose standing would change.
     *
     * @param target the target's level, or null where the team sets none (then the level that counts as holding it)
     * @param required the target's headcount, 0 without one
     * @param change what would change, in words, e.g. "target no longer met"
     */
    public record TeamSkill(
            SkillLabel skill, Level target, int required, int holdersToday, int holdersAfter, String change) {}

    /** The organisation's figures today and after, and its skills whose standing would change. */
    public record OrganisationPart(
            Figures today, Figures after, List<OrganisationSkill> skills, PrivacyThreshold privacy) {

        public OrganisationPart {
            skills = List.copyOf(skills);
            Objects.requireNonNull(privacy, "privacy");
        }
    }

    /** A skill whose standing across the organisation would change; its holders as they may be shown. */
    public record OrganisationSkill(
            SkillLabel skill,
            ShownCount holdersToday,
            ShownCount holdersAfter,
            int teamsShortToday,
            int teamsShortAfter,
            String change) {}
}
