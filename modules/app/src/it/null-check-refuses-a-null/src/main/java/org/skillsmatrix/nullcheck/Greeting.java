package org.skillsmatrix.nullcheck;

import org.jspecify.annotations.Nullable;

/** A name that may be missing, used as if it were there. */
final class Greeting {

    private Greeting() {}

    static String of(@Nullable String name) {
        return "Hello, " + name.strip();
    }
}
