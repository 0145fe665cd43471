package org.skillsmatrix.demo;

import java.util.List;

/** A demo team's name and the categories its work leans on. */
record TeamPlan(String name, List<String> focus) {

    static final List<TeamPlan> NAMED = List.of(
            new TeamPlan(
                    "Payments",
                    List.of("Programming languages", "Frameworks", "APIs and integration", "Relational databases")),
            new TeamPlan("Platform", List.of("Servers and DevOps", "Cloud platforms", "Performance and scalability")),
            new TeamPlan("Identity", List.of("Security", "APIs and integration", "Frameworks")),
            new TeamPlan("Search", List.of("NoSQL databases", "Performance and scalability", "Programming languages")),
            new TeamPlan("Data", List.of("Data operations", "Relational databases", "Emerging areas")),
            new TeamPlan("Integrations", List.of("APIs and integration", "Testing and debugging", "Frameworks")),
            new TeamPlan("Mobile Backend", List.of("Frameworks", "NoSQL databases", "Cloud platforms")),
            new TeamPlan(
                    "Reliability", List.of("Testing and debugging", "Servers and DevOps", "Architecture and design")));

    /** The plan for the n-th team: a named one, or a numbered copy of one for large organisations. */
    static TeamPlan forTeam(int n) {
        var named = NAMED.get(n % NAMED.size());
        return n < NAMED.size() ? named : new TeamPlan(named.name() + " " + (n / NAMED.size() + 1), named.focus());
    }
}
