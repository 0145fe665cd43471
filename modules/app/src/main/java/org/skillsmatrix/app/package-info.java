/** The Spring Boot application that assembles the domain, its adapters and the UI. */
@NullMarked
package org.skillsmatrix.app;

import org.jspecify.annotations.NullMarked;
