package vn.party.manifests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.party.manifests.Repo.at;
import static vn.party.manifests.Repo.list;

class KubernetesWorkloadsTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    /** Secrets the province creates itself: the table of deploy/kubernetes/README.md. */
    static Set<String> documentedSecrets() {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)`(?: \\(optional\\))? \\| `").matcher(Repo.read(Kustomize.KUBERNETES.resolve("README.md")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static Map<String, Object> deploymentOf(Kustomize.Rendered r, String service) {
        Map<String, Object> d = Repo.byName(r.documents(), "Deployment").get(service);
        assertThat(d).as("Deployment %s in overlay %s", service, r.overlay()).isNotNull();
        return d;
    }

    static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = list(deployment, "spec.template.spec.containers");
        assertThat(containers).as("containers of %s", Repo.name(deployment)).hasSize(1);
        return containers.get(0);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentNamesItsProbesAndResources(String overlay) {
        List<Map<String, Object>> deployments = Repo.ofKind(Kustomize.render(overlay).documents(), "Deployment");
        assertThat(deployments).hasSizeGreaterThanOrEqualTo(Repo.services().size() + 2);
        for (Map<String, Object> d : deployments) {
            for (Map<String, Object> c : list(d, "spec.template.spec.containers")) {
                String what = Repo.name(d) + "/" + c.get("name");
                assertThat((Object) at(c, "readinessProbe.httpGet.path")).as("readiness probe of %s", what).isNotNull();
                assertThat((Object) at(c, "livenessProbe.httpGet.path")).as("liveness probe of %s", what).isNotNull();
                assertThat((Object) at(c, "resources.requests.cpu")).as("cpu request of %s", what).isNotNull();
                assertThat((Object) at(c, "resources.requests.memory")).as("memory request of %s", what).isNotNull();
                assertThat((Object) at(c, "resources.limits.memory")).as("memory limit of %s", what).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceProbesSmallRyeHealthAndHasAServiceAnAutoscalerAndADisruptionBudget(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        for (String s : Repo.services()) {
            Map<String, Object> d = deploymentOf(r, s);
            Map<String, Object> c = container(d);
            assertThat((String) at(c, "image")).contains(s + "-service");
            assertThat((String) at(c, "readinessProbe.httpGet.path")).isEqualTo("/q/health/ready");
            assertThat((String) at(c, "livenessProbe.httpGet.path")).isEqualTo("/q/health/live");
            Map<String, Object> podLabels = at(d, "spec.template.metadata.labels");

            Map<String, Object> svc = Repo.byName(r.documents(), "Service").get(s);
            assertThat(svc).as("Service %s", s).isNotNull();
            assertThat(podLabels).containsAllEntriesOf(at(svc, "spec.selector"));

            Map<String, Object> hpa = Repo.byName(r.documents(), "HorizontalPodAutoscaler").get(s);
            assertThat(hpa).as("HorizontalPodAutoscaler %s", s).isNotNull();
            assertThat((String) at(hpa, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
            assertThat((String) at(hpa, "spec.scaleTargetRef.name")).isEqualTo(s);
            assertThat((Integer) at(hpa, "spec.maxReplicas")).isGreaterThanOrEqualTo((Integer) at(hpa, "spec.minReplicas"));

            Map<String, Object> pdb = Repo.byName(r.documents(), "PodDisruptionBudget").get(s);
            assertThat(pdb).as("PodDisruptionBudget %s", s).isNotNull();
            assertThat(podLabels).containsAllEntriesOf(at(pdb, "spec.selector.matchLabels"));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyVariableAServiceReadsInProductionIsSetInItsContainer(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        Map<String, Map<String, Object>> configMaps = Repo.byName(r.documents(), "ConfigMap");
        for (String s : Repo.services()) {
            Map<String, Object> c = container(deploymentOf(r, s));
            Set<String> set = new HashSet<>();
            list(c, "env").forEach(e -> set.add((String) e.get("name")));
            for (Map<String, Object> from : list(c, "envFrom")) {
                String cm = at(from, "configMapRef.name");
                assertThat(configMaps).as("ConfigMap %s of %s", cm, s).containsKey(cm);
                Map<String, Object> data = at(configMaps.get(cm), "data");
                set.addAll(data.keySet());
            }
            Set<String> read = Repo.prodEnvironment(s);
            assertThat(read).as("what %s-service's %%prod block reads", s).contains("QUARKUS_DATASOURCE_JDBC_URL", "KAFKA_BOOTSTRAP_SERVERS");
            assertThat(set).as("environment of %s in %s", s, overlay).containsAll(read);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everySecretAndConfigMapAContainerNamesIsRenderedMadeByAnOperatorOrDocumented(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        Set<String> configMaps = new HashSet<>(Repo.names(r.documents(), "ConfigMap"));
        configMaps.addAll(r.generated());
        Set<String> secrets = new HashSet<>(Repo.names(r.documents(), "Secret"));
        secrets.addAll(r.generated());
        secrets.addAll(documentedSecrets());
        Repo.names(r.documents(), "Cluster").forEach(c -> secrets.add(c + "-app"));        // CloudNativePG
        secrets.addAll(Repo.names(r.documents(), "KafkaUser"));                          // Strimzi
        Repo.names(r.documents(), "Kafka").forEach(k -> secrets.add(k + "-cluster-ca-cert"));
        assertThat(documentedSecrets()).contains("keycloak-admin", "cadre-hr");

        List<String> refs = new ArrayList<>();
        for (Map<String, Object> d : Repo.ofKind(r.documents(), "Deployment")) {
            for (Map<String, Object> c : list(d, "spec.template.spec.containers")) {
                for (Map<String, Object> e : list(c, "env")) {
                    String secret = at(e, "valueFrom.secretKeyRef.name");
                    String cm = at(e, "valueFrom.configMapKeyRef.name");
                    if (secret != null) {
                        refs.add(secret);
                        assertThat(secrets).as("Secret %s of %s", secret, Repo.name(d)).contains(secret);
                    }
                    if (cm != null) {
                        refs.add(cm);
                        assertThat(configMaps).as("ConfigMap %s of %s", cm, Repo.name(d)).contains(cm);
                    }
                }
            }
            for (Map<String, Object> v : list(d, "spec.template.spec.volumes")) {
                String secret = at(v, "secret.secretName");
                String cm = at(v, "configMap.name");
                if (secret != null) {
                    refs.add(secret);
                    assertThat(secrets).as("Secret volume %s of %s", secret, Repo.name(d)).contains(secret);
                }
                if (cm != null) {
                    refs.add(cm);
                    assertThat(configMaps).as("ConfigMap volume %s of %s", cm, Repo.name(d)).contains(cm);
                }
            }
        }
        assertThat(refs).isNotEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceTalksToItsOwnDatabaseAndAsItsOwnKafkaUser(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        Map<String, Map<String, Object>> clusters = Repo.byName(r.documents(), "Cluster");
        Set<String> users = Repo.names(r.documents(), "KafkaUser");
        for (String s : Repo.services()) {
            Map<String, Object> c = container(deploymentOf(r, s));
            Map<String, String> env = new java.util.HashMap<>();
            Map<String, String> secretOf = new java.util.HashMap<>();
            for (Map<String, Object> e : list(c, "env")) {
                env.put((String) e.get("name"), (String) e.get("value"));
                secretOf.put((String) e.get("name"), at(e, "valueFrom.secretKeyRef.name"));
            }
            Matcher url = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z_]+)").matcher(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertThat(url.matches()).as("JDBC URL of %s: %s", s, env.get("QUARKUS_DATASOURCE_JDBC_URL")).isTrue();
            Map<String, Object> cluster = clusters.get(url.group(1));
            assertThat(cluster).as("the CloudNativePG Cluster %s of %s", url.group(1), s).isNotNull();
            assertThat(url.group(1)).isEqualTo(s + "-db");
            assertThat((String) at(cluster, "spec.bootstrap.initdb.database")).isEqualTo(url.group(2));
            assertThat(secretOf.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(url.group(1) + "-app");
            assertThat(secretOf.get("QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(url.group(1) + "-app");
            assertThat(secretOf.get("KAFKA_SASL_JAAS_CONFIG")).as("Kafka user of %s", s).isEqualTo(Repo.applicationName(s)).isIn(users);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noServiceScalesBeyondThePartitionsOfWhatItConsumes(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        Map<String, Integer> partitions = KafkaTopicsTest.partitions(r);
        int checked = 0;
        for (String s : Repo.services()) {
            Map<String, Object> hpa = Repo.byName(r.documents(), "HorizontalPodAutoscaler").get(s);
            for (String topic : Repo.consumedTopics(s)) {
                assertThat(partitions).containsKey(topic);
                assertThat((Integer) at(hpa, "spec.maxReplicas")).as("max replicas of %s, which reads %s", s, topic)
                        .isLessThanOrEqualTo(partitions.get(topic));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(0);
    }

    /** A container's environment as it starts: its own values, its ConfigMaps' data (later wins), secrets as "secret:name". */
    static Map<String, String> environment(Kustomize.Rendered r, Map<String, Object> container) {
        Map<String, Map<String, Object>> configMaps = Repo.byName(r.documents(), "ConfigMap");
        Map<String, String> env = new java.util.HashMap<>();
        for (Map<String, Object> from : list(container, "envFrom")) {
            Map<String, Object> data = at(configMaps.get((String) at(from, "configMapRef.name")), "data");
            data.forEach((k, v) -> env.put(k, String.valueOf(v)));
        }
        for (Map<String, Object> e : list(container, "env")) {
            String secret = at(e, "valueFrom.secretKeyRef.name");
            env.put((String) e.get("name"), secret != null ? "secret:" + secret : String.valueOf(e.get("value")));
        }
        return env;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceSendsItsTracesToTheClustersCollector(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        for (String s : Repo.services()) {
            assertThat(Repo.prodEnvironment(s)).as("what %s-service's %%prod block reads", s)
                    .contains("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_TRACES_SAMPLER_ARG");
            Map<String, String> env = environment(r, container(deploymentOf(r, s)));
            assertThat(env.get("OTEL_EXPORTER_OTLP_ENDPOINT")).as("OTLP endpoint of %s in %s", s, overlay)
                    .matches("https?://[a-z0-9.-]+:[0-9]+");
            assertThat(Double.parseDouble(env.get("OTEL_TRACES_SAMPLER_ARG"))).as("share of traces kept by %s", s).isBetween(0.0, 1.0);
        }
        // the collector is the cluster's own (README.md names it among what the cluster needs first)
        assertThat(Repo.read(Kustomize.KUBERNETES.resolve("README.md"))).contains("OpenTelemetry collector");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void keycloakImportsTheOverlaysRealmAndIssuesTheTokensTheServicesCheck(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        Map<String, Object> keycloak = container(deploymentOf(r, "keycloak"));
        @SuppressWarnings("unchecked")
        List<String> args = (List<String>) keycloak.get("args");
        assertThat(args).contains("start", "--import-realm", "--http-relative-path=/auth", "--health-enabled=true");
        Map<String, String> env = environment(r, keycloak);
        assertThat(env.get("KC_HOSTNAME")).isEqualTo("$(PUBLIC_URL)/auth");
        Matcher db = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/keycloak").matcher(env.get("KC_DB_URL"));
        assertThat(db.matches()).as("KC_DB_URL %s", env.get("KC_DB_URL")).isTrue();
        assertThat(Repo.byName(r.documents(), "Cluster")).containsKey(db.group(1));
        // the realm file comes from the overlay's generated ConfigMap and is realm "party"
        List<Map<String, Object>> volumes = list(deploymentOf(r, "keycloak"), "spec.template.spec.volumes");
        assertThat(volumes).anySatisfy(v -> assertThat((String) at(v, "configMap.name")).startsWith("keycloak-realm"));
        assertThat(Repo.read(Kustomize.KUBERNETES.resolve("overlays/" + overlay + "/realm-party.json"))).contains("\"realm\": \"party\"");

        Map<String, Object> service = Repo.byName(r.documents(), "Service").get("keycloak");
        Map<String, Object> podLabels = at(deploymentOf(r, "keycloak"), "spec.template.metadata.labels");
        assertThat(podLabels).containsAllEntriesOf(at(service, "spec.selector"));
        for (String s : Repo.services()) {
            Map<String, String> se = environment(r, container(deploymentOf(r, s)));
            // keys fetched from Keycloak's Service inside the cluster; tokens carry the public issuer Keycloak writes
            assertThat(se.get("QUARKUS_OIDC_AUTH_SERVER_URL")).isEqualTo("http://keycloak:" + list(service, "spec.ports").get(0).get("port") + "/auth/realms/party");
            assertThat(se.get("QUARKUS_OIDC_TOKEN_ISSUER")).as("issuer checked by %s", s).isEqualTo(se.get("PUBLIC_URL") + "/auth/realms/party");
        }
    }
}
