package vn.party.inspection.plan;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.inspection.InspectionTestTree;
import vn.party.orgreplica.MemberReplica;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static vn.party.inspection.InspectionTestTree.API;
import static vn.party.inspection.InspectionTestTree.as;
import static vn.party.inspection.InspectionTestTree.inspectorOf;
import static vn.party.inspection.InspectionTestTree.post;
import static vn.party.inspection.InspectionTestTree.viewerOf;

@QuarkusTest
class BodyAndPlanResourceTest {

    @Inject
    MemberReplica replica;

    private InspectionTestTree tree;
    private String body;

    @BeforeEach
    void aDistrictCommission() {
        tree = InspectionTestTree.plant(replica);
        body = tree.body(tree.districtA, "INSPECTION_COMMISSION");
    }

    @Test
    void aUnitHasTheBodiesItsKindAllowsOnceEach() {
        post(tree.provinceAdmin(), Map.of("unitCode", tree.districtA, "kind", "CELL")).post(API + "/bodies").then()
                .statusCode(422).body("rule", equalTo("body.kind-not-for-unit"));
        post(tree.provinceAdmin(), Map.of("unitCode", tree.cellA1, "kind", "INSPECTION_COMMISSION")).post(API + "/bodies").then()
                .statusCode(422);
        post(tree.provinceAdmin(), Map.of("unitCode", tree.districtA, "kind", "INSPECTION_COMMISSION")).post(API + "/bodies").then()
                .statusCode(409);
        post(inspectorOf(tree.districtB), Map.of("unitCode", tree.districtA, "kind", "COMMITTEE")).post(API + "/bodies").then()
                .statusCode(404);
        post(inspectorOf(tree.cellA1), Map.of("unitCode", tree.cellA1, "kind", "CELL")).post(API + "/bodies").then()
                .statusCode(201).body("level", equalTo("CELL"));
        as(inspectorOf(tree.districtA)).get(API + "/bodies/" + body).then().statusCode(200).body("level", equalTo("INTERMEDIATE"));
        as(inspectorOf(tree.districtB)).get(API + "/bodies/" + body).then().statusCode(404);
    }

    @Test
    void progressCountsPlannedCasesDoneAndTheUnplannedOnes() {
        String plan = post(inspectorOf(tree.districtA), Map.of("bodyId", body, "year", 2026, "items", List.of(
                Map.of("activity", "INSPECTION", "kind", "DUES", "subjectKind", "ORGANISATION", "quarter", 2, "plannedCount", 2),
                Map.of("activity", "SUPERVISION", "kind", "THEMATIC", "subjectKind", "MEMBER", "quarter", 3, "plannedCount", 1))))
                .post(API + "/plans").then().statusCode(201).extract().path("id");
        post(inspectorOf(tree.districtA), Map.of("bodyId", body, "year", 2026)).post(API + "/plans").then().statusCode(409);
        post(inspectorOf(tree.districtA), Map.of("activity", "INSPECTION", "kind", "FINANCE", "subjectKind", "ORGANISATION",
                "quarter", 5, "plannedCount", 1)).post(API + "/plans/" + plan + "/items").then().statusCode(400);

        String planned = openCase("DUES", true);
        openCase("DUES", true);
        openCase("SIGNS_OF_VIOLATION", false);
        post(inspectorOf(tree.districtA), Map.of("on", "2026-05-02")).post(API + "/cases/" + planned + "/start").then().statusCode(200);
        String subject = as(inspectorOf(tree.districtA)).get(API + "/cases/" + planned).path("subjects[0].id");
        post(inspectorOf(tree.districtA), Map.of("on", "2026-05-20", "findings", List.of(Map.of("subjectId", subject,
                "violationFound", false)))).post(API + "/cases/" + planned + "/conclusion").then().statusCode(200);

        as(inspectorOf(tree.districtA)).get(API + "/plans/" + plan + "/progress").then().statusCode(200)
                .body("planned", equalTo(3)).body("done", equalTo(1)).body("unplanned", equalTo(1))
                .body("lines.find { it.kind == 'DUES' }.planned", equalTo(2))
                .body("lines.find { it.kind == 'DUES' }.done", equalTo(1))
                .body("lines.find { it.kind == 'DUES' }.underWay", equalTo(1))
                .body("lines.find { it.kind == 'SIGNS_OF_VIOLATION' }.unplanned", equalTo(1));
        as(viewerOf(tree.province)).queryParam("unitCode", tree.province).queryParam("year", "2026").get(API + "/plans/progress")
                .then().statusCode(200).body("planned", equalTo(3)).body("done", equalTo(1));
        as(viewerOf(tree.province)).get(API + "/plans/" + plan).then().statusCode(403);
        as(inspectorOf(tree.districtB)).get(API + "/plans/" + plan).then().statusCode(404);
        as(inspectorOf(tree.districtB)).queryParam("unitCode", tree.districtA).queryParam("year", "2026")
                .get(API + "/plans/progress").then().statusCode(404);
        as(inspectorOf(tree.districtA)).queryParam("unitCode", tree.districtA).get(API + "/plans/progress").then().statusCode(400);
    }

    private String openCase(String kind, boolean planned) {
        return post(inspectorOf(tree.districtA), Map.of("bodyId", body, "activity", "INSPECTION", "kind", kind, "planned", planned,
                "title", "Kiểm tra", "decidedOn", "2026-04-01",
                "subjects", List.of(Map.of("subjectKind", "ORGANISATION", "unitCode", tree.baseA))))
                .post(API + "/cases").then().statusCode(201).extract().path("id");
    }
}
