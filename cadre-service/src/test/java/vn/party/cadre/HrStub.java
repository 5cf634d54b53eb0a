package vn.party.cadre;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The HR system in tests: a real HTTP server (WireMock) on a free port, with the token endpoint of the OIDC
 * client; timeouts and fault-tolerance delays shortened so the outage scenarios finish in seconds.
 */
@QuarkusTestResource(HrStub.class)
public class HrStub implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().asynchronousResponseEnabled(true));
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        return Map.ofEntries(
                Map.entry("quarkus.rest-client.hr.url", base + "/hr/v1"),
                Map.entry("quarkus.rest-client.hr.read-timeout", "1500"),
                Map.entry("quarkus.oidc-client.hr.auth-server-url", base),
                Map.entry("quarkus.oidc-client.auth-server-url", base),
                // a token per call: tests whose stubs hand out different tokens must not meet one cached by another
                Map.entry("quarkus.oidc-client.hr.refresh-token-time-skew", "PT2H"),
                Map.entry("vn.party.cadre.hr.HrClient/changes/Retry/delay", "50"),
                Map.entry("vn.party.cadre.hr.HrClient/changes/Retry/jitter", "10"),
                Map.entry("vn.party.cadre.hr.HrClient/changes/CircuitBreaker/delay", "200"),
                Map.entry("vn.party.cadre.hr.HrClient/changes/CircuitBreaker/delayUnit", "MILLIS"),
                // the lookup an organiser waits for: short retries, a timeout shorter than the client's read timeout
                Map.entry("vn.party.cadre.hr.HrClient/lookup/Retry/delay", "50"),
                Map.entry("vn.party.cadre.hr.HrClient/lookup/Retry/jitter", "10"),
                Map.entry("vn.party.cadre.hr.HrClient/lookup/Timeout/value", "700"),
                Map.entry("vn.party.cadre.hr.HrClient/lookup/Timeout/unit", "MILLIS"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
