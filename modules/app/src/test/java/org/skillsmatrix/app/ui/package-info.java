/**
 * The views on the real application: its context, security and database, driven without a browser through
 * Karibu-Testing.
 */
@NullMarked
package org.skillsmatrix.app.ui;

import org.jspecify.annotations.NullMarked;
