package org.skillsmatrix.domain.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.skillsmatrix.domain.imports.ImportLock;

/** {@link ImportLock} in memory: with no transaction to hold it for, it only counts how often it was taken. */
public class InMemoryImportLock implements ImportLock {

    private final AtomicInteger taken = new AtomicInteger();

    @Override
    public void acquire() {
        taken.incrementAndGet();
    }

    public int taken() {
        return taken.get();
    }
}
