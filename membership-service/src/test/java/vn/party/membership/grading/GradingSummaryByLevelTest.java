package vn.party.membership.grading;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.membership.TestTree;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;
import static vn.party.membership.TestTree.newNationalId;
import static vn.party.membership.TestTree.person;
import static vn.party.membership.TestTree.register;
import static vn.party.membership.TestTree.viewerOf;

/**
 * The grading summary of a subtree as committees report it: how many base organisations, how many cells and how
 * many members were graded excellent, good, ... each counted apart.
 */
@QuarkusTest
class GradingSummaryByLevelTest {

    private static final String ROUNDS = API + "/grading-rounds";

    private TestTree tree;
    private String admin;

    @BeforeEach
    void aProvince() {
        tree = TestTree.plant();
        admin = adminOf(tree.districtA);
    }

    @Test
    void theSummaryCountsBaseOrganisationsCellsAndMembersEachByGrade() {
        String school = tree.districtA + "_th";
        as(tree.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("code", school, "name", "Chi bộ trường Tiểu học",
                "kind", "BASE_CELL", "organisationType", "SCHOOL", "parentCode", tree.districtA, "foundedOn", "2020-01-01"))
                .post(API + "/org-units").then().statusCode(201);
        String[] inCell = {member(tree.cellA1, "Vũ Văn Một"), member(tree.cellA1, "Vũ Văn Hai"), member(tree.cellA2, "Vũ Thị Ba")};
        String teacher = member(school, "Vũ Thị Bốn");

        String commune = open(tree.baseA);
        for (String m : inCell) {
            grade(commune, "members/" + m, "GOOD");
        }
        grade(commune, "organisations/" + tree.baseA, "EXCELLENT");
        grade(commune, "organisations/" + tree.cellA1, "GOOD");
        grade(commune, "organisations/" + tree.cellA2, "COMPLETED");
        close(commune);
        String base = open(school);
        grade(base, "members/" + teacher, "GOOD");
        grade(base, "organisations/" + school, "GOOD");
        close(base);

        as(viewerOf(tree.province)).queryParam("unit", tree.districtA).queryParam("year", 2024)
                .get(API + "/gradings/summary").then().statusCode(200)
                .body("baseOrganisations.EXCELLENT", equalTo(1))
                .body("baseOrganisations.GOOD", equalTo(1))
                .body("baseOrganisationsGraded", equalTo(2))
                .body("cells.GOOD", equalTo(1))
                .body("cells.COMPLETED", equalTo(1))
                .body("cells.EXCELLENT", equalTo(null))
                .body("cellsGraded", equalTo(2))
                .body("members.GOOD", equalTo(4))
                .body("membersGraded", equalTo(4))
                .body("organisationsGraded", equalTo(4));
        as(viewerOf(tree.province)).queryParam("unit", tree.baseA).queryParam("year", 2024)
                .get(API + "/gradings/summary").then().statusCode(200)
                .body("baseOrganisationsGraded", equalTo(1)).body("cellsGraded", equalTo(2)).body("membersGraded", equalTo(3));
    }

    /** A full member since 2011, in the cell since 2015. */
    private String member(String cell, String name) {
        return register(adminOf(tree.province), person(newNationalId(), name, "1980-03-08", cell,
                Map.of("status", "FULL", "admittedOn", "2010-05-19", "confirmedOn", "2011-05-19", "inUnitSince", "2015-01-01")));
    }

    private String open(String unit) {
        return as(admin).contentType(ContentType.JSON).body(Map.of("unitCode", unit, "year", 2024)).post(ROUNDS)
                .then().statusCode(201).extract().path("id");
    }

    private void grade(String round, String subject, String grade) {
        as(admin).contentType(ContentType.JSON).body(Map.of("grade", grade)).put(ROUNDS + "/" + round + "/" + subject)
                .then().statusCode(200);
    }

    private void close(String round) {
        as(admin).contentType(ContentType.JSON).body(Map.of()).post(ROUNDS + "/" + round + "/close").then().statusCode(200);
    }
}
