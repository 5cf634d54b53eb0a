package vn.party.cadre;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.party.contracts.EventJson;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.party.cadre.CadreTree.API;
import static vn.party.cadre.CadreTree.appoint;
import static vn.party.cadre.CadreTree.as;
import static vn.party.cadre.CadreTree.cadre;
import static vn.party.cadre.CadreTree.organiserOf;
import static vn.party.cadre.CadreTree.position;

/**
 * The reporting service counts cadre figures by the level of the unit: every event of a post, an appointment, a
 * rotation, an accountability action and a training carries it, as the level of the unit the event names.
 */
@QuarkusTest
class CadreEventsCarryTheLevelTest {

    private static String levelOf(String type, String id) {
        ConsumerRecord<String, String> r = TopicProbe.find("cadre.events",
                        rec -> rec.value().contains("\"" + type + "\"") && rec.value().contains(id), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no " + type + " naming " + id));
        try {
            JsonNode data = EventJson.mapper().readTree(r.value()).path("data");
            return data.path("level").isNull() ? null : data.path("level").asText(null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyEventOfAPostAnAppointmentARotationAnActionAndATrainingCarriesTheUnitsLevel() {
        CadreTree tree = CadreTree.plant();
        String deputyHead = position(tree.a, "DEPUTY_DEPARTMENT_HEAD", 2);
        String secretary = position(tree.a1, "SECRETARY", 1);
        String c = cadre(tree.a, "Cấp Độ Sự Kiện", "1984-01-01", "MALE");
        String first = appoint(tree.a, deputyHead, c, "NOMINATION", "2020-01-01");
        String reappointment = as(organiserOf(tree.a)).body(Map.of("decisionNumber", "9-QĐ/TU", "effectiveOn", "2025-01-01"))
                .post(API + "/holdings/" + first + "/reappointments").then().statusCode(200).extract().path("holdingId");
        String rotation = as(organiserOf(tree.a)).body(Map.of("cadreId", c, "fromHoldingId", first, "toPositionId", secretary,
                        "direction", "DOWN", "effectiveOn", "2026-03-01", "decisionNumber", "77-QĐ/TU"))
                .post(API + "/rotations").then().statusCode(201).extract().path("id");
        String second = as(organiserOf(tree.a)).get(API + "/rotations/" + rotation).then().statusCode(200).extract().path("toHoldingId");
        String action = as(organiserOf(tree.a)).body(Map.of("cadreId", c, "unitCode", tree.a1, "kind", "REVIEW",
                        "reason", "để xảy ra sai phạm", "decisionNumber", "5-QĐ/ĐU", "decidedOn", "2026-05-12"))
                .post(API + "/accountability-actions").then().statusCode(201).extract().path("id");
        String programme = as(organiserOf(tree.province)).body(Map.of("unitCode", tree.province, "kind", "ADVANCED_POLITICAL_THEORY",
                        "name", "Lớp Cao cấp lý luận chính trị", "startsOn", "2026-02-02", "endsOn", "2026-12-20"))
                .post(API + "/training/programmes").then().statusCode(201).extract().path("id");
        String enrolment = as(organiserOf(tree.province)).body(Map.of("cadreId", c))
                .post(API + "/training/programmes/" + programme + "/enrolments").then().statusCode(201).extract().path("id");
        as(organiserOf(tree.province)).body(Map.of("completedOn", "2026-11-20"))
                .post(API + "/training/enrolments/" + enrolment + "/completion").then().statusCode(200);

        assertThat(reappointment).isEqualTo(first);
        assertThat(levelOf("cadre.position.holder_appointed.v1", first)).isEqualTo("INTERMEDIATE");
        assertThat(levelOf("cadre.appointment.appointed.v1", first)).isEqualTo("INTERMEDIATE");
        assertThat(levelOf("cadre.appointment.reappointed.v1", first)).isEqualTo("INTERMEDIATE");
        assertThat(levelOf("cadre.position.holder_ended.v1", first)).isEqualTo("INTERMEDIATE");
        assertThat(levelOf("cadre.rotation.rotated.v1", rotation)).isEqualTo("BASE");
        assertThat(levelOf("cadre.position.holder_appointed.v1", second)).isEqualTo("BASE");
        assertThat(levelOf("cadre.accountability.action_taken.v1", action)).isEqualTo("BASE");
        assertThat(levelOf("cadre.training.enrolled.v1", enrolment)).isEqualTo("PROVINCE");
        assertThat(levelOf("cadre.training.completed.v1", enrolment)).isEqualTo("PROVINCE");
    }
}
