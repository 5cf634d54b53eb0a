package vn.party.inspection.metrics;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * /q/metrics has what the suite's alerts and Grafana dashboard read: the outbox backlog, the size of each
 * dead-letter topic, the consumers' lag (Kafka client metrics), HTTP requests and JVM heap; and every name
 * deploy/grafana/exposed-metrics.txt lists (the dashboard's queries are checked against that list).
 */
@QuarkusTest
class MetricsExposedTest {

    @Test
    void theOutboxBacklogDeadLettersAndConsumerLagAreExposed() {
        given().get("/api/inspection/v1/rules/discipline"); // one HTTP request, answered 401, so the timer exists
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).containsPattern("outbox_backlog\\{application=\"inspection-service\",topic=\"inspection\\.events\"");
            assertThat(metrics).containsPattern("dead_letters\\{[^}]*topic=\"inspection\\.events\\.dlq\"");
            assertThat(metrics).containsPattern("dead_letters\\{[^}]*topic=\"membership\\.events\\.dlq\"");
            assertThat(metrics).containsPattern("kafka_consumer_fetch_manager_records_lag_max\\{[^}]*client_id=\"kafka-consumer-membership-events\"");
            assertThat(metrics).contains("http_server_requests_seconds_count{");
            assertThat(metrics).contains("jvm_memory_used_bytes{");
        });
    }

    @Test
    void everyMetricTheDashboardMayQueryIsExposed() throws IOException {
        List<String> listed = Files.readAllLines(Path.of("../deploy/grafana/exposed-metrics.txt")).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .filter(name -> !name.equals("up")) // Prometheus' own, per scrape target
                .toList();
        assertThat(listed).isNotEmpty();
        given().get("/api/inspection/v1/rules/discipline");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(listed).allSatisfy(name -> assertThat(metrics).as(name).containsPattern("(?m)^" + name + "\\{"));
        });
    }
}
