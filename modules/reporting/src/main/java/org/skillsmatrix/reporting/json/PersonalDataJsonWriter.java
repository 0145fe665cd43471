package org.skillsmatrix.reporting.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.personaldata.PersonalData;
import org.skillsmatrix.domain.personaldata.PersonalDataJson;
import org.skillsmatrix.domain.team.Team;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's data as one UTF-8 JSON document, indented for a person to read: ids as strings, times as ISO-8601
 * instants, dates as ISO-8601 dates, levels as their numbers, every field present (null where nothing is stored).
 */
public final class PersonalDataJsonWriter implements PersonalDataJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void write(PersonalData data, OutputStream out) throws IOException {
        try {
            MAPPER.writeValue(out, document(data));
        } catch (JacksonException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Map<String, @Nullable Object> document(PersonalData data) {
        var person = data.person();
        var document = object();
        document.put("exportedAt", text(data.exportedAt()));
        var record = object();
        record.put("id", text(person.id()));
        record.put("name", person.name());
        record.put("email", person.email());
        record.put("identityProviderSubject", person.subject());
        record.put("roleProfileId", text(person.roleProfile()));
        record.put("active", person.active());
        document.put("person", record);
        document.put("memberOf", list(data.memberOf(), PersonalDataJsonWriter::team));
        document.put("manages", list(data.manages(), PersonalDataJsonWriter::team));
        document.put("ratingsReceived", list(data.ratingsReceived(), rating -> rating(rating, data)));
        document.put("ratingsGiven", list(data.ratingsGiven(), rating -> rating(rating, data)));
        document.put("certificates", list(data.certificates(), certificate -> certificate(certificate, data)));
        document.put("developmentGoals", list(data.developmentGoals(), goal -> goal(goal, data)));
        document.put("notifications", list(data.notifications(), PersonalDataJsonWriter::notification));
        var settings = object();
        settings.put("email", data.notificationSettings().email());
        settings.put("language", data.notificationSettings().language());
        document.put("notificationSettings", settings);
        document.put("auditEntries", list(data.auditEntries(), PersonalDataJsonWriter::auditEntry));
        return document;
    }

    private static Map<String, @Nullable Object> team(Team team) {
        var json = object();
        json.put("id", text(team.id()));
        json.put("name", team.name());
        return json;
    }

    private static Map<String, @Nullable Object> rating(Assessment rating, PersonalData data) {
        var json = object();
        json.put("personId", text(rating.person()));
        json.put("skillId", text(rating.skill()));
        json.put("skill", data.skillNames().get(rating.skill()));
        json.put("level", rating.level().value());
        json.put(
                "interest", rating.interest() == null ? null : rating.interest().name());
        json.put("source", rating.source().name());
        json.put("assessorId", text(rating.assessor()));
        json.put("at", text(rating.assessedAt()));
        json.put("evidence", rating.evidence());
        return json;
    }

    private static Map<String, @Nullable Object> certificate(Certificate certificate, PersonalData data) {
        var json = object();
        json.put("id", text(certificate.id()));
        json.put("certificationId", text(certificate.certification()));
        json.put("certification", data.certificationNames().get(certificate.certification()));
        json.put("issued", text(certificate.issued()));
        json.put("expires", text(certificate.expires()));
        json.put("evidence", certificate.evidence());
        json.put("recordedAt", text(certificate.recordedAt()));
        json.put("verifiedBy", text(certificate.verifiedBy()));
        json.put("verifiedAt", text(certificate.verifiedAt()));
        return json;
    }

    private static Map<String, @Nullable Object> goal(DevelopmentGoal goal, PersonalData data) {
        var json = object();
        json.put("id", text(goal.id()));
        json.put("skillId", text(goal.skill()));
        json.put("skill", data.skillNames().get(goal.skill()));
        json.put("targetLevel", goal.target().value());
        json.put(
                "startLevel",
                goal.startLevel() == null ? null : goal.startLevel().value());
        json.put("mentorId", text(goal.mentor()));
        json.put("due", text(goal.due()));
        json.put("status", goal.status().name());
        json.put("setBy", text(goal.setBy()));
        json.put("setAt", text(goal.setAt()));
        return json;
    }

    private static Map<String, @Nullable Object> notification(Notification notification) {
        var json = object();
        json.put("id", text(notification.id()));
        json.put("kind", notification.kind().name());
        json.put("items", notification.items());
        json.put("date", text(notification.date()));
        json.put("link", notification.link());
        json.put("createdAt", text(notification.createdAt()));
        json.put("readAt", text(notification.readAt()));
        return json;
    }

    private static Map<String, @Nullable Object> auditEntry(AuditEntry entry) {
        var json = object();
        json.put("at", text(entry.at()));
        json.put("actorId", text(entry.actor()));
        json.put("action", entry.action());
        json.put("subject", entry.subject());
        json.put("detail", entry.detail());
        return json;
    }

    private static <T> List<Map<String, @Nullable Object>> list(
            List<T> items, Function<T, Map<String, @Nullable Object>> json) {
        return items.stream().map(json).toList();
    }

    private static Map<String, @Nullable Object> object() {
        return new LinkedHashMap<>();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
