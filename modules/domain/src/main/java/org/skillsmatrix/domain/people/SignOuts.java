package org.skillsmatrix.domain.people;

import java.time.Instant;
import java.util.List;

/**
 * Port: the sign-outs at the identity provider, shared by every node of the application. The provider tells one node,
 * which records the sign-out here; every node reads what was recorded and ends its own sessions of it.
 */
public interface SignOuts {

    void record(SignOut signOut);

    /** The sign-outs at or after {@code from}, oldest first. */
    List<SignOut> since(Instant from);

    /** Forgets the sign-outs before {@code before}: no session they could end is left. */
    void forgetBefore(Instant before);
}
