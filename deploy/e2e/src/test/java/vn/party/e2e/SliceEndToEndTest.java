package vn.party.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.party.e2e.demo.DemoData;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first slice through the running suite, as a front end sees it: real Keycloak tokens, the nginx
 * gateway, membership-service writing through its outbox, Kafka, reporting-service's read model.
 */
class SliceEndToEndTest {

    private static final SuiteClient SUITE = new SuiteClient(System.getProperty("e2e.gateway", "http://127.0.0.1:8080"));
    private static final String UNITS = "/api/membership/v1/org-units";

    private static String districtA;
    private static String districtB;
    private static String viewer;

    @BeforeAll
    static void logIn() {
        districtA = SUITE.token("district-a-admin", "demo");
        districtB = SUITE.token("district-b-admin", "demo");
        viewer = SUITE.token("viewer", "demo");
        // the demo data was just loaded: wait until reporting has consumed all of it
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(baseOrganisations(viewer, DemoData.PROVINCE).path("total").asLong())
                        .isGreaterThanOrEqualTo(DemoData.BASE_ORGANISATIONS));
    }

    @Test
    void aDistrictAdminFoundsUnitsAndReportingCountsThemWithinSeconds() {
        long before = baseOrganisations(districtA, DemoData.COMMITTEE_A).path("total").asLong();
        String code = DemoData.COMMITTEE_A + "_e2e_" + UUID.randomUUID().toString().substring(0, 8);

        SuiteClient.Response created = SUITE.post(UNITS, districtA, Map.of("code", code,
                "name", "Chi bộ Sở Khoa học và Công nghệ", "kind", "BASE_CELL",
                "organisationType", "STATE_AGENCY", "parentCode", DemoData.COMMITTEE_A), Map.of());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(UNITS + "/" + code);
        assertThat(SUITE.get(UNITS + "/" + code, districtA).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(baseOrganisations(districtA, DemoData.COMMITTEE_A).path("total").asLong()).isEqualTo(before + 1));

        assertThat(SUITE.get(UNITS + "/" + code, districtB).status()).isEqualTo(404);
        SuiteClient.Response othersCount = SUITE.get(countPath(DemoData.COMMITTEE_A), districtB);
        assertThat(othersCount.status()).isEqualTo(404);
        assertThat(othersCount.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theOtherDistrictSeesItsOwnFiguresOnly() {
        assertThat(baseOrganisations(districtB, DemoData.COMMITTEE_B).path("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(SUITE.get(countPath(DemoData.PROVINCE), districtB).status()).isEqualTo(404);
        assertThat(SUITE.get(UNITS + "/" + DemoData.COMMITTEE_A, districtB).status()).isEqualTo(404);
    }

    @Test
    void aViewerReadsFiguresButCannotFoundUnits() {
        assertThat(baseOrganisations(viewer, DemoData.PROVINCE).path("total").asLong()).isGreaterThanOrEqualTo(1);
        SuiteClient.Response refused = SUITE.post(UNITS, viewer, Map.of("code", "bn_viewer_try", "name", "X",
                "kind", "BASE_CELL", "organisationType", "SCHOOL", "parentCode", DemoData.PROVINCE), Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("type").asText()).isEqualTo("https://party-suite.vn/problems/forbidden");
    }

    @Test
    void withoutATokenEveryApiAnswers401() {
        for (String path : new String[] {UNITS + "/bn", countPath("bn")}) {
            SuiteClient.Response response = SUITE.get(path, null);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(SUITE.get(UNITS + "/bn", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void badInputIsA400ProblemNamingTheFields() {
        SuiteClient.Response response = SUITE.post(UNITS, districtA,
                Map.of("code", "Có Dấu", "name", "", "parentCode", DemoData.COMMITTEE_A), Map.of());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsText("field")).contains("code", "name", "kind");
    }

    @Test
    void everyServicePublishesItsOpenApiDocumentThroughTheGateway() {
        for (String service : new String[] {"membership", "inspection", "cadre", "reporting"}) {
            SuiteClient.Response response = SUITE.get("/api/" + service + "/openapi?format=json", null);
            assertThat(response.status()).as(service).isEqualTo(200);
            assertThat(response.json().path("openapi").asText()).startsWith("3.");
            assertThat(response.json().path("info").path("title").asText()).isEqualTo(service + "-service");
        }
    }

    @Test
    void theGatewayAnswersUnknownPathsAndTraversalWithJsonProblems() {
        SuiteClient.Response unknown = SUITE.get("/api/nowhere/v1/x", districtA);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).contains("json");
        assertThat(SUITE.get("/api/membership/v1/../../auth/realms/party", districtA).status()).isEqualTo(400);
        SuiteClient.Response api = SUITE.get(UNITS + "/bn", districtA);
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private static JsonNode baseOrganisations(String token, String unit) {
        SuiteClient.Response response = SUITE.get(countPath(unit), token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String countPath(String unit) {
        return "/api/reporting/v1/units/" + unit + "/base-organisations";
    }
}
