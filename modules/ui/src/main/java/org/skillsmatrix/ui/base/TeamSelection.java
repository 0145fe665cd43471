package org.skillsmatrix.ui.base;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.team.Team;

/**
 * Which team a team view shows: the one in its path, else the one chosen last in this session, else the
 * first the person may read. Someone who may read no team at all is refused, as the use cases would.
 */
public final class TeamSelection {

    private static final String SESSION_KEY = TeamSelection.class.getName() + ".team";

    private TeamSelection() {}

    /**
     * The id of the team to show; empty where the actor may read teams but has none (a manager of no team
     * yet). An id from the path is returned as it is, for the use case to decide on.
     *
     * @param parameter the team's id from the path, if any
     * @param readable the teams the actor may read
     */
    public static Optional<TeamId> resolve(Actor actor, @Nullable String parameter, List<Team> readable) {
        if (!Navigation.readsTeams(actor)) {
            throw new AccessDenied("You are not allowed to see this team");
        }
        if (parameter != null && !parameter.isBlank()) {
            return Optional.of(TeamId.of(parameter));
        }
        var remembered = remembered();
        return readable.stream()
                .filter(team -> team.id().equals(remembered))
                .findFirst()
                .or(() -> readable.stream().findFirst())
                .map(Team::id);
    }

    /**
     * Where the path names no team: forwards the navigation to the shown team's own address under {@code route},
     * with the same query, so that the address bar, a reload and Back show that team and not the one chosen last.
     * Returns whether it forwarded; the view then shows nothing of its own.
     */
    public static boolean forwardedToTeamAddress(
            BeforeEvent event, String route, @Nullable String parameter, TeamId team) {
        if (parameter != null && !parameter.isBlank()) {
            return false;
        }
        event.forwardTo(ViewRoutes.of(route, team), event.getLocation().getQueryParameters());
        return true;
    }

    /** The team among those the actor may read, once the use case let them read it; remembered for next time. */
    public static Team chosen(TeamId id, List<Team> readable) {
        var team = readable.stream()
                .filter(candidate -> candidate.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("Team", id));
        remember(team);
        return team;
    }

    public static void remember(Team team) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, team.id());
        }
    }

    private static @Nullable TeamId remembered() {
        var session = VaadinSession.getCurrent();
        return session == null ? null : (TeamId) session.getAttribute(SESSION_KEY);
    }
}
