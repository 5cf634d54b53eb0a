package vn.party.membership.meeting;

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
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;
import static vn.party.membership.TestTree.inspectorOf;
import static vn.party.membership.TestTree.newNationalId;
import static vn.party.membership.TestTree.person;
import static vn.party.membership.TestTree.register;
import static vn.party.membership.TestTree.viewerOf;

/** Meetings are held on fixed days of 2025, a past year whatever day the test runs. */
@QuarkusTest
class MeetingResourceTest {

    private static final String MEETINGS = API + "/meetings";

    private TestTree tree;

    @BeforeEach
    void aProvince() {
        tree = TestTree.plant();
    }

    @Test
    void aRegularMeetingCountsItsMinutesFromTheDirectoryOnTheDay() {
        String chair = full("Nguyễn Văn Bí Thư", tree.cellA1);
        String absentWithReason = full("Trần Thị Ốm", tree.cellA1);
        String probationary = register(adminOf(tree.districtA), person(newNationalId(), "Lê Văn Dự Bị", "1995-03-03",
                tree.cellA1, Map.of("status", "PROBATIONARY", "admittedOn", "2024-06-01", "inUnitSince", "2024-06-01")));
        String exempted = full("Phạm Văn Già", tree.cellA1);
        condition(exempted, Map.of("condition", "EXEMPTED", "startsOn", "2025-01-01"));
        String away = full("Hoàng Văn Đi Xa", tree.cellA1);
        condition(away, Map.of("condition", "TEMPORARILY_ATTACHED", "startsOn", "2025-01-01", "endsOn", "2025-12-31",
                "hostUnitCode", tree.cellA2));
        String guest = full("Đặng Thị Khách", tree.cellA2);
        condition(guest, Map.of("condition", "TEMPORARILY_ATTACHED", "startsOn", "2025-01-01", "endsOn", "2025-12-31",
                "hostUnitCode", tree.cellA1));

        Response held = meet(tree.cellA1, "2025-05-06", "REGULAR", null, List.of(
                row(chair, "PRESENT", true), row(absentWithReason, "ABSENT_WITH_REASON", false),
                row(probationary, "ABSENT_WITHOUT_REASON", false), row(guest, "PRESENT", false)), "k-" + tree.cellA1);
        held.then().statusCode(201)
                .body("totals.total", equalTo(5))
                .body("totals.full", equalTo(4))
                .body("totals.probationary", equalTo(1))
                .body("totals.attached", equalTo(1))
                .body("totals.exempted", equalTo(1))
                .body("totals.present", equalTo(2))
                .body("totals.absentWithReason", equalTo(1))
                .body("totals.absentWithoutReason", equalTo(1))
                .body("totals.committeeTotal", equalTo(1))
                .body("totals.committeePresent", equalTo(1))
                .body("attendance.find { it.memberId == '" + guest + "' }.attached", equalTo(true));
        String id = held.path("id");
        meet(tree.cellA1, "2025-05-06", "REGULAR", null, List.of(row(chair, "PRESENT", true), row(absentWithReason,
                "ABSENT_WITH_REASON", false), row(probationary, "ABSENT_WITHOUT_REASON", false), row(guest, "PRESENT", false)),
                "k-" + tree.cellA1).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        as(inspectorOf(tree.districtA)).get(MEETINGS + "/" + id).then().statusCode(200)
                .body("kind", equalTo("REGULAR")).body("attendance", hasSize(4));
        as(adminOf(tree.districtB)).get(MEETINGS + "/" + id).then().statusCode(404);
        as(viewerOf(tree.province)).get(MEETINGS + "/" + id).then().statusCode(403);

        meet(tree.cellA1, "2025-05-27", "REGULAR", null, List.of(row(chair, "PRESENT", true), row(absentWithReason,
                "PRESENT", false), row(probationary, "PRESENT", false)), null).then().statusCode(409);
        meet(tree.cellA1, "2025-05-27", "THEMATIC", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                List.of(row(chair, "PRESENT", true), row(absentWithReason, "PRESENT", false), row(probationary, "PRESENT", false)),
                null).then().statusCode(201).body("totals.present", equalTo(3));
        meet(tree.cellA1, "2025-05-28", "THEMATIC", null, List.of(row(chair, "PRESENT", true), row(absentWithReason,
                "PRESENT", false), row(probationary, "PRESENT", false)), null).then().statusCode(400)
                .body("errors.field", hasItem("theme"));

        String event = TopicProbe.find("membership.events", r -> id.equals(r.key()) && r.value().contains("membership.meeting.held.v1"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no meeting.held event")).value();
        var data = read(event).path("data");
        assertThat(data.path("total").asInt()).isEqualTo(5);
        assertThat(data.path("present").asInt()).isEqualTo(2);
        assertThat(data.path("absentWithoutReason").asInt()).isEqualTo(1);
        assertThat(data.path("committeeTotal").asInt()).isEqualTo(1);
        assertThat(data.path("kind").asText()).isEqualTo("REGULAR");
        assertThat(data.path("effectiveDate").asText()).isEqualTo("2025-05-06");
        assertThat(event).doesNotContain(chair).doesNotContain("Bí Thư");
    }

    @Test
    void attendanceNamingAnyoneOutsideTheCellOrLeavingAMemberOutIsRefusedAndRecordsNothing() {
        String one = full("Vũ Văn Một", tree.cellA1);
        String two = full("Vũ Văn Hai", tree.cellA1);
        String neighbour = full("Vũ Văn Hàng Xóm", tree.cellA2);
        String guest = full("Vũ Thị Khách", tree.cellA2);
        condition(guest, Map.of("condition", "TEMPORARILY_ATTACHED", "startsOn", "2025-01-01", "endsOn", "2025-12-31",
                "hostUnitCode", tree.cellA1));

        meet(tree.cellA1, "2025-03-04", "REGULAR", null, List.of(row(one, "PRESENT", true), row(two, "PRESENT", false),
                row(neighbour, "PRESENT", false)), null).then().statusCode(422)
                .body("rule", equalTo("meeting.attendee-not-in-cell"))
                .body("memberIds", contains(neighbour));
        meet(tree.cellA1, "2025-03-04", "REGULAR", null, List.of(row(one, "PRESENT", true)), null).then().statusCode(422)
                .body("rule", equalTo("meeting.attendance-incomplete"))
                .body("memberIds", contains(two));
        meet(tree.cellA1, "2025-03-04", "REGULAR", null, List.of(row(one, "PRESENT", true), row(two, "PRESENT", false),
                row(guest, "PRESENT", true)), null).then().statusCode(422)
                .body("rule", equalTo("meeting.committee-member-of-cell"));
        meet(tree.cellA1, "2025-03-04", "REGULAR", null, List.of(row(one, "PRESENT", true), row(two, "PRESENT", false),
                row(one, "ABSENT_WITH_REASON", false)), null).then().statusCode(400)
                .body("errors.field", hasItem("attendance[2].memberId"));
        meet(tree.cellA1, "2025-03-04", "ADJOURNED", null, List.of(row(one, "PRESENT", true)), null).then().statusCode(400);
        meet(tree.cellA1, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString(), "REGULAR", null,
                List.of(row(one, "PRESENT", true), row(two, "PRESENT", false)), null).then().statusCode(400)
                .body("errors.field", hasItem("heldOn"));
        meet(tree.baseA, "2025-03-04", "REGULAR", null, List.of(row(one, "PRESENT", true)), null).then().statusCode(422)
                .body("rule", equalTo("meeting.held-by-cell"));
        meet(tree.cellB1, "2025-03-04", "REGULAR", null, List.of(row(one, "PRESENT", true)), null).then().statusCode(404);
        as(viewerOf(tree.province)).contentType(ContentType.JSON)
                .body(Map.of("cellCode", tree.cellA1, "heldOn", "2025-03-04", "kind", "REGULAR",
                        "attendance", List.of(row(one, "PRESENT", true), row(two, "PRESENT", false))))
                .post(MEETINGS).then().statusCode(403);

        as(adminOf(tree.districtA)).queryParam("month", "2025-03").queryParam("unit", tree.cellA1)
                .get(MEETINGS + "/compliance").then().statusCode(200)
                .body("cellsHeld", equalTo(0)).body("items[0].regularHeld", equalTo(false));
    }

    @Test
    void reportsListCellsThatMissedAMonthOrAQuarterAndGiveAttendanceRates() {
        String a1 = full("Ngô Văn Cấp Ủy", tree.cellA1);
        String a2 = full("Ngô Thị Thường", tree.cellA1);
        String b1 = full("Bùi Văn Bí Thư", tree.cellA2);
        String[] a2Attendance = {"PRESENT", "PRESENT", "PRESENT", "ABSENT_WITH_REASON", "ABSENT_WITHOUT_REASON", "PRESENT"};
        for (int m = 1; m <= 6; m++) {
            String day = "2025-0" + m + "-05";
            meet(tree.cellA1, day, "REGULAR", null, List.of(row(a1, "PRESENT", true), row(a2, a2Attendance[m - 1], false)), null)
                    .then().statusCode(201);
            if (m != 3) {
                meet(tree.cellA2, day, "REGULAR", null, List.of(row(b1, m == 6 ? "ABSENT_WITH_REASON" : "PRESENT", true)), null)
                        .then().statusCode(201);
            }
        }
        meet(tree.cellA1, "2025-02-20", "THEMATIC", "Nghị quyết Đại hội", List.of(row(a1, "PRESENT", true), row(a2, "PRESENT", false)), null)
                .then().statusCode(201);
        meet(tree.cellA2, "2025-03-20", "THEMATIC", "Chuyển đổi số", List.of(row(b1, "PRESENT", true)), null).then().statusCode(201);
        meet(tree.cellA2, "2025-05-20", "THEMATIC", "Phòng chống tham nhũng", List.of(row(b1, "PRESENT", true)), null).then().statusCode(201);

        as(viewerOf(tree.province)).queryParam("unit", tree.districtA).queryParam("month", "2025-03")
                .get(MEETINGS + "/compliance").then().statusCode(200)
                .body("cells", equalTo(2)).body("cellsHeld", equalTo(1)).body("cellsMissed", equalTo(1))
                .body("items.cellCode", contains(tree.cellA1, tree.cellA2))
                .body("items[0].regularHeldOn", equalTo("2025-03-05"))
                .body("items[1].regularHeld", equalTo(false))
                .body("items[1].thematicMeetings", equalTo(1));

        as(viewerOf(tree.province)).queryParam("from", "2025-01").queryParam("to", "2025-06").get(MEETINGS + "/missed")
                .then().statusCode(200)
                .body("items.cellCode", contains(tree.cellA1, tree.cellA2, tree.cellB1))
                .body("items[0].missedMonths", empty())
                .body("items[0].missedQuarters", contains("2025-Q2"))
                .body("items[1].missedMonths", contains("2025-03"))
                .body("items[1].missedQuarters", empty())
                .body("items[2].missedMonths", hasSize(6))
                .body("items[2].missedQuarters", contains("2025-Q1", "2025-Q2"));
        Response first = as(viewerOf(tree.province)).queryParam("from", "2025-01").queryParam("to", "2025-06")
                .queryParam("limit", 2).get(MEETINGS + "/missed");
        first.then().body("items", hasSize(2)).body("next", equalTo(tree.cellA2));
        as(viewerOf(tree.province)).queryParam("from", "2025-01").queryParam("to", "2025-06").queryParam("limit", 2)
                .queryParam("after", (String) first.path("next")).get(MEETINGS + "/missed")
                .then().body("items.cellCode", contains(tree.cellB1)).body("next", nullValue());
        as(viewerOf(tree.province)).queryParam("from", "2025-04").queryParam("to", "2025-05").get(MEETINGS + "/missed")
                .then().body("items.cellCode", contains(tree.cellB1));

        as(viewerOf(tree.province)).queryParam("unit", tree.province).queryParam("from", "2025-01").queryParam("to", "2025-06")
                .get(MEETINGS + "/attendance").then().statusCode(200)
                .body("meetings", equalTo(14))
                .body("present", equalTo(18))
                .body("absentWithReason", equalTo(2))
                .body("absentWithoutReason", equalTo(1))
                .body("attendances", equalTo(21))
                .body("memberRate", equalTo(85.71f))
                .body("committeeTotal", equalTo(14))
                .body("committeePresent", equalTo(13))
                .body("committeeRate", equalTo(92.86f))
                .body("units.find { it.unitCode == '" + tree.districtB + "' }.meetings", equalTo(0))
                .body("units.find { it.unitCode == '" + tree.districtB + "' }.memberRate", nullValue());

        as(viewerOf(tree.province)).queryParam("from", "2025-13").queryParam("to", "2025-06").get(MEETINGS + "/attendance")
                .then().statusCode(400).body("errors.field", hasItem("from"));
        as(viewerOf(tree.province)).queryParam("from", "2025-06").queryParam("to", "2025-01").get(MEETINGS + "/missed")
                .then().statusCode(400).body("errors.field", hasItem("to"));
        as(viewerOf(tree.province)).get(MEETINGS + "/compliance").then().statusCode(400).body("errors.field", hasItem("month"));
        as(adminOf(tree.districtB)).queryParam("unit", tree.districtA).queryParam("from", "2025-01").queryParam("to", "2025-06")
                .get(MEETINGS + "/attendance").then().statusCode(404);
    }

    @Test
    void aDissolvedCellHoldsNoMoreMeetings() {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        as(tree.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("unitCode", tree.cellA2, "effectiveOn", today))
                .post(API + "/restructurings/dissolve").then().statusCode(200);
        meet(tree.cellA2, today, "REGULAR", null, List.of(row(java.util.UUID.randomUUID().toString(), "PRESENT", false)), null)
                .then().statusCode(422)
                .body("rule", equalTo("meeting.cell-existed")).body("dissolvedOn", equalTo(today));
    }

    private String full(String name, String cell) {
        return register(adminOf(tree.districtA), person(newNationalId(), name, "1975-09-02", cell,
                Map.of("status", "FULL", "admittedOn", "2005-01-01", "confirmedOn", "2006-01-01", "inUnitSince", "2024-01-01")));
    }

    private void condition(String member, Map<String, Object> body) {
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(body)
                .post(API + "/members/" + member + "/conditions").then().statusCode(200);
    }

    private Response meet(String cell, String heldOn, String kind, String theme, List<Map<String, Object>> rows, String key) {
        Map<String, Object> body = new HashMap<>(Map.of("cellCode", cell, "heldOn", heldOn, "kind", kind, "attendance", rows));
        if (theme != null) {
            body.put("theme", theme);
        }
        var request = as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post(MEETINGS);
    }

    private static Map<String, Object> row(String member, String attendance, boolean committee) {
        return Map.of("memberId", member, "attendance", attendance, "committeeMember", committee);
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
