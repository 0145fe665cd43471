package org.skillsmatrix.api.people;

import static org.skillsmatrix.api.base.ApiPaths.V1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.api.base.Caller;
import org.skillsmatrix.api.base.Conflicts;
import org.skillsmatrix.api.base.FieldProblem;
import org.skillsmatrix.api.base.InvalidRequest;
import org.skillsmatrix.api.base.Page;
import org.skillsmatrix.api.base.Paging;
import org.skillsmatrix.api.base.StoredPaging;
import org.skillsmatrix.api.base.Versions;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.assessment.ViewSkillProfile;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.people.MaintainPeople;
import org.skillsmatrix.domain.people.PeopleFilter;
import org.skillsmatrix.domain.people.PeopleOrder;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.search.FindPeopleBySkill;
import org.skillsmatrix.domain.search.PersonMatch;
import org.skillsmatrix.domain.search.SkillCriterion;
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

/**
 * People: HR and admins list and maintain them; a person, their managers and HR read them and their current
 * ratings; managers and HR find people by skill.
 */
@RestController
@Tag(name = "People", description = "People, their current ratings, and the people finder")
class PeopleController {

    private static final StoredPaging<PeopleOrder> PEOPLE = StoredPaging.sortedBy(
                    "name", PeopleOrder.NAME, Paging.Direction.ASC)
            .or("email", PeopleOrder.EMAIL, Paging.Direction.ASC);

    private final MaintainPeople maintainPeople;
    private final ViewSkillProfile profiles;
    private final FindPeopleBySkill finder;
    private final BrowseCatalog catalog;
    private final Conflicts conflicts;
    private final Caller caller;
    private final RatingAge age;

    PeopleController(
            MaintainPeople maintainPeople,
            ViewSkillProfile profiles,
            FindPeopleBySkill finder,
            BrowseCatalog catalog,
            Conflicts conflicts,
            Caller caller,
            RatingAge age) {
        this.age = age;
        this.maintainPeople = maintainPeople;
        this.profiles = profiles;
        this.finder = finder;
        this.catalog = catalog;
        this.conflicts = conflicts;
        this.caller = caller;
    }

    @GetMapping(path = V1 + "/people", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Everyone (HR and admins)",
            description =
                    "Filters: a part of the name or e-mail (q), whether active. Sort keys: name (default), email.")
    Page<PersonDto> people(
            @Parameter(description = "Only people whose name or e-mail contains this, regardless of case")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "Only people who are (true) or are no longer (false) with the organisation")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean active,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        var request = PEOPLE.request(page, size, sort);
        var read = maintainPeople.page(actor(), new PeopleFilter(q == null ? "" : q, active), request);
        return StoredPaging.page(read, request, PersonDto::of);
    }

    @PostMapping(
            path = V1 + "/people",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a person (HR and admins)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PersonDto> add(@Valid @RequestBody NewPerson person) {
        var added = maintainPeople.add(
                actor(),
                Objects.requireNonNull(person.name()),
                Objects.requireNonNull(person.email()),
                PersonDto.profile(person.roleProfile()));
        return Versions.created(V1 + "/people/" + added.id(), PersonDto.of(added), added.version());
    }

    @GetMapping(path = V1 + "/people/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One person",
            description = "For HR and admins, the person themselves and the managers of their teams. The ETag is the"
                    + " version an edit must name in If-Match.")
    ResponseEntity<PersonDto> person(@PathVariable UUID id) {
        var person = maintainPeople.person(actor(), new PersonId(id));
        return Versions.ok(PersonDto.of(person), person.version());
    }

    @PutMapping(
            path = V1 + "/people/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a person's name, e-mail, role profile or whether they are active (HR and admins)")
    ResponseEntity<PersonDto> change(
            @PathVariable UUID id,
            @Parameter(description = "The version the change is based on, as the ETag gave it", example = "\"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody PersonChange change) {
        long version = Versions.required(ifMatch, change.version());
        var actor = actor();
        var person = new PersonId(id);
        var changed = conflicts.explained(
                actor,
                new Action.MaintainPeopleAndTeams(),
                person,
                () -> maintainPeople.change(
                        actor,
                        new Person(
                                person,
                                Objects.requireNonNull(change.name()),
                                Objects.requireNonNull(change.email()),
                                PersonDto.profile(change.roleProfile()),
                                Boolean.TRUE.equals(change.active()),
                                version)));
        return Versions.ok(PersonDto.of(changed), changed.version());
    }

    @GetMapping(path = V1 + "/people/{id}/ratings", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A person's current ratings, one per skill rated",
            description = "For the person, their managers and HR. Sort keys: skill (default, by name), level.")
    Page<CurrentRatingDto> ratings(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        var actor = actor();
        var profile = profiles.of(actor, new PersonId(id));
        var names = skillNames(actor);
        Comparator<CurrentRating> byLevel =
                Comparator.comparing(rating -> rating.level().map(Level::value).orElse(-1));
        var paging = Paging.<CurrentRating>sortedBy(
                        "skill",
                        Comparator.comparing(
                                rating -> names.getOrDefault(rating.skill(), ""), String.CASE_INSENSITIVE_ORDER))
                .or("level", byLevel);
        return paging.page(
                profile.current(),
                page,
                size,
                sort,
                rating -> CurrentRatingDto.of(
                        rating,
                        names.getOrDefault(rating.skill(), rating.skill().toString()),
                        age));
    }

    @GetMapping(path = V1 + "/people/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Find people by skill (managers and HR)",
            description = "Active people at a level or above in every skill named, strongest first. Name each skill"
                    + " by id or by name, with skill=…; give minLevel once for all skills, or once per skill in the"
                    + " same order; without it, 3 (Proficient). At most "
                    + FindPeopleBySkill.MAX_CRITERIA + " skills and " + FindPeopleBySkill.MAX_RESULTS
                    + " matches. Sort keys: strength (default), name.")
    Page<PersonMatchDto> search(
            @Parameter(description = "A skill's id or name; repeat for several", example = "PostgreSQL")
                    @RequestParam(name = "skill")
                    List<String> skills,
            @Parameter(description = "The lowest level that counts, 0 to 4; once, or once per skill", example = "3")
                    @RequestParam(name = "minLevel", required = false)
                    @Nullable
                    List<Integer> minLevels,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
            @RequestParam(required = false) @Nullable String sort) {
        var actor = actor();
        var criteria = criteria(actor, skills, minLevels == null ? List.of() : minLevels);
        var matches = finder.find(actor, criteria, FindPeopleBySkill.MAX_RESULTS);
        var strength = new HashMap<PersonId, Integer>();
        for (int i = 0; i < matches.size(); i++) {
            strength.put(matches.get(i).person(), i);
        }
        var paging = Paging.<PersonMatch>sortedBy(
                        "strength",
                        Comparator.comparing((PersonMatch match) -> strength.get(match.person()))
                                .reversed(),
                        Paging.Direction.DESC)
                .orText("name", PersonMatch::name);
        return paging.page(matches, page, size, sort, PersonMatchDto::of);
    }

    private List<SkillCriterion> criteria(Actor actor, List<String> skills, List<Integer> minLevels) {
        var problems = new ArrayList<FieldProblem>();
        if (!minLevels.isEmpty() && minLevels.size() != 1 && minLevels.size() != skills.size()) {
            problems.add(FieldProblem.of("minLevel", "give it once for all skills, or once per skill"));
        }
        var catalogSkills = catalog.read(actor).skills();
        var criteria = new ArrayList<SkillCriterion>();
        for (int i = 0; i < skills.size(); i++) {
            var named = skills.get(i).strip();
            var skill = catalogSkills.stream()
                    .filter(each -> each.id().value().toString().equalsIgnoreCase(named)
                            || each.name().equalsIgnoreCase(named))
                    .findFirst();
            if (skill.isEmpty()) {
                problems.add(FieldProblem.of("skill", "there is no skill '" + named + "' in the catalog"));
                continue;
            }
            int minimum = minLevels.isEmpty()
                    ? Level.HOLDS_SKILL.value()
                    : minLevels.size() == 1 ? minLevels.getFirst() : minLevels.get(Math.min(i, minLevels.size() - 1));
            if (minimum < 0 || minimum > 4) {
                problems.add(FieldProblem.of("minLevel", "must be between 0 and 4"));
                continue;
            }
            criteria.add(new SkillCriterion(skill.get().id(), Level.of(minimum)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("The search has invalid criteria", problems);
        }
        return criteria;
    }

    private java.util.Map<SkillId, String> skillNames(Actor actor) {
        var names = new HashMap<SkillId, String>();
        catalog.read(actor).skills().forEach(skill -> names.put(skill.id(), skill.name()));
        return names;
    }

    private Actor actor() {
        return caller.actor();
    }
}
