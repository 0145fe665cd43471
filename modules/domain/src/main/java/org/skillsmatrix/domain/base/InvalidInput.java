package org.skillsmatrix.domain.base;

/**
 * Input that breaks a rule; {@link #field()} names the offending field, {@link #kind()} says which sort of rule,
 * where a view words it the same for every field.
 */
public final class InvalidInput extends DomainException {

    /** The sort of rule broken: a field's own rule, or one that {@link Texts} applies to every text. */
    public enum Kind {
        /** A rule of the field itself: its range, its length, its presence. */
        FIELD_RULE,
        /** A control character (NUL, escape …) or a broken character in a text. */
        CONTROL_CHARACTER,
        /** An invisible or direction-changing character (zero-width space, bidi override …) in a name. */
        INVISIBLE_CHARACTER
    }

    private final String field;
    private final Kind kind;

    public InvalidInput(String field, String message) {
        this(field, message, Kind.FIELD_RULE);
    }

    public InvalidInput(String field, String message, Kind kind) {
        super(message);
        this.field = field;
        this.kind = kind;
    }

    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }
}
