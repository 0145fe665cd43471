package org.skillsmatrix.domain.base;

import java.util.function.Supplier;

/**
 * Port: answers computed from what is stored, kept between reads while nothing they are computed from changes, on
 * any node. Asked inside the transaction that reads the answer.
 *
 * @param <T> the answer
 */
@FunctionalInterface
public interface KeptAnswers<T> {

    /**
     * The answer kept for an equal question if nothing changed since it was computed; else {@code compute}'s. For a
     * large answer an implementation may give the one kept before the change for as long as the new one takes to
     * compute, once it has waited a moment for it.
     */
    T get(Object question, Supplier<T> compute);

    /** Nothing kept: every answer computed when asked. */
    static <T> KeptAnswers<T> none() {
        return (question, compute) -> compute.get();
    }
}
