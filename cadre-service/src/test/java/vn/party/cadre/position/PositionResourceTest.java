package vn.party.cadre.position;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.cadre.CadreTree;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.party.cadre.CadreTree.API;
import static vn.party.cadre.CadreTree.appoint;
import static vn.party.cadre.CadreTree.as;
import static vn.party.cadre.CadreTree.cadre;
import static vn.party.cadre.CadreTree.organiserOf;
import static vn.party.cadre.CadreTree.position;
import static vn.party.cadre.CadreTree.unitAdminOf;

@QuarkusTest
class PositionResourceTest {

    private CadreTree tree;

    @BeforeEach
    void aProvince() {
        tree = CadreTree.plant();
    }

    @Test
    void aPostKeepsItsHoldersOverTimeWithTheDecision() {
        String post = position(tree.a1, "SECRETARY", 1);
        String first = cadre(tree.a1, "Nguyễn Văn An", "1975-01-01", "MALE");
        String second = cadre(tree.a1, "Lê Thị Bích", "1980-01-01", "FEMALE");
        String h1 = appoint(tree.a1, post, first, "ELECTION", "2020-07-01");
        as(organiserOf(tree.a1)).body(Map.of("endedOn", "2025-06-30", "reason", "MOVED")).post(API + "/holdings/" + h1 + "/end")
                .then().statusCode(200).body("endedOn", equalTo("2025-06-30"));
        appoint(tree.a1, post, second, "ELECTION", "2025-07-01");
        as(unitAdminOf(tree.a1)).queryParam("includeEnded", "true").get(API + "/positions/" + post + "/holders").then()
                .statusCode(200).body("cadreId", org.hamcrest.Matchers.contains(first, second))
                .body("[0].decisionNumber", equalTo("1-QĐ/TU"));
        as(unitAdminOf(tree.a1)).get(API + "/positions/" + post).then().statusCode(200)
                .body("currentHolders", hasSize(1)).body("currentHolders[0].cadreId", equalTo(second))
                .body("group", equalTo("COMMITTEE")).body("partyPost", equalTo(true));
        assertThat(TopicProbe.find("cadre.events", r -> r.value().contains("cadre.position.holder_ended.v1")
                && r.value().contains(h1), Duration.ofSeconds(30))).isPresent();
    }

    @Test
    void aFullPostTakesNoSecondHolder() {
        String post = position(tree.a1, "SECRETARY", 1);
        appoint(tree.a1, post, cadre(tree.a1, "A", "1975-01-01", "MALE"), "ELECTION", "2025-07-01");
        String other = cadre(tree.a1, "B", "1976-01-01", "MALE");
        as(organiserOf(tree.a1)).body(Map.of("cadreId", other, "method", "ELECTION", "decisionNumber", "2", "effectiveOn", "2025-08-01"))
                .post(API + "/positions/" + post + "/holders").then().statusCode(422).body("rule", equalTo("position.seats-filled"));
    }

    @Test
    void theConcurrentPostsReportCountsUnitsWhereOnePersonHoldsBoth() {
        String secretary = position(tree.a1cell, "SECRETARY", 1);
        String villageHead = position(tree.a1cell, "VILLAGE_HEAD", 1);
        String otherSecretary = position(tree.a1, "SECRETARY", 1);
        String c = cadre(tree.a1cell, "Hoàng Văn Dũng", "1978-04-04", "MALE");
        appoint(tree.a1cell, secretary, c, "ELECTION", "2025-07-01");
        appoint(tree.a1cell, villageHead, c, "ELECTION", "2025-07-15");
        appoint(tree.a1, otherSecretary, cadre(tree.a1, "Khác", "1979-01-01", "MALE"), "ELECTION", "2025-07-01");
        as(organiserOf(tree.a)).queryParam("first", "SECRETARY").queryParam("second", "VILLAGE_HEAD").queryParam("on", "2026-01-01")
                .get(API + "/positions/concurrent").then().statusCode(200)
                .body("units", equalTo(2)).body("concurrent", equalTo(1)).body("percent", equalTo(50.00f))
                .body("items[0].unitCode", equalTo(tree.a1cell)).body("items[0].cadreId", equalTo(c));
        as(organiserOf(tree.b)).queryParam("first", "SECRETARY").queryParam("second", "VILLAGE_HEAD")
                .get(API + "/positions/concurrent").then().statusCode(200).body("units", equalTo(0));
    }

    @Test
    void aFirstAppointmentWithFewerThanFiveYearsBeforeRetirementIsRefused() {
        String post = position(tree.a1, "DEPARTMENT_HEAD", 1);
        // a man born in March 1966 retires at 62 at the end of March 2028
        String old = cadre(tree.a1, "Vũ Văn Già", "1966-03-10", "MALE");
        as(organiserOf(tree.a1)).body(Map.of("cadreId", old, "method", "NOMINATION", "decisionNumber", "3", "effectiveOn", "2026-01-01"))
                .post(API + "/positions/" + post + "/holders").then().statusCode(422)
                .body("rule", equalTo("appointment.working-years"));
        String younger = cadre(tree.a1, "Vũ Văn Trẻ", "1985-03-10", "MALE");
        as(organiserOf(tree.a1)).body(Map.of("cadreId", younger, "method", "COMPETITIVE_SELECTION", "decisionNumber", "4",
                "effectiveOn", "2026-01-01")).post(API + "/positions/" + post + "/holders").then().statusCode(201)
                .body("method", equalTo("COMPETITIVE_SELECTION"));
    }

    @Test
    void aHeadIsReappointedOnceAndRefusedAThirdConsecutiveTerm() {
        String post = position(tree.a1, "DEPARTMENT_HEAD", 1);
        String c = cadre(tree.a1, "Đinh Văn Hải", "1980-01-01", "MALE");
        String h = appoint(tree.a1, post, c, "NOMINATION", "2016-01-01");
        as(organiserOf(tree.a1)).body(Map.of("decisionNumber", "9", "effectiveOn", "2021-01-01"))
                .post(API + "/holdings/" + h + "/reappointments").then().statusCode(200).body("terms", equalTo(2));
        as(organiserOf(tree.a1)).body(Map.of("decisionNumber", "10", "effectiveOn", "2026-01-01"))
                .post(API + "/holdings/" + h + "/reappointments").then().statusCode(422)
                .body("rule", equalTo("appointment.two-consecutive-terms")).body("consecutiveTerms", equalTo(2));
        as(unitAdminOf(tree.a1)).get(API + "/holdings/" + h + "/appointments").then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.contains("FIRST", "REAPPOINTMENT"));
    }

    @Test
    void theDueListNamesHoldersWhoseFiveYearsRunOutWithinTheMonthsAsked() {
        String post = position(tree.a1, "DEPARTMENT_HEAD", 1);
        String deputy = position(tree.a1, "DEPUTY_DEPARTMENT_HEAD", 2);
        String soon = cadre(tree.a1, "Sắp Đến Hạn", "1980-01-01", "MALE");
        String later = cadre(tree.a1, "Còn Lâu", "1981-01-01", "FEMALE");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String h = appoint(tree.a1, post, soon, "NOMINATION", today.minusYears(5).plusMonths(2).toString());
        appoint(tree.a1, deputy, later, "NOMINATION", today.minusYears(2).toString());
        as(organiserOf(tree.a)).queryParam("months", "3").get(API + "/holdings/reappointments-due").then().statusCode(200)
                .body("items.holdingId", hasItem(h)).body("items.cadreId", not(hasItem(later)))
                .body("items.find { it.holdingId == '" + h + "' }.dueOn", equalTo(today.plusMonths(2).toString()));
        as(organiserOf(tree.b)).get(API + "/holdings/reappointments-due").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aRotationEndsTheOldHoldingAndStartsOneInTheReceivingUnit() {
        String from = position(tree.a, "DEPUTY_DEPARTMENT_HEAD", 2);
        String to = position(tree.a1, "SECRETARY", 1);
        String c = cadre(tree.a, "Luân Chuyển", "1984-01-01", "MALE");
        String h = appoint(tree.a, from, c, "NOMINATION", "2022-01-01");
        String rotation = as(organiserOf(tree.a)).body(Map.of("cadreId", c, "fromHoldingId", h, "toPositionId", to,
                        "direction", "DOWN", "effectiveOn", "2026-03-01", "plannedUntil", "2028-03-01", "decisionNumber", "77-QĐ/TU"))
                .post(API + "/rotations").then().statusCode(201).body("fromUnitCode", equalTo(tree.a))
                .body("unitCode", equalTo(tree.a1)).extract().path("id");
        as(organiserOf(tree.a)).get(API + "/holdings/" + h).then().body("endedOn", equalTo("2026-02-28")).body("endReason", equalTo("ROTATED"));
        as(organiserOf(tree.a)).queryParam("year", "2026").get(API + "/rotations").then().statusCode(200).body("items.id", hasItem(rotation));
        // an organiser of the receiving commune alone cannot reach the cadre of the committee above
        as(organiserOf(tree.a1)).body(Map.of("cadreId", c, "toPositionId", to, "direction", "DOWN", "effectiveOn", "2026-03-01",
                "decisionNumber", "78")).post(API + "/rotations").then().statusCode(404);
        assertThat(TopicProbe.find("cadre.events", r -> r.value().contains("cadre.rotation.rotated.v1") && r.value().contains(rotation),
                Duration.ofSeconds(30))).isPresent();
    }

    @Test
    void accountabilityActionsAreRecordedAndCounted() {
        String c = cadre(tree.a1, "Trách Nhiệm", "1975-01-01", "MALE");
        for (String kind : new String[]{"REVIEW", "REVIEW", "RESIGNATION"}) {
            as(organiserOf(tree.a1)).body(Map.of("cadreId", c, "unitCode", tree.a1, "kind", kind, "reason", "để xảy ra sai phạm",
                    "decisionNumber", "5-QĐ/ĐU", "decidedOn", "2026-05-12")).post(API + "/accountability-actions").then().statusCode(201);
        }
        as(unitAdminOf(tree.a)).queryParam("year", "2026").get(API + "/accountability-actions/counts").then().statusCode(200)
                .body("total", equalTo(3)).body("byKind.REVIEW", equalTo(2)).body("byKind.RESIGNATION", equalTo(1));
        as(unitAdminOf(tree.b)).get(API + "/accountability-actions/counts").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anOrganiserOfAnotherCommitteeGets404OnThePost() {
        String post = position(tree.a1, "SECRETARY", 1);
        as(organiserOf(tree.b)).get(API + "/positions/" + post).then().statusCode(404);
        as(organiserOf(tree.b)).body(Map.of("unitCode", tree.a1, "kind", "VILLAGE_HEAD", "title", "x"))
                .post(API + "/positions").then().statusCode(404);
    }
}
