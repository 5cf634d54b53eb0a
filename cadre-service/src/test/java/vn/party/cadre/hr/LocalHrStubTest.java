package vn.party.cadre.hr;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappingCollection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.cadre.HrStub;
import vn.party.contracts.EventJson;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.testsupport.TestTokens;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.party.cadre.CadreTree.API;
import static vn.party.cadre.CadreTree.as;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * The local stack's HR stub (deploy/hr-stub/mappings, what WireMock standalone serves after `deploy/suite up`)
 * answers exactly what this service's client asks: its token endpoint with cadre's own client id and secret, every
 * page of the changes feed, and the end of the feed, which stays empty. Its employees are upserted as profiles.
 */
@QuarkusTest
class LocalHrStubTest {

    private static final Path STUB = Path.of("..", "deploy", "hr-stub");
    private static final String RUNS = API + "/hr-sync/runs";

    @Inject
    EntityManager em;

    private String organiser;

    @BeforeEach
    void theStubsOwnMappingsAndTheDemoUnitsItsEmployeesWorkIn() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from hr_sync_cursor").executeUpdate());
        HrStub.server.resetAll();
        try (Stream<Path> files = Files.list(STUB.resolve("mappings"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                StubMappingCollection c = Json.read(Files.readString(f, StandardCharsets.UTF_8), StubMappingCollection.class);
                for (StubMapping m : c.getMappingOrMappings()) {
                    HrStub.server.addStubMapping(m);
                }
            }
        }
        Set<String> units = new LinkedHashSet<>();
        employees().forEach(e -> units.add(e.get("unitCode").asText()));
        LocalDate d = LocalDate.of(2025, 7, 1);
        publish(new OrgUnitFounded("bn", "Đảng bộ tỉnh Bắc Ninh", UnitKind.PROVINCE_COMMITTEE, null, null, List.of("bn"), d));
        for (String u : units) {
            publish(new OrgUnitFounded(u, "Chi bộ " + u, UnitKind.CELL, null, "bn", List.of("bn", u), d));
        }
        organiser = TestTokens.token("organiser", "bn", "organiser");
        String last = units.stream().reduce((a, b) -> b).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                as(organiser).queryParam("unit", last).get(API + "/profiles").statusCode() == 200);
    }

    @AfterEach
    void backToAnEmptyHrSystem() {
        HrStub.server.resetAll();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from hr_sync_cursor").executeUpdate());
    }

    private static List<JsonNode> employees() throws Exception {
        List<JsonNode> list = new ArrayList<>();
        EventJson.mapper().readTree(STUB.resolve("employees.json").toFile()).forEach(list::add);
        return list;
    }

    private JsonNode startAndFinish() {
        String run = as(organiser).post(RUNS).then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(as(organiser).get(RUNS + "/" + run).then().extract().path("status")));
        return EventJson.mapper().valueToTree(as(organiser).get(RUNS + "/" + run).then().statusCode(200).extract().as(Object.class));
    }

    @Test
    void theLocalStubsEmployeesBecomeProfilesAndItsFeedEnds() throws Exception {
        List<JsonNode> employees = employees();
        assertThat(employees).hasSizeGreaterThanOrEqualTo(30);

        JsonNode first = startAndFinish();
        assertThat(first.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(first.path("pages").asInt()).isEqualTo((employees.size() + 11) / 12);
        assertThat(first.path("received").asInt()).isEqualTo(employees.size());
        assertThat(first.path("skipped").asInt()).isZero();
        assertThat(first.path("created").asInt() + first.path("updated").asInt() + first.path("unchanged").asInt())
                .isEqualTo(employees.size());
        assertThat(HrStub.server.findAllUnmatchedRequests()).isEmpty();
        HrStub.server.verify(postRequestedFor(urlPathEqualTo("/oauth2/token"))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials("party-cadre", "local-stub-secret")));

        JsonNode e = employees.get(0);
        as(organiser).queryParam("unit", e.get("unitCode").asText()).queryParam("name", e.get("fullName").asText())
                .get(API + "/profiles").then().statusCode(200)
                .body("items.nationalId", org.hamcrest.Matchers.hasItem(e.get("nationalId").asText()))
                .body("items.source", org.hamcrest.Matchers.hasItem("HR_SYSTEM"));

        JsonNode second = startAndFinish();
        assertThat(second.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(second.path("received").asInt()).isZero();
        HrStub.server.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/hr/v1/employees/changes")).withQueryParam("cursor", equalTo("demo-end")));
    }
}
