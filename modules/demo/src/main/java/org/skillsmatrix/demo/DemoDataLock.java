package org.skillsmatrix.demo;

/**
 * Port: the demo organisation is stored by one node at a time. The node that stores it takes the lock before it asks
 * whether the database holds anybody and holds it until its transaction ends, so a node starting at the same moment
 * waits, then finds the organisation stored and keeps it.
 */
public interface DemoDataLock {

    /** Waits until no other node is storing demo data, then holds the lock until the current transaction ends. */
    void acquire();
}
