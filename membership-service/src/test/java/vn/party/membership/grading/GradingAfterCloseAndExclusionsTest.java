package vn.party.membership.grading;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.EventJson;
import vn.party.contracts.EventSchemas;
import vn.party.membership.TestTree;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;
import static vn.party.membership.TestTree.newNationalId;
import static vn.party.membership.TestTree.person;
import static vn.party.membership.TestTree.register;

/**
 * 124-QĐ/TW art. 5.2 and what happens after a round closes: a member left ungraded is graded late under the same
 * rules; a correction is held to the cap on excellent; exempted, suspended and newly admitted members are not graded.
 * Rounds grade 2024, a past year, so the outcome does not depend on the day the test runs.
 */
@QuarkusTest
class GradingAfterCloseAndExclusionsTest {

    private static final String ROUNDS = API + "/grading-rounds";
    private static final String GRADINGS = API + "/gradings";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private TestTree tree;
    private String admin;

    @BeforeEach
    void aProvince() {
        tree = TestTree.plant();
        admin = adminOf(tree.districtA);
    }

    @Test
    void aMemberLeftUngradedWhenTheRoundClosedIsGradedLateFinalAtOnceAndPublished() {
        List<String> good = members(5);
        String forgotten = member(tree.cellA2, "Đinh Văn Quên");
        String alsoForgotten = member(tree.cellA2, "Đinh Thị Sót");
        String round = open(2024);
        good.forEach(m -> gradeMember(round, m, "GOOD").then().statusCode(200));
        close(round).then().statusCode(200).body("membersToGrade", equalTo(7)).body("membersGraded", equalTo(5));

        gradeMember(round, forgotten, "EXCELLENT").then().statusCode(200)
                .body("late", equalTo(true)).body("draft", equalTo(false)).body("version", equalTo(1))
                .body("effectiveOn", equalTo(TODAY.toString()));
        // one excellent for five good is the cap: a second late excellent would pass it
        gradeMember(round, alsoForgotten, "EXCELLENT").then().statusCode(422)
                .body("rule", equalTo("grading.excellent-quota")).body("maximumExcellent", equalTo(1));
        gradeMember(round, alsoForgotten, "GOOD", 80).then().statusCode(422).body("rule", equalTo("grading.score"));
        gradeMember(round, forgotten, "GOOD").then().statusCode(409);
        gradeMember(round, good.get(0), "COMPLETED").then().statusCode(409);

        as(admin).get(ROUNDS + "/" + round).then().statusCode(200)
                .body("membersGraded", equalTo(6)).body("memberGrades.EXCELLENT", equalTo(1));
        as(admin).get(GRADINGS + "/members/" + forgotten + "/2024").then().statusCode(200)
                .body("versions", hasSize(1)).body("versions[0].late", equalTo(true));
        as(admin).queryParam("subjectKind", "MEMBER").get(ROUNDS + "/" + round + "/grades").then().statusCode(200)
                .body("items.find { it.memberId == '" + forgotten + "' }.late", equalTo(true))
                .body("items.find { it.memberId == '" + good.get(0) + "' }.late", equalTo(false));
        JsonNode graded = event(forgotten, "membership.member.graded.v1");
        assertThat(graded.path("grade").asText()).isEqualTo("EXCELLENT");
        assertThat(graded.path("version").asInt()).isEqualTo(1);
        assertThat(graded.path("path").toString()).contains(tree.province, tree.baseA, tree.cellA2);
    }

    @Test
    void aCorrectionAfterClosingIsHeldToTheCapOnExcellentLikeTheGradesBeforeIt() {
        List<String> good = members(5);
        String excellent = member(tree.cellA2, "Bùi Văn Giỏi");
        String round = open(2024);
        good.forEach(m -> gradeMember(round, m, "GOOD").then().statusCode(200));
        gradeMember(round, excellent, "EXCELLENT").then().statusCode(200);
        close(round).then().statusCode(200);

        correct(good.get(0), "EXCELLENT").then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("grading.excellent-quota")).body("excellent", equalTo(2)).body("good", equalTo(4));
        as(admin).get(GRADINGS + "/members/" + good.get(0) + "/2024").then().body("versions", hasSize(1));
        // taking a good away passes the cap as well: one excellent for four good is above 20%
        correct(good.get(1), "COMPLETED").then().statusCode(422).body("rule", equalTo("grading.excellent-quota"));
        correct(excellent, "GOOD").then().statusCode(200).body("version", equalTo(2));
        correct(good.get(1), "COMPLETED").then().statusCode(200);
    }

    @Test
    void membersExemptedSuspendedOrAdmittedLessThanSixMonthsBeforeTheYearsEndAreNotGradedNorCountedAsUngraded() {
        String graded = member(tree.cellA1, "Nguyễn Văn Đủ");
        String admittedInJune = register(adminOf(tree.province), person(newNationalId(), "Trần Thị Tháng Sáu", "1995-02-02",
                tree.cellA1, Map.of("status", "FULL", "admittedOn", "2024-06-30", "confirmedOn", "2025-06-30")));
        String exempted = member(tree.cellA1, "Lê Văn Miễn");
        condition(exempted, Map.of("condition", "EXEMPTED", "startsOn", "2024-03-01"));
        String suspended = member(tree.cellA2, "Phạm Văn Đình");
        condition(suspended, Map.of("condition", "SUSPENDED", "startsOn", "2024-11-01", "endsOn", "2025-02-01"));
        String newlyAdmitted = register(adminOf(tree.province), person(newNationalId(), "Võ Thị Mới", "1996-04-04",
                tree.cellA2, Map.of("status", "FULL", "admittedOn", "2024-07-01", "confirmedOn", "2025-07-01")));
        String exemptionEnded = member(tree.cellA2, "Đặng Văn Trở Lại");
        condition(exemptionEnded, Map.of("condition", "EXEMPTED", "startsOn", "2023-01-01"));
        as(adminOf(tree.province)).contentType(ContentType.JSON).body(Map.of("condition", "EXEMPTED", "endsOn", "2024-10-01"))
                .post(API + "/members/" + exemptionEnded + "/conditions/end").then().statusCode(200);

        String round = open(2024);
        as(admin).get(ROUNDS + "/" + round).then().statusCode(200)
                .body("membersToGrade", equalTo(3))
                .body("excluded.memberId", containsInAnyOrder(exempted, suspended, newlyAdmitted))
                .body("excluded.find { it.memberId == '" + exempted + "' }.rule", equalTo("grading.excluded-exempted"))
                .body("excluded.find { it.memberId == '" + exempted + "' }.reason", startsWith("Được miễn công tác và sinh hoạt đảng"))
                .body("excluded.find { it.memberId == '" + suspended + "' }.rule", equalTo("grading.excluded-suspended"))
                .body("excluded.find { it.memberId == '" + suspended + "' }.cellCode", equalTo(tree.cellA2))
                .body("excluded.find { it.memberId == '" + newlyAdmitted + "' }.rule",
                        equalTo("grading.excluded-newly-admitted"));

        gradeMember(round, exempted, "GOOD").then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("grading.excluded-exempted")).body("detail", org.hamcrest.Matchers.containsString("124-QĐ/TW"));
        gradeMember(round, suspended, "GOOD").then().statusCode(422).body("rule", equalTo("grading.excluded-suspended"));
        gradeMember(round, newlyAdmitted, "GOOD").then().statusCode(422).body("rule", equalTo("grading.excluded-newly-admitted"));
        as(admin).contentType(ContentType.JSON).body(Map.of("grades", List.of(Map.of("memberId", graded, "grade", "GOOD"),
                        Map.of("memberId", suspended, "grade", "GOOD"))))
                .put(ROUNDS + "/" + round + "/members").then().statusCode(422)
                .body("rows.rule", hasItem("grading.excluded-suspended")).body("rows", hasSize(1));

        gradeMember(round, graded, "GOOD").then().statusCode(200);
        gradeMember(round, admittedInJune, "GOOD").then().statusCode(200);
        gradeMember(round, exemptionEnded, "GOOD").then().statusCode(200);
        // drafted before the exemption was recorded: the close discards the draft instead of making it final
        String exemptedAfterDraft = member(tree.cellA1, "Hồ Văn Miễn Sau");
        gradeMember(round, exemptedAfterDraft, "EXCELLENT").then().statusCode(200).body("draft", equalTo(true));
        condition(exemptedAfterDraft, Map.of("condition", "EXEMPTED", "startsOn", "2024-05-01"));

        close(round).then().statusCode(200).body("membersToGrade", equalTo(3)).body("membersGraded", equalTo(3))
                .body("excluded", hasSize(4)).body("memberGrades.EXCELLENT", org.hamcrest.Matchers.nullValue());
        as(admin).get(GRADINGS + "/members/" + exemptedAfterDraft + "/2024").then().statusCode(404);
        gradeMember(round, exempted, "GOOD").then().statusCode(422).body("rule", equalTo("grading.excluded-exempted"));
    }

    private void condition(String member, Map<String, Object> body) {
        as(adminOf(tree.province)).contentType(ContentType.JSON).body(body).post(API + "/members/" + member + "/conditions")
                .then().statusCode(200);
    }

    private List<String> members(int n) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(member(tree.cellA1, "Nguyễn Văn Số " + (char) ('A' + i)));
        }
        return ids;
    }

    /** A full member since 2011, in the cell since 2015: official on 31 December 2024. */
    private String member(String cell, String name) {
        return register(adminOf(tree.province), person(newNationalId(), name, "1980-03-08", cell,
                Map.of("status", "FULL", "admittedOn", "2010-05-19", "confirmedOn", "2011-05-19", "inUnitSince", "2015-01-01")));
    }

    private String open(int year) {
        return as(admin).contentType(ContentType.JSON).body(Map.of("unitCode", tree.baseA, "year", year)).post(ROUNDS)
                .then().statusCode(201).extract().path("id");
    }

    private Response gradeMember(String round, String member, String grade) {
        return gradeMember(round, member, grade, null);
    }

    private Response gradeMember(String round, String member, String grade, Integer score) {
        Map<String, Object> body = new HashMap<>(Map.of("grade", grade));
        if (score != null) {
            body.put("score", score);
        }
        return as(admin).contentType(ContentType.JSON).body(body).put(ROUNDS + "/" + round + "/members/" + member);
    }

    private Response close(String round) {
        return as(admin).contentType(ContentType.JSON).body(Map.of()).post(ROUNDS + "/" + round + "/close");
    }

    private Response correct(String member, String grade) {
        String etag = as(admin).get(GRADINGS + "/members/" + member + "/2024").then().statusCode(200).extract().header("ETag");
        return as(admin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("grade", grade, "reason", "Quyết định sửa xếp loại của đảng ủy"))
                .post(GRADINGS + "/members/" + member + "/2024/corrections");
    }

    private JsonNode event(String key, String type) {
        String value = TopicProbe.find("membership.events", r -> key.equals(r.key()) && r.value().contains(type),
                        Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no " + type + " for " + key)).value();
        try {
            JsonNode envelope = EventJson.mapper().readTree(value);
            assertThat(EventSchemas.validate(envelope.path("dataschema").asText(), envelope.path("data"))).isEmpty();
            return envelope.path("data");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
