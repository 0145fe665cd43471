package org.skillsmatrix.persistence.base;

import java.util.function.Supplier;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.InvalidInput;

/**
 * A unique constraint of the schema, and the domain error for a write that breaks it. The use cases check
 * uniqueness before writing; this covers the race in which two writers pass that check at once.
 */
public record UniqueKey(String constraint, Supplier<? extends DomainException> error) {

    public static UniqueKey of(String constraint, String field, String message) {
        return new UniqueKey(constraint, () -> new InvalidInput(field, message));
    }
}
