package org.skillsmatrix.api.base;

/** None of the media types the client accepts can be produced: answered 406. */
public final class NotAcceptable extends RuntimeException {

    public NotAcceptable(String message) {
        super(message, null, false, false);
    }
}
