package vn.party.membership.grading;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.membership.TestTree;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;
import static vn.party.membership.TestTree.newNationalId;
import static vn.party.membership.TestTree.person;
import static vn.party.membership.TestTree.register;

/** Bulk entry of a base organisation's grades: the rules of one grade, all rows or none. 2025 is scored (366-QĐ/TW). */
@QuarkusTest
class BulkGradingTest {

    private static final String ROUNDS = API + "/grading-rounds";

    @Inject
    AgroalDataSource db;

    private TestTree tree;
    private String admin;

    @BeforeEach
    void aProvince() {
        tree = TestTree.plant();
        admin = adminOf(tree.districtA);
    }

    @Test
    void aBulkEntryWithAnyRowAtFaultEntersNothingAndNamesEveryRowAndItsRule() {
        String a = member(tree.cellA1, "Nguyễn Văn An");
        String b = member(tree.cellA2, "Trần Thị Bình");
        String elsewhere = member(tree.cellB1, "Phạm Văn Ngoài");
        String round = open(tree.baseA, 2025);

        enter(round, List.of(row(a, "GOOD", 80), row(b, "GOOD", 40), row(elsewhere, "GOOD", 80), row(a, "GOOD", 85),
                row(null, "GOOD", 80), row(UUID.randomUUID().toString(), "CLEAN_AND_STRONG", null)))
                .then().statusCode(422).body("rule", equalTo("grading.bulk-rows-refused"))
                .body("rows.index", contains(1, 2, 3, 4, 5))
                .body("rows.rule", contains("grading.score", "grading.not-in-round", "grading.duplicate-row",
                        "grading.row-incomplete", "grading.not-in-round"))
                .body("rows[0].memberId", equalTo(b));
        as(admin).get(ROUNDS + "/" + round).then().statusCode(200).body("membersGraded", equalTo(0));

        enter(round, List.of(row(a, "CLEAN_AND_STRONG", 90))).then().statusCode(422)
                .body("rows[0].rule", equalTo("grading.grade-scale"));
        as(admin).contentType(ContentType.JSON).body(Map.of("grades", List.of())).put(ROUNDS + "/" + round + "/members")
                .then().statusCode(400);
    }

    @Test
    void aBulkEntryEntersEveryRowReplacesDraftsAuditsEachAndAClosedRoundRefusesIt() throws Exception {
        String a = member(tree.cellA1, "Nguyễn Văn An");
        String b = member(tree.cellA2, "Trần Thị Bình");
        String round = open(tree.baseA, 2025);
        as(admin).contentType(ContentType.JSON).body(Map.of("grade", "COMPLETED", "score", 60))
                .put(ROUNDS + "/" + round + "/members/" + a).then().statusCode(200);

        enter(round, List.of(row(a, "GOOD", 82), row(b, "EXCELLENT", 95))).then().statusCode(200)
                .body("entered", equalTo(2)).body("replaced", equalTo(1))
                .body("round.membersGraded", equalTo(2)).body("round.memberGrades.GOOD", equalTo(1))
                .body("round.memberGrades.EXCELLENT", equalTo(1));
        as(admin).queryParam("subjectKind", "MEMBER").get(ROUNDS + "/" + round + "/grades").then().statusCode(200)
                .body("items", hasSize(2)).body("items.score", contains(82, 95)).body("items.draft", contains(true, true));
        assertThat(audited(a)).containsExactly("grading.draft-entered", "grading.draft-entered");

        as(admin).contentType(ContentType.JSON).body(Map.of()).post(ROUNDS + "/" + round + "/close").then().statusCode(422)
                .body("rule", equalTo("grading.excellent-quota"));
        enter(round, List.of(row(b, "GOOD", 85))).then().statusCode(200).body("replaced", equalTo(1));
        as(admin).contentType(ContentType.JSON).body(Map.of()).post(ROUNDS + "/" + round + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        enter(round, List.of(row(b, "COMPLETED", 60))).then().statusCode(409);
    }

    @Test
    void aBulkEntryOfMoreRowsThanAllowedIsRefusedAsInvalid() {
        String round = open(tree.baseA, 2025);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i <= GradingApi.MAX_BULK_ROWS; i++) {
            rows.add(row(UUID.randomUUID().toString(), "GOOD", 80));
        }
        enter(round, rows).then().statusCode(400);
    }

    private List<String> audited(String member) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     select action from audit_log where entity_type = 'grading'
                       and detail ->> 'subject' = ? order by id""")) {
            s.setString(1, "member " + member);
            List<String> actions = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    actions.add(r.getString(1));
                }
            }
            return actions;
        }
    }

    private Response enter(String round, List<Map<String, Object>> rows) {
        return as(admin).contentType(ContentType.JSON).body(Map.of("grades", rows)).put(ROUNDS + "/" + round + "/members");
    }

    private static Map<String, Object> row(String member, String grade, Integer score) {
        Map<String, Object> row = new HashMap<>();
        row.put("memberId", member);
        row.put("grade", grade);
        if (score != null) {
            row.put("score", score);
        }
        return row;
    }

    private String open(String unit, int year) {
        return as(admin).contentType(ContentType.JSON).body(Map.of("unitCode", unit, "year", year)).post(ROUNDS)
                .then().statusCode(201).extract().path("id");
    }

    /** A full member since 2011, in the cell since 2015: official on 31 December of the year graded. */
    private String member(String cell, String name) {
        return register(adminOf(tree.province), person(newNationalId(), name, "1980-03-08", cell,
                Map.of("status", "FULL", "admittedOn", "2010-05-19", "confirmedOn", "2011-05-19", "inUnitSince", "2015-01-01")));
    }
}
