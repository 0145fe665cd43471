package org.skillsmatrix.domain.base;

import java.util.function.Supplier;

/**
 * Port: answers computed from what is stored, kept between reads while nothing they are computed from changes, on
 * any node. Asked inside the transaction that reads the answer.
 *
 * @param <T> the answer
 */
public interface KeptAnswers<T> {

    /**
     * The answer kept for an equal question if nothing changed since it was computed; else {@code compute}'s. For a
     * large answer an implementation may give the one kept before the change for as long as the new one takes to
     * compute, once it has waited a moment for it. While an answer is {@linkplain #computeAside computed aside} and
     * none was kept before, a read waits the same moment for it and is then refused with {@link NotYetComputed}.
     */
    T get(Object question, Supplier<T> compute);

    /**
     * Starts computing the answer to the question aside, in a transaction of its own, unless it is kept or being
     * computed already; returns at once. For an answer that takes seconds, so that the first read does not wait for
     * them.
     */
    void computeAside(Object question, Supplier<T> compute);

    /** Nothing kept: every answer computed when asked, and nothing computed aside. */
    static <T> KeptAnswers<T> none() {
        return new KeptAnswers<>() {
            @Override
            public T get(Object question, Supplier<T> compute) {
                return compute.get();
            }

            @Override
            public void computeAside(Object question, Supplier<T> compute) {}
        };
    }
}
