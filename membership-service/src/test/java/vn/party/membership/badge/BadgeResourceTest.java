package vn.party.membership.badge;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.EventJson;
import vn.party.contracts.EventSchemas;
import vn.party.membership.TestTree;
import vn.party.testsupport.TopicProbe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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

/** Fixed admission and presentation dates: party age on a given date does not depend on the day the test runs. */
@QuarkusTest
class BadgeResourceTest {

    private static final String BADGES = API + "/badges";
    private static final String SEPTEMBER_2 = "2026-09-02";

    private TestTree tree;
    private String admin;

    @BeforeEach
    void aProvince() {
        tree = TestTree.plant();
        admin = adminOf(tree.districtA);
    }

    @Test
    void partyAgeCountsFromTheFirstAdmissionLessThePeriodsOutOfContact() {
        String m = member(tree.cellA1, "Nguyễn Văn Xa", "1995-01-01");
        outOfContact(m, "2000-01-01", "2002-01-01");
        as(inspectorOf(tree.districtA)).queryParam("asOf", SEPTEMBER_2).get(BADGES + "/party-age/" + m).then().statusCode(200)
                .body("firstAdmittedOn", equalTo("1995-01-01"))
                .body("years", equalTo(29)).body("months", equalTo(8)).body("days", equalTo(1))
                .body("outside[0].from", equalTo("2000-01-01")).body("outside[0].until", equalTo("2002-01-01"))
                .body("awardedMilestones", hasSize(0));
        as(admin).queryParam("asOf", "2027-01-01").get(BADGES + "/party-age/" + m).then().statusCode(200)
                .body("years", equalTo(30)).body("dueMilestone", equalTo(30)).body("duePresentationDate", equalTo("2027-02-03"));
        as(admin).queryParam("asOf", "1990-01-01").get(BADGES + "/party-age/" + m).then().statusCode(422)
                .body("rule", equalTo("badge.no-party-age"));
        as(admin).queryParam("asOf", "mùng hai").get(BADGES + "/party-age/" + m).then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
        as(adminOf(tree.districtB)).get(BADGES + "/party-age/" + m).then().statusCode(404);
        as(viewerOf(tree.province)).get(BADGES + "/party-age/" + m).then().statusCode(403);
    }

    @Test
    void theDueListNamesEachMemberWhoseMilestoneIsReachedAndNotYetAwarded() {
        String thirty = member(tree.cellA1, "Trần Văn Ba Mươi", "1996-08-15");
        String forty = member(tree.cellA2, "Lê Thị Bốn Mươi", "1986-09-02");
        String aDayShort = member(tree.cellA1, "Phạm Văn Thiếu", "1996-09-03");
        String shortAfterGap = member(tree.cellA1, "Vũ Văn Gián Đoạn", "1995-01-01");
        outOfContact(shortAfterGap, "2000-01-01", "2002-01-01");
        String dueAfterGap = member(tree.cellA1, "Đỗ Văn Vẫn Đủ", "1990-01-01");
        outOfContact(dueAfterGap, "2000-01-01", "2002-01-01");
        String heldForty = member(tree.cellA1, "Hoàng Thị Có Rồi", "1980-01-01");
        award(heldForty, 40, "2021-02-03").then().statusCode(201);
        String elsewhere = member(tree.cellB1, "Ngô Văn Xa Lạ", "1980-01-01");

        Response first = due(admin, SEPTEMBER_2, null, 2);
        first.then().statusCode(200)
                .body("items.memberId", contains(heldForty, forty)).body("items.milestoneYears", contains(45, 40))
                .body("next", notNullValue());
        due(admin, SEPTEMBER_2, first.path("next").toString(), 2).then().statusCode(200)
                .body("items.memberId", contains(dueAfterGap, thirty))
                .body("items.find { it.memberId == '" + dueAfterGap + "' }.partyAgeYears", equalTo(34))
                .body("items.milestoneYears", contains(30, 30))
                .body("next", nullValue());
        List<String> all = allDue(admin, SEPTEMBER_2, null);
        assertThat(all).containsExactly(heldForty, forty, dueAfterGap, thirty)
                .doesNotContain(aDayShort, shortAfterGap, elsewhere);

        award(thirty, 30, SEPTEMBER_2).then().statusCode(201);
        assertThat(allDue(admin, SEPTEMBER_2, null)).containsExactly(heldForty, forty, dueAfterGap);
        assertThat(allDue(inspectorOf(tree.province), SEPTEMBER_2, tree.cellA2)).containsExactly(forty);
        assertThat(allDue(admin, "2026-11-07", null)).contains(aDayShort).doesNotContain(thirty);

        due(admin, "2026-09-03", null, 50).then().statusCode(422).body("rule", equalTo("badge.presentation-date"));
        as(admin).get(BADGES + "/due").then().statusCode(400).body("errors.field", hasItem("presentationDate"));
        as(admin).queryParam("presentationDate", SEPTEMBER_2).queryParam("after", "nope").get(BADGES + "/due").then()
                .statusCode(400).body("errors.field", hasItem("after"));
        as(admin).queryParam("presentationDate", SEPTEMBER_2).queryParam("unit", tree.cellB1).get(BADGES + "/due").then()
                .statusCode(404);
        as(viewerOf(tree.province)).queryParam("presentationDate", SEPTEMBER_2).get(BADGES + "/due").then().statusCode(403);
    }

    @Test
    void anAwardIsRecordedOncePerMilestoneOnlyWhenThePartyAgeHasReachedIt() {
        String m = member(tree.cellA1, "Bùi Văn Huy", "1996-08-15");
        award(m, 40, SEPTEMBER_2).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("badge.milestone-not-reached"))
                .body("partyAgeYears", equalTo(30)).body("milestoneYears", equalTo(40));
        award(m, 30, "2026-02-03").then().statusCode(422).body("rule", equalTo("badge.milestone-not-reached"));
        award(m, 30, "2026-09-03").then().statusCode(422).body("rule", equalTo("badge.presentation-date"));
        award(m, 35, SEPTEMBER_2).then().statusCode(422).body("rule", equalTo("badge.milestone"));
        as(admin).contentType(ContentType.JSON).body(Map.of("memberId", m, "presentationDate", SEPTEMBER_2))
                .post(BADGES + "/awards").then().statusCode(400).body("errors.field", hasItem("milestoneYears"));
        as(admin).get(BADGES + "/party-age/" + m).then().body("awardedMilestones", hasSize(0));

        Response created = award(m, 30, SEPTEMBER_2);
        created.then().statusCode(201).body("milestoneYears", equalTo(30)).body("unitCode", equalTo(tree.cellA1))
                .body("decisionNumber", equalTo("1520-QĐ/TU")).body("recordedBy", equalTo("admin-of-" + tree.districtA));
        award(m, 30, "2026-11-07").then().statusCode(409);
        as(inspectorOf(tree.districtA)).get(BADGES + "/awards/" + created.path("id")).then().statusCode(200)
                .body("memberId", equalTo(m));
        as(adminOf(tree.districtB)).get(BADGES + "/awards/" + created.path("id")).then().statusCode(404);
        as(admin).queryParam("asOf", SEPTEMBER_2).get(BADGES + "/party-age/" + m).then()
                .body("awardedMilestones", contains(30)).body("dueMilestone", nullValue());

        String value = TopicProbe.find("membership.events", r -> m.equals(r.key()) && r.value().contains("membership.badge.awarded.v1"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no badge.awarded event")).value();
        JsonNode envelope = read(value);
        assertThat(EventSchemas.validate(envelope.path("dataschema").asText(), envelope.path("data"))).isEmpty();
        assertThat(envelope.path("data").path("milestoneYears").asInt()).isEqualTo(30);
        assertThat(envelope.path("data").path("effectiveDate").asText()).isEqualTo(SEPTEMBER_2);
        assertThat(envelope.path("data").path("unitCode").asText()).isEqualTo(tree.cellA1);

        as(adminOf(tree.districtB)).contentType(ContentType.JSON)
                .body(Map.of("memberId", m, "milestoneYears", 30, "presentationDate", SEPTEMBER_2)).post(BADGES + "/awards")
                .then().statusCode(404);
        as(inspectorOf(tree.districtA)).contentType(ContentType.JSON)
                .body(Map.of("memberId", m, "milestoneYears", 30, "presentationDate", SEPTEMBER_2)).post(BADGES + "/awards")
                .then().statusCode(403);
    }

    /** Every member due, page after page of two. */
    @Test
    void aProbationaryMemberIsNeitherListedNorAwardedForPartyAge() {
        String probationary = register(admin, person(newNationalId(), "Dự Bị Mới", "1990-01-01", tree.cellA1,
                Map.of("status", "PROBATIONARY", "admittedOn", java.time.LocalDate.now().minusMonths(5).toString())));
        award(probationary, 30, SEPTEMBER_2).then().statusCode(422).body("rule", org.hamcrest.Matchers.equalTo("badge.full-members-only"));
    }

    private List<String> allDue(String token, String date, String unit) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            var request = as(token).queryParam("presentationDate", date).queryParam("limit", 2);
            if (unit != null) {
                request = request.queryParam("unit", unit);
            }
            if (after != null) {
                request = request.queryParam("after", after);
            }
            Response page = request.get(BADGES + "/due");
            page.then().statusCode(200);
            ids.addAll(page.path("items.memberId"));
            after = page.path("next");
        } while (after != null);
        return ids;
    }

    private Response due(String token, String date, String after, int limit) {
        var request = as(token).queryParam("presentationDate", date).queryParam("limit", limit);
        if (after != null) {
            request = request.queryParam("after", after);
        }
        return request.get(BADGES + "/due");
    }

    private Response award(String member, int milestone, String date) {
        Map<String, Object> body = new HashMap<>(Map.of("memberId", member, "milestoneYears", milestone, "presentationDate", date,
                "decisionNumber", "1520-QĐ/TU"));
        return as(admin).contentType(ContentType.JSON).body(body).post(BADGES + "/awards");
    }

    private void outOfContact(String member, String from, String until) {
        as(admin).contentType(ContentType.JSON).body(Map.of("condition", "OUT_OF_CONTACT", "startsOn", from, "endsOn", until))
                .post(API + "/members/" + member + "/conditions").then().statusCode(200);
    }

    /** A full member admitted on the given date, confirmed a year later. */
    private String member(String cell, String name, String admittedOn) {
        java.time.LocalDate admitted = java.time.LocalDate.parse(admittedOn);
        return register(adminOf(tree.province), person(newNationalId(), name, admitted.minusYears(25).toString(), cell,
                Map.of("status", "FULL", "admittedOn", admittedOn, "confirmedOn", admitted.plusYears(1).toString(),
                        "inUnitSince", "2015-01-01")));
    }

    private static JsonNode read(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
