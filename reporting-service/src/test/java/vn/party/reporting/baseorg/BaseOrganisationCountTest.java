package vn.party.reporting.baseorg;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitDissolved;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.contracts.membership.OrgUnitRenamed;
import vn.party.testsupport.DatabaseOutage;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.party.testsupport.MembershipEventsFixture.publish;
import static vn.party.testsupport.MembershipEventsFixture.send;

/** The slice's consuming end: membership events in, the base-organisation count out. */
@QuarkusTest
class BaseOrganisationCountTest {

    private static final LocalDate JULY_FIRST = LocalDate.of(2025, 7, 1);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    CountingListener listener;

    private String province;
    private String districtA;
    private String districtB;

    @BeforeEach
    void aProvinceWithTwoDistricts() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        province = "r_" + run;
        districtA = province + "_a";
        districtB = province + "_b";
        publish(new OrgUnitFounded(province, "Đảng bộ tỉnh", UnitKind.PROVINCE_COMMITTEE, null, null, List.of(province), JULY_FIRST));
        publish(intermediate(districtA));
        publish(intermediate(districtB));
        await().atMost(PATIENCE).untilAsserted(() -> count(provinceAdmin(), districtB).statusCode(200));
    }

    @Test
    void theCountFollowsTheFoundingsBelowAUnitByType() {
        publish(base(districtA + "_x1", districtA, UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD));
        publish(base(districtA + "_x2", districtA, UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD));
        publish(base(districtA + "_s1", districtA, UnitKind.BASE_CELL, OrganisationType.SCHOOL));
        publish(new OrgUnitFounded(districtA + "_x1_c1", "Chi bộ thôn 1", UnitKind.CELL, null, districtA + "_x1",
                List.of(province, districtA, districtA + "_x1", districtA + "_x1_c1"), JULY_FIRST));
        publish(base(districtB + "_h1", districtB, UnitKind.BASE_CELL, OrganisationType.HEALTH));

        await().atMost(PATIENCE).untilAsserted(() -> count(adminOf(districtA), districtA).statusCode(200)
                .body("total", equalTo(3))
                .body("byType.COMMUNE_WARD", equalTo(2))
                .body("byType.SCHOOL", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> count(viewerOf(province), province).statusCode(200)
                .body("total", equalTo(4))
                .body("byType.HEALTH", equalTo(1)));
    }

    @Test
    void communesWardsAndTownsCountApartBesideTheUndividedOnesAndCellsCountByKind() {
        String commune = districtA + "_xa";
        publish(base(commune, districtA, UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE));
        publish(base(districtA + "_ph", districtA, UnitKind.BASE_COMMITTEE, OrganisationType.WARD));
        publish(base(districtA + "_ph2", districtA, UnitKind.BASE_COMMITTEE, OrganisationType.WARD));
        publish(base(districtA + "_tt", districtA, UnitKind.BASE_COMMITTEE, OrganisationType.TOWN));
        // recorded before communes, wards and towns were told apart: a line of its own
        publish(base(districtA + "_cu", districtA, UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD));
        publish(cell(commune, "_c1", vn.party.contracts.CellKind.RESIDENTIAL));
        publish(cell(commune, "_c2", vn.party.contracts.CellKind.RESIDENTIAL));
        publish(cell(commune, "_c3", vn.party.contracts.CellKind.CREDIT_FUND));
        publish(cell(commune, "_c4", null));
        publish(cell(commune, "_c5", vn.party.contracts.CellKind.SCHOOL));
        publish(new OrgUnitDissolved(commune + "_c5", List.of(province, districtA, commune, commune + "_c5"), JULY_FIRST));

        await().atMost(PATIENCE).untilAsserted(() -> count(adminOf(districtA), districtA).statusCode(200)
                .body("total", equalTo(5))
                .body("byType.COMMUNE", equalTo(1))
                .body("byType.WARD", equalTo(2))
                .body("byType.TOWN", equalTo(1))
                .body("byType.COMMUNE_WARD", equalTo(1))
                .body("cells", equalTo(4))
                .body("cellsByKind.RESIDENTIAL", equalTo(2))
                .body("cellsByKind.CREDIT_FUND", equalTo(1))
                .body("cellsByKind.SCHOOL", equalTo(0))
                .body("cellsUnclassified", equalTo(1)));
        count(adminOf(districtB), districtB).statusCode(200).body("cells", equalTo(0)).body("cellsByKind.RESIDENTIAL", equalTo(0));
    }

    private OrgUnitFounded cell(String parent, String suffix, vn.party.contracts.CellKind kind) {
        String code = parent + suffix;
        return new OrgUnitFounded(code, "Chi bộ " + code, UnitKind.CELL, null, parent,
                List.of(province, districtA, parent, code), JULY_FIRST, kind);
    }

    @Test
    void aDuplicateDeliveryCountsOnce() {
        UUID eventId = UUID.randomUUID();
        OrgUnitFounded founded = base(districtA + "_dup", districtA, UnitKind.BASE_CELL, OrganisationType.COOPERATIVE);
        publish(founded, eventId);
        publish(founded, eventId);
        publish(base(districtA + "_after", districtA, UnitKind.BASE_CELL, OrganisationType.ARMY));

        await().atMost(PATIENCE).untilAsserted(() -> count(adminOf(districtA), districtA)
                .body("byType.ARMY", equalTo(1)));
        count(adminOf(districtA), districtA).body("byType.COOPERATIVE", equalTo(1)).body("total", equalTo(2));
        assertThat(listener.deliveriesOf(eventId)).as("projections run once per event id").isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String garbageKey = "garbage-" + UUID.randomUUID();
        send(garbageKey, "this is not a CloudEvent {");
        UUID badId = UUID.randomUUID();
        String badKey = districtA + "_bad";
        // a unit code with upper case and a dash breaks the schema
        send(badKey, vn.party.testsupport.MembershipEventsFixture.cloudEvent(
                base("Not-A-Code", districtA, UnitKind.BASE_CELL, OrganisationType.SCHOOL), badId));
        publish(base(districtA + "_good", districtA, UnitKind.BASE_CELL, OrganisationType.STATE_ENTERPRISE));

        await().atMost(PATIENCE).untilAsserted(() -> count(adminOf(districtA), districtA)
                .body("byType.STATE_ENTERPRISE", equalTo(1)));
        ConsumerRecord<String, String> garbage = deadLetter(garbageKey);
        assertThat(header(garbage, "dead-letter-reason")).contains("not a CloudEvent");
        ConsumerRecord<String, String> bad = deadLetter(badKey);
        assertThat(header(bad, "dead-letter-reason")).contains("fails its schema");
        count(adminOf(districtA), districtA).body("total", equalTo(1));
    }

    @Test
    void aDatabaseOutageDuringConsumptionIsRetriedNotDeadLettered() throws Exception {
        String unit = districtA + "_outage";
        try (DatabaseOutage outage = DatabaseOutage.begin("reporting")) {
            publish(base(unit, districtA, UnitKind.BASE_CELL, OrganisationType.PRIVATE_ENTERPRISE));
            Thread.sleep(3000); // the consumer meets the outage and retries meanwhile
        }
        await().atMost(PATIENCE).untilAsserted(() -> count(adminOf(districtA), districtA)
                .body("byType.PRIVATE_ENTERPRISE", equalTo(1)));
        assertThat(TopicProbe.find("membership.events.dlq", r -> unit.equals(r.key()), Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aReplayedDeadLetterIsProcessedOnce() {
        OrgUnitFounded founded = base(districtA + "_replayed", districtA, UnitKind.BASE_CELL, OrganisationType.POLICE);
        String json = vn.party.testsupport.MembershipEventsFixture.cloudEvent(founded, UUID.randomUUID());
        // as if it had been dead-lettered by an earlier bug that is now fixed
        TopicProbe.send("membership.events.dlq", founded.subject(), json, Map.of("dead-letter-reason", "a bug, since fixed",
                "dead-letter-consumer", "reporting-service/membership-events"));
        // another service's letter is not ours to replay
        OrgUnitFounded foreign = base(districtA + "_foreign", districtA, UnitKind.BASE_CELL, OrganisationType.POLICE);
        TopicProbe.send("membership.events.dlq", foreign.subject(),
                vn.party.testsupport.MembershipEventsFixture.cloudEvent(foreign, UUID.randomUUID()),
                Map.of("dead-letter-reason", "x", "dead-letter-consumer", "cadre-service/membership-events"));

        given().auth().oauth2(provinceAdmin()).post("/api/reporting/v1/admin/dead-letters/membership.events/replay")
                .then().statusCode(200).body("consumer", equalTo("reporting-service/membership-events"));
        await().atMost(PATIENCE).untilAsserted(() -> count(adminOf(districtA), districtA)
                .body("byType.POLICE", equalTo(1)));
        given().auth().oauth2(provinceAdmin()).post("/api/reporting/v1/admin/dead-letters/membership.events/replay")
                .then().statusCode(200).body("replayed", equalTo(0));
        count(adminOf(districtA), districtA).body("byType.POLICE", equalTo(1));
        // a dead letter is a copy of a record on the topic itself: the original, delivered after the replay, is a
        // duplicate (and a rebuild, which reads the topic, finds the event there as the live consumer counted it)
        long counted = eventsProjected();
        TopicProbe.send("membership.events", founded.subject(), json, Map.of());
        // a later event under the same key lands behind the original on its partition: once it shows, the original
        // has been read, and only the later one counts
        OrgUnitFounded later = base(districtA + "_later", districtA, UnitKind.BASE_CELL, OrganisationType.STATE_AGENCY);
        TopicProbe.send("membership.events", founded.subject(),
                vn.party.testsupport.MembershipEventsFixture.cloudEvent(later, UUID.randomUUID()), Map.of());
        await().atMost(PATIENCE).untilAsserted(() -> count(adminOf(districtA), districtA)
                .body("byType.STATE_AGENCY", equalTo(1)));
        count(adminOf(districtA), districtA).body("byType.POLICE", equalTo(1));
        assertThat(eventsProjected()).isEqualTo(counted + 1);

        given().auth().oauth2(adminOf(districtA)).post("/api/reporting/v1/admin/dead-letters/membership.events/replay")
                .then().statusCode(403);
        given().auth().oauth2(provinceAdmin()).post("/api/reporting/v1/admin/dead-letters/nonsense/replay")
                .then().statusCode(404);
    }

    @Test
    void aRenameShowsInTheCount() {
        publish(new OrgUnitRenamed(districtA, "Đảng bộ " + districtA, "Đảng bộ các cơ quan Đảng tỉnh",
                List.of(province, districtA), JULY_FIRST));
        await().atMost(PATIENCE).untilAsserted(() -> count(adminOf(districtA), districtA)
                .body("unitName", equalTo("Đảng bộ các cơ quan Đảng tỉnh")));
    }

    @Test
    void aMovedBaseOrganisationCountsUnderItsNewParentAndADissolvedOneNoLonger() {
        String school = districtA + "_sch";
        String commune = districtA + "_xa";
        publish(base(school, districtA, UnitKind.BASE_CELL, OrganisationType.SCHOOL));
        publish(base(commune, districtA, UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD));
        publish(new OrgUnitFounded(commune + "_c1", "Chi bộ thôn 1", UnitKind.CELL, null, commune,
                List.of(province, districtA, commune, commune + "_c1"), JULY_FIRST));
        await().atMost(PATIENCE).untilAsserted(() -> count(adminOf(districtA), districtA).body("total", equalTo(2)));

        // 2025-07-01: the district is abolished, the commune stands directly under the province
        publish(new OrgUnitMoved(commune, province, List.of(province, districtA, commune), List.of(province, commune), JULY_FIRST));
        publish(new OrgUnitDissolved(school, List.of(province, districtA, school), JULY_FIRST));
        await().atMost(PATIENCE).untilAsserted(() -> count(adminOf(districtA), districtA).body("total", equalTo(0)));
        count(adminOf(commune), commune).statusCode(200);
        count(adminOf(districtA), commune).statusCode(404);
        count(adminOf(commune + "_c1"), commune + "_c1").statusCode(200);
        count(viewerOf(province), province).body("total", equalTo(1)).body("byType.COMMUNE_WARD", equalTo(1));
    }

    @Test
    void callersSeeOnlyTheirSubtreeAndNeedAToken() {
        count(adminOf(districtB), districtA).statusCode(404).contentType("application/problem+json");
        count(adminOf(districtB), province).statusCode(404);
        count(adminOf(districtB), "no_such_unit").statusCode(404);
        given().get("/api/reporting/v1/units/" + districtA + "/base-organisations").then().statusCode(401);
        count(TestTokens.token("stranger", "unknown_unit", "viewer"), districtA).statusCode(403);
        count(TestTokens.token("no-role", province), districtA).statusCode(403);
    }

    private ValidatableResponse count(String token, String unit) {
        return given().auth().oauth2(token).get("/api/reporting/v1/units/" + unit + "/base-organisations").then();
    }

    /** How many membership.events the read models have taken, as the answers' freshness says. */
    private long eventsProjected() {
        return ((Number) given().auth().oauth2(provinceAdmin()).queryParam("date", "2026-01-01")
                .get("/api/reporting/v1/units/" + province + "/organisations").then().statusCode(200).extract()
                .path("freshness.'membership.events'.eventsProjected")).longValue();
    }

    private static ConsumerRecord<String, String> deadLetter(String key) {
        return TopicProbe.find("membership.events.dlq", r -> key.equals(r.key()), PATIENCE)
                .orElseThrow(() -> new AssertionError("nothing dead-lettered under key " + key));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private OrgUnitFounded intermediate(String code) {
        return new OrgUnitFounded(code, "Đảng bộ " + code, UnitKind.INTERMEDIATE_COMMITTEE, null, province,
                List.of(province, code), JULY_FIRST);
    }

    private OrgUnitFounded base(String code, String parent, UnitKind kind, OrganisationType type) {
        return new OrgUnitFounded(code, "Tổ chức cơ sở " + code, kind, type, parent, List.of(province, parent, code), JULY_FIRST);
    }

    private String provinceAdmin() {
        return TestTokens.token("province-admin", province, "province-admin");
    }

    private String viewerOf(String unit) {
        return TestTokens.token("viewer", unit, "viewer");
    }

    private static String adminOf(String unit) {
        return TestTokens.token("admin-of-" + unit, unit, "unit-admin");
    }
}
