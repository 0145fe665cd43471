package org.skillsmatrix.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.skillsmatrix.persistence.people.PersonStored;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The people that API calls signed in lately, so that a client's calls do not each look the person up again: a
 * sign-in is kept for a short while under everything that signing in reads. For bearer tokens
 * ({@code skills-matrix.oidc.sign-in-cache}) that is the token's subject, name, e-mail and whether it is verified, and
 * roles, so a token with other claims signs in afresh and the roles always are the token's; for the demo accounts,
 * the user name. Any person stored on this node (linked to an account, deactivated, renamed) makes it forget every
 * sign-in once the change commits; a change made on another node is seen when the kept sign-in expires.
 *
 * @param <K> what signing in reads
 * @param <V> who it signed in
 */
final class RecentSignIns<K, V> {

    /** Beyond this many accounts, all are forgotten rather than kept without bound. */
    private static final int MAX_ACCOUNTS = 10_000;

    private final Duration kept;
    private final Clock clock;
    private final Map<K, Kept<V>> signIns = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    RecentSignIns(Duration kept, Clock clock) {
        this.kept = kept;
        this.clock = clock;
    }

    /** The kept sign-in of this identity, else the one {@code signIn} makes, kept unless a person changed meanwhile. */
    V signIn(K identity, Supplier<V> signIn) {
        var now = clock.instant();
        var known = signIns.get(identity);
        if (known != null && now.isBefore(known.until())) {
            return known.signedIn();
        }
        long changesBefore = changes.get();
        var signedIn = signIn.get();
        if (kept.isPositive() && changes.get() == changesBefore) {
            if (signIns.size() >= MAX_ACCOUNTS) {
                signIns.clear();
            }
            signIns.put(identity, new Kept<>(signedIn, now.plus(kept)));
            // A person stored between the check and the put: what was read may predate it.
            if (changes.get() != changesBefore) {
                signIns.remove(identity);
            }
        }
        return signedIn;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forgetAll(PersonStored stored) {
        changes.incrementAndGet();
        signIns.clear();
    }

    private record Kept<V>(V signedIn, Instant until) {}
}
