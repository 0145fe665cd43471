package org.skillsmatrix.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.TestOrganisation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PersonalDataJsonWriterTest {

    final TestOrganisation org = new TestOrganisation();

    @Test
    void writesWhatThePersonsDataHoldsAsJson() throws IOException {
        var kafka = org.skill("Kafka");
        var ada = org.person("Ada Lovelace");
        var maya = org.person("Maya Schmidt");
        var hannah = org.person("Hannah Ruiz");
        org.team("Payments", List.of(ada), List.of(maya));
        var rated = org.selfRated(ada, kafka, Level.PROFICIENT);
        org.managerRated(maya, ada, kafka, Level.WORKING_KNOWLEDGE);
        org.setDevelopmentGoals.set(manager(maya), ada.id(), kafka.id(), Level.EXPERT, null, LocalDate.of(2026, 1, 31));
        var data = org.exportPersonalData.read(hr(hannah), ada.id());

        var out = new ByteArrayOutputStream();
        new PersonalDataJsonWriter().write(data, out);
        JsonNode json = JsonMapper.builder().build().readTree(out.toByteArray());

        assertThat(json.get("person").get("id").asString()).isEqualTo(ada.id().toString());
        assertThat(json.get("person").get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(json.get("person").get("email").asString()).isEqualTo(ada.email());
        assertThat(json.get("person").get("active").asBoolean()).isTrue();
        assertThat(json.get("memberOf").get(0).get("name").asString()).isEqualTo("Payments");
        assertThat(json.get("manages")).isEmpty();
        assertThat(json.get("ratingsReceived")).hasSize(2);
        var self = json.get("ratingsReceived").get(1);
        assertThat(self.get("skill").asString()).isEqualTo("Kafka");
        assertThat(self.get("level").asInt()).isEqualTo(3);
        assertThat(self.get("source").asString()).isEqualTo("SELF");
        assertThat(self.get("interest").asString()).isEqualTo("NEUTRAL");
        assertThat(self.get("at").asString()).isEqualTo(rated.assessedAt().toString());
        assertThat(self.get("evidence").isNull()).isTrue();
        assertThat(json.get("ratingsReceived").get(0).get("assessorId").asString())
                .isEqualTo(maya.id().toString());
        assertThat(json.get("ratingsGiven")).isEmpty();
        assertThat(json.get("developmentGoals").get(0).get("due").asString()).isEqualTo("2026-01-31");
        assertThat(json.get("developmentGoals").get(0).get("targetLevel").asInt())
                .isEqualTo(4);
        assertThat(json.get("notificationSettings").get("email").asBoolean()).isTrue();
        assertThat(json.get("auditEntries").get(0).get("action").asString()).isEqualTo("goal.set");
        assertThat(json.get("certificates")).isEmpty();
        assertThat(json.get("notifications")).isEmpty();
    }
}
