package vn.party.cadre.hr;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.cadre.CadreTree;
import vn.party.cadre.HrStub;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static vn.party.cadre.CadreTree.API;
import static vn.party.cadre.CadreTree.as;
import static vn.party.cadre.CadreTree.organiserOf;
import static vn.party.cadre.CadreTree.unitAdminOf;

/** The sync against a real HTTP HR system (WireMock): paged, duplicate, malformed, slow, timeout and outage. */
@QuarkusTest
class HrSyncTest {

    private static final String RUNS = API + "/hr-sync/runs";

    @Inject
    EntityManager em;

    private CadreTree tree;

    @BeforeEach
    void aProvinceAndAnHrSystemWithItsTokenEndpoint() {
        tree = CadreTree.plant();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from hr_sync_cursor").executeUpdate());
        HrStub.server.resetAll();
        HrStub.server.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"hr-token\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
    }

    private String employee(String nationalId, String code, String name, String extra) {
        return """
                {"nationalId":"%s","civilServantCode":"%s","fullName":"%s","dateOfBirth":"1984-05-19","sex":"FEMALE",
                 "ethnicity":"KINH","unitCode":"%s","politicalTheory":"INTERMEDIATE","stateManagement":"SPECIALIST",
                 "salaryGrade":"01.003","salaryCoefficient":4.68,"updatedAt":"2026-03-01T02:00:00Z","somethingNew":1%s}"""
                .formatted(nationalId, code, name, tree.a1, extra);
    }

    private void page(String cursor, String next, boolean hasMore, int delayMs, String... items) {
        var request = get(urlPathEqualTo("/hr/v1/employees/changes"))
                .withHeader("Authorization", equalTo("Bearer hr-token"))
                .withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor));
        HrStub.server.stubFor(request.willReturn(aResponse().withHeader("Content-Type", "application/json").withFixedDelay(delayMs)
                .withBody("{\"items\":[" + String.join(",", items) + "],\"nextCursor\":\"" + next + "\",\"hasMore\":" + hasMore + "}")));
    }

    private static String id() {
        return String.format("%012d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L);
    }

    private static String code() {
        return "CC-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String startAndFinish() {
        String run = as(organiserOf(tree.province)).post(RUNS).then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(as(organiserOf(tree.province)).get(RUNS + "/" + run).then().extract().path("status")));
        return run;
    }

    private ValidatableResponse run(String id) {
        return as(organiserOf(tree.province)).get(RUNS + "/" + id).then().statusCode(200);
    }

    @Test
    void pagesAreFollowedAndTheCursorIsKeptForTheNextRun() {
        page(null, "c1", true, 0, employee(id(), code(), "Một", ""));
        page("c1", "c2", true, 0, employee(id(), code(), "Hai", ""), employee(id(), code(), "Ba", ""));
        page("c2", "c3", false, 0, employee(id(), code(), "Bốn", ""));
        page("c3", "c3", false, 0);
        run(startAndFinish()).body("status", org.hamcrest.Matchers.equalTo("SUCCEEDED")).body("pages", org.hamcrest.Matchers.equalTo(3))
                .body("created", org.hamcrest.Matchers.equalTo(4)).body("received", org.hamcrest.Matchers.equalTo(4));
        run(startAndFinish()).body("status", org.hamcrest.Matchers.equalTo("SUCCEEDED")).body("received", org.hamcrest.Matchers.equalTo(0));
        HrStub.server.verify(1, getRequestedFor(urlPathEqualTo("/hr/v1/employees/changes")).withQueryParam("cursor", equalTo("c3")));
        as(organiserOf(tree.a)).queryParam("unit", tree.a1).get(API + "/profiles").then().body("items", hasSize(4))
                .body("items[0].source", org.hamcrest.Matchers.equalTo("HR_SYSTEM"));
    }

    @Test
    void eachSyncOfAPersonReplacesTheirCivilServicePositions() {
        String nid = id();
        String cc = code();
        String two = ",\"positions\":[{\"title\":\"Chuyên viên\",\"organisation\":\"Sở Nội vụ\",\"from\":\"2010-01-01\",\"to\":\"2015-12-31\"},"
                + "{\"title\":\"Trưởng phòng\",\"organisation\":\"Sở Nội vụ\",\"from\":\"2016-01-01\",\"salaryGrade\":\"01.002\"}]";
        String one = ",\"positions\":[{\"title\":\"Phó Giám đốc\",\"organisation\":\"Sở Nội vụ\",\"from\":\"2022-01-01\"}]";
        String badPosition = ",\"positions\":[{\"title\":\"Thiếu ngày\",\"organisation\":\"Sở Nội vụ\"}]";
        page(null, "p1", true, 0, employee(nid, cc, "Trịnh Văn Công", two), employee(nid, cc, "Trịnh Văn Công", two),
                employee(id(), code(), "Sai vị trí", badPosition));
        page("p1", "p2", false, 0);
        run(startAndFinish()).body("created", org.hamcrest.Matchers.equalTo(1)).body("unchanged", org.hamcrest.Matchers.equalTo(1))
                .body("skipped", org.hamcrest.Matchers.equalTo(1));
        String profile = as(organiserOf(tree.a1)).queryParam("name", "Trịnh Văn Công").get(API + "/profiles").then()
                .body("items", hasSize(1)).body("items[0].hrPositions.title", org.hamcrest.Matchers.contains("Chuyên viên", "Trưởng phòng"))
                .extract().path("items[0].id");
        page("p2", "p3", false, 0, employee(nid, cc, "Trịnh Văn Công", one));
        run(startAndFinish()).body("updated", org.hamcrest.Matchers.equalTo(1));
        as(organiserOf(tree.a1)).get(API + "/profiles/" + profile).then().statusCode(200)
                .body("hrPositions.title", org.hamcrest.Matchers.contains("Phó Giám đốc"));
        QuarkusTransaction.requiringNew().run(() -> assertThat(((Number) em.createNativeQuery(
                "select count(*) from hr_position where profile_id = cast(:p as uuid)").setParameter("p", profile).getSingleResult())
                .intValue()).isEqualTo(1));
    }

    @Test
    void theSamePersonTwiceIsOneProfileUpdatedNotDuplicated() {
        String nid = id();
        String cc = code();
        page(null, "d1", true, 0, employee(nid, cc, "Ngô Thị Lan", ""), employee(nid, cc, "Ngô Thị Lan Anh", ""));
        page("d1", "d2", false, 0, employee(nid, cc, "Ngô Thị Lan Anh", ""));
        run(startAndFinish()).body("created", org.hamcrest.Matchers.equalTo(1)).body("updated", org.hamcrest.Matchers.equalTo(1))
                .body("unchanged", org.hamcrest.Matchers.equalTo(1));
        as(organiserOf(tree.a1)).queryParam("name", "Ngô Thị Lan").get(API + "/profiles").then()
                .body("items", hasSize(1)).body("items[0].fullName", org.hamcrest.Matchers.equalTo("Ngô Thị Lan Anh"))
                .body("items[0].nationalId", org.hamcrest.Matchers.equalTo(nid));
    }

    @Test
    void malformedRecordsAreReportedAndSkippedAndTheRestIsStored() {
        String good = employee(id(), code(), "Đúng", "");
        String noId = "{\"civilServantCode\":\"CC-bad1\",\"fullName\":\"Thiếu\",\"dateOfBirth\":\"1980-01-01\",\"sex\":\"MALE\","
                + "\"ethnicity\":\"KINH\",\"unitCode\":\"" + tree.a1 + "\"}";
        String badDate = employee(id(), "CC-bad2", "Sai ngày", "").replace("1984-05-19", "19/05/1984");
        String unknownUnit = employee(id(), "CC-bad3", "Đơn vị lạ", "").replace("\"unitCode\":\"" + tree.a1 + "\"", "\"unitCode\":\"nowhere_x\"");
        page(null, "m1", false, 0, good, noId, badDate, unknownUnit, "42");
        String r = startAndFinish();
        run(r).body("status", org.hamcrest.Matchers.equalTo("PARTIAL")).body("created", org.hamcrest.Matchers.equalTo(1))
                .body("skipped", org.hamcrest.Matchers.equalTo(4));
        as(organiserOf(tree.province)).get(RUNS + "/" + r + "/issues").then().statusCode(200).body("", hasSize(4))
                .body("[0].recordRef", org.hamcrest.Matchers.equalTo("civilServantCode CC-bad1"))
                .body("[0].reason", containsString("nationalId"))
                .body("[1].reason", containsString("dateOfBirth"))
                .body("[2].reason", containsString("nowhere_x"))
                .body("[3].recordRef", org.hamcrest.Matchers.equalTo("item 4"));
    }

    @Test
    void anOutageStopsTheRunAndTheNextRunResumesAfterTheLastStoredPage() {
        page(null, "o1", true, 0, employee(id(), code(), "Trước sự cố", ""));
        HrStub.server.stubFor(get(urlPathEqualTo("/hr/v1/employees/changes")).withQueryParam("cursor", equalTo("o1"))
                .willReturn(aResponse().withStatus(503)));
        run(startAndFinish()).body("status", org.hamcrest.Matchers.equalTo("FAILED")).body("pages", org.hamcrest.Matchers.equalTo(1))
                .body("error", containsString("did not answer"));
        HrStub.server.verify(4, getRequestedFor(urlPathEqualTo("/hr/v1/employees/changes")).withQueryParam("cursor", equalTo("o1")));
        page("o1", "o2", false, 0, employee(id(), code(), "Sau sự cố", ""));
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true); // the breaker closes again
        run(startAndFinish()).body("status", org.hamcrest.Matchers.equalTo("SUCCEEDED")).body("created", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void anHrSystemThatDoesNotAnswerInTimeFailsTheRunAndASlowOneDoesNot() {
        page(null, "t1", false, 4000, employee(id(), code(), "Quá chậm", ""));
        run(startAndFinish()).body("status", org.hamcrest.Matchers.equalTo("FAILED"));
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);
        page(null, "t1", false, 700, employee(id(), code(), "Hơi chậm", ""));
        run(startAndFinish()).body("status", org.hamcrest.Matchers.equalTo("SUCCEEDED")).body("created", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void aSecondStartWhileARunIsGoingIsAConflictAndOnlyOrganisersStartOne() {
        page(null, "s1", false, 1200, employee(id(), code(), "Chậm", ""));
        String run = as(organiserOf(tree.province)).post(RUNS).then().statusCode(202).extract().path("id");
        as(organiserOf(tree.province)).post(RUNS).then().statusCode(409);
        as(unitAdminOf(tree.province)).post(RUNS).then().statusCode(403);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !"RUNNING".equals(as(organiserOf(tree.province)).get(RUNS + "/" + run).then().extract().path("status")));
        as(TestTokens.token("hr-bot", tree.province, "hr-sync")).get(RUNS).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(run));
    }

    @Test
    void aMembersSalaryBaseFromTheHrSystemIsPublishedWithoutTheNationalId() throws Exception {
        String member = UUID.randomUUID().toString();
        String nid = id();
        page(null, "w1", false, 0, employee(nid, code(), "Có lương", ",\"memberId\":\"" + member
                + "\",\"salaryBaseDong\":11000000,\"salaryEffectiveFrom\":\"2026-07-01\""));
        startAndFinish();
        var found = TopicProbe.find("cadre.events", r -> r.value().contains("cadre.profile.salary_base_changed.v1")
                && r.value().contains(member), Duration.ofSeconds(30));
        assertThat(found).isPresent();
        var data = vn.party.contracts.EventJson.mapper().readTree(found.get().value()).get("data");
        assertThat(data.get("salaryBaseDong").asLong()).isEqualTo(11_000_000L);
        assertThat(data.get("effectiveDate").asText()).isEqualTo("2026-07-01");
        assertThat(found.get().value()).doesNotContain(nid);
        assertThat(found.get().key()).isEqualTo(member);
    }
}
