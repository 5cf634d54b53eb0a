package vn.party.inspection.casework;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.membership.MemberStatus;
import vn.party.inspection.InspectionTestTree;
import vn.party.orgreplica.MemberReplica;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.party.inspection.InspectionTestTree.API;
import static vn.party.inspection.InspectionTestTree.adminOf;
import static vn.party.inspection.InspectionTestTree.as;
import static vn.party.inspection.InspectionTestTree.inspectorOf;
import static vn.party.inspection.InspectionTestTree.post;
import static vn.party.inspection.InspectionTestTree.viewerOf;

@QuarkusTest
class CaseResourceTest {

    private static final String CASES = API + "/cases";

    @Inject
    MemberReplica replica;

    @Inject
    FollowUpSweep sweep;

    private InspectionTestTree tree;
    private String body;
    private String member;

    @BeforeEach
    void aDistrictCommissionAndAMember() {
        tree = InspectionTestTree.plant(replica);
        body = tree.body(tree.districtA, "INSPECTION_COMMISSION");
        member = tree.member(tree.cellA1, MemberStatus.FULL, "Nguyễn Văn Bình");
    }

    private Map<String, Object> caseOf(List<Map<String, Object>> subjects, boolean planned) {
        return Map.of("bodyId", body, "activity", "INSPECTION", "kind", "SIGNS_OF_VIOLATION", "planned", planned,
                "title", "Kiểm tra khi có dấu hiệu vi phạm", "decidedOn", "2026-03-02", "subjects", subjects);
    }

    private String open() {
        return post(inspectorOf(tree.districtA), caseOf(List.of(
                Map.of("subjectKind", "ORGANISATION", "unitCode", tree.baseA),
                Map.of("subjectKind", "MEMBER", "memberId", member, "committeeMember", true)), false))
                .post(CASES).then().statusCode(201).extract().path("id");
    }

    @Test
    void aCaseRunsFromDecisionToClosingWithItsConclusionAndFollowUp() {
        String id = open();
        Response read = as(inspectorOf(tree.districtA)).get(CASES + "/" + id);
        read.then().statusCode(200).body("status", equalTo("DECIDED")).body("subjects", hasSize(2))
                .body("subjects.find { it.subjectKind == 'MEMBER' }.fullName", equalTo("Nguyễn Văn Bình"));
        TopicProbe.find("inspection.events", r -> id.equals(r.key()) && r.value().contains("inspection.case.decided.v1")
                        && r.value().contains("\"membersCovered\": 1") && r.value().contains("\"committeeMembersCovered\": 1")
                        && r.value().contains("\"organisationsCovered\": 1"), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no case.decided event with the counts"));

        post(inspectorOf(tree.districtA), Map.of("on", "2026-03-10")).header("If-Match", "\"99\"")
                .post(CASES + "/" + id + "/start").then().statusCode(409);
        post(inspectorOf(tree.districtA), Map.of("on", "2026-03-10")).post(CASES + "/" + id + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        List<String> subjects = as(inspectorOf(tree.districtA)).get(CASES + "/" + id).path("subjects.id");
        post(inspectorOf(tree.districtA), Map.of("on", "2026-04-20", "findings", List.of(
                Map.of("subjectId", subjects.get(0), "violationFound", false)))).post(CASES + "/" + id + "/conclusion")
                .then().statusCode(400);
        post(inspectorOf(tree.districtA), Map.of("on", "2026-04-20", "findings", List.of(
                Map.of("subjectId", subjects.get(0), "violationFound", false),
                Map.of("subjectId", subjects.get(1), "violationFound", true, "nature", "Vi phạm quy định về đảng phí",
                        "disciplineToConsider", true, "corrections", "Nộp bổ sung đảng phí"))))
                .post(CASES + "/" + id + "/conclusion").then().statusCode(200).body("status", equalTo("CONCLUDED"));
        TopicProbe.find("inspection.events", r -> id.equals(r.key()) && r.value().contains("inspection.case.concluded.v1")
                        && r.value().contains("\"membersWithViolations\": 1") && r.value().contains("\"disciplineToConsider\": 1"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no case.concluded event"));

        String action = post(inspectorOf(tree.districtA), Map.of("description", "Nộp bổ sung đảng phí", "owner", "Chi bộ thôn Đông",
                "deadline", "2026-05-31")).post(CASES + "/" + id + "/actions").then().statusCode(200)
                .body("status", equalTo("FOLLOW_UP")).extract().path("actions[0].id");
        post(inspectorOf(tree.districtA), Map.of("on", "2026-06-10")).post(CASES + "/" + id + "/close").then().statusCode(422)
                .body("rule", equalTo("case.open-follow-up-actions"));
        as(inspectorOf(tree.districtA)).get(CASES + "/follow-up-actions/overdue").then().statusCode(200)
                .body("items.id", hasItem(action));
        as(inspectorOf(tree.districtB)).get(CASES + "/follow-up-actions/overdue").then().statusCode(200)
                .body("items.id", not(hasItem(action)));
        sweep.publishOverdue(java.time.LocalDate.of(2026, 6, 2));
        TopicProbe.find("inspection.events", r -> action.equals(r.key()) && r.value().contains("inspection.follow_up.overdue.v1"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no follow_up.overdue event"));

        post(inspectorOf(tree.districtA), Map.of("on", "2026-06-05")).post(CASES + "/" + id + "/actions/" + action + "/complete")
                .then().statusCode(200).body("actions[0].overdue", equalTo(true));
        post(inspectorOf(tree.districtA), Map.of("on", "2026-06-05")).post(CASES + "/" + id + "/actions/" + action + "/complete")
                .then().statusCode(409);
        post(inspectorOf(tree.districtA), Map.of("on", "2026-06-10")).post(CASES + "/" + id + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo("2026-06-10"));
        TopicProbe.find("inspection.events", r -> id.equals(r.key()) && r.value().contains("inspection.case.closed.v1")
                && r.value().contains("\"followUpActionsLate\": 1"), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no case.closed event"));
    }

    @Test
    void aCaseMovesOnlyForward() {
        String id = open();
        post(inspectorOf(tree.districtA), Map.of("on", "2026-04-20", "findings", List.of()))
                .post(CASES + "/" + id + "/conclusion").then().statusCode(400);
        post(inspectorOf(tree.districtA), Map.of("on", "2026-06-10")).post(CASES + "/" + id + "/close").then().statusCode(422)
                .body("rule", equalTo("case.transition"));
        post(inspectorOf(tree.districtA), Map.of("description", "x", "owner", "y", "deadline", "2026-05-31"))
                .post(CASES + "/" + id + "/actions").then().statusCode(422).body("rule", equalTo("case.transition"));
        post(inspectorOf(tree.districtA), Map.of("on", "2026-03-10")).post(CASES + "/" + id + "/start").then().statusCode(200);
        post(inspectorOf(tree.districtA), Map.of("on", "2026-03-11")).post(CASES + "/" + id + "/start").then().statusCode(422)
                .body("rule", equalTo("case.transition"));
    }

    @Test
    void anInspectorOfOneCommitteeCannotSeeOrTouchAnothersCases() {
        String id = open();
        as(inspectorOf(tree.districtB)).get(CASES + "/" + id).then().statusCode(404);
        post(inspectorOf(tree.districtB), Map.of("on", "2026-03-10")).post(CASES + "/" + id + "/start").then().statusCode(404);
        as(inspectorOf(tree.districtB)).get(CASES).then().statusCode(200).body("items.id", not(hasItem(id)));
        as(inspectorOf(tree.districtA)).get(CASES).then().statusCode(200).body("items.id", hasItem(id));
        as(adminOf(tree.districtA)).get(CASES + "/" + id).then().statusCode(200);
        post(adminOf(tree.districtA), Map.of("on", "2026-03-10")).post(CASES + "/" + id + "/start").then().statusCode(403);
        as(viewerOf(tree.province)).get(CASES + "/" + id).then().statusCode(403);
        post(inspectorOf(tree.districtB), caseOf(List.of(Map.of("subjectKind", "ORGANISATION", "unitCode", tree.baseA)), true))
                .post(CASES).then().statusCode(404);
    }

    @Test
    void subjectsOutsideTheBodysSubtreeAreRefusedAsIfTheyDidNotExist() {
        String outsider = tree.member(tree.cellB1, MemberStatus.FULL, "Trần Thị Cúc");
        post(inspectorOf(tree.districtA), caseOf(List.of(Map.of("subjectKind", "MEMBER", "memberId", outsider)), true))
                .post(CASES).then().statusCode(404);
        post(tree.provinceAdmin(), caseOf(List.of(Map.of("subjectKind", "ORGANISATION", "unitCode", tree.cellB1)), true))
                .post(CASES).then().statusCode(404);
        post(inspectorOf(tree.districtA), caseOf(List.of(Map.of("subjectKind", "MEMBER",
                "memberId", "00000000-0000-4000-8000-000000000000")), true)).post(CASES).then().statusCode(404);
        post(inspectorOf(tree.districtA), caseOf(List.of(Map.of("subjectKind", "MEMBER", "unitCode", tree.cellA1)), true))
                .post(CASES).then().statusCode(400);
        as(inspectorOf(tree.districtA)).get(CASES + "/not-a-uuid").then().statusCode(404);
        as(inspectorOf(tree.districtA)).queryParam("limit", "501").get(CASES).then().statusCode(400);
    }
}
