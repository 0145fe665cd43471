package org.skillsmatrix.ui.base;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.staffing.Need;
import org.skillsmatrix.domain.staffing.StaffingRequest;

/**
 * A staffing request in the page's address, so that reload and Back keep it: {@code need=<skill>:<level>:<people>}
 * once per need, {@code team=}, {@code exclude=} and {@code pin=} once per id. Parts that do not parse are left
 * out. Team views link here with their team or their shortfalls.
 */
public final class StaffingAddress {

    static final String NEED = "need";
    static final String TEAM = "team";
    static final String EXCLUDE = "exclude";
    static final String PIN = "pin";

    private StaffingAddress() {}

    public static QueryParameters of(StaffingRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(
                NEED,
                request.needs().stream()
                        .map(need -> need.skill() + ":" + need.minimum().value() + ":" + need.headcount())
                        .toList());
        parameters.put(
                TEAM, request.teams().stream().map(TeamId::toString).sorted().toList());
        parameters.put(
                EXCLUDE,
                request.excluded().stream().map(PersonId::toString).sorted().toList());
        parameters.put(PIN, request.pinned().stream().map(PersonId::toString).toList());
        parameters.values().removeIf(List::isEmpty);
        return new QueryParameters(parameters);
    }

    public static StaffingRequest parse(QueryParameters query) {
        var parameters = query.getParameters();
        var needs = new ArrayList<Need>();
        for (var value : parameters.getOrDefault(NEED, List.of())) {
            need(value).ifPresent(needs::add);
        }
        var teams = new HashSet<TeamId>();
        parameters
                .getOrDefault(TEAM, List.of())
                .forEach(value -> parsed(() -> TeamId.of(value)).ifPresent(teams::add));
        var excluded = new HashSet<PersonId>();
        parameters
                .getOrDefault(EXCLUDE, List.of())
                .forEach(value -> parsed(() -> PersonId.of(value)).ifPresent(excluded::add));
        var pinned = new ArrayList<PersonId>();
        parameters
                .getOrDefault(PIN, List.of())
                .forEach(value -> parsed(() -> PersonId.of(value))
                        .filter(person -> !pinned.contains(person))
                        .ifPresent(pinned::add));
        return new StaffingRequest(needs, teams, excluded, pinned);
    }

    private static Optional<Need> need(String value) {
        var parts = value.split(":", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        return parsed(
                () -> new Need(SkillId.of(parts[0]), Level.of(Integer.parseInt(parts[1])), Integer.parseInt(parts[2])));
    }

    private static <T> Optional<T> parsed(Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (DomainException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The staffing page's path with the request in its query. */
    public static String link(StaffingRequest request) {
        var query = of(request).getQueryString();
        return query.isEmpty() ? ViewRoutes.STAFFING : ViewRoutes.STAFFING + "?" + query;
    }
}
