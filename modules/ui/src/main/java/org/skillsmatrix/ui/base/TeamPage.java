package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.CatalogView;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.team.Team;

/**
 * What a team view shows its team against: the team, chosen from the teams the signed-in person may read, and the
 * catalog as read for them, with the scale's names for levels and the skills by id.
 */
public record TeamPage(
        Team team, List<Team> readable, CatalogView catalog, LevelFormat levels, Map<SkillId, Skill> skills) {

    public TeamPage(Team team, List<Team> readable, CatalogView catalog) {
        this(
                team,
                readable,
                catalog,
                new LevelFormat(catalog.scale()),
                catalog.skills().stream().collect(Collectors.toMap(Skill::id, Function.identity())));
    }

    /** The skill's name; its id where the catalog no longer holds it. */
    public String skillName(SkillId id) {
        var skill = skills.get(id);
        return skill == null ? id.toString() : skill.name();
    }

    /** Chooses another readable team, opening the view under the route with it. */
    public TeamChooser chooser(String route) {
        return new TeamChooser(readable, team, chosen -> UI.getCurrent().navigate(ViewRoutes.of(route, chosen.id())));
    }

    /** What a team view shows to someone who may read teams but has none yet, such as a manager of no team. */
    public static Paragraph noTeam() {
        var none = new Paragraph();
        none.setText(none.getTranslation("team-chooser.none"));
        none.setId("no-team");
        return none;
    }
}
