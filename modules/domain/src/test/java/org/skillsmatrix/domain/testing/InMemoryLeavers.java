package org.skillsmatrix.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.retention.Leaver;
import org.skillsmatrix.domain.retention.Leavers;
import org.skillsmatrix.domain.retention.Pseudonym;

/** {@link Leavers} in memory: people deactivated at a given time, and the pseudonym each anonymised one got. */
public class InMemoryLeavers implements Leavers {

    private final Map<PersonId, Instant> deactivated = new LinkedHashMap<>();
    private final Map<PersonId, Pseudonym> anonymised = new LinkedHashMap<>();

    public synchronized void deactivated(PersonId person, Instant at) {
        deactivated.put(person, at);
    }

    public synchronized void reactivated(PersonId person) {
        deactivated.remove(person);
    }

    public synchronized Optional<Pseudonym> pseudonymOf(PersonId person) {
        return Optional.ofNullable(anonymised.get(person));
    }

    @Override
    public synchronized List<Leaver> notAnonymised() {
        var leavers = new ArrayList<Leaver>();
        deactivated.forEach((person, at) -> {
            if (!anonymised.containsKey(person)) {
                leavers.add(new Leaver(person, at));
            }
        });
        return leavers;
    }

    @Override
    public synchronized boolean anonymise(PersonId person, Pseudonym pseudonym, Instant at) {
        if (!deactivated.containsKey(person) || anonymised.containsKey(person)) {
            return false;
        }
        anonymised.put(person, pseudonym);
        return true;
    }
}
