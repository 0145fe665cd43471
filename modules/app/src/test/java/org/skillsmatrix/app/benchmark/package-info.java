/**
 * Benchmarks of a node, run on demand and never by the test command (docs/performance.md): each figure beside its
 * baseline, measured in the same run.
 */
@NullMarked
package org.skillsmatrix.app.benchmark;

import org.jspecify.annotations.NullMarked;
