package org.skillsmatrix.domain.imports;

/** The text is not CSV from {@code line} on, for the {@link Reason} given. */
public final class MalformedCsv extends RuntimeException {

    /** Why the values cannot be read. */
    public enum Reason {
        /** A quoted value is never closed. */
        UNCLOSED_QUOTE,
        /** A closing quote is followed by something other than a comma or the end of the line. */
        TEXT_AFTER_QUOTE,
        /** Anything else that keeps the values from being told apart. */
        UNREADABLE
    }

    private final long line;
    private final Reason reason;

    public MalformedCsv(long line, Reason reason) {
        super(reason.name(), null, false, false);
        this.line = line;
        this.reason = reason;
    }

    public long line() {
        return line;
    }

    public Reason reason() {
        return reason;
    }
}
