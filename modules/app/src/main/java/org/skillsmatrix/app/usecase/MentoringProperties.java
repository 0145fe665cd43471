package org.skillsmatrix.app.usecase;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.mentoring.PairingRules;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mentor pairing ({@code skills-matrix.mentoring.*}): how many open pairs one mentor takes at most, counting the
 * development goals they mentor and the pairs proposed; by default two.
 */
@ConfigurationProperties("skills-matrix.mentoring")
record MentoringProperties(@Nullable Integer mentorCap) {

    MentoringProperties {
        mentorCap = mentorCap == null ? PairingRules.DEFAULT_MENTOR_CAP : mentorCap;
        if (mentorCap < 1) {
            throw new IllegalArgumentException(
                    "skills-matrix.mentoring.mentor-cap must be at least 1, not " + mentorCap);
        }
    }

    @Override
    public Integer mentorCap() {
        return Objects.requireNonNull(mentorCap);
    }
}
