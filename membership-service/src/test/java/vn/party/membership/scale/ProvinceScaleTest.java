package vn.party.membership.scale;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.membership.TestTree;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;

/**
 * A cell of 70,000 members, the size at which the reports used to fail (a parameter per member: PostgreSQL takes at
 * most 65,535 in a statement; the arrears of a cell of 24,000 already answered 500). Every report answers a page.
 */
@QuarkusTest
class ProvinceScaleTest {

    private static final Logger LOG = Logger.getLogger(ProvinceScaleTest.class);
    static final int MEMBERS = 70_000;
    private static final int LAST_YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;

    @Inject
    AgroalDataSource db;

    private TestTree tree;
    private List<UUID> members;

    @BeforeEach
    void aCellOfSeventyThousand() throws Exception {
        tree = TestTree.plant();
        long t0 = System.nanoTime();
        members = LargeCell.fill(db, tree.cellA1, MEMBERS, LAST_YEAR + "-06");
        LOG.infof("scale: %d members written by SQL in %d ms", MEMBERS, (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void everyReportOfACellOfSeventyThousandMembersAnswersAPage() {
        String admin = tree.provinceAdmin();

        Response sheet = timed("collection sheet", as(admin).queryParam("limit", "500")
                .get(API + "/dues/collections/" + tree.cellA1 + "/" + LAST_YEAR + "-06"));
        sheet.then().statusCode(200).body("members", hasSize(500)).body("next", notNullValue())
                .body("totals.members", equalTo(MEMBERS)).body("totals.membersPaid", equalTo(MEMBERS / 2))
                .body("totals.dueDong", equalTo(MEMBERS * 85_000L))
                .body("totals.outstandingDong", equalTo(MEMBERS / 2 * 85_000L));
        timed("collection sheet, next page", as(admin).queryParam("after", sheet.path("next").toString())
                .get(API + "/dues/collections/" + tree.cellA1 + "/" + LAST_YEAR + "-06"))
                .then().statusCode(200).body("members", hasSize(50)).body("totals.members", equalTo(MEMBERS));

        Response arrears = timed("arrears of the cell", as(admin).queryParam("year", String.valueOf(LAST_YEAR))
                .queryParam("unit", tree.cellA1).get(API + "/dues/arrears"));
        arrears.then().statusCode(200).body("items", hasSize(50)).body("next", notNullValue())
                .body("items[0].unpaidCount", equalTo(12)).body("items[0].flaggedForStrikingOff", equalTo(true));
        timed("arrears of the province, flagged", as(admin).queryParam("year", String.valueOf(LAST_YEAR))
                .queryParam("flagged", "true").get(API + "/dues/arrears"))
                .then().statusCode(200).body("items", hasSize(50));
        timed("badges due", as(admin).queryParam("presentationDate", "2026-09-02").get(API + "/badges/due"))
                .then().statusCode(200).body("items", hasSize(50)).body("next", notNullValue());

        timed("meeting compliance", as(admin).queryParam("month", LAST_YEAR + "-06").get(API + "/meetings/compliance"))
                .then().statusCode(200).body("cells", equalTo(3));
        timed("missed meetings", as(admin).queryParam("from", LAST_YEAR + "-01").queryParam("to", LAST_YEAR + "-12")
                .get(API + "/meetings/missed")).then().statusCode(200).body("items", hasSize(3));
        timed("attendance rates", as(admin).queryParam("from", LAST_YEAR + "-01").queryParam("to", LAST_YEAR + "-12")
                .get(API + "/meetings/attendance")).then().statusCode(200);

        String round = timed("grading round opened", as(adminOf(tree.baseA)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", tree.baseA, "year", LAST_YEAR)).post(API + "/grading-rounds"))
                .then().statusCode(201).body("membersToGrade", equalTo(MEMBERS)).extract().path("id");
        timed("grading round view", as(admin).get(API + "/grading-rounds/" + round))
                .then().statusCode(200).body("membersToGrade", equalTo(MEMBERS)).body("organisationsToGrade", equalTo(3));
        timed("grading rounds of the province", as(admin).queryParam("year", String.valueOf(LAST_YEAR)).get(API + "/grading-rounds"))
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].membersToGrade", equalTo(MEMBERS));

        List<Map<String, Object>> grades = members.subList(0, 5_000).stream()
                .map(m -> Map.<String, Object>of("memberId", m.toString(), "grade", "GOOD", "score", 80)).toList();
        timed("bulk entry of 5,000 grades", as(admin).contentType(ContentType.JSON).body(Map.of("grades", grades))
                .put(API + "/grading-rounds/" + round + "/members"))
                .then().statusCode(200).body("entered", equalTo(5_000)).body("round.membersGraded", equalTo(5_000));
        timed("grades of the round", as(admin).queryParam("limit", "500").get(API + "/grading-rounds/" + round + "/grades"))
                .then().statusCode(200).body("items", hasSize(500));
        timed("grading summary of the province", as(admin).queryParam("year", String.valueOf(LAST_YEAR)).get(API + "/gradings/summary"))
                .then().statusCode(200);
        timed("closing a round of 5,000 graded members", as(admin).contentType(ContentType.JSON).body(Map.of())
                .post(API + "/grading-rounds/" + round + "/close"))
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        timed("headcount of the province", as(admin).get(API + "/headcounts/" + tree.province)).then().statusCode(200);

        // the heaviest report (the province's arrears, every member's year of months) leaves a service that answers and publishes
        timed("arrears of the province", as(admin).queryParam("year", String.valueOf(LAST_YEAR)).queryParam("limit", "500")
                .get(API + "/dues/arrears")).then().statusCode(200).body("items", hasSize(500));
        as(admin).get("/q/health/live").then().statusCode(200);
        String after = TestTree.register(admin, TestTree.person(TestTree.newNationalId(), "Lê Văn Sau", "1985-01-01", tree.cellA2,
                Map.of()));
        assertThat(TopicProbe.find("membership.events", r -> after.equals(r.key()) && r.value().contains("membership.member.registered.v1"),
                Duration.ofSeconds(30))).as("the registration after the heaviest report is on Kafka").isPresent();
    }

    private static Response timed(String what, Response response) {
        LOG.infof("scale: %-40s %4d in %5d ms", what, response.statusCode(), response.timeIn(java.util.concurrent.TimeUnit.MILLISECONDS));
        assertThat(response.statusCode()).as(what + ": " + response.asString()).isLessThan(500);
        return response;
    }
}
