package org.skillsmatrix.domain.catalog;

import jakarta.transaction.Transactional;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.scale.Scale;
import org.skillsmatrix.domain.scale.ScaleLevel;

/** Use case: the admin's changes to the catalog and to the scale's descriptors; {@link BrowseCatalog} reads them. */
@Transactional
public class MaintainCatalog {

    private final Catalog catalog;
    private final Scale scale;
    private final AccessPolicy policy;
    private final Auditor auditor;

    public MaintainCatalog(Catalog catalog, Scale scale, AccessPolicy policy, Auditor auditor) {
        this.catalog = catalog;
        this.scale = scale;
        this.policy = policy;
        this.auditor = auditor;
    }

    public Category addCategory(Actor actor, String name, @Nullable String description) {
        policy.check(actor, new Action.MaintainCatalog());
        var category = new Category(
                CategoryId.random(), name, description, catalog.categories().size() + 1, 0);
        requireUniqueName(category);
        var added = catalog.add(category);
        auditor.record(actor, "category.added", added.id(), added.name());
        return added;
    }

    public Category changeCategory(Actor actor, Category changed) {
        policy.check(actor, new Action.MaintainCatalog());
        var stored = catalog.category(changed.id()).orElseThrow(() -> new NotFound("Category", changed.id()));
        if (stored.version() == changed.version()
                && stored.name().equals(changed.name())
                && Objects.equals(stored.description(), changed.description())
                && stored.position() == changed.position()) {
            return stored;
        }
        requireUniqueName(changed);
        var updated = catalog.update(changed);
        auditor.record(actor, "category.changed", updated.id(), updated.name());
        return updated;
    }

    public Skill addSkill(Actor actor, CategoryId category, String name, @Nullable String description) {
        policy.check(actor, new Action.MaintainCatalog());
        catalog.category(category).orElseThrow(() -> new InvalidInput("category", "catalog.category-unknown"));
        var skill = new Skill(SkillId.random(), category, name, description, endOf(category), false, 0);
        requireUniqueName(skill);
        var added = catalog.add(skill);
        auditor.record(actor, "skill.added", added.id(), added.name());
        return added;
    }

    /**
     * Renames, re-describes or moves a skill; the change is based on {@code changed.version()}. A skill moved to
     * another category goes to its end. The skill stays retired or active as stored, whatever {@code
     * changed.retired()} says: only {@link #retireSkill} and {@link #reinstateSkill} change that, each with its own
     * audit entry.
     */
    public Skill changeSkill(Actor actor, Skill changed) {
        policy.check(actor, new Action.MaintainCatalog());
        var stored = catalog.skill(changed.id()).orElseThrow(() -> new NotFound("Skill", changed.id()));
        catalog.category(changed.category())
                .orElseThrow(() -> new InvalidInput("category", "catalog.category-unknown"));
        requireUniqueName(changed);
        if (stored.version() == changed.version()
                && stored.category().equals(changed.category())
                && stored.name().equals(changed.name())
                && Objects.equals(stored.description(), changed.description())
                && stored.position() == changed.position()) {
            return stored;
        }
        int position = changed.category().equals(stored.category()) ? changed.position() : endOf(changed.category());
        var updated = catalog.update(new Skill(
                changed.id(),
                changed.category(),
                changed.name(),
                changed.description(),
                position,
                stored.retired(),
                changed.version()));
        auditor.record(actor, "skill.changed", updated.id(), updated.name());
        return updated;
    }

    public Skill retireSkill(Actor actor, SkillId id, long version) {
        return setRetired(actor, id, version, true);
    }

    public Skill reinstateSkill(Actor actor, SkillId id, long version) {
        return setRetired(actor, id, version, false);
    }

    public ScaleLevel describeLevel(Actor actor, Level level, String name, String descriptor, long version) {
        policy.check(actor, new Action.MaintainCatalog());
        var current = scale.levels().get(level.value());
        var described = new ScaleLevel(level, name, descriptor, version);
        if (current.version() == version
                && current.name().equals(described.name())
                && current.descriptor().equals(described.descriptor())) {
            return current;
        }
        var updated = scale.update(described);
        auditor.record(actor, "scale.described", level.value(), current.name() + " -> " + updated.name());
        return updated;
    }

    private Skill setRetired(Actor actor, SkillId id, long version, boolean retired) {
        policy.check(actor, new Action.MaintainCatalog());
        var skill = catalog.skill(id).orElseThrow(() -> new NotFound("Skill", id));
        if (skill.version() == version && skill.retired() == retired) {
            return skill;
        }
        var stamped =
                new Skill(id, skill.category(), skill.name(), skill.description(), skill.position(), retired, version);
        var updated = catalog.update(stamped);
        auditor.record(actor, retired ? "skill.retired" : "skill.reinstated", id, skill.name());
        return updated;
    }

    private void requireUniqueName(Skill skill) {
        if (catalog.skillNameTaken(skill.name(), skill.id())) {
            throw new InvalidInput("name", "catalog.skill-name-taken", skill.name());
        }
    }

    private void requireUniqueName(Category category) {
        if (catalog.categoryNameTaken(category.name(), category.id())) {
            throw new InvalidInput("name", "catalog.category-name-taken", category.name());
        }
    }

    /** The position after the category's last skill. */
    private int endOf(CategoryId category) {
        return (int) catalog.skills().stream()
                        .filter(skill -> skill.category().equals(category))
                        .count()
                + 1;
    }
}
