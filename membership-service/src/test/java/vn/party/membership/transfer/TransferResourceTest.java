package vn.party.membership.transfer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.membership.TestTree;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
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
class TransferResourceTest {

    private static final String TRANSFERS = API + "/transfers";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private TestTree tree;
    private String member;

    private String nationalId;

    @BeforeEach
    void aFullMemberInDistrictA() {
        tree = TestTree.plant();
        nationalId = newNationalId();
        member = register(adminOf(tree.districtA), person(nationalId, "Ngô Thị Thu", "1985-01-01", tree.cellA1,
                Map.of("status", "FULL", "admittedOn", "2010-01-01", "confirmedOn", "2011-01-01")));
    }

    @Test
    void aMemberLeavingForAnotherProvinceLeavesTheCountWithTheLetterAndMayComeBack() {
        Response sent = as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("memberId", member,
                "kind", "PERMANENT", "destination", "Đảng bộ xã Tân Hòa, tỉnh Phú Thọ",
                "movedOn", TODAY.minusDays(20).toString(), "letterOn", TODAY.minusDays(10).toString())).post(TRANSFERS);
        sent.then().statusCode(201).body("toUnitCode", equalTo(null))
                .body("destination", equalTo("Đảng bộ xã Tân Hòa, tỉnh Phú Thọ"));
        String id = sent.path("id");
        as(adminOf(tree.districtA)).get(API + "/members/" + member).then()
                .body("status", equalTo("LEFT")).body("exitKind", equalTo("TRANSFERRED_OUT"));
        headcount(tree.districtA).then().body("total", equalTo(0));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("unitCode", tree.cellA1, "effectiveOn",
                TODAY.toString())).post(API + "/members/" + member + "/readmission-candidacy").then().statusCode(422);
        TopicProbe.find("membership.events", r -> member.equals(r.key()) && r.value().contains("member.transferred_out"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no member.transferred_out event"));
        receive(adminOf(tree.districtA), id, TODAY.minusDays(5)).then().statusCode(200).body("status", equalTo("RECEIVED"));

        Map<String, Object> back = person(nationalId, "Ngô Thị Thu", "1985-01-01", tree.cellB1,
                Map.of("status", "FULL", "admittedOn", "2010-01-01", "confirmedOn", "2011-01-01"));
        as(adminOf(tree.districtB)).contentType(ContentType.JSON).body(Map.of("member", back,
                "origin", "Đảng bộ xã Tân Hòa, tỉnh Phú Thọ", "letterOn", TODAY.minusDays(3).toString(),
                "reportedOn", TODAY.minusDays(1).toString())).post(TRANSFERS + "/incoming").then().statusCode(201)
                .body("memberId", equalTo(member)).body("fromUnitCode", equalTo(null)).body("toUnitCode", equalTo(tree.cellB1));
        as(adminOf(tree.districtB)).get(API + "/members/" + member).then()
                .body("status", equalTo("FULL")).body("unitCode", equalTo(tree.cellB1));
        as(adminOf(tree.districtB)).get(API + "/members/" + member + "/history").then()
                .body("statuses.status", contains("PROBATIONARY", "FULL", "LEFT", "FULL"))
                .body("cells.unitCode", contains(tree.cellA1, tree.cellB1));
        headcount(tree.districtB).then().body("total", equalTo(1));
        as(adminOf(tree.districtB)).contentType(ContentType.JSON).body(Map.of("member", back,
                "origin", "Đảng bộ xã Tân Hòa, tỉnh Phú Thọ", "letterOn", TODAY.minusDays(3).toString(),
                "reportedOn", TODAY.minusDays(1).toString())).post(TRANSFERS + "/incoming").then().statusCode(409);
    }

    @Test
    void aMemberFromAnotherProvinceOpensARecordInTheReceivingCell() {
        Map<String, Object> newcomer = person(newNationalId(), "Hà Văn Khánh", "1990-05-05", tree.cellB1,
                Map.of("status", "PROBATIONARY", "admittedOn", TODAY.minusMonths(5).toString()));
        String id = as(adminOf(tree.districtB)).contentType(ContentType.JSON).body(Map.of("member", newcomer,
                "origin", "Chi bộ Trường THPT Lý Thái Tổ, tỉnh Hà Nội", "letterOn", TODAY.minusDays(40).toString(),
                "reportedOn", TODAY.minusDays(2).toString())).post(TRANSFERS + "/incoming").then().statusCode(201)
                .body("reportedLate", equalTo(true)).extract().path("memberId");
        as(adminOf(tree.districtB)).get(API + "/members/" + id).then().body("status", equalTo("PROBATIONARY"));
        as(adminOf(tree.districtA)).get(API + "/members/" + id).then().statusCode(404);
        TopicProbe.find("membership.events", r -> id.equals(r.key()) && r.value().contains("member.transferred_in"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no member.transferred_in event"));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("member", newcomer, "origin", "X",
                "letterOn", TODAY.toString(), "reportedOn", TODAY.toString())).post(TRANSFERS + "/incoming").then().statusCode(404);
    }

    @Test
    void aPermanentTransferChangesTheOfficialCellOnlyWhenTheMemberReports() {
        Response sent = send(adminOf(tree.districtA), "PERMANENT", tree.cellB1, TODAY.minusDays(40), TODAY.minusDays(20), null);
        sent.then().statusCode(201)
                .body("status", equalTo("SENT"))
                .body("reportBy", equalTo(TODAY.minusDays(20).plusDays(30).toString()))
                .body("letterLate", equalTo(false));
        String id = sent.path("id");
        as(adminOf(tree.districtA)).get(API + "/members/" + member).then().body("unitCode", equalTo(tree.cellA1));
        headcount(tree.districtA).then().body("total", equalTo(1));

        as(adminOf(tree.districtB)).queryParam("direction", "IN").get(TRANSFERS).then().statusCode(200)
                .body("items.id", hasItem(id));
        as(adminOf(tree.districtA)).queryParam("direction", "OUT").get(TRANSFERS).then().body("items.id", hasItem(id));
        as(adminOf(tree.districtA)).queryParam("direction", "IN").get(TRANSFERS).then().body("items.id", not(hasItem(id)));
        send(adminOf(tree.districtA), "PERMANENT", tree.cellA2, TODAY.minusDays(40), TODAY.minusDays(20), null)
                .then().statusCode(409);
        receive(adminOf(tree.districtA), id, TODAY.minusDays(10)).then().statusCode(403);

        receive(adminOf(tree.districtB), id, TODAY.minusDays(10)).then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("reportedLate", equalTo(false));
        as(adminOf(tree.districtB)).get(API + "/members/" + member).then().statusCode(200)
                .body("unitCode", equalTo(tree.cellB1));
        as(adminOf(tree.districtA)).get(API + "/members/" + member).then().statusCode(404);
        as(adminOf(tree.districtB)).get(API + "/members/" + member + "/history").then()
                .body("cells.unitCode", contains(tree.cellA1, tree.cellB1));
        headcount(tree.districtA).then().body("total", equalTo(0));
        headcount(tree.districtB).then().body("total", equalTo(1));
        TopicProbe.find("membership.events", r -> member.equals(r.key()) && r.value().contains("member.transferred")
                && r.value().contains("\"TRANSFER\""), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no member.transferred event"));
    }

    @Test
    void aTemporaryTransferLastsThreeMonthsToAYearAndCountsAtHome() {
        LocalDate letter = TODAY.minusDays(30);
        send(adminOf(tree.districtA), "TEMPORARY", tree.cellA2, letter, letter, letter.plusMonths(2)).then().statusCode(422)
                .body("rule", equalTo("transfer.temporary-duration"));
        send(adminOf(tree.districtA), "TEMPORARY", tree.cellA2, letter, letter, null).then().statusCode(400)
                .body("errors.field", hasItem("until"));
        String id = send(adminOf(tree.districtA), "TEMPORARY", tree.cellA2, letter, letter, letter.plusMonths(6))
                .then().statusCode(201).extract().path("id");
        receive(adminOf(tree.districtA), id, letter.plusDays(3)).then().statusCode(200);
        as(adminOf(tree.districtA)).get(API + "/members/" + member).then()
                .body("unitCode", equalTo(tree.cellA1))
                .body("conditions", contains("TEMPORARILY_ATTACHED"));
        headcount(tree.baseA).then()
                .body("units.find { it.unitCode == '" + tree.cellA1 + "' }.total", equalTo(1))
                .body("units.find { it.unitCode == '" + tree.cellA2 + "' }.total", equalTo(0));

        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("on", TODAY.toString()))
                .post(TRANSFERS + "/" + id + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
        as(adminOf(tree.districtA)).get(API + "/members/" + member).then().body("conditions", empty());
    }

    @Test
    void aMemberWhoHasNotReportedInThirtyDaysIsListedAsOverdue() {
        String id = send(adminOf(tree.districtA), "PERMANENT", tree.cellA2, TODAY.minusDays(50), TODAY.minusDays(40), null)
                .then().statusCode(201).extract().path("id");
        as(adminOf(tree.districtA)).queryParam("direction", "OUT").queryParam("overdue", "true").get(TRANSFERS).then()
                .body("items.id", hasItem(id));
        as(adminOf(tree.districtA)).queryParam("overdue", "maybe").get(TRANSFERS).then().statusCode(400);
        receive(adminOf(tree.districtA), id, TODAY).then().statusCode(200).body("reportedLate", equalTo(true));
        as(adminOf(tree.districtA)).queryParam("direction", "OUT").queryParam("overdue", "true").get(TRANSFERS).then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void onlyMembersAreTransferredToCellsByTheirOwnCommittee() {
        String candidate = register(adminOf(tree.districtA), person(newNationalId(), "Quần Chúng", "2000-01-01", tree.cellA1, Map.of()));
        sendFor(adminOf(tree.districtA), candidate, tree.cellA2).then().statusCode(422).body("rule", equalTo("transfer.member-status"));
        sendFor(adminOf(tree.districtA), member, "no_such_cell").then().statusCode(400).body("errors.field", hasItem("toUnitCode"));
        sendFor(adminOf(tree.districtA), member, tree.baseB).then().statusCode(422).body("rule", equalTo("member.cell"));
        sendFor(adminOf(tree.districtB), member, tree.cellB1).then().statusCode(404);
        sendFor(TestTree.inspectorOf(tree.province), member, tree.cellB1).then().statusCode(403);
        as(adminOf(tree.districtA)).queryParam("direction", "OUT").get(TRANSFERS).then().body("items", empty());
    }

    private Response sendFor(String token, String memberId, String to) {
        return as(token).contentType(ContentType.JSON).body(Map.of("memberId", memberId, "kind", "PERMANENT",
                "toUnitCode", to, "movedOn", TODAY.minusDays(5).toString(), "letterOn", TODAY.toString())).post(TRANSFERS);
    }

    private Response send(String token, String kind, String to, LocalDate moved, LocalDate letter, LocalDate until) {
        Map<String, Object> body = new HashMap<>(Map.of("memberId", member, "kind", kind, "toUnitCode", to,
                "movedOn", moved.toString(), "letterOn", letter.toString()));
        if (until != null) {
            body.put("until", until.toString());
        }
        return as(token).contentType(ContentType.JSON).body(body).post(TRANSFERS);
    }

    private Response receive(String token, String id, LocalDate reported) {
        return as(token).contentType(ContentType.JSON).body(Map.of("reportedOn", reported.toString()))
                .post(TRANSFERS + "/" + id + "/receive");
    }

    private Response headcount(String unit) {
        return as(TestTree.viewerOf(tree.province)).get(API + "/headcounts/" + unit);
    }
}
