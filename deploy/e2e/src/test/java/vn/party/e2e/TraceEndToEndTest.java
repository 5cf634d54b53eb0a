package vn.party.e2e;

import org.junit.jupiter.api.Test;
import vn.party.e2e.demo.DemoData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One write, one trace: a unit founded through the gateway with a known {@code traceparent} is projected by
 * reporting-service under that trace id (its "processed" log line, DEBUG and kept by deploy/suite, JSON in %prod,
 * carries it in its MDC), after
 * membership's outbox and Kafka, so the trace runs from the request to reporting's projection.
 */
class TraceEndToEndTest {

    private static final String GATEWAY = System.getProperty("e2e.gateway", "http://127.0.0.1:8080");
    private static final SuiteClient SUITE = new SuiteClient(GATEWAY);

    @Test
    void aWritesTraceIdReachesReportingsProjectionOfItsEvent() throws Exception {
        String logs = System.getProperty("e2e.logs", "");
        assertThat(logs).as("-De2e.logs: the suite's log folder").isNotBlank();
        Path reportingLog = Path.of(logs, "reporting.log");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String callerSpan = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String token = SUITE.token("district-a-admin", "demo");
        String code = DemoData.COMMITTEE_A + "_tr_" + UUID.randomUUID().toString().substring(0, 8);

        SuiteClient.Response created = SUITE.post("/api/membership/v1/org-units", token, Map.of("code", code,
                "name", "Chi bộ theo dõi vết", "kind", "BASE_CELL", "organisationType", "STATE_AGENCY",
                "parentCode", DemoData.COMMITTEE_A), Map.of("traceparent", "00-" + traceId + "-" + callerSpan + "-01"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(lines(reportingLog)).as("reporting-service's log lines of trace " + traceId)
                        .anySatisfy(line -> assertThat(line)
                                .contains(traceId)
                                .contains("processed membership.orgunit.founded.v1")));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
