/** Wires the domain's use cases, policy and audit as Spring beans; the domain itself knows no Spring. */
@NullMarked
package org.skillsmatrix.app.usecase;

import org.jspecify.annotations.NullMarked;
