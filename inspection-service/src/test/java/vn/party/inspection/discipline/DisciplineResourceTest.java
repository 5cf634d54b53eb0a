package vn.party.inspection.discipline;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.membership.MemberStatus;
import vn.party.inspection.InspectionTestTree;
import vn.party.orgreplica.MemberReplica;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.party.inspection.InspectionTestTree.API;
import static vn.party.inspection.InspectionTestTree.as;
import static vn.party.inspection.InspectionTestTree.adminOf;
import static vn.party.inspection.InspectionTestTree.inspectorOf;
import static vn.party.inspection.InspectionTestTree.post;

@QuarkusTest
class DisciplineResourceTest {

    private static final String DECISIONS = API + "/discipline-decisions";

    @Inject
    MemberReplica replica;

    @Inject
    SuspensionSweep sweep;

    private InspectionTestTree tree;
    private String cell;
    private String districtBoard;
    private String provinceBoard;
    private String member;

    @BeforeEach
    void bodiesAtEveryLevelAndAFullMember() {
        tree = InspectionTestTree.plant(replica);
        cell = tree.body(tree.cellA1, "CELL");
        districtBoard = tree.body(tree.districtA, "STANDING_BOARD");
        provinceBoard = tree.body(tree.province, "STANDING_BOARD");
        member = tree.member(tree.cellA1, MemberStatus.FULL, "Lê Văn Dũng");
    }

    private Map<String, Object> decision(String body, String memberId, String form, String violationOn, String decidedOn) {
        Map<String, Object> d = new HashMap<>(Map.of("bodyId", body, "subjectKind", "MEMBER", "memberId", memberId, "form", form,
                "violation", "Vi phạm quy định về những điều đảng viên không được làm", "violationOn", violationOn,
                "decidedOn", decidedOn));
        return d;
    }

    private io.restassured.response.ValidatableResponse decide(String token, Map<String, Object> body) {
        return post(token, body).post(DECISIONS).then();
    }

    @Test
    void expulsionIsRefusedForACell() {
        decide(inspectorOf(tree.cellA1), decision(cell, member, "EXPULSION", "2026-01-10", "2026-06-01")).statusCode(422)
                .body("rule", equalTo("discipline.form-not-allowed-for-level"));
        decide(inspectorOf(tree.cellA1), decision(cell, member, "WARNING", "2026-01-10", "2026-06-01")).statusCode(201)
                .body("decidedAtOwnCell", equalTo(true)).body("regulation", equalTo("264-QĐ/TW"));
    }

    @Test
    void aCellDisciplinesOnlyItsOwnMembers() {
        String other = tree.member(tree.cellA2, MemberStatus.FULL, "Phạm Thị Én");
        decide(tree.provinceAdmin(), decision(cell, other, "REPRIMAND", "2026-01-10", "2026-06-01")).statusCode(404);
        String baseCommittee = tree.body(tree.baseA, "COMMITTEE");
        decide(inspectorOf(tree.baseA), decision(baseCommittee, other, "REPRIMAND", "2026-01-10", "2026-06-01")).statusCode(201)
                .body("decidedAtOwnCell", equalTo(false));
    }

    @Test
    void removalFromPostNeedsAPostAndAProbationaryMemberIsOnlyReprimandedOrWarned() {
        decide(inspectorOf(tree.districtA), decision(districtBoard, member, "REMOVAL_FROM_POST", "2026-01-10", "2026-06-01"))
                .statusCode(422).body("rule", equalTo("discipline.removal-needs-a-post"));
        Map<String, Object> withPost = decision(districtBoard, member, "REMOVAL_FROM_POST", "2026-01-10", "2026-06-01");
        withPost.put("holdsPost", true);
        decide(inspectorOf(tree.districtA), withPost).statusCode(201).body("holdsPost", equalTo(true));

        String probationary = tree.member(tree.cellA1, MemberStatus.PROBATIONARY, "Hoàng Văn Giang");
        decide(inspectorOf(tree.districtA), decision(districtBoard, probationary, "EXPULSION", "2026-01-10", "2026-06-01"))
                .statusCode(422).body("rule", equalTo("discipline.probationary-member"));
        decide(inspectorOf(tree.districtA), decision(districtBoard, probationary, "WARNING", "2026-01-10", "2026-06-01"))
                .statusCode(201);
        String candidate = tree.member(tree.cellA1, MemberStatus.CANDIDATE, "Vũ Thị Hà");
        decide(inspectorOf(tree.districtA), decision(districtBoard, candidate, "REPRIMAND", "2026-01-10", "2026-06-01"))
                .statusCode(422).body("rule", equalTo("discipline.not-a-member"));
    }

    @Test
    void aViolationPastItsLimitationIsRefusedUnderTheRuleOfTheDecisionDate() {
        decide(inspectorOf(tree.districtA), decision(districtBoard, member, "REPRIMAND", "2019-01-10", "2026-06-01"))
                .statusCode(422).body("rule", equalTo("discipline.limitation-passed")).body("regulation", equalTo("264-QĐ/TW"));
        decide(inspectorOf(tree.districtA), decision(districtBoard, member, "REPRIMAND", "2016-01-10", "2020-06-01"))
                .statusCode(201).body("regulation", equalTo("102-QĐ/TW"));
        decide(inspectorOf(tree.districtA), decision(districtBoard, member, "EXPULSION", "1999-01-10", "2026-06-01"))
                .statusCode(201).body("regulation", equalTo("264-QĐ/TW"));
    }

    @Test
    void warningAndRemovalLapseTenYearsAfterTheViolationReprimandFiveAndExpulsionNever() {
        decide(inspectorOf(tree.districtA), decision(districtBoard, member, "WARNING", "2016-05-31", "2026-06-01"))
                .statusCode(422).body("rule", equalTo("discipline.limitation-passed")).body("regulation", equalTo("264-QĐ/TW"))
                .body("limitationEndedOn", equalTo("2026-05-31"));
        decide(inspectorOf(tree.districtA), decision(districtBoard, member, "WARNING", "2016-06-01", "2026-06-01"))
                .statusCode(201).body("regulation", equalTo("264-QĐ/TW"));
        Map<String, Object> removal = decision(districtBoard, member, "REMOVAL_FROM_POST", "2016-04-30", "2026-06-01");
        removal.put("holdsPost", true);
        decide(inspectorOf(tree.districtA), removal).statusCode(422).body("rule", equalTo("discipline.limitation-passed"))
                .body("limitationEndedOn", equalTo("2026-04-30"));
        removal.put("violationOn", "2016-06-02");
        decide(inspectorOf(tree.districtA), removal).statusCode(201);
        decide(inspectorOf(tree.districtA), decision(districtBoard, member, "REPRIMAND", "2021-05-31", "2026-06-01"))
                .statusCode(422).body("rule", equalTo("discipline.limitation-passed")).body("limitationEndedOn", equalTo("2026-05-31"));
        decide(inspectorOf(tree.districtA), decision(districtBoard, member, "EXPULSION", "2001-02-03", "2026-06-01"))
                .statusCode(201);
    }

    @Test
    void aDecisionOf2017IsJudgedBy2017sRegulation() {
        // Quy định 102-QĐ/TW was in force in December 2017: its name is on the decision and on its refusals
        decide(inspectorOf(tree.districtA), decision(districtBoard, member, "REPRIMAND", "2012-12-19", "2017-12-20"))
                .statusCode(422).body("rule", equalTo("discipline.limitation-passed")).body("regulation", equalTo("102-QĐ/TW"))
                .body("limitationEndedOn", equalTo("2017-12-19"));
        String id = decide(inspectorOf(tree.districtA), decision(districtBoard, member, "WARNING", "2016-03-01", "2017-12-20"))
                .statusCode(201).body("regulation", equalTo("102-QĐ/TW")).body("appealBy", equalTo("2018-01-20"))
                .extract().path("id");
        as(inspectorOf(tree.districtA)).get(DECISIONS + "/" + id).then().body("regulation", equalTo("102-QĐ/TW"));
        decide(inspectorOf(tree.districtA), decision(districtBoard, member, "WARNING", "2016-03-02", "2022-07-06"))
                .statusCode(201).body("regulation", equalTo("69-QĐ/TW"));
    }

    @Test
    void aViolationIsDisciplinedOnce() {
        decide(inspectorOf(tree.districtA), decision(districtBoard, member, "WARNING", "2026-01-10", "2026-06-01")).statusCode(201);
        Map<String, Object> again = decision(provinceBoard, member, "REPRIMAND", "2026-01-10", "2026-07-01");
        again.put("violation", "  vi phạm quy định về những điều đảng viên KHÔNG được làm ");
        decide(tree.provinceAdmin(), again).statusCode(422).body("rule", equalTo("discipline.same-violation"));
    }

    @Test
    void aMemberOutsideTheBodysSubtreeIsNotFoundAndOrganisationsHaveTheirOwnForms() {
        String outsider = tree.member(tree.cellB1, MemberStatus.FULL, "Đỗ Văn Khoa");
        decide(tree.provinceAdmin(), decision(districtBoard, outsider, "WARNING", "2026-01-10", "2026-06-01")).statusCode(404);
        decide(inspectorOf(tree.districtB), decision(districtBoard, member, "WARNING", "2026-01-10", "2026-06-01")).statusCode(404);
        Map<String, Object> dissolve = new HashMap<>(Map.of("bodyId", districtBoard, "subjectKind", "ORGANISATION",
                "unitCode", tree.cellA2, "form", "DISSOLUTION", "violation", "Mất sức chiến đấu", "violationOn", "2026-01-10",
                "decidedOn", "2026-06-01"));
        decide(inspectorOf(tree.districtA), dissolve).statusCode(422).body("rule", equalTo("discipline.form-not-allowed-for-level"));
        dissolve.put("form", "EXPULSION");
        decide(inspectorOf(tree.districtA), dissolve).statusCode(422).body("rule", equalTo("discipline.form-not-for-subject"));
        dissolve.put("form", "WARNING");
        String id = decide(inspectorOf(tree.districtA), dissolve).statusCode(201).body("memberId", nullValue())
                .extract().path("id");
        TopicProbe.find("inspection.events", r -> id.equals(r.key()) && r.value().contains("inspection.discipline.decided.v1")
                && r.value().contains("\"subjectKind\": \"ORGANISATION\""), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no discipline.decided event of the organisation"));
    }

    @Test
    void anExpulsionIsPublishedAndAnAppealAnnulsItAsANewRecord() {
        String id = decide(inspectorOf(tree.districtA), decision(districtBoard, member, "EXPULSION", "2026-01-10", "2026-06-01"))
                .statusCode(201).body("formInForce", equalTo("EXPULSION")).body("appealBy", equalTo("2026-07-01"))
                .extract().path("id");
        var event = TopicProbe.find("inspection.events", r -> member.equals(r.key()) && r.value().contains("discipline.decided")
                        && r.value().contains("\"EXPULSION\""), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no discipline.decided event"));
        assertThat(event.value()).contains("\"bodyLevel\": \"INTERMEDIATE\"", "\"bodyKind\": \"STANDING_BOARD\"",
                "\"unitCode\": \"" + tree.cellA1 + "\"", "\"decidedAtOwnCell\": false").doesNotContain("Lê Văn Dũng", "nationalId");

        Map<String, Object> appeal = new HashMap<>(Map.of("lodgedOn", "2026-07-02", "heardByBodyId", provinceBoard,
                "outcome", "ANNULLED", "decidedOn", "2026-08-01"));
        post(tree.provinceAdmin(), appeal).post(DECISIONS + "/" + id + "/appeals").then().statusCode(422)
                .body("rule", equalTo("discipline.appeal-period-passed"));
        appeal.put("lodgedOn", "2026-06-20");
        appeal.put("heardByBodyId", districtBoard);
        post(tree.provinceAdmin(), appeal).post(DECISIONS + "/" + id + "/appeals").then().statusCode(422)
                .body("rule", equalTo("discipline.appeal-heard-above"));
        appeal.put("heardByBodyId", provinceBoard);
        appeal.put("outcome", "REDUCED");
        appeal.put("resultingForm", "EXPULSION");
        post(tree.provinceAdmin(), appeal).post(DECISIONS + "/" + id + "/appeals").then().statusCode(422)
                .body("rule", equalTo("discipline.appeal-outcome"));
        appeal.put("outcome", "ANNULLED");
        appeal.remove("resultingForm");
        post(tree.provinceAdmin(), appeal).post(DECISIONS + "/" + id + "/appeals").then().statusCode(201)
                .body("form", equalTo("EXPULSION")).body("formInForce", nullValue()).body("appeals", hasSize(1))
                .body("appeals[0].outcome", equalTo("ANNULLED"));
        appeal.put("lodgedOn", "2026-08-05");
        appeal.put("decidedOn", "2026-08-20");
        post(tree.provinceAdmin(), appeal).post(DECISIONS + "/" + id + "/appeals").then().statusCode(422)
                .body("rule", equalTo("discipline.appeal-nothing-in-force"));
        TopicProbe.find("inspection.events", r -> member.equals(r.key()) && r.value().contains("inspection.appeal.decided.v1")
                && r.value().contains("\"ANNULLED\""), Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no appeal event"));
        as(inspectorOf(tree.districtA)).queryParam("memberId", member).get(DECISIONS).then().statusCode(200)
                .body("items.id", hasItem(id));
        as(adminOf(tree.districtA)).get(DECISIONS + "/" + id).then().statusCode(200);
        as(inspectorOf(tree.districtB)).get(DECISIONS + "/" + id).then().statusCode(404);
    }

    @Test
    void aCorrectionOfTheFactsIsARecordOfItsOwnAndTheDecisionStaysAsMade() {
        String id = decide(inspectorOf(tree.districtA), decision(districtBoard, member, "WARNING", "2026-01-10", "2026-06-01"))
                .statusCode(201).extract().path("id");
        String corrections = DECISIONS + "/" + id + "/corrections";
        post(inspectorOf(tree.districtA), Map.of("correctedOn", "2026-06-10", "violationOn", "2026-01-10",
                "reason", "Không thay đổi gì")).post(corrections).then().statusCode(400);
        post(inspectorOf(tree.districtA), Map.of("correctedOn", "2026-05-10", "violationOn", "2026-01-12",
                "reason", "Ghi nhầm ngày vi phạm")).post(corrections).then().statusCode(400);
        post(inspectorOf(tree.districtA), Map.of("correctedOn", "2026-06-10", "violationOn", "2026-06-02",
                "reason", "Ghi nhầm ngày vi phạm")).post(corrections).then().statusCode(422).body("rule", equalTo("discipline.dates"));
        post(inspectorOf(tree.districtA), Map.of("correctedOn", "2026-06-10", "violationOn", "2016-05-31",
                "reason", "Ghi nhầm năm vi phạm")).post(corrections).then().statusCode(422)
                .body("rule", equalTo("discipline.correction-past-limitation")).body("regulation", equalTo("264-QĐ/TW"));
        as(inspectorOf(tree.districtB)).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("correctedOn", "2026-06-10", "violationOn", "2026-01-12", "reason", "x")).post(corrections).then()
                .statusCode(404);

        post(inspectorOf(tree.districtA), Map.of("correctedOn", "2026-06-10", "violationOn", "2026-01-12",
                "reason", "Ghi nhầm ngày vi phạm")).post(corrections).then().statusCode(201)
                .body("violationOn", equalTo("2026-01-10")).body("violationOnAsCorrected", equalTo("2026-01-12"))
                .body("form", equalTo("WARNING")).body("formInForce", equalTo("WARNING")).body("corrections", hasSize(1))
                .body("corrections[0].reason", equalTo("Ghi nhầm ngày vi phạm")).body("corrections[0].violation", nullValue());
        post(inspectorOf(tree.districtA), Map.of("correctedOn", "2026-06-12", "violation", "Vi phạm quy định về đấu thầu",
                "reason", "Ghi chưa đúng nội dung vi phạm")).post(corrections).then().statusCode(201);
        as(adminOf(tree.districtA)).get(DECISIONS + "/" + id).then().statusCode(200)
                .body("violation", equalTo("Vi phạm quy định về những điều đảng viên không được làm"))
                .body("violationAsCorrected", equalTo("Vi phạm quy định về đấu thầu"))
                .body("violationOnAsCorrected", equalTo("2026-01-12")).body("corrections", hasSize(2))
                .body("corrections[1].correctedOn", equalTo("2026-06-12"));
        // the corrected violation is the one this decision judged: a second decision for it is refused
        Map<String, Object> again = decision(provinceBoard, member, "REPRIMAND", "2026-01-12", "2026-07-01");
        again.put("violation", "vi phạm quy định về đấu thầu");
        decide(tree.provinceAdmin(), again).statusCode(422).body("rule", equalTo("discipline.same-violation"));
    }

    @Test
    void aSuspensionRunsForItsPeriodAndEndsEarlyOrOnItsDay() {
        String id = post(inspectorOf(tree.districtA), Map.of("bodyId", districtBoard, "memberId", member, "startsOn", "2026-03-01",
                "endsOn", "2026-06-01", "reason", "Để xem xét kỷ luật")).post(API + "/suspensions").then().statusCode(201)
                .extract().path("id");
        TopicProbe.find("inspection.events", r -> member.equals(r.key()) && r.value().contains("inspection.suspension.started.v1"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no suspension.started event"));
        post(inspectorOf(tree.districtA), Map.of("bodyId", districtBoard, "memberId", member, "startsOn", "2026-05-01",
                "endsOn", "2026-07-01", "reason", "x")).post(API + "/suspensions").then().statusCode(409);
        post(inspectorOf(tree.districtA), Map.of("on", "2026-07-01")).post(API + "/suspensions/" + id + "/end").then()
                .statusCode(422).body("rule", equalTo("suspension.end"));
        post(inspectorOf(tree.districtA), Map.of("on", "2026-05-01")).post(API + "/suspensions/" + id + "/end").then()
                .statusCode(200).body("endedOn", equalTo("2026-05-01"));
        post(inspectorOf(tree.districtA), Map.of("on", "2026-05-02")).post(API + "/suspensions/" + id + "/end").then().statusCode(409);

        String other = tree.member(tree.cellA2, MemberStatus.FULL, "Ngô Văn Lâm");
        String second = post(inspectorOf(tree.districtA), Map.of("bodyId", districtBoard, "memberId", other,
                "startsOn", "2026-08-01", "endsOn", "2026-09-01", "reason", "x")).post(API + "/suspensions").then()
                .statusCode(201).extract().path("id");
        assertThat(sweep.endDue(LocalDate.of(2026, 9, 1))).isGreaterThanOrEqualTo(1);
        as(inspectorOf(tree.districtA)).get(API + "/suspensions/" + second).then().body("endedOn", equalTo("2026-09-01"));
        TopicProbe.find("inspection.events", r -> other.equals(r.key()) && r.value().contains("inspection.suspension.ended.v1")
                && r.value().contains("\"early\": false"), Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no end"));
        post(inspectorOf(tree.districtA), Map.of("bodyId", districtBoard, "memberId", other, "startsOn", "2026-10-01",
                "endsOn", "2026-09-01", "reason", "x")).post(API + "/suspensions").then().statusCode(400);
    }
}
