package org.skillsmatrix.domain.report;

import java.io.IOException;
import java.io.OutputStream;

/** Passes everything on to a stream the caller owns; closing it only flushes, and leaves the stream open. */
final class KeptOpen extends OutputStream {

    private final OutputStream out;

    KeptOpen(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
