package vn.party.manifests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.party.manifests.Repo.at;

/** deploy/compose/compose.yaml, with the variables of .env.example, as docker compose would read it. */
class ComposeTest {

    static final Path COMPOSE = Repo.path("deploy/compose");
    static Map<String, String> env;
    static Map<String, Object> compose;
    static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() {
        env = new LinkedHashMap<>();
        for (String line : Repo.read(COMPOSE.resolve(".env.example")).split("\n")) {
            Matcher m = Pattern.compile("^([A-Z][A-Z0-9_]*)=(.*)$").matcher(line);
            if (m.matches()) {
                // an empty value of the example stands for a secret the operator fills in
                env.put(m.group(1), m.group(2).isEmpty() ? "secret-of-" + m.group(1) : m.group(2));
            }
        }
        compose = Repo.documents(Repo.read(COMPOSE.resolve("compose.yaml")), "compose.yaml").get(0);
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    /** docker compose's interpolation: ${X}, ${X:-d}, ${X-d}, ${X:?msg}, ${X?msg}, nested, and $$. */
    static String interpolate(String s, Map<String, String> vars) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                int depth = 1;
                int j = i + 2;
                while (depth > 0) {
                    if (j >= s.length()) {
                        throw new AssertionError("unclosed ${ in " + s);
                    }
                    depth += s.charAt(j) == '{' ? 1 : s.charAt(j) == '}' ? -1 : 0;
                    j++;
                }
                String expr = s.substring(i + 2, j - 1);
                Matcher m = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])(.*))?", Pattern.DOTALL).matcher(expr);
                if (!m.matches()) {
                    throw new AssertionError("not a compose variable: ${" + expr + "}");
                }
                String value = vars.get(m.group(1));
                String op = m.group(2);
                boolean unset = op != null && op.startsWith(":") ? value == null || value.isEmpty() : value == null;
                if (unset && op != null && op.endsWith("?")) {
                    throw new AssertionError(m.group(1) + " is required by compose.yaml but .env.example does not set it: " + m.group(3));
                }
                out.append(unset ? (op != null ? interpolate(m.group(3), vars) : "") : value);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(String service) {
        Map<String, String> result = new LinkedHashMap<>();
        Object e = services.get(service).get("environment");
        assertThat(e).as("environment of %s (a mapping)", service).isInstanceOf(Map.class);
        ((Map<String, Object>) e).forEach((k, v) -> result.put(k, interpolate(String.valueOf(v), env)));
        return result;
    }

    @Test
    void everyVariableTheComposeFileNeedsIsInTheExampleAndEveryValueInterpolates() {
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):?\\?").matcher(Repo.read(COMPOSE.resolve("compose.yaml")));
        Set<String> required = new TreeSet<>();
        while (m.find()) {
            required.add(m.group(1));
        }
        assertThat(required).contains("PUBLIC_URL", "POSTGRES_PASSWORD", "KAFKA_CLUSTER_ID");
        assertThat(env.keySet()).containsAll(required);
        for (String s : services.keySet()) {
            if (services.get(s).get("environment") != null) {
                assertThat(environment(s)).isNotEmpty();
            }
        }
    }

    @Test
    void everyVariableAServiceReadsInProductionIsSet() {
        for (String s : Repo.services()) {
            assertThat(services).containsKey(s);
            Set<String> read = Repo.prodEnvironment(s);
            assertThat(read).contains("QUARKUS_DATASOURCE_JDBC_URL", "KAFKA_SECURITY_PROTOCOL", "QUARKUS_OIDC_TOKEN_ISSUER");
            assertThat(environment(s).keySet()).as("environment of %s", s).containsAll(read);
        }
        assertThat(Repo.prodEnvironment("cadre")).contains("QUARKUS_REST_CLIENT_HR_URL", "QUARKUS_OIDC_CLIENT_HR_CREDENTIALS_SECRET");
    }

    @Test
    void everyServiceHasItsOwnDatabaseAndRoleCreatedOnTheFirstStart() {
        String init = Repo.read(COMPOSE.resolve("postgres/init-databases.sh"));
        Matcher list = Pattern.compile("for db in ([a-z ]+); do").matcher(init);
        assertThat(list.find()).isTrue();
        List<String> databases = List.of(list.group(1).trim().split(" +"));
        Map<String, String> users = new HashMap<>();
        for (String s : Repo.services()) {
            Map<String, String> e = environment(s);
            assertThat(e.get("QUARKUS_DATASOURCE_JDBC_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + s);
            assertThat(e.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(s);
            assertThat(databases).contains(s);
            assertThat(environment("postgres")).containsKey(s.toUpperCase() + "_DB_PASSWORD");
            assertThat(e.get("QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(environment("postgres").get(s.toUpperCase() + "_DB_PASSWORD"));
            assertThat(users.put(e.get("QUARKUS_DATASOURCE_USERNAME"), s)).as("a role of its own for %s", s).isNull();
            for (String extension : Repo.extensions(s)) {
                assertThat(init).contains("CREATE EXTENSION IF NOT EXISTS " + extension + ";");
            }
        }
    }

    @Test
    void kafkaRunsInKraftModeAndTheTopicsInUseAreCreatedWithoutTimeBasedDeletion() {
        Map<String, String> kafka = environment("kafka");
        assertThat(interpolate(String.valueOf(services.get("kafka").get("image")), env)).startsWith("docker.io/apache/kafka:");
        assertThat(kafka.get("KAFKA_PROCESS_ROLES")).contains("controller").contains("broker");
        assertThat(kafka.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
        assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS")).isEqualTo("PLAINTEXT://kafka:9092");
        @SuppressWarnings("unchecked")
        String script = String.join("\n", (List<String>) services.get("kafka-topics").get("command"));
        Matcher m = Pattern.compile("for topic in ([a-z. \\\\\\n]+); do").matcher(script);
        assertThat(m.find()).isTrue();
        Set<String> created = new TreeSet<>(List.of(m.group(1).replace("\\", " ").trim().split("\\s+")));
        assertThat(created).containsExactlyInAnyOrderElementsOf(KafkaTopicsTest.usedTopics());
        assertThat(script).contains("--config retention.ms=-1");
        for (String s : Repo.services()) {
            assertThat(environment(s).get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat((Object) at(services.get(s), "depends_on.kafka-topics.condition")).isEqualTo("service_completed_successfully");
        }
    }

    @Test
    void keycloakImportsTheProductionRealmAndTheDemoOverlayTheLocalOne() {
        assertThat(services.get("keycloak").get("volumes").toString())
                .contains("../keycloak/realm-party-production.json:/opt/keycloak/data/import/realm-party.json:ro");
        assertThat(Files.isRegularFile(COMPOSE.resolve("../keycloak/realm-party-production.json"))).isTrue();
        Map<String, Object> demo = Repo.documents(Repo.read(COMPOSE.resolve("compose.demo.yaml")), "compose.demo.yaml").get(0);
        assertThat(String.valueOf((Object) at(demo, "services.keycloak.volumes")))
                .contains("../keycloak/realm-party.json:/opt/keycloak/data/import/realm-party.json:ro");
        assertThat(Files.isRegularFile(COMPOSE.resolve("../keycloak/realm-party.json"))).isTrue();
        Map<String, String> kc = environment("keycloak");
        assertThat(kc.get("PARTY_WEB_URL")).isEqualTo(env.get("PUBLIC_URL"));
        @SuppressWarnings("unchecked")
        List<String> command = (List<String>) services.get("keycloak").get("command");
        assertThat(command).contains("--http-relative-path=/auth", "--import-realm", "--hostname=${PUBLIC_URL:?PUBLIC_URL is not set}/auth");
        // the issuer the services check is the one Keycloak writes into tokens
        for (String s : Repo.services()) {
            assertThat(environment(s).get("QUARKUS_OIDC_TOKEN_ISSUER")).isEqualTo(env.get("PUBLIC_URL") + "/auth/realms/party");
        }
    }

    @Test
    void everyServiceRunsFromItsQuarkusImageAndIsHealthyOnlyWhenReady() {
        for (String s : Repo.services()) {
            Map<String, Object> svc = services.get(s);
            assertThat(interpolate(String.valueOf(svc.get("image")), env)).contains("/" + s + "-service:");
            assertThat((String) at(svc, "build.context")).isEqualTo("../../" + s + "-service");
            Path dockerfile = COMPOSE.resolve((String) at(svc, "build.context")).resolve((String) at(svc, "build.dockerfile")).normalize();
            String text = Repo.read(dockerfile);
            assertThat(text).contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/", "EXPOSE 8080",
                    "/opt/jboss/container/java/run/run-java.sh");
            assertThat(environment(s)).containsEntry("QUARKUS_HTTP_PORT", "8080").containsEntry("QUARKUS_HTTP_HOST", "0.0.0.0");
            assertThat(String.valueOf((Object) at(svc, "healthcheck.test"))).contains("/q/health/ready");
            assertThat(svc.get("ports")).as("%s is reached only through the gateway", s).isNull();
        }
    }

    @Test
    void theGatewayRendersDeployGatewaysTemplateWithEveryRouteToItsComposeService() throws Exception {
        Map<String, String> gw = environment("gateway");
        Path dir = Files.createTempDirectory("compose-gateway");
        ProcessBuilder pb = new ProcessBuilder("bash", COMPOSE.resolve("gateway/start.sh").toString(), "--render");
        // deploy/suite exports the local stack's ports (CADRE_PORT=8083 ...): compose's gateway must not see them
        pb.environment().keySet().removeIf(name -> name.endsWith("_PORT") || name.startsWith("GATEWAY_"));
        pb.environment().putAll(gw);
        pb.environment().put("GATEWAY_DIR", dir.toString());
        pb.environment().put("PARTY_HOME", Repo.ROOT.toString());
        pb.redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new AssertionError("bash is needed to render the gateway (deploy/suite installs it with envsubst)", e);
        }
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("start.sh --render: %s", output).isZero();
        String conf = Files.readString(dir.resolve("conf/nginx.conf"));

        // the same routes as the template, each to an upstream that is a compose service on its port
        Map<String, String> routes = Gateway.prefixRoutes(conf);
        assertThat(routes).isEqualTo(Gateway.prefixRoutes(Gateway.TEMPLATE));
        for (String upstream : new TreeSet<>(routes.values())) {
            String body = Gateway.location(conf.replace("upstream " + upstream + " {", "location upstream-" + upstream + " {"), "upstream-" + upstream);
            Matcher server = Pattern.compile("server ([a-z0-9.-]+):([0-9]+);").matcher(body);
            assertThat(server.find()).as("server of upstream %s", upstream).isTrue();
            assertThat(services).as("the compose service behind upstream %s", upstream).containsKey(server.group(1));
            String port = upstream.equals("keycloak") ? "8080" : environment(server.group(1)).get("QUARKUS_HTTP_PORT");
            assertThat(server.group(2)).isEqualTo(port);
            assertThat((Object) at(services.get("gateway"), "depends_on." + server.group(1) + ".condition")).isEqualTo("service_healthy");
        }
        assertThat(conf).doesNotContainPattern("(?m)^\\s*(listen|server) 127\\.0\\.0\\.1");
        assertThat(conf).containsPattern("(?m)^\\s*listen " + gw.get("GATEWAY_PORT") + ";");
        assertThat(String.valueOf(services.get("gateway").get("ports"))).contains(":8080");
        // limits, CORS and headers as rendered from the environment compose passes
        assertThat(conf).contains("rate=" + gw.get("GATEWAY_RATE_LIMIT") + ";", "\"" + env.get("PUBLIC_URL") + "\" $http_origin;");
        assertThat(Files.readString(dir.resolve("conf/security-headers.conf"))).isEqualTo(Gateway.SECURITY_HEADERS);
        assertThat(Files.readString(dir.resolve("conf/dashboard-location.conf"))).contains("root " + Repo.ROOT.resolve("dashboard/dist") + ";");
    }

    @Test
    void everyServiceIsToldWhereToSendItsTracesAndTheExampleExplainsIt() {
        String example = Repo.read(COMPOSE.resolve(".env.example"));
        for (String variable : List.of("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_TRACES_SAMPLER_ARG")) {
            assertThat(env).as(".env.example").containsKey(variable);
            for (String s : Repo.services()) {
                assertThat(Repo.prodEnvironment(s)).contains(variable);
                assertThat(environment(s)).as("environment of %s", s).containsKey(variable);
            }
        }
        assertThat(example).contains("OpenTelemetry collector");
        for (String s : Repo.services()) {
            assertThat(environment(s).get("OTEL_TRACES_SAMPLER_ARG")).isEqualTo(env.get("OTEL_TRACES_SAMPLER_ARG"));
        }
    }
}
