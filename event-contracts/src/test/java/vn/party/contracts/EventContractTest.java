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

    @Test
    void anAdmissionTargetEventWrittenBeforeTargetsHadASetterReadsAsTheCommitteeAbovesTarget() throws Exception {
        String old = """
                {"unitCode":"bn_xa_phu_chan","path":["bn","bn_xa_phu_chan"],"period":"2025","target":30,
                 "effectiveDate":"2025-01-10"}""";
        assertThat(EventSchemas.validate("schemas/membership/admission_target.set.v1.json", EventJson.mapper().readTree(old)))
                .isEmpty();
        assertThat(EventJson.mapper().readValue(old, vn.party.contracts.membership.AdmissionTargetSet.class).setter())
                .isEqualTo(vn.party.contracts.membership.TargetSetter.SUPERIOR);
        ObjectNode unknown = (ObjectNode) EventJson.mapper().readTree(old);
        unknown.put("setter", "PROVINCE");
        assertThat(EventSchemas.validate("schemas/membership/admission_target.set.v1.json", unknown)).isNotEmpty();
    }

    @Test
    void aFoundingWrittenBeforeCellsHadAKindStillReadsAndOnlyACellTakesAKind() throws Exception {
        String old = """
                {"unitCode":"bn_x_cb1","name":"Chi bộ 1","kind":"CELL","organisationType":null,"parentCode":"bn_x",
                 "path":["bn","bn_x","bn_x_cb1"],"effectiveDate":"2020-01-01"}""";
        assertThat(EventSchemas.validate("schemas/membership/orgunit.founded.v1.json", EventJson.mapper().readTree(old))).isEmpty();
        assertThat(EventJson.mapper().readValue(old, vn.party.contracts.membership.OrgUnitFounded.class).cellKind()).isNull();

        ObjectNode base = EventJson.mapper().valueToTree(EventSamples.ALL.get(0));
        base.put("cellKind", "SCHOOL");
        assertThat(EventSchemas.validate(EventSamples.ALL.get(0).eventType().schema(), base)).isNotEmpty();
        ObjectNode cell = (ObjectNode) EventJson.mapper().readTree(old);
        cell.put("cellKind", "BARRACKS");
        assertThat(EventSchemas.validate("schemas/membership/orgunit.founded.v1.json", cell)).isNotEmpty();
    }

    @Test
    void communesWardsAndTownsAreTypesOfTheirOwnAndTheLegacyTypeStillValidates() {
        for (OrganisationType type : java.util.List.of(OrganisationType.COMMUNE, OrganisationType.WARD, OrganisationType.TOWN,
                OrganisationType.COMMUNE_WARD)) {
            ObjectNode base = EventJson.mapper().valueToTree(EventSamples.ALL.get(0));
            base.put("organisationType", type.name());
            assertThat(EventSchemas.validate(EventSamples.ALL.get(0).eventType().schema(), base)).as(type.name()).isEmpty();
        }
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
