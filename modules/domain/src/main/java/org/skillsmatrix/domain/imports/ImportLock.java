package org.skillsmatrix.domain.imports;

/**
 * Port: imports are applied one at a time. An apply takes the lock before it reads what is stored and holds it until
 * its transaction ends, so the next apply reads what this one wrote: the same file applied twice at once adds its
 * rows once, and two files naming the same new person add them once. Dry runs write nothing and take no lock.
 */
public interface ImportLock {

    /** Waits until no other import is being applied, then holds the lock until the current transaction ends. */
    void acquire();
}
