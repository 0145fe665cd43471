package org.skillsmatrix.domain.base;

/** Input that breaks a rule; {@link #field()} names the offending field. */
public final class InvalidInput extends DomainException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
