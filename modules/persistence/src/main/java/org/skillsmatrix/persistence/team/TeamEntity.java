package org.skillsmatrix.persistence.team;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.team.Team;

/**
 * A team with the ids of its members and managers. Both sets are loaded for all teams of a query in one
 * subselect each, and a change to either increments the team's version.
 */
@Entity
@Table(name = "team")
class TeamEntity {

    @Id
    private UUID id;

    private String name;

    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "person_id")
    @Fetch(FetchMode.SUBSELECT)
    private Set<UUID> members = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "team_manager", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "person_id")
    @Fetch(FetchMode.SUBSELECT)
    private Set<UUID> managers = new HashSet<>();

    @Version
    private long version;

    protected TeamEntity() {
        this.id = new UUID(0, 0);
        this.name = "";
    }

    TeamEntity(Team team) {
        this.id = team.id().value();
        this.name = team.name();
        apply(team);
    }

    void apply(Team team) {
        this.name = team.name();
        replace(members, team.members());
        replace(managers, team.managers());
    }

    long version() {
        return version;
    }

    Team toDomain() {
        return new Team(new TeamId(id), name, personIds(members), personIds(managers), version);
    }

    /** Changed in place, so Hibernate writes only the rows that differ. */
    private static void replace(Set<UUID> stored, Set<PersonId> wanted) {
        var ids = wanted.stream().map(PersonId::value).collect(Collectors.toSet());
        stored.retainAll(ids);
        stored.addAll(ids);
    }

    private static Set<PersonId> personIds(Set<UUID> ids) {
        return ids.stream().map(PersonId::new).collect(Collectors.toSet());
    }
}
