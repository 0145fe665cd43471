package org.skillsmatrix.api;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.people.SignedIn;

/** The caller of a controller test: whoever the test signed in last, as the application's security would give. */
public final class TestCaller implements Caller {

    private @Nullable SignedIn signedIn;

    public void signIn(Person person, Actor actor) {
        signedIn = new SignedIn(person, actor);
    }

    @Override
    public SignedIn current() {
        return Objects.requireNonNull(signedIn, "a controller test signs someone in first");
    }

    @Override
    public Actor actor() {
        return current().actor();
    }
}
