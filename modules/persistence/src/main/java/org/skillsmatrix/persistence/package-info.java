/** The persistence adapter: JPA entities, Spring Data repositories and SQL read models behind the domain's ports. */
@NullMarked
package org.skillsmatrix.persistence;

import org.jspecify.annotations.NullMarked;
