package org.skillsmatrix.persistence.team;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<TeamEntity, UUID> {

    List<TeamEntity> findAllByOrderByNameAsc();

    @Query("select t from TeamEntity t where :person member of t.members order by t.name")
    List<TeamEntity> findByMember(UUID person);

    @Query("select t from TeamEntity t where :person member of t.managers order by t.name")
    List<TeamEntity> findByManager(UUID person);

    @Query("select count(t) > 0 from TeamEntity t where lower(t.name) = lower(:name) and t.id <> :except")
    boolean nameTaken(String name, UUID except);

    @NativeQuery("""
            select exists (
              select 1
              from team_manager m
              join team_member t on t.team_id = m.team_id
              where m.person_id = :manager and t.person_id = :person)""")
    boolean manages(UUID manager, UUID person);

    @NativeQuery("select exists (select 1 from team_manager where person_id = :manager and team_id = :team)")
    boolean managesTeam(UUID manager, UUID team);
}
