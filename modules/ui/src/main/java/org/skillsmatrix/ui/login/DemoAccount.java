package org.skillsmatrix.ui.login;

import java.util.Objects;

/** A local demo account to show on the sign-in page: its username and what it is for. */
public record DemoAccount(String username, String description) {

    public DemoAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(description, "description");
    }
}
