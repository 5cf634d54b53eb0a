package vn.party.cadre.profile;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.cadre.CadreTree;
import vn.party.testsupport.TestTokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.party.cadre.CadreTree.API;
import static vn.party.cadre.CadreTree.appoint;
import static vn.party.cadre.CadreTree.as;
import static vn.party.cadre.CadreTree.cadre;
import static vn.party.cadre.CadreTree.organiserOf;
import static vn.party.cadre.CadreTree.position;
import static vn.party.cadre.CadreTree.unitAdminOf;

/** A cadre's history: everything recorded about the cadre, in time order, paged, and only inside the caller's subtree. */
@QuarkusTest
class CadreHistoryTest {

    private CadreTree tree;

    @BeforeEach
    void aProvince() {
        tree = CadreTree.plant();
    }

    /** A cadre of committee A with a post, a reappointment, a rotation, a plan entry added and removed, training, an action. */
    private String aCadreWithAHistory() {
        String org = organiserOf(tree.a);
        String c = cadre(tree.a, "Lịch Sử Đầy Đủ", "1984-01-01", "MALE");
        String h = appoint(tree.a, position(tree.a, "DEPUTY_DEPARTMENT_HEAD", 2), c, "NOMINATION", "2016-01-01");
        as(org).body(Map.of("decisionNumber", "9-QĐ/TU", "effectiveOn", "2021-01-01"))
                .post(API + "/holdings/" + h + "/reappointments").then().statusCode(200);
        as(org).body(Map.of("cadreId", c, "fromHoldingId", h, "toPositionId", position(tree.a1, "SECRETARY", 1), "direction", "DOWN",
                "effectiveOn", "2026-03-01", "decisionNumber", "77-QĐ/TU")).post(API + "/rotations").then().statusCode(201);
        Map<String, Object> entry = new HashMap<>();
        entry.put("term", "2025-2030");
        entry.put("unitCode", tree.a);
        entry.put("positionKind", "SECRETARY");
        entry.put("cadreId", c);
        entry.put("addedOn", "2025-03-01");
        entry.put("decisionNumber", "12-QĐ/ĐU");
        String e = as(org).body(entry).post(API + "/plan-entries").then().statusCode(201).extract().path("id");
        as(org).body(Map.of("reason", "chuyển công tác", "removedOn", "2026-01-10")).post(API + "/plan-entries/" + e + "/removal")
                .then().statusCode(200);
        String p = as(org).body(Map.of("unitCode", tree.a, "kind", "ADVANCED_POLITICAL_THEORY", "name", "Lớp cao cấp 2026",
                "startsOn", "2026-03-02", "endsOn", "2026-12-20")).post(API + "/training/programmes").then().statusCode(201).extract().path("id");
        String enrolment = as(org).body(Map.of("cadreId", c)).post(API + "/training/programmes/" + p + "/enrolments").then()
                .statusCode(201).extract().path("id");
        as(org).body(Map.of("completedOn", "2026-11-20", "certificate", "CC-123"))
                .post(API + "/training/enrolments/" + enrolment + "/completion").then().statusCode(200);
        as(org).body(Map.of("cadreId", c, "unitCode", tree.a, "kind", "REVIEW", "reason", "để xảy ra sai phạm",
                "decisionNumber", "5-QĐ/ĐU", "decidedOn", "2026-05-12")).post(API + "/accountability-actions").then().statusCode(201);
        return c;
    }

    @Test
    void theHistoryListsEverythingRecordedAboutTheCadreInTimeOrder() {
        String c = aCadreWithAHistory();
        JsonPath all = as(organiserOf(tree.a)).get(API + "/cadres/" + c + "/history").then().statusCode(200)
                .body("next", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
        assertThat(all.getList("items.kind")).containsExactly("HOLDING_STARTED", "APPOINTED", "REAPPOINTED", "PLAN_ENTRY_ADDED",
                "PLAN_ENTRY_REMOVED", "HOLDING_ENDED", "HOLDING_STARTED", "ROTATED", "TRAINING_ENROLLED", "ACCOUNTABILITY_ACTION",
                "TRAINING_COMPLETED");
        assertThat(all.getList("items.on")).containsExactly("2016-01-01", "2016-01-01", "2021-01-01", "2025-03-01", "2026-01-10",
                "2026-02-28", "2026-03-01", "2026-03-01", "2026-03-02", "2026-05-12", "2026-11-20");
        assertThat(all.getString("items[2].decision")).isEqualTo("9-QĐ/TU");
        assertThat(all.getString("items[4].detail")).isEqualTo("chuyển công tác");
        assertThat(all.getString("items[7].unitCode")).isEqualTo(tree.a1);
        assertThat(all.getString("items[7].detail")).isEqualTo("DOWN from " + tree.a);
        assertThat(all.getString("items[10].title")).isEqualTo("Lớp cao cấp 2026");
        assertThat(all.getString("items[10].detail")).isEqualTo("CC-123");

        // page by page, the same entries in the same order
        List<Object> paged = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            var request = as(unitAdminOf(tree.a)).queryParam("limit", "4");
            if (after != null) {
                request = request.queryParam("after", after);
            }
            JsonPath page = request.get(API + "/cadres/" + c + "/history").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.recordId"));
            after = page.getString("next");
            pages++;
        } while (after != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(paged).isEqualTo(all.getList("items.recordId"));
    }

    @Test
    void anotherCommitteesOrganiserCannotSeeTheHistory() {
        String c = aCadreWithAHistory();
        String theirs = as(organiserOf(tree.b)).get(API + "/cadres/" + c + "/history").then().statusCode(404)
                .contentType("application/problem+json").extract().path("type");
        String nowhere = as(organiserOf(tree.b)).get(API + "/cadres/" + UUID.randomUUID() + "/history").then().statusCode(404)
                .extract().path("type");
        assertThat(theirs).isEqualTo(nowhere);
        // the commune below holds the post the cadre was rotated to, but the cadre belongs to the committee above
        as(organiserOf(tree.a1)).get(API + "/cadres/" + c + "/history").then().statusCode(404);
        as(organiserOf(tree.province)).get(API + "/cadres/" + c + "/history").then().statusCode(200).body("items", hasSize(11));
        as(TestTokens.token("viewer-" + tree.a, tree.a, "viewer")).get(API + "/cadres/" + c + "/history").then().statusCode(403);
    }

    @Test
    void aCadreWithNothingRecordedHasAnEmptyHistoryAndBadPagingIsRefused() {
        String c = cadre(tree.b1, "Chưa Có Gì", "1990-01-01", "FEMALE");
        as(organiserOf(tree.b)).get(API + "/cadres/" + c + "/history").then().statusCode(200).body("items", hasSize(0));
        as(organiserOf(tree.b)).queryParam("limit", "501").get(API + "/cadres/" + c + "/history").then().statusCode(400);
        as(organiserOf(tree.b)).queryParam("after", "not-ours").get(API + "/cadres/" + c + "/history").then().statusCode(400);
        as(organiserOf(tree.b)).get(API + "/cadres/not-a-uuid/history").then().statusCode(equalTo(404));
    }
}
