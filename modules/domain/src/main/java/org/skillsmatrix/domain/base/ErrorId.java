package org.skillsmatrix.domain.base;

import java.util.Objects;
import java.util.UUID;

/**
 * Names one failure nobody foresaw: the log records the failure under it, and the person who met it is shown it
 * (the API's 500 answer, the web pages' error view), so that an administrator can find the one from the other.
 * Every adapter logs such a failure as {@code Error <id> …}.
 */
public record ErrorId(UUID value) {

    public ErrorId {
        Objects.requireNonNull(value, "error id");
    }

    public static ErrorId next() {
        return new ErrorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
