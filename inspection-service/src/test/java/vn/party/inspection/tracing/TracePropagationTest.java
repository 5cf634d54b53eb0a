package vn.party.inspection.tracing;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.inspection.InspectionTestTree;
import vn.party.orgreplica.MemberReplica;
import vn.party.testsupport.MembershipEventsFixture;
import vn.party.testsupport.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.party.inspection.InspectionTestTree.API;
import static vn.party.inspection.InspectionTestTree.inspectorOf;
import static vn.party.inspection.InspectionTestTree.post;

/**
 * One change is one trace: the request's trace id goes with its event through the outbox onto the topic, and
 * a consumer processes a record in a span whose parent is the span its {@code traceparent} header names.
 */
@QuarkusTest
class TracePropagationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    MemberReplica replica;

    @Inject
    RecordedSpans spans;

    @Test
    void anEventPublishedFromARequestCarriesTheRequestsTraceIdToKafka() {
        InspectionTestTree tree = InspectionTestTree.plant(replica);
        String body = tree.body(tree.districtA, "INSPECTION_COMMISSION");
        String traceId = hex(32);
        String callerSpan = hex(16);

        // the subject's unit reaches the replica on its own partition, maybe after the body's district: a 404
        // until then changes nothing, so the request is sent again until the replica has it
        String[] created = new String[1];
        await().atMost(PATIENCE).until(() -> {
            var response = post(inspectorOf(tree.districtA), Map.of("bodyId", body, "activity", "INSPECTION", "kind", "DUES",
                    "planned", false, "title", "Kiểm tra", "decidedOn", "2026-04-01",
                    "subjects", List.of(Map.of("subjectKind", "ORGANISATION", "unitCode", tree.baseA))))
                    .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                    .post(API + "/cases");
            assertThat(response.statusCode()).as(response.body().asString()).isIn(201, 404);
            created[0] = response.statusCode() == 201 ? response.path("id") : null;
            return created[0] != null;
        });
        String caseId = created[0];

        ConsumerRecord<String, String> event = TopicProbe.find("inspection.events", r -> caseId.equals(r.key()), PATIENCE)
                .orElseThrow(() -> new AssertionError("no event for case " + caseId + " on inspection.events"));
        String header = new String(event.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        assertThat(header).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        // the header names the service's own server span, a child of the caller's, not the caller's span itself
        String serverSpan = header.split("-")[2];
        assertThat(serverSpan).isNotEqualTo(callerSpan);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(spans.ofTrace(traceId))
                .anySatisfy(s -> {
                    assertThat(s.getSpanId()).isEqualTo(serverSpan);
                    assertThat(s.getKind()).isEqualTo(SpanKind.SERVER);
                    assertThat(s.getParentSpanId()).isEqualTo(callerSpan);
                }));
    }

    @Test
    void aConsumerProcessesAnEventInAChildOfTheProducersSpan() {
        String traceId = hex(32);
        String producerSpan = hex(16);
        String code = "t_" + UUID.randomUUID().toString().substring(0, 8);
        OrgUnitFounded founded = new OrgUnitFounded(code, "Đảng bộ " + code, UnitKind.PROVINCE_COMMITTEE, null, null,
                List.of(code), LocalDate.of(2020, 1, 1));
        UUID eventId = UUID.randomUUID();
        TopicProbe.send(MembershipEventsFixture.TOPIC, code, MembershipEventsFixture.cloudEvent(founded, eventId),
                Map.of("content-type", "application/cloudevents+json; charset=UTF-8",
                        "traceparent", "00-" + traceId + "-" + producerSpan + "-01"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<SpanData> trace = spans.ofTrace(traceId);
            assertThat(trace).anySatisfy(s -> {
                assertThat(s.getName()).isEqualTo("membership.events process");
                assertThat(s.getKind()).isEqualTo(SpanKind.CONSUMER);
                assertThat(s.getParentSpanId()).isEqualTo(producerSpan);
                assertThat(s.getAttributes().asMap().values()).contains(eventId.toString());
            });
        });
    }

    private static String hex(int digits) {
        StringBuilder s = new StringBuilder();
        while (s.length() < digits) {
            s.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return s.substring(0, digits);
    }
}
