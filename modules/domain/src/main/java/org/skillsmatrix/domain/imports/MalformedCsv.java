package org.skillsmatrix.domain.imports;

/** The text is not CSV from {@code line} on, e.g. a quote that is never closed. */
public final class MalformedCsv extends RuntimeException {

    private final long line;

    public MalformedCsv(long line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
