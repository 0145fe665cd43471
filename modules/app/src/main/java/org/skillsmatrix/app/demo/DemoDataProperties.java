package org.skillsmatrix.app.demo;

import org.jspecify.annotations.Nullable;
import org.skillsmatrix.demo.DemoSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo organisation stored on first start into an empty database.
 *
 * @param enabled whether to generate one at all; unset: only where no external database is configured
 * @param people people in teams
 * @param teams number of teams
 * @param skills skills to rate; 0 for the whole catalog, more than the catalog adds generated skills
 * @param months months of rating history
 * @param seed the same seed gives the same organisation
 * @param everySkillRated whether everyone is rated in every skill, a third of them with history; otherwise each
 *     person rates a spread of skills
 */
@ConfigurationProperties("skills-matrix.demo-data")
public record DemoDataProperties(
        @Nullable Boolean enabled, int people, int teams, int skills, int months, long seed, boolean everySkillRated) {

    public DemoSettings settings() {
        return new DemoSettings(people, teams, skills, months, seed, everySkillRated);
    }
}
