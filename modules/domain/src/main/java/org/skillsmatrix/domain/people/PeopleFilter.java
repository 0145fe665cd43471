package org.skillsmatrix.domain.people;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which people a list shows: those whose name or e-mail contains {@code text} regardless of case (all when it is
 * blank), and only the active or only those who left when {@code active} says so.
 */
public record PeopleFilter(String text, @Nullable Boolean active) {

    public static final PeopleFilter EVERYONE = new PeopleFilter("", null);

    public PeopleFilter {
        text = text.strip().toLowerCase(Locale.ROOT);
    }

    public boolean test(Person person) {
        return (active == null || person.active() == active)
                && (person.name().toLowerCase(Locale.ROOT).contains(text)
                        || person.email().contains(text));
    }
}
