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
    void sortsByAnyKeyEitherWayTiesInTheUsualOrder() {
        assertThat(WORDS.page(ENTRIES, 0, 10, "length", Function.identity()).items())
                .containsExactly("fig", "kiwi", "pear", "apple", "banana");
        assertThat(WORDS.page(ENTRIES, 0, 10, "length,desc", Function.identity())
                        .items())
                .containsExactly("banana", "apple", "kiwi", "pear", "fig");
        assertThat(WORDS.page(ENTRIES, 0, 10, " text , DESC ", Function.identity())
                        .items())
                .containsExactly("pear", "kiwi", "fig", "banana", "apple");
    }

    @Test
    void ascendingIsAlwaysSmallestFirstAndAKeyAloneSortsInItsUsualDirection() {
        var newestFirst = Paging.<Integer>sortedBy("year", Comparator.naturalOrder(), Paging.Direction.DESC)
                .or("parity", Comparator.comparingInt(year -> year % 2), Paging.Direction.DESC);
        var years = List.of(2021, 2024, 2019, 2023);

        assertThat(newestFirst.page(years, 0, 10, null, Function.identity()).items())
                .containsExactly(2024, 2023, 2021, 2019);
        assertThat(newestFirst.page(years, 0, 10, "year", Function.identity()).items())
                .containsExactly(2024, 2023, 2021, 2019);
        assertThat(newestFirst
                        .page(years, 0, 10, "year,desc", Function.identity())
                        .items())
                .containsExactly(2024, 2023, 2021, 2019);
        assertThat(newestFirst
                        .page(years, 0, 10, "year,asc", Function.identity())
                        .items())
                .containsExactly(2019, 2021, 2023, 2024);
        assertThat(newestFirst
                        .page(years, 0, 10, "parity,asc", Function.identity())
                        .items())
                .containsExactly(2024, 2023, 2021, 2019);
        assertThat(newestFirst.page(years, 0, 10, "parity", Function.identity()).items())
                .containsExactly(2023, 2021, 2019, 2024);
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
