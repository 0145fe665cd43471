package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.router.BeforeEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.domain.team.Team;

/**
 * How a team view under one route opens the team its path names: the team is resolved as {@link TeamSelection}
 * says, the view's own use case reads it (and so decides whether the person may), and only then is it chosen among
 * the teams the person may read, with the catalog as read for them.
 */
public final class TeamOpening {

    private final Actor actor;
    private final String route;
    private final BrowseTeams browseTeams;
    private final BrowseCatalog catalogs;

    public TeamOpening(Actor actor, String route, BrowseTeams browseTeams, BrowseCatalog catalogs) {
        this.actor = actor;
        this.route = route;
        this.browseTeams = browseTeams;
        this.catalogs = catalogs;
    }

    /** The team view's page and what its use case read. */
    public record Opened<T>(TeamPage page, T content) {}

    /**
     * Opens the team of the path into the view. Empty where the view shows nothing of its own: it then says that the
     * person has no team yet, or the navigation went on to the shown team's own address.
     */
    public <T> Optional<Opened<T>> open(
            HasComponents view, BeforeEvent event, @Nullable String parameter, Function<TeamId, T> read) {
        return open(view, event, parameter, readable -> TeamSelection.resolve(actor, parameter, readable), read);
    }

    /** As {@link #open(HasComponents, BeforeEvent, String, Function)}, with the view's own choice of the team. */
    public <T> Optional<Opened<T>> open(
            HasComponents view,
            BeforeEvent event,
            @Nullable String parameter,
            Function<List<Team>, Optional<TeamId>> resolve,
            Function<TeamId, T> read) {
        var readable = browseTeams.readable(actor);
        var id = resolve.apply(readable);
        if (id.isEmpty()) {
            view.add(TeamPage.noTeam());
            return Optional.empty();
        }
        if (TeamSelection.forwardedToTeamAddress(event, route, parameter, id.get())) {
            return Optional.empty();
        }
        var content = read.apply(id.get());
        var page = new TeamPage(
                TeamSelection.chosen(id.get(), readable),
                readable,
                CatalogInLanguage.read(catalogs, actor, event.getUI().getLocale()));
        return Optional.of(new Opened<>(page, content));
    }
}
