package org.skillsmatrix.ui.base;

import java.util.Map;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.NotYetComputed;

/**
 * Turns the domain's errors into messages from the bundle. A character no text may hold gets the bundle's message
 * for it, whatever the field; other invalid input in a field the bundle knows gets that field's message; in any
 * other field, the domain's own text of the rule, in the page's language.
 */
public final class DomainErrors {

    /** Fields with a message of their own, and that message's parameters. */
    private static final Map<String, Object[]> KNOWN_FIELDS = Map.of(
            "level", new Object[0],
            "interest", new Object[0],
            "evidence", new Object[] {Assessment.MAX_EVIDENCE},
            "skill", new Object[0]);

    private DomainErrors() {}

    public static String describe(DomainException error, Translator texts) {
        return switch (error) {
            case InvalidInput invalid
            when invalid.kind() != InvalidInput.Kind.FIELD_RULE -> texts.translate(key(invalid));
            case InvalidInput invalid -> {
                var params = KNOWN_FIELDS.get(invalid.field());
                yield params == null ? invalid.message(texts.language()) : texts.translate(key(invalid), params);
            }
            case AccessDenied denied -> texts.translate(key(denied));
            case NotFound notFound -> texts.translate(key(notFound));
            case ConcurrentEdit conflict -> texts.translate(key(conflict));
            case Busy busy -> texts.translate(key(busy));
            case NotYetComputed notYet -> texts.translate(key(notYet));
        };
    }

    /** The bundle key for an error; for invalid input, {@code error.invalid.<field>}. */
    public static String key(DomainException error) {
        return switch (error) {
            case InvalidInput invalid
            when invalid.kind() == InvalidInput.Kind.CONTROL_CHARACTER -> "error.text.control-character";
            case InvalidInput invalid
            when invalid.kind() == InvalidInput.Kind.INVISIBLE_CHARACTER -> "error.text.invisible-character";
            case InvalidInput invalid -> "error.invalid." + invalid.field();
            case AccessDenied ignored -> "error.access-denied";
            case NotFound ignored -> "error.not-found";
            case ConcurrentEdit ignored -> "error.concurrent-edit";
            case Busy ignored -> "error.busy";
            case NotYetComputed ignored -> "error.not-yet-computed";
        };
    }

    /** The fields whose invalid input has a message of its own in the bundle. */
    public static Iterable<String> knownFields() {
        return KNOWN_FIELDS.keySet();
    }

    /** The HTTP status that fits the error, for error views. */
    public static int status(DomainException error) {
        return switch (error) {
            case InvalidInput ignored -> 400;
            case AccessDenied ignored -> 403;
            case NotFound ignored -> 404;
            case ConcurrentEdit ignored -> 409;
            case Busy ignored -> 503;
            case NotYetComputed ignored -> 503;
        };
    }
}
