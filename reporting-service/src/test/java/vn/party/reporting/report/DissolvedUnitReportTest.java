package vn.party.reporting.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.MemberAdmitted;
import vn.party.contracts.membership.MemberRegistered;
import vn.party.contracts.membership.MemberStatus;
import vn.party.contracts.membership.OrgUnitDissolved;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.testsupport.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * A district committee founded in 2010 and dissolved in the 2025 reform (its cell moved under the province first):
 * its reports answer for the years it existed, as they stood then, and 404 for the days after its dissolution or
 * before its founding; a committee files its reports for those years too. Every answer says, per source topic, up
 * to which event it is complete. A sibling district's cell founded in 2020 answers a summary without the grading of
 * a year before its founding.
 */
@QuarkusTest
class DissolvedUnitReportTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static String p;
    private static String d;
    private static String c;
    /** A sibling district: another committee under the same province, still standing. */
    private static String sibling;
    /** A cell of the sibling district founded in 2020. */
    private static String young;

    @BeforeEach
    void aDistrictDissolvedInTheReform() {
        if (p != null) {
            return;
        }
        p = "du_" + UUID.randomUUID().toString().substring(0, 8);
        d = p + "_d";
        c = d + "_c";
        sibling = p + "_s";
        young = sibling + "_n";
        LocalDate founded = LocalDate.of(2010, 1, 1);
        publish(new OrgUnitFounded(p, "Đảng bộ tỉnh", UnitKind.PROVINCE_COMMITTEE, null, null, List.of(p), founded));
        publish(new OrgUnitFounded(d, "Huyện ủy Tân Yên", UnitKind.INTERMEDIATE_COMMITTEE, null, p, List.of(p, d), founded));
        publish(new OrgUnitFounded(c, "Chi bộ thôn 1", UnitKind.BASE_CELL, OrganisationType.COMMUNE, d, List.of(p, d, c), founded));
        publish(new OrgUnitFounded(sibling, "Huyện ủy Việt Yên", UnitKind.INTERMEDIATE_COMMITTEE, null, p, List.of(p, sibling),
                founded));
        publish(new OrgUnitFounded(young, "Chi bộ khu mới", UnitKind.BASE_CELL, OrganisationType.COMMUNE, sibling,
                List.of(p, sibling, young), LocalDate.of(2020, 3, 1)));
        String member = UUID.randomUUID().toString();
        publish(new MemberRegistered(member, "Người thứ nhất", MemberStatus.CANDIDATE, c, List.of(p, d, c), null, null,
                LocalDate.of(2012, 1, 1)));
        publish(new MemberAdmitted(member, "Người thứ nhất", c, List.of(p, d, c), d, false, LocalDate.of(2024, 5, 10)));
        publish(new OrgUnitMoved(c, p, List.of(p, d, c), List.of(p, c), REFORM));
        publish(new OrgUnitDissolved(d, List.of(p, d), REFORM));
        // a 404 proves nothing before the events arrive: wait for the figures of before and after the dissolution
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), d, "members", "date", "2024-12-31")
                .statusCode(200).body("figures.probationary", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), p, "members", "date", "2026-01-01")
                .statusCode(200).body("children[0].unitCode", equalTo(c)));
        await().atMost(PATIENCE).untilAsserted(() -> get(siblingAdmin(), young, "organisations", "date", "2024-12-31")
                .statusCode(200));
    }

    @Test
    void aDissolvedDistrictAnswersForTheYearsItExisted() {
        get(provinceAdmin(), d, "members", "date", "2024-12-31").statusCode(200)
                .body("unitName", equalTo("Huyện ủy Tân Yên"))
                .body("figures.probationary", equalTo(1))
                .body("children[0].unitCode", equalTo(c));
        get(provinceAdmin(), d, "admissions", "period", "2024").statusCode(200)
                .body("figures.admitted", equalTo(1))
                .body("children[0].figures.admitted", equalTo(1));
        // the half year it was dissolved in: it existed on some of its days
        get(provinceAdmin(), d, "exits", "period", "2025").statusCode(200);
        get(provinceAdmin(), d, "summary", "period", "2024").statusCode(200)
                .body("members.figures.total", equalTo(1))
                .body("admissions.figures.admitted", equalTo(1));
        // the cell it held counts under the province since the reform, under the district before
        get(provinceAdmin(), p, "members", "date", "2024-12-31").statusCode(200).body("children[0].unitCode", equalTo(d));
        get(provinceAdmin(), p, "members", "date", "2026-01-01").statusCode(200).body("children[0].unitCode", equalTo(c));
    }

    @Test
    void aDissolvedDistrictIsNotFoundForPeriodsAfterItsDissolutionOrBeforeItsFounding() {
        get(provinceAdmin(), d, "members", "date", "2025-07-01").statusCode(404)
                .contentType("application/problem+json");
        get(provinceAdmin(), d, "admissions", "period", "2026").statusCode(404);
        get(provinceAdmin(), d, "admissions", "period", "2025-Q3").statusCode(404);
        get(provinceAdmin(), d, "grading", "year", "2026").statusCode(404);
        get(provinceAdmin(), d, "summary", "period", "2026").statusCode(404);
        get(provinceAdmin(), d, "admissions", "period", "2009").statusCode(404);
        get(provinceAdmin(), d, "members", "date", "2009-12-31").statusCode(404);
    }

    @Test
    void aDissolvedDistrictStaysOutsideTheScopeOfAnotherCommitteesAdmin() {
        // the sibling district's admin reads its own district: a 404 below is the scope, not a token that reads nothing
        get(siblingAdmin(), sibling, "admissions", "period", "2024").statusCode(200);
        get(siblingAdmin(), d, "admissions", "period", "2024").statusCode(404);
        get(siblingAdmin(), d, "members", "date", "2024-12-31").statusCode(404);
        get(siblingAdmin(), d, "summary", "period", "2024").statusCode(404);
        get(siblingAdmin(), d, "filed-reports").statusCode(404);
    }

    @Test
    void aCommitteeFilesAndReadsBackAReportOfTheDissolvedDistrictForAYearItExisted() {
        String id = given().auth().oauth2(provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("period", "2024", "note", "Báo cáo năm 2024 của huyện đã giải thể"))
                .post("/api/reporting/v1/units/" + d + "/filed-reports").then().statusCode(201)
                .body("unitName", equalTo("Huyện ủy Tân Yên"))
                .body("summary.admissions.figures.admitted", equalTo(1))
                .body("summary.members.figures.probationary", equalTo(1))
                .extract().path("id");
        get(provinceAdmin(), d, "filed-reports/" + id).statusCode(200)
                .body("period", equalTo("2024"))
                .body("summary.admissions.children[0].unitCode", equalTo(c));
        get(provinceAdmin(), d, "filed-reports").statusCode(200).body("items.id", hasItem(id));
        get(provinceAdmin(), d, "filed-reports/" + id + "/differences").statusCode(200).body("unchanged", equalTo(true));
        get(siblingAdmin(), d, "filed-reports/" + id).statusCode(404);
    }

    @Test
    void filingForAPeriodTheDistrictDidNotExistInIsRefused() {
        for (String period : List.of("2026", "2009")) {
            given().auth().oauth2(provinceAdmin()).contentType(ContentType.JSON).body(Map.of("period", period))
                    .post("/api/reporting/v1/units/" + d + "/filed-reports").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("rule", equalTo("filed-report.unit-not-in-period"))
                    .body("detail", containsString(period));
        }
        // outside the caller's scope it stays 404, whatever the period
        given().auth().oauth2(siblingAdmin()).contentType(ContentType.JSON).body(Map.of("period", "2026"))
                .post("/api/reporting/v1/units/" + d + "/filed-reports").then().statusCode(404);
    }

    @Test
    void theSummaryOfAUnitFoundedAfterTheGradingYearAnswersWithoutGrading() {
        get(siblingAdmin(), young, "summary", "period", "2024", "gradingYear", "2019").statusCode(200)
                .body("gradingYear", equalTo(2019))
                .body("grading", nullValue())
                .body("organisations.figures", notNullValue())
                .body("admissions.period", equalTo("2024"));
        get(siblingAdmin(), young, "summary", "period", "2024", "gradingYear", "2020").statusCode(200)
                .body("grading.unitCode", equalTo(young));
        // the grading section alone still says the unit did not exist then
        get(siblingAdmin(), young, "grading", "year", "2019").statusCode(404);
    }

    @Test
    void everyAnswerSaysPerSourceTopicUpToWhichEventItIsComplete() {
        get(provinceAdmin(), d, "admissions", "period", "2024").statusCode(200)
                .body("freshness.'membership.events'.completeUpTo", notNullValue())
                .body("freshness.'membership.events'.newestEventId", notNullValue())
                .body("freshness.'membership.events'.eventsProjected", greaterThan(0));
        get(provinceAdmin(), p, "summary", "period", "2024").statusCode(200)
                .body("freshness.'membership.events'.completeUpTo", notNullValue())
                .body("freshness.keySet()", org.hamcrest.Matchers.hasItems("membership.events", "inspection.events",
                        "cadre.events"))
                .body("inspections.freshness.keySet()", org.hamcrest.Matchers.hasItems("membership.events",
                        "inspection.events"))
                .body("cadres.freshness.keySet()", org.hamcrest.Matchers.hasItems("membership.events", "cadre.events"));
    }

    private static ValidatableResponse get(String token, String unit, String section, String... params) {
        var request = given().auth().oauth2(token);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/reporting/v1/units/" + unit + "/" + section).then();
    }

    private static String siblingAdmin() {
        return TestTokens.token("admin-" + sibling, sibling, "unit-admin");
    }

    private static String provinceAdmin() {
        return TestTokens.token("province-admin", p, "province-admin");
    }
}
