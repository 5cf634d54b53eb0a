package vn.party.reporting.baseorg;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.contracts.membership.OrgUnitRenamed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.party.backbone.inbox.IncomingEvents;
import vn.party.orgreplica.MembershipEventsConsumer;
import vn.party.reporting.freshness.FreshnessProjection;
import vn.party.reporting.freshness.ReportProgress;
import vn.party.contracts.EventJson;
import vn.party.testsupport.DatabaseOutage;
import vn.party.testsupport.MembershipEventsFixture;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.party.testsupport.MembershipEventsFixture.cloudEvent;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * membership.events is consumed a poll at a time, in one transaction: the batches here are handed to the consumer as a
 * poll would hand them (so that what is in one batch is certain), and through the broker during a database outage.
 */
@QuarkusTest
class BatchConsumptionTest {

    private static final LocalDate JULY_FIRST = LocalDate.of(2025, 7, 1);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Offsets far beyond what the tests put on the topic, so the dead letters of these batches are told apart. */
    private static final AtomicLong OFFSETS = new AtomicLong(System.currentTimeMillis() * 10);

    @Inject
    MembershipEventsConsumer consumer;

    @Inject
    CountingListener listener;

    @Inject
    IncomingEvents incoming;

    @Inject
    FreshnessProjection freshness;

    private String province;
    private String district;

    @BeforeEach
    void aProvinceWithADistrict() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        province = "b_" + run;
        district = province + "_a";
        consume(records(
                cloudEvent(new OrgUnitFounded(province, "Đảng bộ tỉnh", UnitKind.PROVINCE_COMMITTEE, null, null,
                        List.of(province), JULY_FIRST), UUID.randomUUID()),
                cloudEvent(new OrgUnitFounded(district, "Đảng bộ huyện", UnitKind.INTERMEDIATE_COMMITTEE, null, province,
                        List.of(province, district), JULY_FIRST), UUID.randomUUID())));
        count(district).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aBatchThatHoldsAnEventTwiceCountsItOnce() {
        UUID twice = UUID.randomUUID();
        UUID once = UUID.randomUUID();
        consume(records(
                cloudEvent(base("_dup", OrganisationType.COOPERATIVE), twice),
                cloudEvent(base("_dup", OrganisationType.COOPERATIVE), twice),
                cloudEvent(base("_army", OrganisationType.ARMY), once)));

        count(district).body("byType.COOPERATIVE", equalTo(1)).body("byType.ARMY", equalTo(1)).body("total", equalTo(2));
        assertThat(listener.deliveriesOf(twice)).as("projections run once per event id").isEqualTo(1);

        // the same events in a later poll are duplicates of the first: nothing changes
        consume(records(cloudEvent(base("_dup", OrganisationType.COOPERATIVE), twice),
                cloudEvent(base("_army", OrganisationType.ARMY), once)));
        count(district).body("total", equalTo(2));
        assertThat(listener.deliveriesOf(twice)).isEqualTo(1);
    }

    @Test
    void aCommuneFoundedWithItsCellAndMovedInOneBatchStandsWithItsCellWhereItWasMoved() {
        String commune = district + "_xa";
        String cell = commune + "_c1";
        consume(records(
                cloudEvent(new OrgUnitFounded(commune, "Đảng bộ xã", UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD,
                        district, List.of(province, district, commune), JULY_FIRST), UUID.randomUUID()),
                cloudEvent(new OrgUnitFounded(cell, "Chi bộ thôn 1", UnitKind.CELL, null, commune,
                        List.of(province, district, commune, cell), JULY_FIRST), UUID.randomUUID()),
                // the district is abolished the same day: the commune stands directly under the province
                cloudEvent(new OrgUnitMoved(commune, province, List.of(province, district, commune), List.of(province, commune),
                        JULY_FIRST), UUID.randomUUID())));

        count(district).body("total", equalTo(0)).body("cells", equalTo(0));
        count(province).body("total", equalTo(1)).body("byType.COMMUNE_WARD", equalTo(1)).body("cells", equalTo(1));
        count(commune).statusCode(200).body("cells", equalTo(1));
    }

    @Test
    void theFreshnessOfABatchCountsEachEventOnceAndNamesItsNewest() {
        // a topic of this test's own, so that the live consumers' progress does not mix in
        String topic = "test." + UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID newest = UUID.randomUUID();
        List<ConsumerRecord<String, String>> records = records(
                cloudEvent(base("_f1", OrganisationType.SCHOOL), first),
                cloudEvent(base("_f2", OrganisationType.SCHOOL), UUID.randomUUID()),
                cloudEvent(base("_f1", OrganisationType.SCHOOL), first),
                cloudEvent(base("_f3", OrganisationType.SCHOOL), newest));
        incoming.processBatch("freshness-" + topic, records, event -> freshness.record(topic, event));
        ReportProgress progress = progressOf(topic);
        assertThat(progress.events).isEqualTo(3);
        assertThat(progress.newestEventId).isEqualTo(newest);

        // the next batch adds to the same row
        incoming.processBatch("freshness-" + topic, records(cloudEvent(base("_f4", OrganisationType.SCHOOL), first),
                cloudEvent(base("_f5", OrganisationType.SCHOOL), UUID.randomUUID())), event -> freshness.record(topic, event));
        assertThat(progressOf(topic).events).isEqualTo(4);
    }

    @Test
    void aPoisonRecordInTheMiddleOfABatchIsDeadLetteredAndTheRecordsAroundItApply() {
        String unknown = district + "_never_founded";
        List<ConsumerRecord<String, String>> records = records(
                cloudEvent(base("_before", OrganisationType.SCHOOL), UUID.randomUUID()),
                "this is not a CloudEvent {",
                // a valid event that the tree replica refuses: the batch is rolled back and applied record by record
                cloudEvent(new OrgUnitRenamed(unknown, "Tên cũ", "Tên mới", List.of(province, district, unknown), JULY_FIRST),
                        UUID.randomUUID()),
                cloudEvent(base("_after", OrganisationType.POLICE), UUID.randomUUID()));
        consumer.consume(poll(records));
        alsoOnTheTopic(List.of(records.get(0), records.get(3)));

        count(district).body("byType.SCHOOL", equalTo(1)).body("byType.POLICE", equalTo(1)).body("total", equalTo(2));
        assertThat(reason(deadLetter(records.get(1)))).contains("not a CloudEvent");
        assertThat(reason(deadLetter(records.get(2)))).contains("rename of unit " + unknown);
        assertThat(TopicProbe.find("membership.events.dlq", r -> offset(r) == records.get(0).offset()
                || offset(r) == records.get(3).offset(), Duration.ofSeconds(3))).as("the good records are not dead letters")
                .isEmpty();
    }

    @Test
    void aDatabaseOutageDuringABatchIsRetriedNotDeadLettered() throws Exception {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            values.add(cloudEvent(base("_outage" + i, OrganisationType.PRIVATE_ENTERPRISE), UUID.randomUUID()));
        }
        List<ConsumerRecord<String, String>> records = records(values.toArray(String[]::new));
        CompletableFuture<Void> consumed;
        try (DatabaseOutage outage = DatabaseOutage.begin("reporting")) {
            consumed = CompletableFuture.runAsync(() -> consumer.consume(poll(records)));
            Thread.sleep(3000); // the consumer meets the outage with the whole batch, and retries meanwhile
            assertThat(consumed).as("the batch waits for the database").isNotDone();
        }
        consumed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        alsoOnTheTopic(records);
        count(district).body("byType.PRIVATE_ENTERPRISE", equalTo(5));
        assertThat(TopicProbe.find("membership.events.dlq", r -> records.stream().anyMatch(o -> o.offset() == offset(r)),
                Duration.ofSeconds(3))).isEmpty();

        // and through the broker: events published during an outage are applied once it is over
        List<String> units = new ArrayList<>();
        try (DatabaseOutage outage = DatabaseOutage.begin("reporting")) {
            for (int i = 0; i < 3; i++) {
                OrgUnitFounded founded = base("_broker" + i, OrganisationType.STATE_AGENCY);
                units.add(founded.unitCode());
                publish(founded);
            }
            Thread.sleep(3000);
        }
        await().atMost(PATIENCE).untilAsserted(() -> count(district).body("byType.STATE_AGENCY", equalTo(3)));
        assertThat(TopicProbe.find("membership.events.dlq", r -> units.contains(r.key()), Duration.ofSeconds(3))).isEmpty();
    }

    private OrgUnitFounded base(String suffix, OrganisationType type) {
        String code = district + suffix;
        return new OrgUnitFounded(code, "Tổ chức cơ sở " + code, UnitKind.BASE_CELL, type, district,
                List.of(province, district, code), JULY_FIRST);
    }

    /** Records of one partition in consecutive offsets, as one poll returns them, keyed by their subject. */
    private static List<ConsumerRecord<String, String>> records(String... values) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (String value : values) {
            String key;
            try {
                key = EventJson.mapper().readTree(value).path("subject").asText("none");
            } catch (Exception e) {
                key = "unreadable";
            }
            records.add(new ConsumerRecord<>("membership.events", 0, OFFSETS.incrementAndGet(), key, value));
        }
        return records;
    }

    /** Hands the records to the consumer as one poll, then puts them on the topic (where a rebuild finds them). */
    private void consume(List<ConsumerRecord<String, String>> records) {
        consumer.consume(poll(records));
        alsoOnTheTopic(records);
    }

    /**
     * The read models are a function of the topic: what the tests hand the consumer directly goes on the topic as well
     * (the live consumer takes it there as a duplicate), so that a rebuild in a later test finds the same events.
     */
    private static void alsoOnTheTopic(List<ConsumerRecord<String, String>> applied) {
        applied.forEach(r -> MembershipEventsFixture.send(r.key(), r.value()));
    }

    private static ConsumerRecords<String, String> poll(List<ConsumerRecord<String, String>> records) {
        return new ConsumerRecords<>(Map.of(new TopicPartition("membership.events", 0), records), Map.of());
    }

    private static ConsumerRecord<String, String> deadLetter(ConsumerRecord<String, String> original) {
        return TopicProbe.find("membership.events.dlq", r -> offset(r) == original.offset(), PATIENCE)
                .orElseThrow(() -> new AssertionError("offset " + original.offset() + " was not dead-lettered"));
    }

    private static long offset(ConsumerRecord<String, String> letter) {
        String offset = header(letter, "dead-letter-offset");
        return offset.isEmpty() ? -1 : Long.parseLong(offset);
    }

    private static String reason(ConsumerRecord<String, String> letter) {
        return header(letter, "dead-letter-reason");
    }

    private static ReportProgress progressOf(String topic) {
        return QuarkusTransaction.requiringNew().call(() -> ReportProgress.<ReportProgress>findById(topic));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private ValidatableResponse count(String unit) {
        return given().auth().oauth2(TestTokens.token("province-admin", province, "province-admin"))
                .get("/api/reporting/v1/units/" + unit + "/base-organisations").then();
    }
}
