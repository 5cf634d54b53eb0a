package vn.party.membership.restructuring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.membership.TestTree;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;
import static vn.party.membership.TestTree.newNationalId;
import static vn.party.membership.TestTree.person;
import static vn.party.membership.TestTree.register;

@QuarkusTest
class RestructuringResourceTest {

    private static final String RESTRUCTURINGS = API + "/restructurings";

    private TestTree tree;
    private String an;
    private String binh;
    private String chau;
    private String dung;

    /** Four full members since 2020: two in A's first cell, one in its second, one in B's cell. */
    @BeforeEach
    void aProvinceWithMembers() {
        tree = TestTree.plant();
        an = member("Nguyễn Văn An", tree.cellA1);
        binh = member("Trần Thị Bình", tree.cellA1);
        chau = member("Lê Minh Châu", tree.cellA2);
        dung = member("Phạm Văn Dũng", tree.cellB1);
    }

    @Test
    void aMovedUnitTakesItsSubtreeAndThePastStillCountsUnderTheOldParent() {
        post("move", Map.of("unitCode", tree.baseA, "newParentCode", tree.districtB, "effectiveOn", "2025-07-01"))
                .then().statusCode(200).body("unitsMoved", contains(tree.baseA));

        as(tree.provinceAdmin()).get(API + "/org-units/" + tree.cellA1).then()
                .body("path", contains(tree.province, tree.districtB, tree.baseA, tree.cellA1));
        as(tree.provinceAdmin()).queryParam("asOf", "2025-06-30").get(API + "/org-units/" + tree.cellA1).then()
                .statusCode(200).body("path", contains(tree.province, tree.districtA, tree.baseA, tree.cellA1))
                .body("validTo", equalTo("2025-07-01"));
        as(tree.provinceAdmin()).queryParam("date", "2025-06-30").queryParam("under", tree.districtA)
                .get(API + "/org-units/as-of").then().statusCode(200)
                .body("items.code", hasItem(tree.cellA1));
        as(tree.provinceAdmin()).get(API + "/org-units/" + tree.baseA + "/history").then()
                .body("change", contains("FOUNDED", "MOVED"));

        headcount(tree.districtA, "2025-06-30").then().body("total", equalTo(3))
                .body("units.find { it.unitCode == '" + tree.baseA + "' }.full", equalTo(3));
        headcount(tree.districtA, "2025-07-01").then().body("total", equalTo(0));
        headcount(tree.districtB, "2025-07-01").then().body("total", equalTo(4));

        as(adminOf(tree.districtA)).get(API + "/org-units/" + tree.baseA).then().statusCode(404);
        as(adminOf(tree.districtB)).get(API + "/members/" + an).then().statusCode(200);
        TopicProbe.find("membership.events", r -> tree.baseA.equals(r.key()) && r.value().contains("orgunit.moved"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no orgunit.moved event"));
    }

    @Test
    void eventsDatedBeforeAMoveCarryThePathTheUnitHadOnTheirDate() {
        post("move", Map.of("unitCode", tree.baseA, "newParentCode", tree.districtB, "effectiveOn", "2025-07-01"))
                .then().statusCode(200);
        List<String> before = List.of(tree.province, tree.districtA, tree.baseA, tree.cellA1);
        List<String> after = List.of(tree.province, tree.districtB, tree.baseA, tree.cellA1);

        as(tree.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("kind", "DECEASED", "effectiveOn", "2025-03-01"))
                .post(API + "/members/" + binh + "/exit").then().statusCode(200);
        as(tree.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("condition", "EXEMPTED", "startsOn", "2025-02-01"))
                .post(API + "/members/" + chau + "/conditions").then().statusCode(200);
        String meeting = as(tree.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("cellCode", tree.cellA1,
                        "heldOn", "2025-06-10", "kind", "REGULAR", "attendance",
                        List.of(Map.of("memberId", an, "attendance", "PRESENT", "committeeMember", true))))
                .post(API + "/meetings").then().statusCode(201).extract().path("id");
        String later = as(tree.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("cellCode", tree.cellA1,
                        "heldOn", "2025-08-10", "kind", "REGULAR", "attendance",
                        List.of(Map.of("memberId", an, "attendance", "PRESENT", "committeeMember", true))))
                .post(API + "/meetings").then().statusCode(201).extract().path("id");

        // an old record entered after the move, in the cell since before it: registered with the path of then
        String fromPaper = register(tree.provinceAdmin(), person(newNationalId(), "Ngô Văn Hồ Sơ", "1970-01-01", tree.cellA1,
                Map.of("status", "FULL", "admittedOn", "2000-01-01", "confirmedOn", "2001-01-01", "inUnitSince", "2024-01-01")));
        String etag = as(tree.provinceAdmin()).get(API + "/members/" + an).header("ETag");
        as(tree.provinceAdmin()).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("fullName", "Nguyễn Văn Ân",
                "dateOfBirth", "1980-01-01", "sex", "FEMALE", "ethnicity", "Kinh")).put(API + "/members/" + an)
                .then().statusCode(200);

        assertThat(pathOf(fromPaper, "member.registered")).isEqualTo(before);
        assertThat(pathOf(an, "member.renamed")).isEqualTo(after);
        assertThat(pathOf(binh, "member.status_changed")).isEqualTo(before);
        assertThat(pathOf(chau, "member.condition_started"))
                .isEqualTo(List.of(tree.province, tree.districtA, tree.baseA, tree.cellA2));
        assertThat(pathOf(meeting, "meeting.held")).isEqualTo(before);
        assertThat(pathOf(later, "meeting.held")).isEqualTo(after);
    }

    private static List<String> pathOf(String key, String type) {
        String value = TopicProbe.find("membership.events", r -> key.equals(r.key()) && r.value().contains(type),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no " + type + " event for " + key)).value();
        try {
            List<String> path = new java.util.ArrayList<>();
            vn.party.contracts.EventJson.mapper().readTree(value).path("data").path("path").forEach(n -> path.add(n.asText()));
            return path;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void mergedCellsHandTheirMembersToTheNewCellAndAreDissolved() {
        String merged = tree.baseA + "_cb3";
        post("merge", Map.of("unitCodes", List.of(tree.cellA1, tree.cellA2), "effectiveOn", "2026-01-01",
                "newUnit", Map.of("code", merged, "name", "Chi bộ thôn Đông Tây", "kind", "CELL", "parentCode", tree.baseA)))
                .then().statusCode(200)
                .body("unitsFounded", contains(merged))
                .body("unitsDissolved", containsInAnyOrder(tree.cellA1, tree.cellA2))
                .body("membersTransferred", equalTo(3));

        headcount(tree.baseA, "2026-01-01").then().body("total", equalTo(3))
                .body("units.unitCode", contains(merged));
        headcount(tree.baseA, "2025-12-31").then().body("units.unitCode", contains(tree.cellA1, tree.cellA2))
                .body("total", equalTo(3));

        // an old record entered from paper in the merged cell, in it "since 2015": before the cell's founding it is
        // counted where it then was as far as the records tell, under the base committee, not dropped
        register(tree.provinceAdmin(), person(newNationalId(), "Đào Văn Hồ Sơ", "1960-01-01", merged,
                Map.of("status", "FULL", "admittedOn", "1990-01-01", "confirmedOn", "1991-01-01", "inUnitSince", "2015-01-01")));
        headcount(tree.baseA, "2025-12-31").then().body("total", equalTo(4)).body("full", equalTo(4));
        headcount(tree.districtA, "2025-12-31").then()
                .body("units.find { it.unitCode == '" + tree.baseA + "' }.full", equalTo(4));
        headcount(tree.baseA, "2026-01-01").then().body("total", equalTo(4))
                .body("units.find { it.unitCode == '" + merged + "' }.full", equalTo(4));
        as(adminOf(tree.districtA)).get(API + "/members/" + an + "/history").then()
                .body("cells.unitCode", contains(tree.cellA1, merged))
                .body("cells[0].endsOn", equalTo("2026-01-01"));
        as(adminOf(tree.districtA)).queryParam("unit", tree.baseA).queryParam("kind", "CELL").get(API + "/org-units").then()
                .body("items.code", hasItem(merged));
        TopicProbe.find("membership.events", r -> merged.equals(r.key()) && r.value().contains("orgunit.merged"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no orgunit.merged event"));
        TopicProbe.find("membership.events", r -> chau.equals(r.key()) && r.value().contains("member.transferred"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no member.transferred event"));
    }

    @Test
    void aUnitWithMembersIsDissolvedOnlyWithATargetForThem() {
        post("dissolve", Map.of("unitCode", tree.cellB1, "effectiveOn", "2026-02-01")).then().statusCode(422)
                .body("rule", equalTo("restructuring.members-remain")).body("remaining", equalTo(1));
        as(tree.provinceAdmin()).get(API + "/members/" + dung).then().body("unitCode", equalTo(tree.cellB1));

        post("dissolve", Map.of("unitCode", tree.cellB1, "effectiveOn", "2026-02-01", "membersTo", tree.cellA2))
                .then().statusCode(200).body("unitsDissolved", contains(tree.cellB1)).body("membersTransferred", equalTo(1));
        as(tree.provinceAdmin()).get(API + "/members/" + dung).then().body("unitCode", equalTo(tree.cellA2));
        as(tree.provinceAdmin()).queryParam("under", tree.baseB).get(API + "/org-units").then()
                .body("items.code", not(hasItem(tree.cellB1)));
        as(tree.provinceAdmin()).queryParam("under", tree.baseB).queryParam("includeDissolved", "true").get(API + "/org-units")
                .then().body("items.find { it.code == '" + tree.cellB1 + "' }.dissolvedOn", equalTo("2026-02-01"));
        as(tree.provinceAdmin()).queryParam("date", "2026-02-01").get(API + "/org-units/" + tree.cellB1).then().statusCode(200);
        as(tree.provinceAdmin()).queryParam("asOf", "2026-02-01").get(API + "/org-units/" + tree.cellB1).then().statusCode(404);
        post("dissolve", Map.of("unitCode", tree.cellB1, "effectiveOn", "2026-03-01")).then().statusCode(422)
                .body("rule", equalTo("orgunit.history"));
        String etag = as(tree.provinceAdmin()).get(API + "/org-units/" + tree.cellB1).header("ETag");
        as(tree.provinceAdmin()).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("name", "Tên mới"))
                .post(API + "/org-units/" + tree.cellB1 + "/rename").then().statusCode(422).body("rule", equalTo("orgunit.history"));
        as(tree.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("code", tree.cellB1 + "_x", "name", "X",
                "kind", "CELL", "parentCode", tree.cellB1)).post(API + "/org-units").then().statusCode(422)
                .body("rule", equalTo("orgunit.history"));
    }

    @Test
    void dissolvingACellEndsTheTemporaryAttachmentsToItAndIsRefusedWhileALetterIsOnItsWayThere() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String dissolvedOn = today.plusDays(10).toString();
        String letter = as(tree.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("memberId", dung, "kind", "PERMANENT",
                        "toUnitCode", tree.cellA2, "movedOn", today.minusDays(5).toString(), "letterOn", today.toString()))
                .post(API + "/transfers").then().statusCode(201).extract().path("id");

        post("dissolve", Map.of("unitCode", tree.cellA2, "effectiveOn", dissolvedOn, "membersTo", tree.cellA1))
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("restructuring.transfers-under-way"))
                .body("openTransfers.transferId", contains(letter))
                .body("openTransfers[0].fromUnitCode", equalTo(tree.cellB1));
        as(tree.provinceAdmin()).get(API + "/members/" + chau).then().body("unitCode", equalTo(tree.cellA2));
        as(tree.provinceAdmin()).get(API + "/org-units/" + tree.cellA2).then().body("dissolvedOn", org.hamcrest.Matchers.nullValue());

        as(adminOf(tree.districtB)).contentType(ContentType.JSON).body(Map.of()).post(API + "/transfers/" + letter + "/cancel")
                .then().statusCode(200);
        String temporary = as(adminOf(tree.districtB)).contentType(ContentType.JSON).body(Map.of("memberId", dung,
                        "kind", "TEMPORARY", "toUnitCode", tree.cellA2, "movedOn", today.minusDays(20).toString(),
                        "letterOn", today.minusDays(20).toString(), "until", today.plusMonths(5).toString()))
                .post(API + "/transfers").then().statusCode(201).extract().path("id");
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("reportedOn", today.minusDays(15).toString()))
                .post(API + "/transfers/" + temporary + "/receive").then().statusCode(200);
        as(tree.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("condition", "TEMPORARILY_ATTACHED",
                        "startsOn", today.minusDays(3).toString(), "hostUnitCode", tree.cellA2))
                .post(API + "/members/" + binh + "/conditions").then().statusCode(200);

        post("dissolve", Map.of("unitCode", tree.cellA2, "effectiveOn", dissolvedOn, "membersTo", tree.cellA1))
                .then().statusCode(200).body("unitsDissolved", contains(tree.cellA2));
        as(adminOf(tree.districtB)).get(API + "/transfers/" + temporary).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnedOn", equalTo(dissolvedOn));
        as(tree.provinceAdmin()).get(API + "/members/" + dung + "/history").then()
                .body("conditions.find { it.condition == 'TEMPORARILY_ATTACHED' }.endsOn", equalTo(dissolvedOn));
        as(tree.provinceAdmin()).get(API + "/members/" + binh + "/history").then()
                .body("conditions.find { it.condition == 'TEMPORARILY_ATTACHED' }.endsOn", equalTo(dissolvedOn));
        TopicProbe.find("membership.events", r -> dung.equals(r.key()) && r.value().contains("member.condition_ended"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no member.condition_ended event"));
    }

    @Test
    void aSplitNamesWhereEveryMemberGoes() {
        String east = tree.cellA1 + "_d";
        String west = tree.cellA1 + "_t";
        Map<String, Object> eastPart = Map.of("unit", Map.of("code", east, "name", "Chi bộ xóm Đông", "kind", "CELL",
                "parentCode", tree.baseA), "memberIds", List.of(an));
        Map<String, Object> westPart = Map.of("unit", Map.of("code", west, "name", "Chi bộ xóm Tây", "kind", "CELL",
                "parentCode", tree.baseA), "memberIds", List.of(binh));
        post("split", Map.of("unitCode", tree.cellA1, "parts", List.of(eastPart), "sourceRemains", false,
                "effectiveOn", "2026-03-01")).then().statusCode(422).body("rule", equalTo("restructuring.members-remain"));
        as(tree.provinceAdmin()).get(API + "/org-units/" + east).then().statusCode(404);

        post("split", Map.of("unitCode", tree.cellA1, "parts", List.of(eastPart, westPart), "sourceRemains", false,
                "effectiveOn", "2026-03-01")).then().statusCode(200)
                .body("unitsFounded", contains(east, west)).body("unitsDissolved", contains(tree.cellA1));
        as(tree.provinceAdmin()).get(API + "/members/" + binh).then().body("unitCode", equalTo(west));
        post("split", Map.of("unitCode", tree.cellA2, "parts", List.of(Map.of("unit", Map.of("code", tree.cellA2 + "_x",
                "name", "X", "kind", "CELL", "parentCode", tree.baseA), "memberIds", List.of(dung))), "sourceRemains", true,
                "effectiveOn", "2026-03-01")).then().statusCode(422).body("rule", equalTo("restructuring.not-under-source"));
    }

    @Test
    void aCommitteeRestructuresBelowItselfOnlyAndTheTreeStaysATree() {
        as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", tree.districtA, "newParentCode", tree.districtB, "effectiveOn", "2026-01-01"))
                .post(RESTRUCTURINGS + "/move").then().statusCode(403);
        as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", tree.baseA, "newParentCode", tree.districtB, "effectiveOn", "2026-01-01"))
                .post(RESTRUCTURINGS + "/move").then().statusCode(404);
        post("move", Map.of("unitCode", tree.districtA, "newParentCode", tree.baseA, "effectiveOn", "2026-01-01"))
                .then().statusCode(422).body("rule", equalTo("orgunit.placement"));
        post("move", Map.of("unitCode", tree.cellA1, "newParentCode", tree.districtB, "effectiveOn", "2026-01-01"))
                .then().statusCode(422).body("rule", equalTo("orgunit.placement"));
        post("move", Map.of("unitCode", tree.baseA, "newParentCode", tree.districtB, "effectiveOn", "2019-01-01"))
                .then().statusCode(422).body("rule", equalTo("orgunit.history"));
        as(TestTree.viewerOf(tree.province)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", tree.baseA, "newParentCode", tree.districtB, "effectiveOn", "2026-01-01"))
                .post(RESTRUCTURINGS + "/move").then().statusCode(403);
        post("merge", Map.of("unitCodes", List.of(), "effectiveOn", "2026-01-01")).then().statusCode(400)
                .body("errors.field", hasItem("unitCodes"));
        as(tree.provinceAdmin()).get(API + "/org-units/" + tree.baseA).then()
                .body("path", contains(tree.province, tree.districtA, tree.baseA));
        headcount(tree.districtB, "2026-01-02").then().body("units.unitCode", not(hasItem(tree.baseA)));
    }

    private String member(String name, String cell) {
        return register(tree.provinceAdmin(), person(newNationalId(), name, "1980-01-01", cell,
                Map.of("status", "FULL", "admittedOn", "2005-01-01", "confirmedOn", "2006-01-01")));
    }

    private Response post(String operation, Map<String, Object> body) {
        return as(tree.provinceAdmin()).contentType(ContentType.JSON).body(body).post(RESTRUCTURINGS + "/" + operation);
    }

    private Response headcount(String unit, String date) {
        return as(TestTree.viewerOf(tree.province)).queryParam("date", date).get(API + "/headcounts/" + unit);
    }
}
