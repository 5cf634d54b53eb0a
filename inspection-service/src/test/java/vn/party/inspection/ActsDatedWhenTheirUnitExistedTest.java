package vn.party.inspection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.membership.MemberStatus;
import vn.party.orgreplica.MemberReplica;
import vn.party.orgreplica.OrgUnitReplica;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.party.inspection.InspectionTestTree.API;
import static vn.party.inspection.InspectionTestTree.as;
import static vn.party.inspection.InspectionTestTree.inspectorOf;
import static vn.party.inspection.InspectionTestTree.post;

/**
 * Reports count an act under its unit as the tree stood on the act's date, so an act dated before its unit was founded,
 * or once it was dissolved, would be counted nowhere: it is refused (422 unit.not-existing-on-date) and nothing is kept,
 * as membership refuses a meeting of a cell that did not exist.
 */
@QuarkusTest
class ActsDatedWhenTheirUnitExistedTest {

    private static final String RULE = "unit.not-existing-on-date";
    private static final LocalDate NEW_CELL_FOUNDED = LocalDate.of(2024, 5, 1);
    private static final LocalDate BASE_B_DISSOLVED = LocalDate.of(2025, 7, 1);

    @Inject
    MemberReplica members;

    @Inject
    OrgUnitReplica units;

    private InspectionTestTree tree;

    @BeforeEach
    void aFreshProvince() {
        tree = InspectionTestTree.plant(members);
    }

    private static void refused(ValidatableResponse response, String unit, String day, String lifetime) {
        response.statusCode(422).contentType(containsString("application/problem+json"))
                .body("type", equalTo("https://party-suite.vn/problems/rule-violation"))
                .body("rule", equalTo(RULE)).body("unitCode", equalTo(unit)).body("date", equalTo(day))
                .body("detail", allOf(containsString(unit), containsString(day), containsString(lifetime)));
    }

    private Map<String, Object> caseAbout(String body, String unit, LocalDate decidedOn) {
        return Map.of("bodyId", body, "activity", "INSPECTION", "kind", "SIGNS_OF_VIOLATION", "planned", false,
                "title", "Kiểm tra khi có dấu hiệu vi phạm", "decidedOn", decidedOn.toString(),
                "subjects", List.of(Map.of("subjectKind", "ORGANISATION", "unitCode", unit)));
    }

    @Test
    void aCaseDecidedTheDayBeforeItsSubjectWasFoundedIsRefusedAndNotKeptButOnTheFoundingDayItIsDecided() {
        String cell = tree.cellOfBaseAFoundedOn(NEW_CELL_FOUNDED, units);
        String commission = tree.body(tree.districtA, "INSPECTION_COMMISSION");

        refused(post(inspectorOf(tree.districtA), caseAbout(commission, cell, NEW_CELL_FOUNDED.minusDays(1))).post(API + "/cases")
                .then(), cell, "2024-04-30", "founded on 2024-05-01");
        as(inspectorOf(tree.districtA)).queryParam("bodyId", commission).get(API + "/cases").then().statusCode(200)
                .body("items", empty());

        post(inspectorOf(tree.districtA), caseAbout(commission, cell, NEW_CELL_FOUNDED)).post(API + "/cases").then()
                .statusCode(201).body("decidedOn", equalTo("2024-05-01"));
        as(inspectorOf(tree.districtA)).queryParam("bodyId", commission).get(API + "/cases").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void aCaseOfABodyWhoseUnitWasDissolvedIsNotConcludedOnTheDissolutionDayButIsOnTheDayBefore() {
        String commission = tree.body(tree.baseB, "INSPECTION_COMMISSION");
        String id = post(inspectorOf(tree.districtB), caseAbout(commission, tree.cellB1, LocalDate.of(2025, 3, 1)))
                .post(API + "/cases").then().statusCode(201).extract().path("id");
        post(inspectorOf(tree.districtB), Map.of("on", "2025-03-10")).post(API + "/cases/" + id + "/start").then().statusCode(200);
        tree.dissolve(tree.baseB, BASE_B_DISSOLVED, units);
        String subject = as(inspectorOf(tree.districtB)).get(API + "/cases/" + id).path("subjects[0].id");
        Map<String, Object> conclusion = Map.of("findings", List.of(Map.of("subjectId", subject, "violationFound", false)));

        Map<String, Object> late = new java.util.HashMap<>(conclusion);
        late.put("on", BASE_B_DISSOLVED.toString());
        refused(post(inspectorOf(tree.districtB), late).post(API + "/cases/" + id + "/conclusion").then(), tree.baseB,
                "2025-07-01", "dissolved on 2025-07-01");
        as(inspectorOf(tree.districtB)).get(API + "/cases/" + id).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("concludedOn", equalTo(null));

        Map<String, Object> inTime = new java.util.HashMap<>(conclusion);
        inTime.put("on", BASE_B_DISSOLVED.minusDays(1).toString());
        post(inspectorOf(tree.districtB), inTime).post(API + "/cases/" + id + "/conclusion").then().statusCode(200)
                .body("status", equalTo("CONCLUDED"));
        // and nothing new is decided by it after its dissolution
        refused(post(inspectorOf(tree.districtB), caseAbout(commission, tree.cellB1, BASE_B_DISSOLVED.plusDays(3)))
                .post(API + "/cases").then(), tree.baseB, "2025-07-04",
                "from " + InspectionTestTree.FOUNDED + " to 2025-06-30");
        as(inspectorOf(tree.districtB)).queryParam("bodyId", commission).get(API + "/cases").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void aCellCannotDisciplineItsMemberBeforeTheCellWasFounded() {
        String cell = tree.cellOfBaseAFoundedOn(NEW_CELL_FOUNDED, units);
        String cellBody = tree.body(cell, "CELL");
        String member = tree.member(cell, MemberStatus.FULL, "Trần Thị Hoa");
        Map<String, Object> decision = new java.util.HashMap<>(Map.of("bodyId", cellBody, "subjectKind", "MEMBER",
                "memberId", member, "form", "REPRIMAND", "violation", "Không đóng đảng phí ba tháng liền",
                "violationOn", "2024-04-01", "decidedOn", "2024-04-30"));

        refused(post(inspectorOf(cell), decision).post(API + "/discipline-decisions").then(), cell, "2024-04-30",
                "founded on 2024-05-01");
        as(inspectorOf(tree.districtA)).queryParam("memberId", member).get(API + "/discipline-decisions").then()
                .statusCode(200).body("items", empty());

        decision.put("decidedOn", "2024-05-01");
        post(inspectorOf(cell), decision).post(API + "/discipline-decisions").then().statusCode(201);
        as(inspectorOf(tree.districtA)).queryParam("memberId", member).get(API + "/discipline-decisions").then()
                .statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aDissolvedUnitsBodySuspendsNoOneFromItsDissolutionDay() {
        String board = tree.body(tree.baseB, "STANDING_BOARD");
        String member = tree.member(tree.cellB1, MemberStatus.FULL, "Lê Văn Nam");
        tree.dissolve(tree.baseB, BASE_B_DISSOLVED, units);

        refused(post(inspectorOf(tree.districtB), Map.of("bodyId", board, "memberId", member, "startsOn", "2025-07-01",
                "endsOn", "2025-10-01", "reason", "Để xem xét kỷ luật")).post(API + "/suspensions").then(), tree.baseB,
                "2025-07-01", "dissolved on 2025-07-01");
        as(inspectorOf(tree.districtB)).queryParam("memberId", member).get(API + "/suspensions").then().statusCode(200)
                .body("items", empty());

        post(inspectorOf(tree.districtB), Map.of("bodyId", board, "memberId", member, "startsOn", "2025-06-30",
                "endsOn", "2025-10-01", "reason", "Để xem xét kỷ luật")).post(API + "/suspensions").then().statusCode(201);
    }

    @Test
    void aDenunciationOfAnOrganisationReceivedBeforeItWasFoundedIsRefusedAndNotKept() {
        String cell = tree.cellOfBaseAFoundedOn(NEW_CELL_FOUNDED, units);
        String commission = tree.body(tree.districtA, "INSPECTION_COMMISSION");
        Map<String, Object> denunciation = new java.util.HashMap<>(Map.of("kind", "DENUNCIATION", "bodyId", commission,
                "receivedOn", "2024-04-30", "subjectKind", "ORGANISATION", "unitCode", cell,
                "summary", "Tố cáo chi bộ không sinh hoạt định kỳ"));

        refused(post(inspectorOf(tree.districtA), denunciation).post(API + "/denunciations").then(), cell, "2024-04-30",
                "founded on 2024-05-01");
        as(inspectorOf(tree.districtA)).get(API + "/denunciations").then().statusCode(200).body("items", empty());

        denunciation.put("receivedOn", "2024-05-01");
        post(inspectorOf(tree.districtA), denunciation).post(API + "/denunciations").then().statusCode(201);
        as(inspectorOf(tree.districtA)).get(API + "/denunciations").then().statusCode(200).body("items", hasSize(1));
    }
}
