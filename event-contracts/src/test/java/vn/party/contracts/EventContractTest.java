package vn.party.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EventContractTest {

    @Test
    void everyEventTypeHasASampleAndItsSchemaAcceptsIt() {
        Set<Class<?>> sampled = EventSamples.ALL.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(EventCatalog.ALL);

        for (DomainEvent event : EventSamples.ALL) {
            JsonNode json = EventJson.mapper().valueToTree(event);
            assertThat(EventSchemas.validate(event.eventType().schema(), json))
                    .as("%s as %s", event.eventType().value(), json)
                    .isEmpty();
        }
    }

    @Test
    void everyTypeNameFollowsTheNamingRuleAndIsUnique() {
        Set<String> names = EventCatalog.ALL.stream().map(c -> EventCatalog.typeOf(c).value()).collect(Collectors.toSet());
        assertThat(names).hasSameSizeAs(EventCatalog.ALL)
                .allMatch(n -> n.matches("^(membership|inspection|cadre)\\.[a-z_]+\\.[a-z_]+\\.v\\d+$"), "service.aggregate.event.vN");
    }

    @Test
    void aRecordReadBackEqualsTheOneWritten() throws Exception {
        for (DomainEvent event : EventSamples.ALL) {
            String json = EventJson.mapper().writeValueAsString(event);
            assertThat(EventJson.mapper().readValue(json, event.getClass())).isEqualTo(event);
        }
    }

    @Test
    void aBaseOrganisationWithoutItsTypeIsRefusedAndACellWithOneToo() {
        ObjectNode base = EventJson.mapper().valueToTree(EventSamples.ALL.get(0));
        base.putNull("organisationType");
        assertThat(EventSchemas.validate(EventSamples.ALL.get(0).eventType().schema(), base)).isNotEmpty();
        ObjectNode top = EventJson.mapper().valueToTree(EventSamples.ALL.get(1));
        top.put("organisationType", "SCHOOL");
        assertThat(EventSchemas.validate(EventSamples.ALL.get(1).eventType().schema(), top)).isNotEmpty();
    }

    @Test
    void theSchemaRefusesADocumentThatBreaksIt() {
        DomainEvent sample = EventSamples.ALL.get(0);
        ObjectNode json = EventJson.mapper().valueToTree(sample);
        json.put("unitCode", "Has-Upper-And-Dash");
        json.remove("effectiveDate");
        json.put("nationalId", "001203004567");

        assertThat(EventSchemas.validate(sample.eventType().schema(), json))
                .hasSizeGreaterThanOrEqualTo(3)
                .anyMatch(e -> e.contains("unitCode"))
                .anyMatch(e -> e.contains("effectiveDate"))
                .anyMatch(e -> e.contains("nationalId"));
    }

    /** The reporting service counts cadre figures by level: every cadre event but the salary base carries it. */
    @Test
    void everyCadreEventSampleCarriesTheUnitsLevelAndAnOldOneWithoutItIsStillAccepted() {
        List<DomainEvent> cadre = EventSamples.ALL.stream()
                .filter(e -> e.eventType().value().startsWith("cadre.") && !(e instanceof vn.party.contracts.cadre.SalaryBaseChanged))
                .toList();
        assertThat(cadre).hasSizeGreaterThanOrEqualTo(11);
        for (DomainEvent event : cadre) {
            ObjectNode json = EventJson.mapper().valueToTree(event);
            assertThat(json.path("level").asText()).as(event.eventType().value()).isIn("PROVINCE", "INTERMEDIATE", "BASE");
            json.put("level", "DISTRICT");
            assertThat(EventSchemas.validate(event.eventType().schema(), json)).as(event.eventType().value()).isNotEmpty();
            if (!event.eventType().value().startsWith("cadre.plan.")) { // plan entries carried it from the start
                json.remove("level");
                assertThat(EventSchemas.validate(event.eventType().schema(), json)).as("an old " + event.eventType().value()).isEmpty();
            }
        }
    }
}
