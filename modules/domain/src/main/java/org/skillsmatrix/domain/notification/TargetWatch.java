package org.skillsmatrix.domain.notification;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;

/**
 * Whether a team target was met when the reminders last ran: a target of a skill, or a certification target ("2
 * holders of the CKA"); exactly one of {@code skill} and {@code certification} is set.
 *
 * @param unmetSince the day the reminders first found the target unmet after finding it met; absent while it is met,
 *     and for a target found unmet the first time it was seen (nobody knows it was ever met)
 */
public record TargetWatch(
        TeamId team,
        @Nullable SkillId skill,
        @Nullable CertificationId certification,
        boolean met,
        @Nullable LocalDate unmetSince) {

    public TargetWatch {
        Objects.requireNonNull(team, "team");
        if ((skill == null) == (certification == null)) {
            throw new IllegalArgumentException("A watch is of a skill's target or of a certification target");
        }
        if (met && unmetSince != null) {
            throw new IllegalArgumentException("A met target has no day it became unmet");
        }
    }

    /** The watch of a skill's target. */
    public TargetWatch(TeamId team, SkillId skill, boolean met, @Nullable LocalDate unmetSince) {
        this(team, skill, null, met, unmetSince);
    }

    /** The watch of a certification target. */
    public static TargetWatch ofCertification(
            TeamId team, CertificationId certification, boolean met, @Nullable LocalDate unmetSince) {
        return new TargetWatch(team, null, certification, met, unmetSince);
    }

    /** The team and what its target is of, as a reminder of it names its subject: {@code team:skill-or-certification}. */
    public String subject() {
        return team + ":" + (skill != null ? skill : certification);
    }
}
