package org.skillsmatrix.persistence.team;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A target's key: one target per team and skill. */
@Embeddable
record TeamTargetKey(
        @Column(name = "team_id") UUID teamId,
        @Column(name = "skill_id") UUID skillId) {}
