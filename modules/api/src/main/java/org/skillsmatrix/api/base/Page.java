package org.skillsmatrix.api.base;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of a list.
 *
 * @param items the entries of this page
 * @param page the page's number, from 0
 * @param size the most entries a page holds
 * @param totalItems the entries of all pages
 * @param totalPages how many pages there are
 */
public record Page<T>(
        List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "72") long totalItems,
        @Schema(example = "4") int totalPages) {

    public Page {
        items = List.copyOf(items);
    }
}
