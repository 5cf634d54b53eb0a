package vn.party.cadre.hr;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.cadre.CadreTree;
import vn.party.cadre.HrStub;
import vn.party.testsupport.TestTokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.party.cadre.CadreTree.API;
import static vn.party.cadre.CadreTree.as;
import static vn.party.cadre.CadreTree.newNationalId;
import static vn.party.cadre.CadreTree.organiserOf;
import static vn.party.cadre.CadreTree.unitAdminOf;

/** An organiser looks one person up in the HR system (WireMock): found, not found, outage, slow, breaker, malformed. */
@QuarkusTest
class HrLookupTest {

    private static final String LOOKUPS = API + "/hr-lookups";

    @Inject
    CircuitBreakerMaintenance breakers;

    private CadreTree tree;

    @BeforeEach
    void aProvinceAndAnHrSystemWithItsTokenEndpoint() {
        tree = CadreTree.plant();
        breakers.resetAll();
        HrStub.server.resetAll();
        HrStub.server.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"hr-token\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
    }

    private static String code() {
        return "CC-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String employee(String nationalId, String code, String positions) {
        return """
                {"nationalId":"%s","civilServantCode":"%s","fullName":"Hoàng Thị Thu","dateOfBirth":"1986-04-11","sex":"FEMALE",
                 "ethnicity":"TAY","unitCode":"%s","politicalTheory":"INTERMEDIATE","stateManagement":"SPECIALIST",
                 "salaryGrade":"01.003","salaryCoefficient":3.99,"updatedAt":"2026-03-01T02:00:00Z","positions":[%s]}"""
                .formatted(nationalId, code, tree.a1, positions);
    }

    private static final String TWO_POSITIONS = """
            {"title":"Chuyên viên","organisation":"Phòng Nội vụ huyện","from":"2010-09-01","to":"2018-06-30","salaryGrade":"01.003"},
            {"title":"Phó Chủ tịch UBND xã","organisation":"UBND xã","from":"2018-07-01"}""";

    private void answers(String nationalId, String code, int status, String body, int delayMs) {
        var r = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body).withFixedDelay(delayMs);
        HrStub.server.stubFor(get(urlPathEqualTo("/hr/v1/employees/" + nationalId)).withHeader("Authorization", equalTo("Bearer hr-token"))
                .willReturn(r));
        HrStub.server.stubFor(get(urlPathEqualTo("/hr/v1/employees")).withQueryParam("civilServantCode", equalTo(code))
                .withHeader("Authorization", equalTo("Bearer hr-token")).willReturn(r));
    }

    private static Map<String, Object> byNationalId(String unit, String nationalId) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unit);
        body.put("nationalId", nationalId);
        return body;
    }

    private int employeeCalls(String nationalId) {
        return HrStub.server.findAll(getRequestedFor(urlPathEqualTo("/hr/v1/employees/" + nationalId))).size();
    }

    @Test
    void aPersonFoundInTheHrSystemBecomesOneProfileHoweverOftenLookedUp() {
        String nid = newNationalId();
        String cc = code();
        answers(nid, cc, 200, employee(nid, cc, TWO_POSITIONS), 0);
        String id = as(organiserOf(tree.a)).body(byNationalId(tree.a, nid)).post(LOOKUPS).then().statusCode(201)
                .body("nationalId", org.hamcrest.Matchers.equalTo(nid)).body("source", org.hamcrest.Matchers.equalTo("HR_SYSTEM"))
                .body("unitCode", org.hamcrest.Matchers.equalTo(tree.a1))
                .body("hrPositions", hasSize(2)).body("hrPositions[0].title", org.hamcrest.Matchers.equalTo("Chuyên viên"))
                .body("hrPositions[0].to", org.hamcrest.Matchers.equalTo("2018-06-30"))
                .body("hrPositions[1].organisation", org.hamcrest.Matchers.equalTo("UBND xã"))
                .body("hrPositions[1].to", nullValue()).extract().path("id");

        // by civil-servant code, the HR system now listing one position only: the same profile, its positions replaced
        answers(nid, cc, 200, employee(nid, cc, """
                {"title":"Chủ tịch UBND xã","organisation":"UBND xã","from":"2024-01-01","salaryGrade":"01.002"}"""), 0);
        as(organiserOf(tree.a1)).body(Map.of("unitCode", tree.a1, "civilServantCode", cc)).post(LOOKUPS).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(id)).body("hrPositions", hasSize(1))
                .body("hrPositions[0].title", org.hamcrest.Matchers.equalTo("Chủ tịch UBND xã"));
        as(organiserOf(tree.a)).body(byNationalId(tree.a, nid)).post(LOOKUPS).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(id)).body("hrPositions", hasSize(1));
        as(organiserOf(tree.a)).queryParam("unit", tree.a1).queryParam("name", "Hoàng Thị Thu").get(API + "/profiles").then()
                .body("items", hasSize(1)).body("items[0].hrPositions", hasSize(1));
        // positions are personal: a unit admin reads the profile without them
        as(unitAdminOf(tree.a1)).get(API + "/profiles/" + id).then().statusCode(200).body("hrPositions", nullValue())
                .body("nationalId", nullValue());
    }

    @Test
    void aPersonTheHrSystemDoesNotKnowIs404AndNeverCountsAsAFailure() {
        String nid = newNationalId();
        answers(nid, code(), 404, "{\"title\":\"No such employee\"}", 0);
        for (int i = 0; i < 10; i++) {
            as(organiserOf(tree.a)).body(byNationalId(tree.a, nid)).post(LOOKUPS).then().statusCode(404)
                    .contentType("application/problem+json").body("rule", org.hamcrest.Matchers.equalTo("hr.not-found"));
        }
        assertThat(employeeCalls(nid)).as("a not-found is not retried").isEqualTo(10);
        assertThat(breakers.currentState(HrClient.LOOKUP_BREAKER)).as("nor counted by the breaker").isEqualTo(CircuitBreakerState.CLOSED);
        as(organiserOf(tree.a)).queryParam("unit", tree.a1).get(API + "/profiles").then().body("items", hasSize(0));
    }

    @Test
    void anOutageIsRetriedThen503() {
        String nid = newNationalId();
        answers(nid, code(), 500, "{}", 0);
        as(organiserOf(tree.a)).body(byNationalId(tree.a, nid)).post(LOOKUPS).then().statusCode(503)
                .contentType("application/problem+json").body("rule", org.hamcrest.Matchers.equalTo("hr.unavailable"));
        assertThat(employeeCalls(nid)).as("the first call and two retries").isEqualTo(3);
    }

    @Test
    void aSlowHrSystemTimesOutThen503() {
        String nid = newNationalId();
        String cc = code();
        answers(nid, cc, 200, employee(nid, cc, ""), 3000);
        long started = System.nanoTime();
        as(organiserOf(tree.a)).body(byNationalId(tree.a, nid)).post(LOOKUPS).then().statusCode(503)
                .body("rule", org.hamcrest.Matchers.equalTo("hr.unavailable"));
        assertThat((System.nanoTime() - started) / 1_000_000).as("three timed-out attempts, not three slow answers").isLessThan(6000);
        as(organiserOf(tree.a)).queryParam("unit", tree.a1).get(API + "/profiles").then().body("items", hasSize(0));
    }

    @Test
    void anOpenBreakerAnswers503WithoutAskingTheHrSystem() {
        String nid = newNationalId();
        String cc = code();
        answers(nid, cc, 500, "{}", 0);
        for (int i = 0; i < 3 && breakers.currentState(HrClient.LOOKUP_BREAKER) != CircuitBreakerState.OPEN; i++) {
            as(organiserOf(tree.a)).body(byNationalId(tree.a, nid)).post(LOOKUPS).then().statusCode(503);
        }
        assertThat(breakers.currentState(HrClient.LOOKUP_BREAKER)).isEqualTo(CircuitBreakerState.OPEN);
        answers(nid, cc, 200, employee(nid, cc, ""), 0);
        int before = HrStub.server.findAll(anyRequestedFor(anyUrl())).size();
        long started = System.nanoTime();
        as(organiserOf(tree.a)).body(byNationalId(tree.a, nid)).post(LOOKUPS).then().statusCode(503)
                .body("rule", org.hamcrest.Matchers.equalTo("hr.unavailable"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1500);
        assertThat(HrStub.server.findAll(anyRequestedFor(anyUrl()))).hasSize(before);
    }

    @Test
    void aMalformedRecordIsAClearProblemAndStoresNothing() {
        String nid = newNationalId();
        String cc = code();
        answers(nid, cc, 200, employee(nid, cc, "").replace("\"dateOfBirth\":\"1986-04-11\",", ""), 0);
        as(organiserOf(tree.a)).body(byNationalId(tree.a, nid)).post(LOOKUPS).then().statusCode(503)
                .contentType("application/problem+json").body("rule", org.hamcrest.Matchers.equalTo("hr.malformed"))
                .body("detail", containsString("dateOfBirth is missing")).body("detail", org.hamcrest.Matchers.not(containsString(nid)));
        String other = newNationalId();
        answers(other, code(), 200, "this is not json", 0);
        as(organiserOf(tree.a)).body(byNationalId(tree.a, other)).post(LOOKUPS).then().statusCode(503)
                .contentType("application/problem+json");
        as(organiserOf(tree.a)).queryParam("unit", tree.a1).get(API + "/profiles").then().body("items", hasSize(0));
    }

    @Test
    void anotherCommitteesUnitIsAnsweredAsOneThatDoesNotExistAndTheHrSystemIsNotAsked() {
        String nid = newNationalId();
        String cc = code();
        answers(nid, cc, 200, employee(nid, cc, ""), 0);
        String theirs = as(organiserOf(tree.a)).body(byNationalId(tree.b1, nid)).post(LOOKUPS).then().statusCode(404)
                .contentType("application/problem+json").extract().path("type");
        String nowhere = as(organiserOf(tree.a)).body(byNationalId("zz_khong_ton_tai", nid)).post(LOOKUPS).then().statusCode(404)
                .extract().path("type");
        assertThat(theirs).isEqualTo(nowhere);
        // a person whose HR unit lies outside the unit named: refused, not stored
        as(organiserOf(tree.b)).body(byNationalId(tree.b, nid)).post(LOOKUPS).then().statusCode(422)
                .body("rule", org.hamcrest.Matchers.equalTo("hr.record-refused"));
        assertThat(employeeCalls(nid)).isEqualTo(1);
        as(tree.provinceAdmin()).queryParam("unit", tree.province).queryParam("name", "Hoàng Thị Thu").get(API + "/profiles").then()
                .body("items", hasSize(0));
    }

    @Test
    void exactlyOneIdentifierAndTheOrganiserRole() {
        Map<String, Object> both = byNationalId(tree.a, newNationalId());
        both.put("civilServantCode", code());
        as(organiserOf(tree.a)).body(both).post(LOOKUPS).then().statusCode(400).contentType("application/problem+json");
        as(organiserOf(tree.a)).body(Map.of("unitCode", tree.a)).post(LOOKUPS).then().statusCode(400);
        as(organiserOf(tree.a)).body(byNationalId(tree.a, "12ab")).post(LOOKUPS).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("nationalId"));
        as(TestTokens.token("viewer-" + tree.a, tree.a, "viewer")).body(byNationalId(tree.a, newNationalId())).post(LOOKUPS).then()
                .statusCode(403).contentType("application/problem+json");
        as(unitAdminOf(tree.a)).body(byNationalId(tree.a, newNationalId())).post(LOOKUPS).then().statusCode(403);
        assertThat(HrStub.server.findAll(getRequestedFor(urlPathEqualTo("/hr/v1/employees")))).isEmpty();
    }
}
