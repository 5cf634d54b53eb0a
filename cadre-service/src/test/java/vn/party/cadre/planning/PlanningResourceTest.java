package vn.party.cadre.planning;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.cadre.CadreTree;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.party.cadre.CadreTree.API;
import static vn.party.cadre.CadreTree.as;
import static vn.party.cadre.CadreTree.cadre;
import static vn.party.cadre.CadreTree.organiserOf;
import static vn.party.cadre.CadreTree.person;
import static vn.party.cadre.CadreTree.unitAdminOf;

@QuarkusTest
class PlanningResourceTest {

    private static final String PLANS = API + "/plan-entries";
    private CadreTree tree;

    @BeforeEach
    void aProvince() {
        tree = CadreTree.plant();
    }

    private Map<String, Object> entry(String unit, String kind, String cadreId) {
        Map<String, Object> m = new HashMap<>();
        m.put("term", "2025-2030");
        m.put("unitCode", unit);
        m.put("positionKind", kind);
        m.put("cadreId", cadreId);
        m.put("addedOn", "2025-03-01");
        m.put("decisionNumber", "12-QĐ/ĐU");
        return m;
    }

    private String plan(String unit, String kind, String cadreId) {
        return as(organiserOf(unit)).body(entry(unit, kind, cadreId)).post(PLANS).then().statusCode(201).extract().path("id");
    }

    @Test
    void aCadrePlannedForTheFirstTimeNeedsTwoTermsOfWorkingAge() {
        // a man born in 1970 retires at 62 in 2032: fewer than ten years from March 2025
        String c = cadre(tree.a1, "Nguyễn Văn Lớn", "1970-06-01", "MALE");
        as(organiserOf(tree.a1)).body(entry(tree.a1, "SECRETARY", c)).post(PLANS).then().statusCode(422)
                .body("rule", equalTo("planning.working-years")).body("requiredYears", equalTo(10));
    }

    @Test
    void aFourthCandidateForOnePostIsRefusedNamingTheRule() {
        for (int i = 0; i < 3; i++) {
            plan(tree.a1, "SECRETARY", cadre(tree.a1, "Ứng viên " + i, "1985-01-0" + (i + 1), "MALE"));
        }
        as(organiserOf(tree.a1)).body(entry(tree.a1, "SECRETARY", cadre(tree.a1, "Thứ tư", "1986-01-01", "FEMALE")))
                .post(PLANS).then().statusCode(422).body("rule", equalTo("planning.candidates-per-position")).body("limit", equalTo(3));
    }

    @Test
    void aCadreIsPlannedForAtMostThreePostsInATerm() {
        String c = cadre(tree.a1, "Đa Năng", "1985-01-01", "FEMALE");
        plan(tree.a, "SECRETARY", c);
        plan(tree.a, "DEPUTY_SECRETARY", c);
        plan(tree.a1, "SECRETARY", c);
        as(organiserOf(tree.a)).body(entry(tree.a1, "PEOPLES_COMMITTEE_CHAIR", c)).post(PLANS).then().statusCode(422)
                .body("rule", equalTo("planning.positions-per-cadre"));
    }

    @Test
    void aRemovalKeepsTheReasonAndTheFiguresCountIt() {
        String woman = cadre(tree.a1, "Trẻ Nữ", "1995-01-01", "FEMALE");
        String man = cadre(tree.a1, person(tree.a1, "Trung Niên", "1980-01-01", "MALE", "TAY"));
        String e1 = plan(tree.a1, "SECRETARY", woman);
        plan(tree.a1, "SECRETARY", man);
        String e3 = plan(tree.a1, "DEPARTMENT_HEAD", man);
        as(organiserOf(tree.a1)).body(Map.of("reason", "chuyển công tác", "removedOn", "2026-01-10"))
                .post(PLANS + "/" + e3 + "/removal").then().statusCode(200)
                .body("removalReason", equalTo("chuyển công tác")).body("removedAutomatically", equalTo(false));
        as(organiserOf(tree.a1)).body(Map.of("reason", "again")).post(PLANS + "/" + e3 + "/removal").then().statusCode(409);
        as(unitAdminOf(tree.a)).queryParam("term", "2025-2030").get(PLANS + "/figures").then().statusCode(200)
                .body("positions", equalTo(1)).body("candidates", equalTo(2)).body("candidatesPerPosition", equalTo(2.00f))
                .body("cadres", equalTo(2))
                .body("young.count", equalTo(1)).body("young.percent", equalTo(50.00f)).body("young.targetPercent", equalTo(15.00f))
                .body("young.met", equalTo(true))
                .body("women.count", equalTo(1)).body("women.of", equalTo(2))
                .body("ethnicMinority.count", equalTo(1)).body("ethnicMinority.met", org.hamcrest.Matchers.nullValue())
                .body("movements.find { it.positionGroup == 'DEPARTMENT' }.removals", equalTo(1))
                .body("movements.find { it.positionGroup == 'COMMITTEE' }.additions", equalTo(2));
        assertThat(TopicProbe.find("cadre.events", r -> r.value().contains("cadre.plan.entry_added.v1") && r.value().contains(e1),
                Duration.ofSeconds(30))).hasValueSatisfying(r -> assertThat(r.value()).doesNotContain("nationalId"));
    }

    @Test
    void anOrganiserOfAnotherCommitteeCannotPlanOrSeeTheseCadres() {
        String c = cadre(tree.a1, "Của A", "1985-01-01", "MALE");
        String e = plan(tree.a1, "SECRETARY", c);
        as(organiserOf(tree.b)).get(PLANS + "/" + e).then().statusCode(404);
        as(organiserOf(tree.b)).body(entry(tree.b1, "SECRETARY", c)).post(PLANS).then().statusCode(404);
        as(organiserOf(tree.b)).queryParam("term", "2025-2030").get(PLANS + "/figures").then().statusCode(200)
                .body("candidates", equalTo(0));
    }

    @Test
    void aTermIsWrittenAsFiveYears() {
        String c = cadre(tree.a1, "Sai Nhiệm Kỳ", "1985-01-01", "MALE");
        Map<String, Object> body = entry(tree.a1, "SECRETARY", c);
        body.put("term", "2025-2031");
        as(organiserOf(tree.a1)).body(body).post(PLANS).then().statusCode(400);
    }

    @Test
    void aReprimandFromInspectionTakesTheCadreOutOfEveryPlanAndKeepsThemOut() {
        UUID member = UUID.randomUUID();
        Map<String, Object> body = person(tree.a1, "Bị Kỷ Luật", "1985-01-01", "MALE", "KINH");
        body.put("memberId", member.toString());
        String c = cadre(tree.a1, body);
        String e1 = plan(tree.a1, "SECRETARY", c);
        String e2 = plan(tree.a1, "PEOPLES_COMMITTEE_CHAIR", c);
        String decision = "QD-" + UUID.randomUUID();
        String event = """
                {"specversion":"1.0","id":"%s","source":"/inspection-service","type":"inspection.discipline.decided.v1",
                 "subject":"%s","time":"2026-02-10T03:00:00Z","datacontenttype":"application/json",
                 "data":{"decisionId":"%s","memberId":"%s","subjectKind":"MEMBER","form":"REPRIMAND","issuingBody":"x",
                         "unitCode":"%s","path":["%s"],"effectiveDate":"2026-02-10","extra":{"ignored":true}}}"""
                .formatted(UUID.randomUUID(), decision, decision, member, tree.a1, tree.a1);
        TopicProbe.send("inspection.events", decision, event, Map.of());
        TopicProbe.send("inspection.events", decision, event, Map.of()); // a duplicate delivery changes nothing
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(organiserOf(tree.a1)).get(PLANS + "/" + e1).then().statusCode(200)
                        .body("removedOn", equalTo("2026-02-10")).body("removedAutomatically", equalTo(true))
                        .body("removalReason", equalTo("discipline " + decision + ": REPRIMAND")));
        as(organiserOf(tree.a1)).get(PLANS + "/" + e2).then().body("removedOn", notNullValue());
        Map<String, Object> again = entry(tree.a1, "SECRETARY", c);
        again.put("addedOn", "2026-06-01");
        as(organiserOf(tree.a1)).body(again).post(PLANS).then().statusCode(422).body("rule", equalTo("planning.disciplined"));
        as(organiserOf(tree.a1)).queryParam("cadreId", c).queryParam("includeRemoved", "true").get(PLANS).then()
                .body("items", hasSize(2)).body("items.removedAutomatically", hasItem(true));
    }
}
