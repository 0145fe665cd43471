package org.skillsmatrix.api.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static final Paging<String> WORDS = Paging.<String>sortedBy("text", Comparator.naturalOrder())
            .or("length", Comparator.comparingInt(String::length));

    private static final List<String> ENTRIES = List.of("pear", "fig", "apple", "kiwi", "banana");

    @Test
    void aPageIsASliceOfTheSortedEntriesWithTheTotals() {
        var page = WORDS.page(ENTRIES, 1, 2, null, Function.identity());

        assertThat(page).isEqualTo(new Page<>(List.of("fig", "kiwi"), 1, 2, 5, 3));
    }

    @Test
    void aPagePastTheEndIsEmpty() {
        assertThat(WORDS.page(ENTRIES, 9, 2, null, Function.identity()).items()).isEmpty();
    }

    @Test
    void sortsByAnyKeyEitherWayThenByTheDefault() {
        assertThat(WORDS.page(ENTRIES, 0, 10, "length", Function.identity()).items())
                .containsExactly("fig", "kiwi", "pear", "apple", "banana");
        assertThat(WORDS.page(ENTRIES, 0, 10, "length,desc", Function.identity())
                        .items())
                .containsExactly("banana", "apple", "pear", "kiwi", "fig");
        assertThat(WORDS.page(ENTRIES, 0, 10, " text , DESC ", Function.identity())
                        .items())
                .containsExactly("pear", "kiwi", "fig", "banana", "apple");
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThatExceptionOfType(InvalidRequest.class)
                .isThrownBy(() -> WORDS.page(ENTRIES, -1, Paging.MAX_SIZE + 1, "colour,up", Function.identity()))
                .satisfies(invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("page", "size", "sort"))
                .satisfies(invalid -> assertThat(invalid.problems().get(2).message())
                        .isEqualTo("must be one of text, length, optionally followed by ,asc or ,desc"));
    }
}
