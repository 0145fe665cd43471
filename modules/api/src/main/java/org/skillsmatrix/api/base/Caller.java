package org.skillsmatrix.api.base;

import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.people.SignedIn;

/**
 * Who is calling the API: the person behind the bearer token and the actor they act as. The application
 * provides it from the security context, in which every request to the API is signed in.
 */
public interface Caller {

    /** The person, read as of this request, and the actor they act as. */
    SignedIn current();

    /** The actor the caller acts as, without reading the person. */
    Actor actor();
}
