package vn.party.manifests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.party.manifests.Repo.at;
import static vn.party.manifests.Repo.list;

/** The Ingress is the cluster's gateway: the routes, limits and headers of deploy/gateway's nginx. */
class IngressTest {

    private static final String MEMBER_IMPORTS = "/api/membership/v1/member-imports(/|$)";

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;
    static final String ANNOTATION = "nginx.ingress.kubernetes.io/";

    record Route(String ingress, String path, String pathType, String service, Map<String, Object> annotations) {
    }

    static List<Route> routes(Kustomize.Rendered r) {
        List<Route> routes = new ArrayList<>();
        for (Map<String, Object> ing : Repo.ofKind(r.documents(), "Ingress")) {
            for (Map<String, Object> rule : list(ing, "spec.rules")) {
                for (Map<String, Object> p : list(rule, "http.paths")) {
                    routes.add(new Route(Repo.name(ing), (String) p.get("path"), (String) p.get("pathType"),
                            at(p, "backend.service.name"), at(ing, "metadata.annotations")));
                }
            }
        }
        return routes;
    }

    /** The workload behind a Service: the image of the Deployment its selector picks. */
    static String imageBehind(Kustomize.Rendered r, String serviceName) {
        Map<String, Object> svc = Repo.byName(r.documents(), "Service").get(serviceName);
        assertThat(svc).as("Service %s", serviceName).isNotNull();
        Map<String, Object> selector = at(svc, "spec.selector");
        for (Map<String, Object> d : Repo.ofKind(r.documents(), "Deployment")) {
            Map<String, Object> labels = at(d, "spec.template.metadata.labels");
            if (labels.entrySet().containsAll(selector.entrySet())) {
                return at(list(d, "spec.template.spec.containers").get(0), "image");
            }
        }
        throw new AssertionError("no Deployment behind Service " + serviceName);
    }

    @Test
    void theGatewayTemplateRoutesEveryServiceByItsOwnPrefixAndTheServicesServeThere() {
        Map<String, String> routes = Gateway.prefixRoutes(Gateway.TEMPLATE);
        for (String s : Repo.services()) {
            assertThat(routes).containsEntry("/api/" + s + "/", s);
            assertThat(Repo.serviceProperties(s).getProperty("quarkus.rest.path")).isEqualTo("/api/" + s + "/v1");
            assertThat(Repo.serviceProperties(s).getProperty("quarkus.smallrye-openapi.path")).isEqualTo("/api/" + s + "/openapi");
        }
        assertThat(routes).containsEntry("/auth/", "keycloak");
        assertThat(Gateway.TEMPLATE).contains("include dashboard-location.conf;");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyRouteOfTheGatewayIsAnIngressPathToTheSameWorkload(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        List<Route> routes = routes(r);
        Map<String, String> template = Gateway.prefixRoutes(Gateway.TEMPLATE);
        assertThat(template).hasSizeGreaterThan(Repo.services().size());
        for (var e : template.entrySet()) {
            List<Route> matching = routes.stream().filter(x -> x.path().equals(e.getKey()) && "Prefix".equals(x.pathType())).toList();
            assertThat(matching).as("an Ingress Prefix path %s", e.getKey()).hasSize(1);
            String image = imageBehind(r, matching.get(0).service());
            String upstream = e.getValue();
            assertThat(image).as("what %s reaches", e.getKey()).contains(upstream.equals("keycloak") ? "keycloak" : upstream + "-service");
        }
        // "/" is the dashboard, served by the gateway image itself
        List<Route> root = routes.stream().filter(x -> x.path().equals("/")).toList();
        assertThat(root).hasSize(1);
        assertThat(imageBehind(r, root.get(0).service())).contains("gateway");
        // nothing else: no route to /q/ (health, metrics) or elsewhere
        for (Route route : routes) {
            boolean known = template.containsKey(route.path()) || route.path().equals("/")
                    || Pattern.matches("/api/[a-z]+/\\.\\+\\[/-\\]imports\\(/\\|\\$\\)", route.path())
                    || route.path().equals(MEMBER_IMPORTS);
            assertThat(known).as("Ingress %s path %s is a route of the gateway", route.ingress(), route.path()).isTrue();
            assertThat(route.path()).doesNotStartWith("/q");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void bulkImportsGetTheGatewaysLargerBodyLimitAndOtherApiCallsItsDefault(String overlay) {
        String importsLocation = Gateway.location(Gateway.TEMPLATE, "~ \\^/api/\\(\\?<api_service>.*imports.*");
        String importsLimit = Gateway.directive(importsLocation, "client_max_body_size");
        String defaultLimit = Gateway.directive(Gateway.TEMPLATE, "client_max_body_size");
        assertThat(importsLimit).isEqualTo("50m");
        List<Route> routes = routes(Kustomize.render(overlay));
        for (String s : Repo.services()) {
            Route imports = routes.stream().filter(x -> x.path().equals("/api/" + s + "/.+[/-]imports(/|$)")).findFirst()
                    .orElseThrow(() -> new AssertionError("no imports path for " + s));
            assertThat(imports.service()).isEqualTo(s);
            assertThat(imports.annotations()).containsEntry(ANNOTATION + "proxy-body-size", importsLimit)
                    .containsEntry(ANNOTATION + "use-regex", "true");
            Route api = routes.stream().filter(x -> x.path().equals("/api/" + s + "/")).findFirst().orElseThrow();
            assertThat(api.annotations()).containsEntry(ANNOTATION + "proxy-body-size", defaultLimit);
        }
        // a province's member file (~55 MB) has a location of its own, with a larger limit
        String memberImportsLimit = Gateway.directive(Gateway.location(Gateway.TEMPLATE,
                "~ \\^" + Pattern.quote(MEMBER_IMPORTS)), "client_max_body_size");
        assertThat(memberImportsLimit).isEqualTo("65m");
        Route memberImports = routes.stream().filter(x -> x.path().equals(MEMBER_IMPORTS)).findFirst()
                .orElseThrow(() -> new AssertionError("no Ingress path " + MEMBER_IMPORTS));
        assertThat(memberImports.service()).isEqualTo("membership");
        assertThat(memberImports.annotations()).containsEntry(ANNOTATION + "proxy-body-size", memberImportsLimit)
                .containsEntry(ANNOTATION + "use-regex", "true")
                .containsEntry(ANNOTATION + "cors-allow-origin", memberImportsOrigin(routes));
    }

    /** The member import is a CORS request from the front end like any other API call. */
    private static Object memberImportsOrigin(List<Route> routes) {
        return routes.stream().filter(x -> x.path().equals("/api/membership/")).findFirst().orElseThrow()
                .annotations().get(ANNOTATION + "cors-allow-origin");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyIngressLimitsTheRateAsTheGatewayDoes(String overlay) {
        String rate = Gateway.renderDefault("GATEWAY_RATE_LIMIT");
        int burst = Integer.parseInt(Gateway.renderDefault("GATEWAY_RATE_BURST"));
        assertThat(rate).endsWith("r/s");
        int rps = Integer.parseInt(rate.replace("r/s", ""));
        List<Map<String, Object>> ingresses = Repo.ofKind(Kustomize.render(overlay).documents(), "Ingress");
        assertThat(ingresses).isNotEmpty();
        for (Map<String, Object> ing : ingresses) {
            Map<String, Object> a = at(ing, "metadata.annotations");
            assertThat(a).as("annotations of %s", Repo.name(ing)).containsEntry(ANNOTATION + "limit-rps", String.valueOf(rps));
            assertThat(rps * Integer.parseInt((String) a.get(ANNOTATION + "limit-burst-multiplier"))).as("burst of %s", Repo.name(ing)).isEqualTo(burst);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void apiResponsesCarryTheGatewaysSecurityAndCorsHeaders(String overlay) {
        Map<String, String> security = Gateway.addedHeaders(Gateway.SECURITY_HEADERS);
        assertThat(security).containsKeys("X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Cache-Control");
        Map<String, String> preflight = Gateway.addedHeaders(Gateway.location(Gateway.API_PROXY.replace("if ($request_method = OPTIONS)", "location OPTIONS"), "OPTIONS"));
        Map<String, String> cors = Gateway.addedHeaders(Gateway.CORS_HEADERS);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("cors-allow-methods", preflight.get("Access-Control-Allow-Methods"));
        expected.put("cors-allow-headers", preflight.get("Access-Control-Allow-Headers"));
        expected.put("cors-max-age", preflight.get("Access-Control-Max-Age"));
        expected.put("cors-expose-headers", cors.get("Access-Control-Expose-Headers"));
        assertThat(expected.values()).doesNotContainNull();

        Kustomize.Rendered r = Kustomize.render(overlay);
        String publicUrl = at(Repo.byName(r.documents(), "ConfigMap").get("party-config"), "data.PUBLIC_URL");
        List<Route> api = routes(r).stream().filter(x -> x.path().startsWith("/api/")).toList();
        assertThat(api).hasSize(2 * Repo.services().size() + 1);   // each service's API and imports, and the member import
        for (Route route : api) {
            Map<String, Object> a = route.annotations();
            String snippet = (String) a.get(ANNOTATION + "configuration-snippet");
            assertThat(snippet).as("header snippet of %s", route.ingress()).isNotNull();
            security.forEach((name, value) -> assertThat(snippet).contains("more_set_headers \"" + name + ": " + value + "\";"));
            assertThat(a).containsEntry(ANNOTATION + "enable-cors", "true");
            expected.forEach((k, v) -> assertThat(Arrays.asList(String.valueOf(a.get(ANNOTATION + k)).split(",\\s*")))
                    .as("%s of %s", k, route.ingress()).containsExactlyElementsOf(Arrays.asList(v.split(",\\s*"))));
            if (r.byKubectl()) {
                // the front end's origin is the public URL of the overlay (render.sh's CORS_ORIGIN)
                assertThat(a).containsEntry(ANNOTATION + "cors-allow-origin", publicUrl);
            }
            String timeout = Gateway.directive(Gateway.API_PROXY, "proxy_connect_timeout");
            assertThat(a).containsEntry(ANNOTATION + "proxy-connect-timeout", timeout.replace("s", ""))
                    .containsEntry(ANNOTATION + "proxy-read-timeout", Gateway.directive(Gateway.API_PROXY, "proxy_read_timeout").replace("s", ""))
                    .containsEntry(ANNOTATION + "proxy-send-timeout", Gateway.directive(Gateway.API_PROXY, "proxy_send_timeout").replace("s", ""))
                    .containsEntry(ANNOTATION + "proxy-next-upstream", Gateway.directive(Gateway.API_PROXY, "proxy_next_upstream"));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyIngressServesTheOverlaysOneHostOverTls(String overlay) {
        Kustomize.Rendered r = Kustomize.render(overlay);
        String publicUrl = at(Repo.byName(r.documents(), "ConfigMap").get("party-config"), "data.PUBLIC_URL");
        List<Map<String, Object>> ingresses = Repo.ofKind(r.documents(), "Ingress");
        assertThat(ingresses).isNotEmpty();
        for (Map<String, Object> ing : ingresses) {
            String host = at(list(ing, "spec.rules").get(0), "host");
            assertThat(list(ing, "spec.tls")).as("TLS of %s", Repo.name(ing)).isNotEmpty();
            assertThat(Repo.<List<String>>at(list(ing, "spec.tls").get(0), "hosts")).containsExactly(host);
            if (r.byKubectl()) {
                assertThat(publicUrl).isEqualTo("https://" + host);
            }
        }
    }
}
