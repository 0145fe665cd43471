/**
 * Test support shipped in the domain's test-jar: in-memory implementations of every port, a ready-made
 * organisation to test use cases against, and contract tests the persistence adapters extend.
 */
@NullMarked
package org.skillsmatrix.domain.testing;

import org.jspecify.annotations.NullMarked;
