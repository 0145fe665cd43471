package org.skillsmatrix.demo;

/**
 * How big a demo organisation to generate.
 *
 * @param people people in teams (managers, HR and the admin come on top)
 * @param teams number of teams; the first eight have fixed names and focus areas
 * @param skills skills to rate; where the catalog has fewer, generated skills make up the difference
 * @param months how far back the rating history reaches
 * @param seed the same seed gives the same organisation
 * @param everySkillRated whether everyone has a current rating in every skill, about a third of them with a
 *     history of earlier ratings and a manager's validation behind it, as in an organisation that has used the
 *     product for a while; otherwise each person rates a spread of skills, most of their focus and some others
 */
public record DemoSettings(int people, int teams, int skills, int months, long seed, boolean everySkillRated) {

    public static final DemoSettings DEFAULT = new DemoSettings(64, 8, 0, 9, 20_260_101L);

    /** Each person rates a spread of skills. */
    public DemoSettings(int people, int teams, int skills, int months, long seed) {
        this(people, teams, skills, months, seed, false);
    }

    public DemoSettings {
        if (people < teams || teams < 1 || months < 1 || skills < 0) {
            throw new IllegalArgumentException("need at least one team, one person per team and one month");
        }
    }
}
