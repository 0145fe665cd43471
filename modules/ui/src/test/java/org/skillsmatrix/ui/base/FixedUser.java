package org.skillsmatrix.ui.base;

import org.skillsmatrix.domain.access.Actor;

/** A signed-in user for view tests. */
public record FixedUser(Actor actor, String displayName, boolean demoMode) implements CurrentUser {}
