package vn.party.manifests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.party.manifests.Repo.at;
import static vn.party.manifests.Repo.list;

/**
 * monitoring/monitoring.yaml: the alerts name metrics that exist (the services' own, from
 * deploy/grafana/exposed-metrics.txt, or Strimzi's Kafka Exporter's), and any dead letter raises one.
 */
class MonitoringTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    /** Kafka Exporter's metric families (kafka/kafka.yaml turns it on), the only names not from the services. */
    private static final Pattern KAFKA_EXPORTER = Pattern.compile("kafka_(topic_partition|consumergroup)_[a-z_]+");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset");

    static Map<String, String> alerts(Kustomize.Rendered r) {
        Map<String, String> alerts = new LinkedHashMap<>();
        for (Map<String, Object> rule : Repo.ofKind(r.documents(), "PrometheusRule")) {
            for (Map<String, Object> group : list(rule, "spec.groups")) {
                for (Map<String, Object> alert : list(group, "rules")) {
                    alerts.put((String) alert.get("alert"), String.valueOf(alert.get("expr")));
                }
            }
        }
        return alerts;
    }

    /** The metric names a PromQL expression selects: identifiers outside strings, label matchers and by (...) lists. */
    static Set<String> metrics(String expr) {
        String bare = expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "")
                .replaceAll("\\[[^]]*]", "");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?").matcher(bare);
        while (m.find()) {
            if (m.group(2) == null && !PROMQL_WORDS.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void anyMessageInADeadLetterTopicRaisesAnAlertOnTheServicesGauge(String overlay) {
        Map<String, String> alerts = alerts(Kustomize.render(overlay));
        List<String> onDeadLetters = alerts.values().stream().filter(e -> metrics(e).contains("dead_letters")).toList();
        assertThat(onDeadLetters).as("alerts on dead_letters in %s", overlay).hasSize(1);
        String expr = onDeadLetters.get(0);
        assertThat(expr).matches(".*dead_letters\\{topic=~\"\\.\\+\\\\\\\\\\.dlq\"}.*\\)\\s*>\\s*0");
        assertThat(GrafanaDashboardTest.exposed()).contains("dead_letters");
        // fired at once: no "for" on the dead-letter alert
        Kustomize.Rendered r = Kustomize.render(overlay);
        for (Map<String, Object> rule : Repo.ofKind(r.documents(), "PrometheusRule")) {
            for (Map<String, Object> group : list(rule, "spec.groups")) {
                list(group, "rules").stream().filter(a -> expr.equals(String.valueOf(a.get("expr"))))
                        .forEach(a -> assertThat(a.get("for")).as("for of %s", a.get("alert")).isNull());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyAlertNamesAMetricTheServicesOrKafkasExporterExpose(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        Map<String, String> alerts = alerts(r);
        assertThat(alerts).containsKeys("PartyDeadLetter", "PartyOutboxBacklog", "PartyConsumerLag");
        Set<String> exposed = GrafanaDashboardTest.exposed();
        boolean exporter = false;
        for (Map.Entry<String, String> alert : alerts.entrySet()) {
            Set<String> names = metrics(alert.getValue());
            assertThat(names).as("metrics of %s", alert.getKey()).isNotEmpty();
            for (String name : names) {
                boolean fromKafka = KAFKA_EXPORTER.matcher(name).matches();
                exporter |= fromKafka;
                assertThat(exposed.contains(name) || fromKafka)
                        .as("%s names %s: not in deploy/grafana/exposed-metrics.txt nor a Kafka Exporter metric", alert.getKey(), name)
                        .isTrue();
            }
        }
        if (exporter) {
            Map<String, Object> kafka = Repo.ofKind(r.documents(), "Kafka").get(0);
            assertThat((Object) at(kafka, "spec.kafkaExporter")).as("Strimzi's Kafka Exporter on Kafka %s", Repo.name(kafka)).isNotNull();
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theServicesMetricsAreScrapedWhereTheyServeThem(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        List<Map<String, Object>> monitors = Repo.ofKind(r.documents(), "PodMonitor");
        assertThat(monitors).hasSize(1);
        Map<String, Object> selector = at(monitors.get(0), "spec.selector.matchLabels");
        for (String s : Repo.services()) {
            Map<String, Object> labels = at(KubernetesWorkloadsTest.deploymentOf(r, s), "spec.template.metadata.labels");
            assertThat(labels).as("pod labels of %s", s).containsAllEntriesOf(selector);
        }
        Map<String, Object> endpoint = list(monitors.get(0), "spec.podMetricsEndpoints").get(0);
        assertThat(endpoint).containsEntry("path", "/q/metrics").containsEntry("port", "http");
    }

    @Test
    void theCheckReadsMetricNamesAsPrometheusDoes() {
        assertThat(metrics("max by (topic) (dead_letters{topic=~\".+\\\\.dlq\"}) > 0")).containsExactly("dead_letters");
        assertThat(metrics("sum by (consumergroup, topic) (kafka_consumergroup_lag{topic=~\".+\\\\.events\"}) > 10000"))
                .containsExactly("kafka_consumergroup_lag");
        assertThat(metrics("max by (topic) (outbox_backlogs) > 1000")).containsExactly("outbox_backlogs")
                .doesNotContainAnyElementsOf(GrafanaDashboardTest.exposed());
        assertThat(metrics("rate(http_server_requests_seconds_count[5m]) and on (application) up == 1"))
                .containsExactlyInAnyOrder("http_server_requests_seconds_count", "up");
    }
}
