/**
 * The read model the organisation's views aggregate, kept current on every write from the append-only history:
 * checking it against the history and rebuilding it from there.
 */
@NullMarked
package org.skillsmatrix.domain.readmodel;

import org.jspecify.annotations.NullMarked;
