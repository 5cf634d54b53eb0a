package vn.party.membership.admission;

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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.party.membership.TestTree.API;
import static vn.party.membership.TestTree.adminOf;
import static vn.party.membership.TestTree.as;
import static vn.party.membership.TestTree.newNationalId;
import static vn.party.membership.TestTree.person;
import static vn.party.membership.TestTree.register;

/** Dates are relative to today, so the probationary year is over, or nearly so, whenever the test runs. */
@QuarkusTest
class AdmissionResourceTest {

    private static final String ADMISSIONS = API + "/admissions";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private TestTree tree;

    @BeforeEach
    void aProvince() {
        tree = TestTree.plant();
    }

    @Test
    void aCandidateIsAdmittedHoldsTheCeremonyAndIsConfirmedFromTheEndOfProbationEvenWhenDecidedLate() {
        LocalDate decided = TODAY.minusMonths(14);
        LocalDate vote = decided.minusDays(10);
        String member = candidate("Nguyễn Văn An", vote.minusYears(25));
        Response admitted = decide(member, vote, decided, tree.baseA);
        admitted.then().statusCode(201)
                .body("stage", equalTo("AWAITING_CEREMONY"))
                .body("regulation", equalTo(decided.isBefore(LocalDate.of(2025, 7, 1)) ? "232-QĐ/TW" : "294-QĐ/TW"));
        String id = admitted.path("id");
        as(adminOf(tree.districtA)).get(API + "/members/" + member).then().body("status", equalTo("PROBATIONARY"));

        ceremony(id, decided.plusDays(60)).then().statusCode(422).body("rule", equalTo("admission.ceremony-deadline"))
                .body("deadline", org.hamcrest.Matchers.notNullValue());
        LocalDate ceremonyOn = decided.plusDays(10);
        ceremony(id, ceremonyOn).then().statusCode(200)
                .body("stage", equalTo("ON_PROBATION"))
                .body("probationEndsOn", equalTo(ceremonyOn.plusMonths(12).toString()));

        as(adminOf(tree.districtA)).get(ADMISSIONS + "/overdue").then().statusCode(200).body("items.admissionId", hasItem(id));

        confirm(id, ceremonyOn.plusMonths(12).minusDays(1)).then().statusCode(422)
                .body("rule", equalTo("admission.probation-not-over"));
        confirm(id, TODAY).then().statusCode(200).body("stage", equalTo("CONFIRMED"));
        as(adminOf(tree.districtA)).get(API + "/members/" + member).then()
                .body("status", equalTo("FULL"))
                .body("confirmedOn", equalTo(ceremonyOn.plusMonths(12).toString()));
        as(adminOf(tree.districtA)).get(ADMISSIONS + "/overdue").then().body("items.admissionId", not(hasItem(id)));

        String confirmed = TopicProbe.find("membership.events", r -> member.equals(r.key()) && r.value().contains("member.confirmed"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no member.confirmed event")).value();
        assertThat(read(confirmed).path("data").path("effectiveDate").asText()).isEqualTo(ceremonyOn.plusMonths(12).toString());
        assertThat(read(confirmed).path("data").path("decidedOn").asText()).isEqualTo(TODAY.toString());
        TopicProbe.find("membership.events", r -> member.equals(r.key()) && r.value().contains("member.admitted"),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no member.admitted event"));
    }

    @Test
    void admissionIsRefusedForACandidateUnderEighteenAtTheCellsVote() {
        LocalDate vote = TODAY.minusMonths(2);
        String member = candidate("Trần Thị Bé", vote.minusYears(17).minusMonths(10));
        decide(member, vote, vote.plusDays(5), tree.baseA).then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("admission.minimum-age"))
                .body("ageInMonths", equalTo(17 * 12 + 10));
        as(adminOf(tree.districtA)).get(API + "/members/" + member).then().body("status", equalTo("CANDIDATE"));
    }

    @Test
    void aCandidateOverSixtyIsAdmittedOnlyByTheProvince() {
        LocalDate vote = TODAY.minusMonths(3);
        String member = candidate("Lê Văn Cao", vote.minusYears(61));
        decide(member, vote, vote.plusDays(5), tree.baseA).then().statusCode(422)
                .body("rule", equalTo("admission.over-sixty-needs-province"));
        decide(member, vote, vote.plusDays(5), tree.districtB).then().statusCode(422)
                .body("rule", equalTo("admission.deciding-body"));
        as(tree.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("memberId", member, "cellVoteOn", vote.toString(), "decidedOn", vote.plusDays(5).toString(),
                        "decidedByUnitCode", tree.province))
                .post(ADMISSIONS).then().statusCode(201);
    }

    @Test
    void probationaryMembersDueForConfirmationSoonAreListed() {
        LocalDate ceremonyOn = TODAY.minusMonths(12).plusDays(10);
        LocalDate decided = ceremonyOn.minusDays(5);
        String member = candidate("Phạm Thị Dung", decided.minusYears(30));
        String id = decide(member, decided.minusDays(3), decided, tree.baseA).then().statusCode(201).extract().path("id");
        ceremony(id, ceremonyOn).then().statusCode(200);

        as(adminOf(tree.districtA)).queryParam("withinDays", 30).get(ADMISSIONS + "/due-for-confirmation").then()
                .statusCode(200).body("items.admissionId", hasItem(id))
                .body("items.find { it.admissionId == '" + id + "' }.daysOverdue", equalTo(-10));
        as(adminOf(tree.districtA)).queryParam("withinDays", 7).get(ADMISSIONS + "/due-for-confirmation").then()
                .body("items.admissionId", not(hasItem(id)));
        as(adminOf(tree.districtB)).queryParam("withinDays", 30).get(ADMISSIONS + "/due-for-confirmation").then()
                .body("items.admissionId", not(hasItem(id)));
        as(adminOf(tree.districtA)).queryParam("withinDays", 999).get(ADMISSIONS + "/due-for-confirmation").then()
                .statusCode(400).body("errors.field", hasItem("withinDays"));
        as(adminOf(tree.districtB)).get(ADMISSIONS + "/" + id).then().statusCode(404);
        confirm(id, TODAY).then().statusCode(422).body("rule", equalTo("admission.probation-not-over"));
    }

    @Test
    void progressCountsAdmissionsAgainstTargetsHandedDown() {
        int year = TODAY.minusMonths(2).getYear();
        LocalDate decided = LocalDate.of(year, 1, 15);
        for (String name : new String[]{"Đinh Văn Một", "Đinh Văn Hai", "Đinh Văn Ba"}) {
            decide(candidate(name, decided.minusYears(22)), decided.minusDays(7), decided, tree.baseA).then().statusCode(201);
        }
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("target", 4))
                .put(ADMISSIONS + "/targets/" + tree.baseA + "/" + year).then().statusCode(200)
                .body("superiorTarget", equalTo(4)).body("admitted", equalTo(3)).body("superiorPercent", equalTo(75.0f))
                .body("ownTarget", equalTo(null));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("target", 10, "setter", "SUPERIOR"))
                .put(ADMISSIONS + "/targets/" + tree.districtA + "/" + year).then().statusCode(422)
                .body("rule", equalTo("admission.target-from-above"));
        as(tree.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("target", 10))
                .put(ADMISSIONS + "/targets/" + tree.districtA + "/" + year).then().statusCode(200);

        as(TestTree.viewerOf(tree.province)).queryParam("unit", tree.province).queryParam("period", String.valueOf(year))
                .get(ADMISSIONS + "/progress").then().statusCode(200)
                .body("admitted", equalTo(3))
                .body("units.find { it.unitCode == '" + tree.districtA + "' }.superiorTarget", equalTo(10))
                .body("units.find { it.unitCode == '" + tree.districtA + "' }.superiorPercent", equalTo(30.0f))
                .body("units.find { it.unitCode == '" + tree.districtB + "' }.admitted", equalTo(0));
        as(TestTree.viewerOf(tree.province)).queryParam("period", (year - 1) + "-" + (year + 4))
                .queryParam("unit", tree.districtA).get(ADMISSIONS + "/progress").then().statusCode(200)
                .body("admitted", equalTo(3)).body("superiorTarget", equalTo(null)).body("ownTarget", equalTo(null));
        as(adminOf(tree.districtA)).queryParam("period", "năm nay").get(ADMISSIONS + "/progress").then().statusCode(400)
                .body("errors.field", hasItem("period"));
        as(adminOf(tree.districtB)).queryParam("unit", tree.districtA).queryParam("period", String.valueOf(year))
                .get(ADMISSIONS + "/progress").then().statusCode(404);
    }

    @Test
    void aUnitsOwnTargetAndTheOneHandedDownAreKeptSideBySideEachWithItsPercentageToTwoDecimals() {
        int year = TODAY.minusMonths(2).getYear();
        LocalDate decided = LocalDate.of(year, 1, 15);
        for (String name : new String[]{"Lò Văn Một", "Lò Văn Hai", "Lò Văn Ba", "Lò Văn Bốn", "Lò Văn Năm", "Lò Văn Sáu",
                "Lò Văn Bảy", "Lò Văn Tám", "Lò Văn Chín"}) {
            decide(candidate(name, decided.minusYears(22)), decided.minusDays(7), decided, tree.baseA).then().statusCode(201);
        }
        // the committee sets its own target (the default for its own unit) ...
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("target", 14))
                .put(ADMISSIONS + "/targets/" + tree.districtA + "/" + year).then().statusCode(200)
                .body("ownTarget", equalTo(14)).body("ownPercent", equalTo(64.29f)).body("superiorTarget", equalTo(null));
        // ... the province hands one down, which leaves the committee's own as it was
        as(tree.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("target", 12))
                .put(ADMISSIONS + "/targets/" + tree.districtA + "/" + year).then().statusCode(200)
                .body("superiorTarget", equalTo(12)).body("ownTarget", equalTo(14));
        // and setting the own target again leaves the one handed down
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("target", 15, "setter", "OWN"))
                .put(ADMISSIONS + "/targets/" + tree.districtA + "/" + year).then().statusCode(200);

        String progress = as(TestTree.viewerOf(tree.districtA)).queryParam("period", String.valueOf(year))
                .get(ADMISSIONS + "/progress").then().statusCode(200)
                .body("admitted", equalTo(9))
                .body("superiorTarget", equalTo(12)).body("superiorPercent", equalTo(75.0f))
                .body("ownTarget", equalTo(15)).body("ownPercent", equalTo(60.0f))
                .extract().asString();
        // two decimals as committees print them, not a rounded double: 9 of 14 was 64.29, 9 of 12 is 75.00
        assertThat(progress).contains("\"superiorPercent\":75.00").contains("\"ownPercent\":60.00");
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("target", 3, "setter", "SUPERIOR"))
                .put(ADMISSIONS + "/targets/" + tree.districtA + "/" + year).then().statusCode(422)
                .body("rule", equalTo("admission.target-from-above"));
        as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("target", 3, "setter", "ABOVE"))
                .put(ADMISSIONS + "/targets/" + tree.districtA + "/" + year).then().statusCode(400);

        com.fasterxml.jackson.databind.JsonNode event = read(TopicProbe.find("membership.events", r -> {
                    com.fasterxml.jackson.databind.JsonNode e = read(r.value());
                    return e.path("type").asText().equals("membership.admission_target.set.v1")
                            && e.path("data").path("unitCode").asText().equals(tree.districtA)
                            && e.path("data").path("target").asInt() == 15;
                }, Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no admission_target.set event")).value());
        assertThat(event.path("data").path("setter").asText()).isEqualTo("OWN");
        assertThat(vn.party.contracts.EventSchemas.validate(event.path("dataschema").asText(), event.path("data"))).isEmpty();
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return vn.party.contracts.EventJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDecisionBeforeTheHolidayCalendarCountsItsCeremonyDeadlineOnWeekdaysAndSaysSo() {
        LocalDate decided = LocalDate.of(2014, 5, 20);
        String member = candidate("Trước Lịch", LocalDate.of(1980, 1, 1));
        decide(member, decided.minusDays(10), decided, tree.baseA).then().statusCode(201)
                .body("ceremonyDeadline", equalTo("2014-07-01"))
                .body("ceremonyDeadlineWeekendsOnly", equalTo(true));
        String recent = candidate("Trong Lịch", LocalDate.of(1980, 1, 1));
        decide(recent, TODAY.minusDays(20), TODAY.minusDays(10), tree.baseA).then().statusCode(201)
                .body("ceremonyDeadlineWeekendsOnly", equalTo(false));
    }

    private String candidate(String name, LocalDate born) {
        return register(adminOf(tree.districtA), person(newNationalId(), name, born.toString(), tree.cellA1,
                Map.of("inUnitSince", TODAY.minusYears(3).toString())));
    }

    private Response decide(String member, LocalDate vote, LocalDate decided, String decidedBy) {
        return as(adminOf(tree.districtA)).contentType(ContentType.JSON)
                .body(Map.of("memberId", member, "cellVoteOn", vote.toString(), "decidedOn", decided.toString(),
                        "decidedByUnitCode", decidedBy, "decisionNumber", "12-QĐ/ĐU"))
                .post(ADMISSIONS);
    }

    private Response ceremony(String id, LocalDate on) {
        return as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("heldOn", on.toString()))
                .post(ADMISSIONS + "/" + id + "/ceremony");
    }

    private Response confirm(String id, LocalDate on) {
        return as(adminOf(tree.districtA)).contentType(ContentType.JSON).body(Map.of("decidedOn", on.toString()))
                .post(ADMISSIONS + "/" + id + "/confirmation");
    }
}
