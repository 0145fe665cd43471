package org.skillsmatrix.domain.imports;

import java.io.InputStream;
import java.util.List;
import org.skillsmatrix.domain.access.Actor;

/**
 * The two steps every CSV import takes with its file, whatever its rows are: check (read and checked whole, nothing
 * written, no lock taken), then apply (checked again under the {@link ImportLock}, and applied only if valid).
 */
final class CsvImport {

    private final CsvReader csv;
    private final ImportLimits limits;
    private final ImportLock lock;
    private final List<String> required;
    private final List<String> optional;

    CsvImport(CsvReader csv, ImportLimits limits, ImportLock lock, List<String> required, List<String> optional) {
        this.csv = csv;
        this.limits = limits;
        this.lock = lock;
        this.required = required;
        this.optional = optional;
    }

    ImportLimits limits() {
        return limits;
    }

    /** What the check finds in the file, and what applying it would do. */
    <S> ImportResult<S> check(InputStream file, CheckedImport.Check<S> check) {
        return CheckedImport.check(read(file), check).result();
    }

    /** Checks the file under the lock and, only if all of it is valid, applies its plan. */
    <S> ImportResult<S> apply(Actor actor, InputStream file, CheckedImport.Check<S> check) {
        var read = read(file);
        lock.acquire();
        return CheckedImport.check(read, check).apply(actor);
    }

    private ImportFile.Outcome read(InputStream file) {
        return ImportFile.read(file, limits, csv, required, optional);
    }
}
