package vn.party.cadre;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.orgreplica.OrgUnitReplica;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.party.cadre.CadreTree.API;
import static vn.party.cadre.CadreTree.appoint;
import static vn.party.cadre.CadreTree.as;
import static vn.party.cadre.CadreTree.cadre;
import static vn.party.cadre.CadreTree.organiserOf;
import static vn.party.cadre.CadreTree.position;

/**
 * Reports count a cadre act under the unit of its post, plan or programme as the tree stood on the act's date, so an act
 * dated before that unit was founded, or once it was dissolved, would be counted nowhere: it is refused
 * (422 unit.not-existing-on-date) and nothing is kept.
 */
@QuarkusTest
class ActsDatedWhenTheirUnitExistedTest {

    private static final String RULE = "unit.not-existing-on-date";
    private static final LocalDate NEW_CELL_FOUNDED = LocalDate.of(2025, 3, 1);
    private static final LocalDate B1_DISSOLVED = LocalDate.of(2025, 7, 1);

    @Inject
    OrgUnitReplica units;

    private CadreTree tree;

    @BeforeEach
    void aProvince() {
        tree = CadreTree.plant();
    }

    private static void refused(ValidatableResponse response, String unit, String day, String lifetime) {
        response.statusCode(422).contentType(containsString("application/problem+json"))
                .body("type", equalTo("https://party-suite.vn/problems/rule-violation"))
                .body("rule", equalTo(RULE)).body("unitCode", equalTo(unit)).body("date", equalTo(day))
                .body("detail", allOf(containsString(unit), containsString(day), containsString(lifetime)));
    }

    private static Map<String, Object> election(String cadreId, LocalDate on) {
        return Map.of("cadreId", cadreId, "method", "ELECTION", "decisionNumber", "5-QĐ/ĐU", "effectiveOn", on.toString());
    }

    @Test
    void anElectionDatedTheDayBeforeTheCellWasFoundedIsRefusedAndNotKeptButOnTheFoundingDayItHolds() {
        String cell = tree.cellOfA1FoundedOn(NEW_CELL_FOUNDED, units);
        String secretary = position(cell, "SECRETARY", 1);
        String c = cadre(tree.a1, "Phạm Văn Mới", "1982-02-02", "MALE");

        refused(as(organiserOf(tree.a1)).body(election(c, NEW_CELL_FOUNDED.minusDays(1)))
                .post(API + "/positions/" + secretary + "/holders").then(), cell, "2025-02-28", "founded on 2025-03-01");
        as(organiserOf(tree.a1)).queryParam("includeEnded", "true").get(API + "/positions/" + secretary + "/holders").then()
                .statusCode(200).body("$", empty());

        as(organiserOf(tree.a1)).body(election(c, NEW_CELL_FOUNDED)).post(API + "/positions/" + secretary + "/holders").then()
                .statusCode(201).body("startedOn", equalTo("2025-03-01"));
        as(organiserOf(tree.a1)).queryParam("includeEnded", "true").get(API + "/positions/" + secretary + "/holders").then()
                .statusCode(200).body("$", hasSize(1));
    }

    @Test
    void aHoldingOfADissolvedUnitEndsOnItsLastDayNotOnTheDissolutionDayAndNoOneIsAppointedThereAfter() {
        String secretary = position(tree.b1, "SECRETARY", 1);
        // appointed by b's organiser, who acts on b1 before and after its dissolution
        String holding = appoint(tree.b, secretary, cadre(tree.b1, "Đỗ Văn Cũ", "1975-01-01", "MALE"), "ELECTION", "2020-07-01");
        tree.dissolveB1(B1_DISSOLVED, units);

        refused(as(organiserOf(tree.b)).body(Map.of("endedOn", "2025-07-01", "reason", "MERGED"))
                .post(API + "/holdings/" + holding + "/end").then(), tree.b1, "2025-07-01", "dissolved on 2025-07-01");
        as(organiserOf(tree.b)).get(API + "/holdings/" + holding).then().statusCode(200).body("endedOn", equalTo(null));

        as(organiserOf(tree.b)).body(Map.of("endedOn", "2025-06-30", "reason", "MERGED"))
                .post(API + "/holdings/" + holding + "/end").then().statusCode(200).body("endedOn", equalTo("2025-06-30"));
        refused(as(organiserOf(tree.b)).body(election(cadre(tree.b, "Ngô Văn Sau", "1980-01-01", "MALE"), B1_DISSOLVED.plusMonths(1)))
                .post(API + "/positions/" + secretary + "/holders").then(), tree.b1, "2025-08-01",
                "from " + CadreTree.FOUNDED + " to 2025-06-30");
        as(organiserOf(tree.b)).queryParam("includeEnded", "true").get(API + "/positions/" + secretary + "/holders").then()
                .statusCode(200).body("$", hasSize(1));
    }

    @Test
    void aPlanEntryDatedBeforeItsUnitWasFoundedIsRefusedAndNotKept() {
        String cell = tree.cellOfA1FoundedOn(NEW_CELL_FOUNDED, units);
        String c = cadre(tree.a1, "Vũ Thị Lan", "1985-01-01", "FEMALE");
        Map<String, Object> entry = new HashMap<>(Map.of("term", "2025-2030", "unitCode", cell, "positionKind", "SECRETARY",
                "cadreId", c, "addedOn", "2025-02-28", "decisionNumber", "12-QĐ/ĐU"));

        refused(as(organiserOf(tree.a1)).body(entry).post(API + "/plan-entries").then(), cell, "2025-02-28", "founded on 2025-03-01");
        as(organiserOf(tree.a1)).queryParam("unit", cell).queryParam("includeRemoved", "true").get(API + "/plan-entries").then()
                .statusCode(200).body("items", empty());

        entry.put("addedOn", "2025-03-01");
        as(organiserOf(tree.a1)).body(entry).post(API + "/plan-entries").then().statusCode(201);
        as(organiserOf(tree.a1)).queryParam("unit", cell).get(API + "/plan-entries").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aProgrammeAndItsEnrolmentsStartNoEarlierThanTheirUnitsFounding() {
        String cell = tree.cellOfA1FoundedOn(NEW_CELL_FOUNDED, units);
        Map<String, Object> programme = new HashMap<>(Map.of("unitCode", cell, "kind", "ELEMENTARY_POLITICAL_THEORY",
                "name", "Lớp sơ cấp lý luận chính trị", "startsOn", "2025-02-28", "endsOn", "2025-05-30"));
        refused(as(organiserOf(tree.a1)).body(programme).post(API + "/training/programmes").then(), cell, "2025-02-28",
                "founded on 2025-03-01");

        programme.put("startsOn", "2025-03-01");
        String p = as(organiserOf(tree.a1)).body(programme).post(API + "/training/programmes").then().statusCode(201)
                .extract().path("id");
        String c = cadre(tree.a1, "Trịnh Văn Học", "1990-01-01", "MALE");
        refused(as(organiserOf(tree.a1)).body(Map.of("cadreId", c, "enrolledOn", "2025-02-20"))
                .post(API + "/training/programmes/" + p + "/enrolments").then(), cell, "2025-02-20", "founded on 2025-03-01");
        as(organiserOf(tree.a1)).queryParam("unit", cell).queryParam("year", "2025").get(API + "/training/figures").then()
                .statusCode(200).body("enrolled.ELEMENTARY_POLITICAL_THEORY", equalTo(0));

        as(organiserOf(tree.a1)).body(Map.of("cadreId", c)).post(API + "/training/programmes/" + p + "/enrolments").then()
                .statusCode(201).body("enrolledOn", equalTo("2025-03-01"));
        as(organiserOf(tree.a1)).queryParam("unit", cell).queryParam("year", "2025").get(API + "/training/figures").then()
                .statusCode(200).body("enrolled.ELEMENTARY_POLITICAL_THEORY", equalTo(1));
    }
}
