package org.skillsmatrix.domain.catalog;

import jakarta.transaction.Transactional;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Scale;

/** Use case: reading the catalog and the scale, for anyone who holds a role. */
@Transactional
@ReadOnly
public class BrowseCatalog {

    private final Catalog catalog;
    private final Scale scale;
    private final AccessPolicy policy;

    public BrowseCatalog(Catalog catalog, Scale scale, AccessPolicy policy) {
        this.catalog = catalog;
        this.scale = scale;
        this.policy = policy;
    }

    /** Every category and skill, retired skills included, and the scale's levels. */
    public CatalogView read(Actor actor) {
        policy.check(actor, new Action.ReadCatalog());
        return new CatalogView(catalog.categories(), catalog.skills(), scale.levels());
    }

    public Category category(Actor actor, CategoryId id) {
        policy.check(actor, new Action.ReadCatalog());
        return catalog.category(id).orElseThrow(() -> new NotFound("Category", id));
    }

    public Skill skill(Actor actor, SkillId id) {
        policy.check(actor, new Action.ReadCatalog());
        return catalog.skill(id).orElseThrow(() -> new NotFound("Skill", id));
    }
}
