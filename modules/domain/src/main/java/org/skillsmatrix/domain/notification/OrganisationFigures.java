package org.skillsmatrix.domain.notification;

import java.util.Collection;
import java.util.List;
import org.skillsmatrix.domain.certification.CertificateStatus;
import org.skillsmatrix.domain.certification.CertificationCoverage;
import org.skillsmatrix.domain.certification.HeldCertificate;
import org.skillsmatrix.domain.gap.OrganisationSkillCoverage;

/**
 * The organisation's headline figures that HR's summary names. They count team targets, skills, ratings and
 * certificates, never people, so the privacy threshold hides none of them.
 *
 * @param targetsMet skill targets of all teams that are met, as Organisation gaps adds them up
 * @param targets skill targets of all teams
 * @param certificationTargetsMet certification targets of all teams that are met
 * @param certificationTargets certification targets of all teams
 * @param singleHolderSkills skills exactly one active person holds: single points of failure
 * @param unheldSkills skills no active person holds
 * @param selfRatingsWaiting self-ratings that have waited for validation longer than the reminders allow
 * @param staleRatings ratings gone stale
 * @param certificatesExpiring certificates expiring within the window
 * @param certificatesExpired certificates expired within the window's length before today, not renewed
 */
public record OrganisationFigures(
        int targetsMet,
        int targets,
        int certificationTargetsMet,
        int certificationTargets,
        int singleHolderSkills,
        int unheldSkills,
        int selfRatingsWaiting,
        int staleRatings,
        int certificatesExpiring,
        int certificatesExpired) {

    public static final String TARGETS_MET = "targets-met";
    public static final String CERTIFICATION_TARGETS_MET = "certification-targets-met";
    public static final String SINGLE_HOLDER_SKILLS = "single-holder-skills";
    public static final String UNHELD_SKILLS = "unheld-skills";
    public static final String SELF_RATINGS_WAITING = "self-ratings-waiting";
    public static final String STALE_RATINGS = "stale-ratings";
    public static final String CERTIFICATES_EXPIRING = "certificates-expiring";
    public static final String CERTIFICATES_EXPIRED = "certificates-expired";

    /**
     * Counts the figures from what the reminders read anyway, and the organisation's coverage.
     *
     * @param skills the organisation's coverage of each active skill
     * @param certificationTargets each team's coverage of its certification targets
     * @param certificates the latest certificates expiring within the window or expired within as long before today
     */
    public static OrganisationFigures of(
            Collection<OrganisationSkillCoverage> skills,
            Collection<List<CertificationCoverage>> certificationTargets,
            int selfRatingsWaiting,
            int staleRatings,
            Collection<HeldCertificate> certificates) {
        int targets = 0;
        int targetsMet = 0;
        int singleHolder = 0;
        int unheld = 0;
        for (var skill : skills) {
            targets += skill.teamsWithTarget();
            targetsMet += skill.teamsWithTarget() - skill.teamsShort();
            singleHolder += skill.singlePointOfFailure() ? 1 : 0;
            unheld += skill.holders() == 0 ? 1 : 0;
        }
        var certification = certificationTargets.stream().flatMap(List::stream).toList();
        return new OrganisationFigures(
                targetsMet,
                targets,
                (int) certification.stream().filter(CertificationCoverage::met).count(),
                certification.size(),
                singleHolder,
                unheld,
                selfRatingsWaiting,
                staleRatings,
                count(certificates, CertificateStatus.EXPIRING),
                count(certificates, CertificateStatus.EXPIRED));
    }

    /** The figures as a notification's items, in the order the summary names them. */
    public List<String> items() {
        return List.of(
                        new SummaryFigure(TARGETS_MET, List.of(targetsMet, targets)),
                        new SummaryFigure(
                                CERTIFICATION_TARGETS_MET, List.of(certificationTargetsMet, certificationTargets)),
                        new SummaryFigure(SINGLE_HOLDER_SKILLS, List.of(singleHolderSkills)),
                        new SummaryFigure(UNHELD_SKILLS, List.of(unheldSkills)),
                        new SummaryFigure(SELF_RATINGS_WAITING, List.of(selfRatingsWaiting)),
                        new SummaryFigure(STALE_RATINGS, List.of(staleRatings)),
                        new SummaryFigure(CERTIFICATES_EXPIRING, List.of(certificatesExpiring)),
                        new SummaryFigure(CERTIFICATES_EXPIRED, List.of(certificatesExpired)))
                .stream()
                .map(SummaryFigure::item)
                .toList();
    }

    private static int count(Collection<HeldCertificate> certificates, CertificateStatus status) {
        return (int)
                certificates.stream().filter(held -> held.status() == status).count();
    }
}
