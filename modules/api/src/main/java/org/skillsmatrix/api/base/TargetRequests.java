package org.skillsmatrix.api.base;

import java.util.function.Function;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.team.SetVersionedTarget;
import org.skillsmatrix.domain.team.VersionedTarget;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The one way the API reads, sets and removes a team's target of any kind (of a skill, of a certification) with
 * versions: the ETag is the target's version; a PUT with If-Match (or a version in the body) changes the target
 * read at that version, one with If-None-Match: * adds it only where there is none, one with neither adds it where
 * there is none and is answered 428 where there is one; a DELETE must name its version in If-Match. A lost race
 * names who changed the team's targets first.
 *
 * @param <T> the target
 * @param <K> the id of what it is set for
 */
public final class TargetRequests<T extends VersionedTarget<K>, K> {

    private final SetVersionedTarget<T, K, ?> targets;
    private final Conflicts conflicts;
    private final String subjectName;

    /** {@code subjectName} names what the targets are set for in the answers, e.g. "skill". */
    public TargetRequests(SetVersionedTarget<T, K, ?> targets, Conflicts conflicts, String subjectName) {
        this.targets = targets;
        this.conflicts = conflicts;
        this.subjectName = subjectName;
    }

    /** 200 with the team's target for the subject and its version as the ETag; 404 if it has none. */
    public <D> ResponseEntity<D> get(Actor actor, TeamId team, K subject, Function<T, D> body) {
        var target = targets.targetOf(actor, team, subject)
                .orElseThrow(() -> new NotFound("Target for " + subjectName, subject));
        return Versions.ok(body.apply(target), target.version());
    }

    /**
     * Changes (200) or adds (201 at {@code location}) the team's target for the subject as the preconditions say;
     * {@code target} makes the target at a version.
     */
    public <D> ResponseEntity<D> put(
            Actor actor,
            TeamId team,
            K subject,
            Preconditions preconditions,
            LongFunction<T> target,
            Function<T, D> body,
            String location) {
        var setting = new Action.SetTeamTargets(team);
        if (preconditions.ifMatch() != null || preconditions.bodyVersion() != null) {
            long version = Versions.required(preconditions.ifMatch(), preconditions.bodyVersion());
            var changed = conflicts.explained(actor, setting, team, () -> targets.change(actor, target.apply(version)));
            return Versions.ok(body.apply(changed), changed.version());
        }
        var ifNoneMatch = preconditions.ifNoneMatch();
        if (ifNoneMatch != null && !ifNoneMatch.strip().equals("*")) {
            throw InvalidRequest.of(
                    HttpHeaders.IF_NONE_MATCH, "If-None-Match must be *, to add a target only where there is none");
        }
        if (ifNoneMatch == null && targets.targetOf(actor, team, subject).isPresent()) {
            throw new PreconditionRequired("The team has a target for this " + subjectName + " already: send the"
                    + " version you are changing in If-Match, as the ETag you read it with, e.g. If-Match: \"3\"");
        }
        var added = conflicts.explained(actor, setting, team, () -> targets.add(actor, target.apply(0)));
        return Versions.created(location, body.apply(added), added.version());
    }

    /** Removes the team's target for the subject at the version named in If-Match: 204. */
    public ResponseEntity<Void> delete(Actor actor, TeamId team, K subject, @Nullable String ifMatch) {
        long version = Versions.required(ifMatch);
        conflicts.explained(
                actor, new Action.SetTeamTargets(team), team, () -> targets.remove(actor, team, subject, version));
        return ResponseEntity.noContent().build();
    }

    /** The preconditions of a PUT: its If-Match and If-None-Match headers and the version in its body. */
    public record Preconditions(
            @Nullable String ifMatch,
            @Nullable String ifNoneMatch,
            @Nullable Long bodyVersion) {}
}
