package org.skillsmatrix.domain.assessment;

import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.SkillId;

/** Which of a person's ratings a history shows: of one skill, of one source, or all when either is absent. */
public record HistoryFilter(
        @Nullable SkillId skill, @Nullable Source source) {

    public static final HistoryFilter EVERYTHING = new HistoryFilter(null, null);

    public boolean test(Assessment assessment) {
        return (skill == null || assessment.skill().equals(skill)) && (source == null || assessment.source() == source);
    }
}
