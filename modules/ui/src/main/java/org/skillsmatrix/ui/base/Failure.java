package org.skillsmatrix.ui.base;

import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.ErrorId;

/**
 * What went wrong, as a page or a notification tells the person who met it: each kind of failure has its text from
 * the bundle and the status an error page answers with. {@link Failures} tells which kind a thrown exception is; a new kind
 * of failure is one more case here and there.
 */
public sealed interface Failure {

    /** The text for the person, in their words. */
    String describe(Translator texts);

    /** The HTTP status an error page answers with. */
    int status();

    /** A rule of the domain refused what was asked: not allowed, gone, changed meanwhile, busy, invalid. */
    record Refused(DomainException error) implements Failure {

        @Override
        public String describe(Translator texts) {
            return DomainErrors.describe(error, texts);
        }

        @Override
        public int status() {
            return DomainErrors.status(error);
        }
    }

    /** The database is out of reach: nothing the person did is to blame, and the same works again in a moment. */
    record DatabaseUnavailable() implements Failure {

        @Override
        public String describe(Translator texts) {
            return texts.translate("error.database-unavailable");
        }

        @Override
        public int status() {
            return 503;
        }
    }

    /** A failure nobody foresaw, logged under the id the person is shown; nothing else of it reaches them. */
    record Unexpected(ErrorId id) implements Failure {

        @Override
        public String describe(Translator texts) {
            return texts.translate("error.unexpected");
        }

        @Override
        public int status() {
            return 500;
        }
    }
}
