package org.skillsmatrix.domain.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.domain.certification.CertificationTargets;

/**
 * {@link CertificationTargets} in memory, at most one per team and certification. A new target is stored at version
 * 0, each update adds one; adding a target that exists, or updating one that was removed, fails like a stale version.
 */
public class InMemoryCertificationTargets implements CertificationTargets {

    private record Key(TeamId team, CertificationId certification) {}

    private final Map<Key, CertificationTarget> targets = new LinkedHashMap<>();

    @Override
    public synchronized List<CertificationTarget> of(TeamId team) {
        return targets.values().stream()
                .filter(target -> target.team().equals(team))
                .toList();
    }

    @Override
    public synchronized Optional<CertificationTarget> find(TeamId team, CertificationId certification) {
        return Optional.ofNullable(targets.get(new Key(team, certification)));
    }

    @Override
    public synchronized CertificationTarget add(CertificationTarget target) {
        var added = new CertificationTarget(target.team(), target.certification(), target.holders(), 0);
        if (targets.putIfAbsent(new Key(target.team(), target.certification()), added) != null) {
            throw new ConcurrentEdit("The target");
        }
        return added;
    }

    @Override
    public synchronized CertificationTarget update(CertificationTarget target) {
        var key = new Key(target.team(), target.certification());
        var stored = targets.get(key);
        if (stored == null || stored.version() != target.version()) {
            throw new ConcurrentEdit("The target");
        }
        var updated =
                new CertificationTarget(target.team(), target.certification(), target.holders(), target.version() + 1);
        targets.put(key, updated);
        return updated;
    }

    @Override
    public synchronized void remove(TeamId team, CertificationId certification, long version) {
        var key = new Key(team, certification);
        var stored = targets.get(key);
        if (stored == null || stored.version() != version) {
            throw new ConcurrentEdit("The target");
        }
        targets.remove(key);
    }
}
