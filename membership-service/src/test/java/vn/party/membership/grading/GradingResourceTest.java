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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;
import static vn.party.membership.TestTree.inspectorOf;
import static vn.party.membership.TestTree.newNationalId;
import static vn.party.membership.TestTree.person;
import static vn.party.membership.TestTree.register;
import static vn.party.membership.TestTree.viewerOf;

/**
 * Rounds grade fixed past years (2024 on 124-QĐ/TW, 2025 on the scored scale of 366-QĐ/TW) of members who joined
 * long before, so the outcome does not depend on the day the test runs; closing and corrections happen today.
 */
@QuarkusTest
class GradingResourceTest {

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
    void aBaseOrganisationGradesItsMembersAndCellsAndClosingMakesTheGradesFinalAndPublishesThem() {
        List<String> members = members(tree.cellA1, 5);
        String inCellA2 = member(tree.cellA2, "Lê Thị Xuân");
        String elsewhere = member(tree.cellB1, "Phạm Văn Ngoài");

        String round = open(tree.baseA, 2024).then().statusCode(201)
                .body("status", equalTo("OPEN")).body("regulation", equalTo("124-QĐ/TW")).body("scored", equalTo(false))
                .body("membersToGrade", equalTo(6)).body("organisationsToGrade", equalTo(3))
                .extract().path("id");
        open(tree.baseA, 2024).then().statusCode(409);
        open(tree.cellA1, 2024).then().statusCode(422).body("rule", equalTo("grading.round-base-organisation"));

        for (String m : members) {
            gradeMember(round, m, "COMPLETED", null).then().statusCode(200).body("draft", equalTo(true));
        }
        for (String m : members) {
            gradeMember(round, m, "GOOD", null).then().statusCode(200).body("version", equalTo(1));  // a draft is replaced
        }
        gradeMember(round, inCellA2, "EXCELLENT", null).then().statusCode(200).body("unitCode", equalTo(tree.cellA2));
        gradeMember(round, elsewhere, "GOOD", null).then().statusCode(422).body("rule", equalTo("grading.not-in-round"));
        gradeOrganisation(round, tree.baseA, "GOOD", null).then().statusCode(200);
        gradeOrganisation(round, tree.cellA1, "EXCELLENT", null).then().statusCode(200);
        gradeOrganisation(round, tree.cellB1, "GOOD", null).then().statusCode(422).body("rule", equalTo("grading.not-in-round"));

        as(admin).get(ROUNDS + "/" + round).then().statusCode(200)
                .body("membersGraded", equalTo(6)).body("organisationsGraded", equalTo(2))
                .body("memberGrades.GOOD", equalTo(5)).body("memberGrades.EXCELLENT", equalTo(1));
        Response first = as(inspectorOf(tree.districtA)).queryParam("limit", 4).get(ROUNDS + "/" + round + "/grades");
        first.then().statusCode(200).body("items", hasSize(4)).body("next", notNullValue())
                .body("items[0].subjectKind", equalTo("MEMBER"));
        as(admin).queryParam("limit", 4).queryParam("after", first.path("next").toString())
                .get(ROUNDS + "/" + round + "/grades").then().statusCode(200)
                .body("items", hasSize(4)).body("next", nullValue())
                .body("items.unitCode", hasItem(tree.cellA1)).body("items[3].subjectKind", equalTo("ORGANISATION"));
        as(admin).queryParam("subjectKind", "ORGANISATION").get(ROUNDS + "/" + round + "/grades").then()
                .body("items.unitCode", contains(tree.baseA, tree.cellA1));

        close(round).then().statusCode(200).body("status", equalTo("CLOSED")).body("closedOn", equalTo(TODAY.toString()));
        close(round).then().statusCode(409);
        gradeMember(round, members.get(0), "EXCELLENT", null).then().statusCode(409);

        JsonNode graded = event(members.get(0), "membership.member.graded.v1", 1);
        assertThat(graded.path("year").asInt()).isEqualTo(2024);
        assertThat(graded.path("grade").asText()).isEqualTo("GOOD");
        assertThat(graded.path("unitCode").asText()).isEqualTo(tree.cellA1);
        assertThat(graded.path("effectiveDate").asText()).isEqualTo(TODAY.toString());
        JsonNode cell = event(tree.cellA1, "membership.organisation.graded.v1", 1);
        assertThat(cell.path("grade").asText()).isEqualTo("EXCELLENT");
        assertThat(cell.path("path").toString()).contains(tree.province, tree.baseA, tree.cellA1);

        as(viewerOf(tree.province)).queryParam("unit", tree.districtA).queryParam("year", 2024)
                .get(GRADINGS + "/summary").then().statusCode(200)
                .body("members.GOOD", equalTo(5)).body("members.EXCELLENT", equalTo(1)).body("membersGraded", equalTo(6))
                .body("organisations.EXCELLENT", equalTo(1)).body("organisationsGraded", equalTo(2))
                .body("roundsClosed", equalTo(1)).body("roundsOpen", equalTo(0));
        as(viewerOf(tree.province)).queryParam("unit", tree.districtB).queryParam("year", 2024)
                .get(GRADINGS + "/summary").then().statusCode(200).body("membersGraded", equalTo(0));
        as(admin).queryParam("year", 2024).get(ROUNDS).then().statusCode(200).body("items.id", contains(round));
    }

    @Test
    void closingIsRefusedWhileMembersGradedExcellentExceedTwentyPercentOfThoseGradedGood() {
        List<String> members = members(tree.cellA1, 7);
        String round = open(tree.baseA, 2024).then().statusCode(201).extract().path("id");
        for (int i = 0; i < 7; i++) {
            gradeMember(round, members.get(i), i < 2 ? "EXCELLENT" : "GOOD", null).then().statusCode(200);
        }
        close(round).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("grading.excellent-quota"))
                .body("excellent", equalTo(2)).body("good", equalTo(5)).body("maximumExcellent", equalTo(1))
                .body("quotaPercent", equalTo(20));
        as(admin).get(ROUNDS + "/" + round).then().body("status", equalTo("OPEN"));
        assertThat(TopicProbe.find("membership.events", r -> members.get(0).equals(r.key()) && r.value().contains("member.graded"),
                Duration.ofSeconds(3))).isEmpty();

        gradeMember(round, members.get(1), "GOOD", null).then().statusCode(200);
        close(round).then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void theYearsScaleDecidesWhichGradesAndScoresAreAccepted() {
        String m = member(tree.cellA1, "Vũ Văn Điểm");
        String round2024 = open(tree.baseA, 2024).then().statusCode(201).extract().path("id");
        gradeOrganisation(round2024, tree.cellA1, "CLEAN_AND_STRONG", null).then().statusCode(422)
                .body("rule", equalTo("grading.grade-scale"));
        gradeMember(round2024, m, "GOOD", 80).then().statusCode(422).body("rule", equalTo("grading.score"));

        String round2025 = open(tree.baseA, 2025).then().statusCode(201)
                .body("regulation", equalTo("366-QĐ/TW")).body("scored", equalTo(true)).extract().path("id");
        gradeMember(round2025, m, "EXCELLENT", 85).then().statusCode(422).body("rule", equalTo("grading.score"));
        gradeMember(round2025, m, "EXCELLENT", 101).then().statusCode(422).body("rule", equalTo("grading.score"));
        gradeMember(round2025, m, "GOOD", 85).then().statusCode(200).body("score", equalTo(85));

        as(admin).contentType(ContentType.JSON).body(Map.of("grade", "SUPERB"))
                .put(ROUNDS + "/" + round2025 + "/members/" + m).then().statusCode(400);
        as(admin).contentType(ContentType.JSON).body(Map.of("score", 90))
                .put(ROUNDS + "/" + round2025 + "/members/" + m).then().statusCode(400).body("errors.field", hasItem("grade"));
        as(admin).contentType(ContentType.JSON).body(Map.of("unitCode", tree.baseA))
                .post(ROUNDS).then().statusCode(400).body("errors.field", hasItem("year"));
        open(tree.baseA, TODAY.getYear() + 1).then().statusCode(422).body("rule", equalTo("grading.year-not-begun"));
        as(admin).queryParam("year", "hai nghìn").get(ROUNDS).then().statusCode(400).body("errors.field", hasItem("year"));
        as(admin).get(GRADINGS + "/members/" + m + "/2025").then().statusCode(200)
                .body("versions", hasSize(1)).body("versions[0].grade", equalTo("GOOD")).body("versions[0].score", equalTo(85));
    }

    @Test
    void aCorrectionAfterClosingIsANewVersionAndTheEarlierOneStaysReadable() {
        String m = member(tree.cellA1, "Hoàng Văn Sửa");
        String round = open(tree.baseA, 2024).then().statusCode(201).extract().path("id");
        gradeMember(round, m, "GOOD", null).then().statusCode(200);
        gradeOrganisation(round, tree.cellA2, "GOOD", null).then().statusCode(200);
        close(round).then().statusCode(200);

        as(admin).get(GRADINGS + "/members/" + m + "/2024").then().statusCode(200).header("ETag", "\"1\"")
                .body("versions", hasSize(1)).body("versions[0].draft", equalTo(false));
        Map<String, Object> correction = Map.of("grade", "NOT_COMPLETED", "reason", "Kết luận kiểm tra số 12-KL/UBKT");
        correctMember(m, 2024, correction, null).then().statusCode(428);
        correctMember(m, 2024, Map.of("grade", "CLEAN_AND_STRONG", "reason", "x"), "\"1\"").then().statusCode(422)
                .body("rule", equalTo("grading.grade-scale"));
        correctMember(m, 2024, Map.of("grade", "COMPLETED"), "\"1\"").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        correctMember(m, 2024, correction, "\"1\"").then().statusCode(200)
                .header("ETag", "\"2\"").body("version", equalTo(2)).body("grade", equalTo("NOT_COMPLETED"))
                .body("reason", equalTo("Kết luận kiểm tra số 12-KL/UBKT")).body("effectiveOn", equalTo(TODAY.toString()))
                .body("recordedBy", equalTo("admin-of-" + tree.districtA));
        correctMember(m, 2024, Map.of("grade", "COMPLETED", "reason", "again"), "\"1\"").then().statusCode(409);

        as(inspectorOf(tree.province)).get(GRADINGS + "/members/" + m + "/2024").then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("versions.version", contains(2, 1))
                .body("versions.grade", contains("NOT_COMPLETED", "GOOD"))
                .body("versions.current", contains(true, false));
        JsonNode corrected = event(m, "membership.member.graded.v1", 2);
        assertThat(corrected.path("grade").asText()).isEqualTo("NOT_COMPLETED");
        assertThat(corrected.path("effectiveDate").asText()).isEqualTo(TODAY.toString());

        as(admin).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("grade", "EXCELLENT", "reason", "Quyết định 5-QĐ/ĐU sửa xếp loại"))
                .post(GRADINGS + "/organisations/" + tree.cellA2 + "/2024/corrections").then().statusCode(200)
                .body("version", equalTo(2));
        event(tree.cellA2, "membership.organisation.graded.v1", 2);
        as(viewerOf(tree.districtA)).queryParam("year", 2024).get(GRADINGS + "/summary").then().statusCode(200)
                .body("members.NOT_COMPLETED", equalTo(1)).body("members.GOOD", nullValue())
                .body("organisations.EXCELLENT", equalTo(1)).body("organisationsGraded", equalTo(1));
    }

    @Test
    void gradingsOutsideTheCallersSubtreeDoNotExistAndViewersSeeOnlyCounts() {
        String m = member(tree.cellA1, "Đỗ Thị Riêng");
        String round = open(tree.baseA, 2024).then().statusCode(201).extract().path("id");
        gradeMember(round, m, "GOOD", null).then().statusCode(200);

        String other = adminOf(tree.districtB);
        as(other).get(ROUNDS + "/" + round).then().statusCode(404);
        as(other).contentType(ContentType.JSON).body(Map.of("grade", "EXCELLENT"))
                .put(ROUNDS + "/" + round + "/members/" + m).then().statusCode(404);
        as(other).contentType(ContentType.JSON).body(Map.of()).post(ROUNDS + "/" + round + "/close").then().statusCode(404);
        as(other).contentType(ContentType.JSON).body(Map.of("unitCode", tree.baseA, "year", 2023)).post(ROUNDS)
                .then().statusCode(404);
        as(other).queryParam("unit", tree.districtA).queryParam("year", 2024).get(GRADINGS + "/summary").then().statusCode(404);

        as(viewerOf(tree.province)).get(ROUNDS + "/" + round).then().statusCode(403);
        as(viewerOf(tree.province)).get(ROUNDS + "/" + round + "/grades").then().statusCode(403);
        as(viewerOf(tree.province)).get(GRADINGS + "/members/" + m + "/2024").then().statusCode(403);
        as(inspectorOf(tree.province)).contentType(ContentType.JSON).body(Map.of("grade", "EXCELLENT"))
                .put(ROUNDS + "/" + round + "/members/" + m).then().statusCode(403);

        close(round).then().statusCode(200);
        as(other).get(GRADINGS + "/members/" + m + "/2024").then().statusCode(404);
        as(other).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("grade", "COMPLETED", "reason", "x"))
                .post(GRADINGS + "/members/" + m + "/2024/corrections").then().statusCode(404);
        as(admin).get(GRADINGS + "/members/" + m + "/2023").then().statusCode(404);
    }

    @Test
    void aGradingCarriesThePathOfTheYearsEndAfterTheTreeWasRestructuredBeforeTheClose() {
        String district = tree.province + "_c";
        String base = district + "_xa";
        String cell = base + "_cb";
        foundOn(district, "Đảng bộ huyện C", "INTERMEDIATE_COMMITTEE", null, tree.province);
        foundOn(base, "Đảng bộ xã Cũ", "BASE_COMMITTEE", "COMMUNE", district);
        foundOn(cell, "Chi bộ thôn Cũ", "CELL", null, base);
        String m = register(adminOf(tree.province), person(newNationalId(), "Hoàng Văn Năm Cũ", "1980-03-08", cell,
                Map.of("status", "FULL", "admittedOn", "2010-05-19", "confirmedOn", "2011-05-19", "inUnitSince", "2021-01-01")));
        as(tree.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("unitCode", base, "newParentCode", tree.districtA, "effectiveOn", TODAY.toString()))
                .post(API + "/restructurings/move").then().statusCode(200);

        String round = open(base, 2025).then().statusCode(201).extract().path("id");
        gradeMember(round, m, "GOOD", null).then().statusCode(200);
        close(round).then().statusCode(200);
        JsonNode graded = event(m, "member.graded", 1);
        assertThat(graded.path("path").toString()).isEqualTo("[\"" + tree.province + "\",\"" + district + "\",\"" + base
                + "\",\"" + cell + "\"]");
    }

    private void foundOn(String code, String name, String kind, String type, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "kind", kind, "parentCode", parent,
                "foundedOn", "2020-01-01"));
        if (type != null) {
            body.put("organisationType", type);
        }
        as(tree.provinceAdmin()).contentType(ContentType.JSON).body(body).post(API + "/org-units").then().statusCode(201);
    }

    private JsonNode event(String key, String type, int version) {
        String value = TopicProbe.find("membership.events", r -> key.equals(r.key()) && r.value().contains(type)
                                && read(r.value()).path("data").path("version").asInt() == version, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no " + type + " version " + version + " for " + key)).value();
        JsonNode envelope = read(value);
        assertThat(EventSchemas.validate(envelope.path("dataschema").asText(), envelope.path("data"))).isEmpty();
        return envelope.path("data");
    }

    private static JsonNode read(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> members(String cell, int n) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(member(cell, "Nguyễn Văn Số " + (char) ('A' + i)));
        }
        return ids;
    }

    /** A full member since 2011, in the cell since 2015: official on 31 December of every year graded here. */
    private String member(String cell, String name) {
        return register(adminOf(tree.province), person(newNationalId(), name, "1980-03-08", cell,
                Map.of("status", "FULL", "admittedOn", "2010-05-19", "confirmedOn", "2011-05-19", "inUnitSince", "2015-01-01")));
    }

    private Response open(String unit, int year) {
        return as(admin).contentType(ContentType.JSON).body(Map.of("unitCode", unit, "year", year)).post(ROUNDS);
    }

    private Response gradeMember(String round, String member, String grade, Integer score) {
        return as(admin).contentType(ContentType.JSON).body(grade(grade, score)).put(ROUNDS + "/" + round + "/members/" + member);
    }

    private Response gradeOrganisation(String round, String unit, String grade, Integer score) {
        return as(admin).contentType(ContentType.JSON).body(grade(grade, score)).put(ROUNDS + "/" + round + "/organisations/" + unit);
    }

    private static Map<String, Object> grade(String grade, Integer score) {
        Map<String, Object> body = new HashMap<>(Map.of("grade", grade));
        if (score != null) {
            body.put("score", score);
        }
        return body;
    }

    private Response close(String round) {
        return as(admin).contentType(ContentType.JSON).body(Map.of()).post(ROUNDS + "/" + round + "/close");
    }

    private Response correctMember(String member, int year, Map<String, Object> body, String ifMatch) {
        var spec = as(admin).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            spec = spec.header("If-Match", ifMatch);
        }
        return spec.post(GRADINGS + "/members/" + member + "/" + year + "/corrections");
    }
}
