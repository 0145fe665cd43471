package org.skillsmatrix.domain.mentoring;

/**
 * Why a pair is proposed, the strongest reason first.
 *
 * @param holders the team's holders before the pair, counting pairs proposed before it
 * @param required the target's headcount; 0 without a target
 */
public record Reason(Kind kind, int holders, int required) {

    public enum Kind {
        /** The learner would be one more holder of a target the team misses. */
        LIFTS_TARGET,
        /** The learner would be a second holder of a skill one member alone holds. */
        REMOVES_SINGLE_POINT_OF_FAILURE,
        /** The learner is below the team's target level, which the team meets. */
        TEAM_TARGET,
        /** The learner is below what their role profile expects. */
        ROLE_PROFILE
    }

    /** Whether the pair lifts the team's coverage: a missed target or a single point of failure. */
    public boolean liftsCoverage() {
        return kind == Kind.LIFTS_TARGET || kind == Kind.REMOVES_SINGLE_POINT_OF_FAILURE;
    }
}
