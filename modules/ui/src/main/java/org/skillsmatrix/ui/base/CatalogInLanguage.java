package org.skillsmatrix.ui.base;

import java.util.Locale;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.CatalogView;
import org.skillsmatrix.domain.catalog.DefaultCatalogTexts;

/**
 * The catalog as the views show it: the default catalog's names, descriptions and scale in the page's language where
 * they are as seeded, everything else as stored. The catalog's own admin page shows what is stored.
 */
public final class CatalogInLanguage {

    private CatalogInLanguage() {}

    public static CatalogView read(BrowseCatalog catalogs, Actor actor, Locale language) {
        return DefaultCatalogTexts.in(language).of(catalogs.read(actor));
    }
}
