package org.skillsmatrix.persistence.team;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

interface TeamTargetRepository extends JpaRepository<TeamTargetEntity, TeamTargetKey> {

    /** The team's targets in catalog order. */
    @NativeQuery("""
            select t.*
            from team_target t
            join skill s on s.id = t.skill_id
            join category c on c.id = s.category_id
            where t.team_id = :team
            order by c.position, s.position, s.name""")
    List<TeamTargetEntity> findByTeam(UUID team);

    /** Every team's targets, by team name, then in catalog order. */
    @NativeQuery("""
            select t.*
            from team_target t
            join team tm on tm.id = t.team_id
            join skill s on s.id = t.skill_id
            join category c on c.id = s.category_id
            order by tm.name, tm.id, c.position, s.position, s.name""")
    List<TeamTargetEntity> findAllInOrder();
}
