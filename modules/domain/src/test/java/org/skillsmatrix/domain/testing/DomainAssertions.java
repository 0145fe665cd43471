package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.InvalidInput;

/** The two refusals use-case tests check most. */
public final class DomainAssertions {

    private DomainAssertions() {}

    /** The call is refused as invalid input, naming the field and saying why. */
    public static void assertInvalid(ThrowingCallable call, String field, String message) {
        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(call)
                .withMessage(message)
                .satisfies(invalid -> assertThat(invalid.field()).as("field").isEqualTo(field));
    }

    /** The call is refused by the access policy. */
    public static void assertDenied(ThrowingCallable call) {
        assertThatExceptionOfType(AccessDenied.class).isThrownBy(call);
    }
}
