package org.skillsmatrix.api.catalog;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.Conflicts;
import org.skillsmatrix.api.base.Page;
import org.skillsmatrix.api.base.Paging;
import org.skillsmatrix.api.base.Versions;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.MaintainCatalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The catalog: everyone with a role reads it; admins maintain it and the scale's descriptors. */
@RestController
@Tag(name = "Catalog", description = "Categories, skills and the rating scale")
class CatalogController {

    private static final Paging<Category> CATEGORIES = Paging.sortedBy(
                    "position", Comparator.comparingInt(Category::position))
            .orText("name", Category::name);

    private final BrowseCatalog browse;
    private final MaintainCatalog catalog;
    private final Conflicts conflicts;
    private final Caller caller;

    CatalogController(BrowseCatalog browse, MaintainCatalog catalog, Conflicts conflicts, Caller caller) {
        this.browse = browse;
        this.catalog = catalog;
        this.conflicts = conflicts;
        this.caller = caller;
    }

    @GetMapping(path = V1 + "/categories", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The catalog's categories", description = "Sort keys: position (default), name.")
    Page<CategoryDto> categories(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        return CATEGORIES.page(browse.read(actor()).categories(), page, size, sort, CategoryDto::of);
    }

    @GetMapping(path = V1 + "/categories/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One category", description = "The ETag is the version an edit must name in If-Match.")
    ResponseEntity<CategoryDto> category(@PathVariable UUID id) {
        var category = browse.category(actor(), new CategoryId(id));
        return Versions.ok(CategoryDto.of(category), category.version());
    }

    @PostMapping(
            path = V1 + "/categories",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a category (admins)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CategoryDto> addCategory(@Valid @RequestBody CategoryChange change) {
        var added = catalog.addCategory(actor(), Objects.requireNonNull(change.name()), change.description());
        return Versions.created(V1 + "/categories/" + added.id(), CategoryDto.of(added), added.version());
    }

    @PutMapping(
            path = V1 + "/categories/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename or re-describe a category (admins)")
    ResponseEntity<CategoryDto> changeCategory(
            @PathVariable UUID id,
            @Parameter(description = "The version the change is based on, as the ETag gave it", example = "\"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody CategoryChange change) {
        long version = Versions.required(ifMatch, change.version());
        var stored = browse.category(actor(), new CategoryId(id));
        var changed = explained(
                stored.id(),
                () -> catalog.changeCategory(
                        actor(),
                        new Category(
                                stored.id(),
                                Objects.requireNonNull(change.name()),
                                change.description(),
                                stored.position(),
                                version)));
        return Versions.ok(CategoryDto.of(changed), changed.version());
    }

    @GetMapping(path = V1 + "/skills", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The catalog's skills",
            description = "Filters: category, a part of the name (q), retired ones or not. Sort keys: name (default),"
                    + " position (the catalog's order: by category, then within it).")
    Page<SkillDto> skills(
            @Parameter(description = "Only the skills of this category") @RequestParam(required = false) @Nullable
                    UUID category,
            @Parameter(description = "Only skills whose name contains this, regardless of case")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "Include retired skills") @RequestParam(defaultValue = "false")
                    boolean includeRetired,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        var part = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        var view = browse.read(actor());
        var categoryPositions = new java.util.HashMap<CategoryId, Integer>();
        view.categories().forEach(each -> categoryPositions.put(each.id(), each.position()));
        var paging = Paging.<Skill>sortedBy("name", Comparator.comparing(Skill::name, String.CASE_INSENSITIVE_ORDER))
                .or(
                        "position",
                        Comparator.comparing((Skill skill) -> categoryPositions.getOrDefault(skill.category(), 0))
                                .thenComparingInt(Skill::position));
        var skills = view.skills().stream()
                .filter(skill -> includeRetired || skill.active())
                .filter(skill -> category == null || skill.category().value().equals(category))
                .filter(skill -> skill.name().toLowerCase(Locale.ROOT).contains(part))
                .toList();
        return paging.page(skills, page, size, sort, SkillDto::of);
    }

    @GetMapping(path = V1 + "/skills/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One skill", description = "The ETag is the version an edit must name in If-Match.")
    ResponseEntity<SkillDto> skill(@PathVariable UUID id) {
        var skill = browse.skill(actor(), new SkillId(id));
        return Versions.ok(SkillDto.of(skill), skill.version());
    }

    @PostMapping(
            path = V1 + "/skills",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a skill (admins)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SkillDto> addSkill(@Valid @RequestBody SkillChange change) {
        var added = catalog.addSkill(
                actor(),
                new CategoryId(Objects.requireNonNull(change.category())),
                Objects.requireNonNull(change.name()),
                change.description());
        return Versions.created(V1 + "/skills/" + added.id(), SkillDto.of(added), added.version());
    }

    @PutMapping(
            path = V1 + "/skills/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Rename, re-describe or move a skill (admins)",
            description = "Retiring and reinstating are operations of their own.")
    ResponseEntity<SkillDto> changeSkill(
            @PathVariable UUID id,
            @Parameter(description = "The version the change is based on, as the ETag gave it", example = "\"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody SkillChange change) {
        long version = Versions.required(ifMatch, change.version());
        var stored = browse.skill(actor(), new SkillId(id));
        var changed = explained(
                stored.id(),
                () -> catalog.changeSkill(
                        actor(),
                        new Skill(
                                stored.id(),
                                new CategoryId(Objects.requireNonNull(change.category())),
                                Objects.requireNonNull(change.name()),
                                change.description(),
                                stored.position(),
                                stored.retired(),
                                version)));
        return Versions.ok(SkillDto.of(changed), changed.version());
    }

    @PostMapping(path = V1 + "/skills/{id}/retire", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Retire a skill (admins)",
            description = "A retired skill takes no new ratings or targets and keeps its history.")
    ResponseEntity<SkillDto> retire(
            @PathVariable UUID id,
            @Parameter(description = "The version the change is based on, as the ETag gave it", example = "\"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long version = Versions.required(ifMatch);
        var skill = new SkillId(id);
        var retired = explained(skill, () -> catalog.retireSkill(actor(), skill, version));
        return Versions.ok(SkillDto.of(retired), retired.version());
    }

    @PostMapping(path = V1 + "/skills/{id}/reinstate", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reinstate a retired skill (admins)")
    ResponseEntity<SkillDto> reinstate(
            @PathVariable UUID id,
            @Parameter(description = "The version the change is based on, as the ETag gave it", example = "\"1\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long version = Versions.required(ifMatch);
        var skill = new SkillId(id);
        var reinstated = explained(skill, () -> catalog.reinstateSkill(actor(), skill, version));
        return Versions.ok(SkillDto.of(reinstated), reinstated.version());
    }

    @GetMapping(path = V1 + "/scale", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The rating scale: five levels from 0 None to 4 Expert, with what each means")
    java.util.List<ScaleLevelDto> scale() {
        return browse.read(actor()).scale().stream().map(ScaleLevelDto::of).toList();
    }

    @PutMapping(
            path = V1 + "/scale/{level}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename or re-describe a level of the scale (admins)")
    ResponseEntity<ScaleLevelDto> describeLevel(
            @Parameter(description = "0 to 4", example = "3") @PathVariable int level,
            @Parameter(description = "The version the change is based on, as the ETag gave it", example = "\"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody ScaleLevelChange change) {
        var described = Level.of(level);
        long version = Versions.required(ifMatch, change.version());
        var changed = explained(
                described.value(),
                () -> catalog.describeLevel(
                        actor(),
                        described,
                        Objects.requireNonNull(change.name()),
                        Objects.requireNonNull(change.descriptor()),
                        version));
        return Versions.ok(ScaleLevelDto.of(changed), changed.version());
    }

    /** The edit of the catalog; a lost race names the last change of the subject, the id its audit entries name. */
    private <T> T explained(Object subject, Supplier<T> edit) {
        return conflicts.explained(actor(), new Action.MaintainCatalog(), subject, edit);
    }

    private org.skillsmatrix.domain.access.Actor actor() {
        return caller.actor();
    }
}
