package org.skillsmatrix.domain.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case, or one of its methods, that only reads: its transaction is read-only, so that nothing read is
 * checked for changes or written back, the database refuses a write, and a replica could serve it. The
 * application maps it onto its transactions; a use case without it runs read-write.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadOnly {}
