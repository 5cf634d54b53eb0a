package vn.party.membership.dues;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.EventJson;
import vn.party.membership.TestTree;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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

/** Collections use fixed months of 2025, a past year whatever day the test runs. */
@QuarkusTest
class DuesResourceTest {

    private static final String DUES = API + "/dues";
    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private TestTree tree;

    @BeforeEach
    void aProvince() {
        tree = TestTree.plant();
    }

    @Test
    void aDuesProfileIsDatedByMonthAndKeepsItsHistory() {
        String member = fullMember("Nguyễn Văn Lương", tree.cellA1);
        setProfile(member, Map.of("effectiveFrom", "2025-01", "basis", "SALARIED", "baseAmountDong", 8_500_000))
                .then().statusCode(200)
                .body("current.basis", equalTo("SALARIED"))
                .body("current.source", equalTo("MANUAL"))
                .body("current.monthlyDuesDong", equalTo(85_000))
                .body("current.regulation", equalTo("342-QĐ/TW"))
                .body("monthlyDuesDong", equalTo(85_000));
        setProfile(member, Map.of("effectiveFrom", "2025-07", "basis", "PENSIONER", "baseAmountDong", 6_200_000))
                .then().statusCode(200)
                .body("current.basis", equalTo("PENSIONER"))
                .body("monthlyDuesDong", equalTo(31_000))
                .body("history.effectiveFrom", contains("2025-01", "2025-07"));

        setProfile(member, Map.of("effectiveFrom", "2025-07", "basis", "STUDENT")).then().statusCode(409);
        setProfile(member, Map.of("effectiveFrom", "2025-09", "basis", "SALARIED")).then().statusCode(422)
                .body("rule", equalTo("dues.base-required"));
        setProfile(member, Map.of("effectiveFrom", "2025-13", "basis", "STUDENT")).then().statusCode(400)
                .body("errors.field", hasItem("effectiveFrom"));
        as(adminOf(tree.districtA)).get(DUES + "/members/" + member + "/profile").then().statusCode(200)
                .body("history", hasSize(2));

        as(adminOf(tree.districtB)).get(DUES + "/members/" + member + "/profile").then().statusCode(404);
        as(adminOf(tree.districtB)).contentType(ContentType.JSON).body(Map.of("effectiveFrom", "2025-10", "basis", "STUDENT"))
                .post(DUES + "/members/" + member + "/profile").then().statusCode(404);
        as(viewerOf(tree.province)).get(DUES + "/members/" + member + "/profile").then().statusCode(403);
    }

    @Test
    void aCellRecordsAMonthsPaymentsInOneRequestAndTheSheetShowsWhatIsOutstanding() {
        String salaried = fullMember("Trần Văn Lương", tree.cellA1);
        String student = fullMember("Lê Thị Học", tree.cellA1);
        String noProfile = fullMember("Phạm Văn Chưa", tree.cellA1);
        setProfile(salaried, Map.of("effectiveFrom", "2024-01", "basis", "SALARIED", "baseAmountDong", 4_680_000)).then().statusCode(200);
        setProfile(student, Map.of("effectiveFrom", "2024-01", "basis", "STUDENT")).then().statusCode(200);

        String key = UUID.randomUUID().toString();
        List<Map<String, Object>> rows = List.of(row(salaried, 46_800, "2025-03-20"), row(student, 2_000, "2025-03-21"));
        pay(tree.cellA1, "2025-03", rows, key).then().statusCode(200)
                .body("regulation", equalTo("342-QĐ/TW"))
                .body("totals.members", equalTo(3))
                .body("totals.membersPaid", equalTo(2))
                .body("totals.membersWithoutProfile", equalTo(1))
                .body("totals.dueDong", equalTo(49_800))
                .body("totals.paidDong", equalTo(48_800))
                .body("totals.outstandingDong", equalTo(1_000))
                .body("members.find { it.memberId == '" + student + "' }.outstandingDong", equalTo(1_000))
                .body("members.find { it.memberId == '" + noProfile + "' }.amountDueDong", nullValue());
        pay(tree.cellA1, "2025-03", rows, key).then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("totals.paidDong", equalTo(48_800));

        pay(tree.cellA1, "2025-03", List.of(row(noProfile, 5_000, "2025-03-22"), row(salaried, 46_800, "2025-03-22")),
                UUID.randomUUID().toString()).then().statusCode(409)
                .body("memberIds", contains(salaried));
        as(inspectorOf(tree.districtA)).get(DUES + "/collections/" + tree.cellA1 + "/2025-03").then().statusCode(200)
                .body("totals.membersPaid", equalTo(2))
                .body("members.find { it.memberId == '" + salaried + "' }.paidOn", equalTo("2025-03-20"));

        as(viewerOf(tree.province)).get(DUES + "/collections/" + tree.cellA1 + "/2025-03").then().statusCode(403);
        as(adminOf(tree.districtB)).get(DUES + "/collections/" + tree.cellA1 + "/2025-03").then().statusCode(404);

        String paid = TopicProbe.find("membership.events", r -> salaried.equals(r.key()) && r.value().contains("membership.dues.paid.v1"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no dues.paid event")).value();
        var data = read(paid).path("data");
        assertThat(data.path("month").asText()).isEqualTo("2025-03");
        assertThat(data.path("amountDong").asLong()).isEqualTo(46_800);
        assertThat(data.path("unitCode").asText()).isEqualTo(tree.cellA1);
        assertThat(data.path("effectiveDate").asText()).isEqualTo("2025-03-20");
        assertThat(paid).doesNotContain("nationalId").doesNotContain("Lương");
    }

    @Test
    void aRequestWithRowsAtFaultIsRefusedWholeAndRecordsNothing() {
        String here = fullMember("Đỗ Văn Đúng", tree.cellA1);
        String elsewhere = fullMember("Đỗ Văn Khác", tree.cellA2);
        pay(tree.cellA1, "2025-04", List.of(row(here, 5_000, "2025-04-02"), row(elsewhere, 5_000, "2025-04-02"),
                row(here, 5_000, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3).toString())), null)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("payments[1].memberId", "payments[2].memberId", "payments[2].paidOn"));
        pay(tree.cellA1, "2025-04", List.of(row(here, 0, "2025-04-02")), null).then().statusCode(400)
                .body("errors.field", hasItem("payments[0].amountPaidDong"));
        pay(tree.cellA1, "2025-04", List.of(), null).then().statusCode(400);
        pay(tree.cellA1, "2025-4", List.of(row(here, 5_000, "2025-04-02")), null).then().statusCode(400)
                .body("errors.field", hasItem("month"));
        pay(tree.cellA1, THIS_MONTH.plusMonths(1).toString(), List.of(row(here, 5_000, "2025-04-02")), null).then().statusCode(400);
        pay(tree.baseA, "2025-04", List.of(row(here, 5_000, "2025-04-02")), null).then().statusCode(422)
                .body("rule", equalTo("dues.collected-by-cell"));
        pay(tree.cellB1, "2025-04", List.of(row(here, 5_000, "2025-04-02")), null).then().statusCode(404);

        as(adminOf(tree.districtA)).get(DUES + "/collections/" + tree.cellA1 + "/2025-04").then().statusCode(200)
                .body("totals.membersPaid", equalTo(0))
                .body("totals.paidDong", equalTo(0))
                .body("members.memberId", contains(here));
    }

    @Test
    void membersWithThreeUnpaidMonthsInAYearAreFlaggedForTheCellToConsiderStrikingOff() {
        String tenMonths = fullMember("Vũ Văn Mười", tree.cellA1);
        String nineMonths = fullMember("Vũ Thị Chín", tree.cellA2);
        String joinedInDecember = register(adminOf(tree.districtA), person(newNationalId(), "Vũ Văn Mới", "1990-02-02",
                tree.cellA1, Map.of("status", "FULL", "admittedOn", "2010-01-01", "confirmedOn", "2011-01-01",
                        "inUnitSince", "2025-12-01")));
        for (int m = 1; m <= 10; m++) {
            String month = YearMonth.of(2025, m).toString();
            pay(tree.cellA1, month, List.of(row(tenMonths, 5_000, month + "-10")), null).then().statusCode(200);
            if (m <= 9) {
                pay(tree.cellA2, month, List.of(row(nineMonths, 5_000, month + "-10")), null).then().statusCode(200);
            }
        }
        pay(tree.cellA1, "2025-12", List.of(row(joinedInDecember, 5_000, "2025-12-10")), null).then().statusCode(200);

        arrears(adminOf(tree.districtA), Map.of("unit", tree.baseA, "year", "2025")).then().statusCode(200)
                .body("items.memberId", contains(tenMonths, nineMonths))
                .body("items[0].unpaidMonths", contains("2025-11", "2025-12"))
                .body("items[0].flaggedForStrikingOff", equalTo(false))
                .body("items[1].unpaidCount", equalTo(3))
                .body("items[1].flaggedForStrikingOff", equalTo(true));
        arrears(adminOf(tree.districtA), Map.of("year", "2025", "flagged", "true")).then().statusCode(200)
                .body("items.memberId", contains(nineMonths));
        Response first = arrears(adminOf(tree.districtA), Map.of("year", "2025", "limit", "1"));
        first.then().statusCode(200).body("items.memberId", contains(tenMonths)).body("next", notNullValue());
        arrears(adminOf(tree.districtA), Map.of("year", "2025", "limit", "1", "after", first.path("next")))
                .then().body("items.memberId", contains(nineMonths)).body("next", nullValue());

        arrears(adminOf(tree.districtA), Map.of("year", "abc")).then().statusCode(400).body("errors.field", hasItem("year"));
        arrears(adminOf(tree.districtA), Map.of("year", String.valueOf(THIS_MONTH.getYear() + 1))).then().statusCode(400);
        arrears(adminOf(tree.districtA), Map.of("year", "2025", "after", "garbage")).then().statusCode(400);
        arrears(adminOf(tree.districtB), Map.of("unit", tree.baseA, "year", "2025")).then().statusCode(404);
        arrears(adminOf(tree.districtB), Map.of("year", "2025")).then().statusCode(200).body("items", hasSize(0));
        arrears(viewerOf(tree.province), Map.of("year", "2025")).then().statusCode(403);
    }

    private String fullMember(String name, String cell) {
        return register(adminOf(tree.districtA), person(newNationalId(), name, "1980-06-15", cell,
                Map.of("status", "FULL", "admittedOn", "2010-01-01", "confirmedOn", "2011-01-01", "inUnitSince", "2024-01-01")));
    }

    private Response setProfile(String member, Map<String, Object> body) {
        return as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(body)
                .post(DUES + "/members/" + member + "/profile");
    }

    private Response pay(String cell, String month, List<Map<String, Object>> rows, String key) {
        var request = as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("payments", rows));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post(DUES + "/collections/" + cell + "/" + month + "/payments");
    }

    private static Response arrears(String token, Map<String, String> params) {
        return as(token).queryParams(params).get(DUES + "/arrears");
    }

    private static Map<String, Object> row(String member, long amount, String paidOn) {
        return Map.of("memberId", member, "amountPaidDong", amount, "paidOn", paidOn);
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
