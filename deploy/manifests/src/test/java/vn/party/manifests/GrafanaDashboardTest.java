package vn.party.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/grafana/party-suite.json parses, and every metric its queries select is one the services expose: the
 * names in deploy/grafana/exposed-metrics.txt, which inspection-service's MetricsExposedTest reads from a running
 * service's /q/metrics. A renamed or mistyped metric in the dashboard fails here.
 */
class GrafanaDashboardTest {

    /** A selector: a metric name followed by its label matchers (every query of the dashboard writes braces). */
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{");

    @Test
    void everyQueriedMetricIsOneTheServicesExpose() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(Repo.read(Repo.path("deploy/grafana/party-suite.json")));
        assertThat(dashboard.path("uid").asText()).isEqualTo("party-suite-health");
        List<String> exprs = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> exprs.add(t.path("expr").asText())));
        assertThat(exprs).hasSizeGreaterThanOrEqualTo(9).allSatisfy(e -> assertThat(e).isNotBlank());

        Set<String> exposed = exposed();
        Set<String> queried = new TreeSet<>();
        for (String expr : exprs) {
            Set<String> names = metrics(expr);
            assertThat(names).as("metrics selected by " + expr).isNotEmpty();
            queried.addAll(names);
        }
        assertThat(queried).as("metrics the dashboard queries, against deploy/grafana/exposed-metrics.txt")
                .isSubsetOf(exposed);
        // the suite's health as the issue names it: rate, latency, errors, outbox backlog, consumer lag, DLQ size, heap
        assertThat(queried).contains("http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
                "outbox_backlog", "kafka_consumer_fetch_manager_records_lag_max", "dead_letters", "jvm_memory_used_bytes");
    }

    @Test
    void theCheckFindsAMetricNoServiceExposes() {
        assertThat(metrics("sum by (application, le) (rate(http_server_request_seconds_bucket{status=~\"5..\"}[5m]))"))
                .containsExactly("http_server_request_seconds_bucket")
                .doesNotContainAnyElementsOf(exposed());
    }

    static Set<String> metrics(String expr) {
        Set<String> names = new TreeSet<>();
        Matcher m = SELECTOR.matcher(expr);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static Set<String> exposed() {
        Set<String> names = new TreeSet<>();
        for (String line : Repo.read(Repo.path("deploy/grafana/exposed-metrics.txt")).split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        assertThat(names).isNotEmpty();
        return names;
    }
}
