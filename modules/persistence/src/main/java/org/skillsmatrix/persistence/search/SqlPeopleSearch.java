package org.skillsmatrix.persistence.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.search.PeopleSearch;
import org.skillsmatrix.domain.search.PersonMatch;
import org.skillsmatrix.domain.search.PersonMatch.MatchedSkill;
import org.skillsmatrix.domain.search.SkillCriterion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link PeopleSearch} read model as one query: the current ratings of active people in the searched skills
 * (the read model's {@code current_rating}, by skill), kept where every criterion is met, ranked by summed level, then by
 * how many of the skills the person wants to grow in, then by name. A person never rated in a searched skill
 * does not meet its criterion, whatever the minimum.
 */
@Repository
@Transactional(readOnly = true)
class SqlPeopleSearch implements PeopleSearch {

    private static final String SEARCH = """
            with criteria as (
              select c.skill_id, c.minimum, c.ord
              from unnest(cast(? as uuid[]), cast(? as int[])) with ordinality as c(skill_id, minimum, ord)
            ),
            rated as (
              select r.*
              from current_rating r
              join person p on p.id = r.person_id and p.active
              where r.skill_id in (select skill_id from criteria)
            ),
            matches as (
              select r.person_id,
                     sum(r.level) as total,
                     count(*) filter (where r.interest = 'WANTS_TO_GROW') as growing,
                     array_agg(r.skill_id order by c.ord) as skills,
                     array_agg(r.level order by c.ord) as levels,
                     array_agg(r.interest order by c.ord) as interests
              from rated r
              join criteria c on c.skill_id = r.skill_id
              where r.level >= c.minimum
              group by r.person_id
              having count(*) = (select count(*) from criteria)
            )
            select p.id, p.name, m.skills, m.levels, m.interests,
                   array(select t.name
                         from team_member tm
                         join team t on t.id = tm.team_id
                         where tm.person_id = p.id
                         order by t.name) as teams
            from matches m
            join person p on p.id = m.person_id
            order by m.total desc, m.growing desc, p.name, p.id
            limit ?""";

    private final JdbcTemplate jdbc;

    SqlPeopleSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonMatch> find(List<SkillCriterion> criteria, int limit) {
        if (criteria.isEmpty()) {
            return List.of();
        }
        var skills = criteria.stream().map(c -> c.skill().value()).toArray(UUID[]::new);
        var minimums = criteria.stream().map(c -> c.minimum().value()).toArray(Integer[]::new);
        return jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(SEARCH);
                    statement.setArray(1, connection.createArrayOf("uuid", skills));
                    statement.setArray(2, connection.createArrayOf("int4", minimums));
                    statement.setInt(3, limit);
                    return statement;
                },
                (rs, row) -> match(rs));
    }

    private static PersonMatch match(ResultSet rs) throws SQLException {
        var skills = elements(rs.getArray("skills"));
        var levels = elements(rs.getArray("levels"));
        var interests = elements(rs.getArray("interests"));
        var matched = new ArrayList<MatchedSkill>();
        for (int i = 0; i < skills.size(); i++) {
            var interest = interests.get(i);
            matched.add(new MatchedSkill(
                    new SkillId((UUID) skills.get(i)),
                    Level.of(((Number) levels.get(i)).intValue()),
                    interest == null ? null : Interest.valueOf((String) interest)));
        }
        var teams =
                elements(rs.getArray("teams")).stream().map(String.class::cast).toList();
        return new PersonMatch(new PersonId(rs.getObject("id", UUID.class)), rs.getString("name"), teams, matched);
    }

    private static List<Object> elements(Array array) throws SQLException {
        return Arrays.asList((Object[]) array.getArray());
    }
}
