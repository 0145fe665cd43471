package org.skillsmatrix.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Skill;

@Entity
@Table(name = "skill")
class SkillEntity {

    @Id
    private UUID id;

    @Column(name = "category_id")
    private UUID categoryId;

    private String name;

    private @Nullable String description;

    private int position;

    private boolean retired;

    @Version
    private long version;

    protected SkillEntity() {
        this.id = new UUID(0, 0);
        this.categoryId = id;
        this.name = "";
    }

    SkillEntity(Skill skill) {
        this.id = skill.id().value();
        this.categoryId = skill.category().value();
        this.name = skill.name();
        apply(skill);
    }

    void apply(Skill skill) {
        this.categoryId = skill.category().value();
        this.name = skill.name();
        this.description = skill.description();
        this.position = skill.position();
        this.retired = skill.retired();
    }

    long version() {
        return version;
    }

    Skill toDomain() {
        return new Skill(new SkillId(id), new CategoryId(categoryId), name, description, position, retired, version);
    }
}
