package org.skillsmatrix.persistence.base;

import java.util.function.Supplier;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.InvalidInput;

/**
 * A unique constraint of the schema, and the domain error for a write that breaks it. The use cases check
 * uniqueness before writing; this covers the race in which two writers pass that check at once.
 */
public record UniqueKey(String constraint, Supplier<? extends DomainException> error) {

    /** The constraint, and the invalid input of the field it guards: the key of its text and the text's values. */
    public static UniqueKey of(String constraint, String field, String key, Object... arguments) {
        return new UniqueKey(constraint, () -> new InvalidInput(field, key, arguments));
    }
}
