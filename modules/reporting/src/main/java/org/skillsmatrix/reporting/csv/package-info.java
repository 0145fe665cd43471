/** CSV in UTF-8 after RFC 4180, tidy (one row per observation), and safe to open in a spreadsheet. */
@NullMarked
package org.skillsmatrix.reporting.csv;

import org.jspecify.annotations.NullMarked;
