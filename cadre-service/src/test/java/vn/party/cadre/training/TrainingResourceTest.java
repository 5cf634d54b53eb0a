package vn.party.cadre.training;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.cadre.CadreTree;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.party.cadre.CadreTree.API;
import static vn.party.cadre.CadreTree.appoint;
import static vn.party.cadre.CadreTree.as;
import static vn.party.cadre.CadreTree.cadre;
import static vn.party.cadre.CadreTree.organiserOf;
import static vn.party.cadre.CadreTree.person;
import static vn.party.cadre.CadreTree.position;
import static vn.party.cadre.CadreTree.unitAdminOf;

@QuarkusTest
class TrainingResourceTest {

    private CadreTree tree;

    @BeforeEach
    void aProvince() {
        tree = CadreTree.plant();
    }

    private String programme(String unit, String kind, String starts) {
        return as(organiserOf(unit)).body(Map.of("unitCode", unit, "kind", kind, "name", "Lớp " + kind, "startsOn", starts,
                "endsOn", starts.substring(0, 4) + "-12-20")).post(API + "/training/programmes").then().statusCode(201).extract().path("id");
    }

    @Test
    void enrolmentsAndCompletionsAreCountedPerYearAndKind() {
        String p = programme(tree.a, "ADVANCED_POLITICAL_THEORY", "2026-03-02");
        String c1 = cadre(tree.a1, "Học Viên Một", "1985-01-01", "MALE");
        String c2 = cadre(tree.a1, "Học Viên Hai", "1986-01-01", "FEMALE");
        String e1 = as(organiserOf(tree.a)).body(Map.of("cadreId", c1)).post(API + "/training/programmes/" + p + "/enrolments")
                .then().statusCode(201).body("enrolledOn", equalTo("2026-03-02")).extract().path("id");
        as(organiserOf(tree.a)).body(Map.of("cadreId", c2)).post(API + "/training/programmes/" + p + "/enrolments").then().statusCode(201);
        as(organiserOf(tree.a)).body(Map.of("cadreId", c2)).post(API + "/training/programmes/" + p + "/enrolments").then().statusCode(409);
        as(organiserOf(tree.a)).body(Map.of("completedOn", "2026-11-20", "certificate", "CC-123"))
                .post(API + "/training/enrolments/" + e1 + "/completion").then().statusCode(200).body("completedOn", equalTo("2026-11-20"));
        as(unitAdminOf(tree.province)).queryParam("year", "2026").get(API + "/training/figures").then().statusCode(200)
                .body("enrolled.ADVANCED_POLITICAL_THEORY", equalTo(2)).body("completed.ADVANCED_POLITICAL_THEORY", equalTo(1));
        as(unitAdminOf(tree.b)).queryParam("year", "2026").get(API + "/training/figures").then()
                .body("enrolled.ADVANCED_POLITICAL_THEORY", equalTo(0));
    }

    @Test
    void aHolderWithoutTheTrainingThePostRequiresIsListedUntilTheyCompleteIt() {
        String post = position(tree.a, "SECRETARY", 1);
        Map<String, Object> body = person(tree.a, "Thiếu Cao Cấp", "1978-01-01", "MALE", "KINH");
        String c = cadre(tree.a, body); // intermediate political theory; the post of an intermediate committee needs advanced
        appoint(tree.a, post, c, "ELECTION", "2025-07-01");
        as(organiserOf(tree.a)).get(API + "/training/gaps").then().statusCode(200)
                .body("items.cadreId", hasItem(c)).body("items.find { it.cadreId == '" + c + "' }.missing", contains("ADVANCED_POLITICAL_THEORY"));
        String p = programme(tree.province, "ADVANCED_POLITICAL_THEORY", "2026-02-01");
        String e = as(organiserOf(tree.province)).body(Map.of("cadreId", c)).post(API + "/training/programmes/" + p + "/enrolments")
                .then().statusCode(201).extract().path("id");
        as(organiserOf(tree.province)).body(Map.of("completedOn", "2026-10-01")).post(API + "/training/enrolments/" + e + "/completion")
                .then().statusCode(200);
        as(organiserOf(tree.province)).get(API + "/training/gaps").then().statusCode(200).body("items.cadreId", not(hasItem(c)));
        // the committee's own organiser sees the completion too, though the province ran the programme
        as(organiserOf(tree.a)).get(API + "/training/gaps").then().statusCode(200).body("items.cadreId", not(hasItem(c)));
        as(organiserOf(tree.b)).get(API + "/training/gaps").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theGapsOfAnyUnitBelowTheCallersAreListedPageByPageAndNoneOutsideIt() {
        // three holders without the training their post needs, in the commune a1 and in its cell, and one with it
        Map<String, Object> p1 = person(tree.a1, "Thiếu Một", "1980-01-01", "MALE", "KINH");
        p1.put("politicalTheory", "ELEMENTARY");
        String c1 = cadre(tree.a1, p1);
        Map<String, Object> p2 = person(tree.a1cell, "Thiếu Hai", "1981-01-01", "FEMALE", "KINH");
        p2.put("politicalTheory", "ELEMENTARY");
        String c2 = cadre(tree.a1cell, p2);
        Map<String, Object> trained = person(tree.a1, "Đủ Chuẩn", "1982-01-01", "MALE", "KINH");
        trained.put("politicalTheory", "ADVANCED");
        String c3 = cadre(tree.a1, trained);
        appoint(tree.a1, position(tree.a1, "SECRETARY", 1), c1, "ELECTION", "2025-07-01");
        appoint(tree.a1cell, position(tree.a1cell, "SECRETARY", 1), c2, "ELECTION", "2025-07-01");
        appoint(tree.a1, position(tree.a1, "DEPUTY_SECRETARY", 1), c3, "ELECTION", "2025-07-01");
        Map<String, Object> weak = person(tree.a1, "Thiếu Ba", "1983-01-01", "FEMALE", "KINH");
        weak.put("politicalTheory", "NONE");
        String c4 = cadre(tree.a1, weak);
        appoint(tree.a1, position(tree.a1, "COMMITTEE_MEMBER", 3), c4, "ELECTION", "2025-07-01");

        for (String caller : new String[] {organiserOf(tree.province), organiserOf(tree.a), organiserOf(tree.a1)}) {
            as(caller).queryParam("unit", tree.a1).get(API + "/training/gaps").then().statusCode(200)
                    .body("items.cadreId", org.hamcrest.Matchers.containsInAnyOrder(c1, c2, c4)).body("next", org.hamcrest.Matchers.nullValue());
        }
        as(organiserOf(tree.a)).queryParam("unit", tree.a1cell).get(API + "/training/gaps").then().statusCode(200)
                .body("items.cadreId", contains(c2)).body("items[0].missing", contains("INTERMEDIATE_POLITICAL_THEORY"));

        // two a page, then the last
        java.util.List<String> seen = new java.util.ArrayList<>();
        String after = null;
        for (int pageNo = 0; pageNo < 3; pageNo++) {
            var spec = as(organiserOf(tree.province)).queryParam("unit", tree.a1).queryParam("limit", "2");
            if (after != null) {
                spec.queryParam("after", after);
            }
            var r = spec.get(API + "/training/gaps").then().statusCode(200).extract();
            seen.addAll(r.path("items.cadreId"));
            after = r.path("next");
            if (after == null) {
                break;
            }
        }
        org.assertj.core.api.Assertions.assertThat(seen).containsExactlyInAnyOrder(c1, c2, c4);

        as(organiserOf(tree.b)).queryParam("unit", tree.a1).get(API + "/training/gaps").then().statusCode(404);
        as(organiserOf(tree.a1cell)).queryParam("unit", tree.a1).get(API + "/training/gaps").then().statusCode(404);
        as(organiserOf(tree.a)).queryParam("after", "garbage").get(API + "/training/gaps").then().statusCode(400);
    }
}
