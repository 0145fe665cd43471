package org.skillsmatrix.api.base;

/** A request body over a documented limit: answered 413. */
public final class PayloadTooLarge extends RuntimeException {

    public PayloadTooLarge(String message) {
        super(message, null, false, false);
    }
}
