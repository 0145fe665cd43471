package org.skillsmatrix.persistence.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.catalog.Category;

@Entity
@Table(name = "category")
class CategoryEntity {

    @Id
    private UUID id;

    private String name;

    private @Nullable String description;

    private int position;

    @Version
    private long version;

    protected CategoryEntity() {
        this.id = new UUID(0, 0);
        this.name = "";
    }

    CategoryEntity(Category category) {
        this.id = category.id().value();
        this.name = category.name();
        apply(category);
    }

    void apply(Category category) {
        this.name = category.name();
        this.description = category.description();
        this.position = category.position();
    }

    long version() {
        return version;
    }

    Category toDomain() {
        return new Category(new CategoryId(id), name, description, position, version);
    }
}
