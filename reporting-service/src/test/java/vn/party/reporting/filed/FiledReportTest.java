package vn.party.reporting.filed;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.inspection.AppealDecided;
import vn.party.contracts.inspection.AppealOutcome;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.DisciplineDecided;
import vn.party.contracts.inspection.DisciplineForm;
import vn.party.contracts.inspection.SubjectKind;
import vn.party.contracts.membership.MemberRegistered;
import vn.party.contracts.membership.MemberStatus;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.reporting.inspection.DomainEventsFixture;
import vn.party.testsupport.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * A district files its report for 2024; a warning decided in 2024 is annulled on appeal in 2025. The filed report
 * still reads as filed, the current figures do not, and the differences name the lines that changed.
 */
@QuarkusTest
class FiledReportTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);

    private static String p;
    private static String a;
    private static String b;
    private static String x;
    private static String c1;
    private static String warning;
    private static String member;

    @BeforeEach
    void aDistrictWithAWarningIn2024() {
        if (p != null) {
            return;
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        p = "fr_" + run;
        a = p + "_a";
        b = p + "_b";
        x = a + "_x";
        c1 = x + "_c1";
        publish(new OrgUnitFounded(p, "Đảng bộ tỉnh", UnitKind.PROVINCE_COMMITTEE, null, null, List.of(p), FOUNDED));
        publish(new OrgUnitFounded(a, "Huyện ủy A", UnitKind.INTERMEDIATE_COMMITTEE, null, p, List.of(p, a), FOUNDED));
        publish(new OrgUnitFounded(b, "Huyện ủy B", UnitKind.INTERMEDIATE_COMMITTEE, null, p, List.of(p, b), FOUNDED));
        publish(new OrgUnitFounded(x, "Đảng bộ xã X", UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD, a,
                List.of(p, a, x), FOUNDED));
        publish(new OrgUnitFounded(c1, "Chi bộ thôn 1", UnitKind.CELL, null, x, List.of(p, a, x, c1), FOUNDED));
        member = UUID.randomUUID().toString();
        publish(new MemberRegistered(member, "Người thứ nhất", MemberStatus.FULL, c1, List.of(p, a, x, c1),
                LocalDate.of(2005, 1, 1), LocalDate.of(2006, 1, 1), LocalDate.of(2012, 1, 1)));
        warning = UUID.randomUUID().toString();
        DomainEventsFixture.publish("inspection.events", new DisciplineDecided(warning, DisciplineForm.WARNING,
                SubjectKind.MEMBER, member, c1, List.of(p, a, x, c1), BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE,
                a, null, false, "69-QĐ/TW", LocalDate.of(2024, 5, 20)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(adminOf(a)).queryParam("period", "2024")
                .get("/api/reporting/v1/units/" + a + "/discipline").then().statusCode(200)
                .body("figures.byForm.WARNING", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(adminOf(a)).queryParam("date", "2024-12-31")
                .get("/api/reporting/v1/units/" + a + "/members").then().statusCode(200).body("figures.full", equalTo(1)));
    }

    @Test
    void aFiledReportReproducesExactlyAfterAnAnnulmentOnAppealAndTheDifferencesNameWhatChanged() {
        Map<String, Object> request = Map.of("period", "2024", "asOf", "2024-12-31", "note", "Báo cáo năm 2024");
        String id = given().auth().oauth2(adminOf(a)).contentType(ContentType.JSON).body(request)
                .post("/api/reporting/v1/units/" + a + "/filed-reports").then().statusCode(201)
                .body("filedBy", notNullValue())
                .body("filedAt", notNullValue())
                .body("unitName", equalTo("Huyện ủy A"))
                .body("period", equalTo("2024"))
                .body("asOf", equalTo("2024-12-31"))
                .body("summary.discipline.figures.byForm.WARNING", equalTo(1))
                .body("summary.members.figures.full", equalTo(1))
                .extract().path("id");
        String asFiled = open(a, id).extract().path("summary").toString();
        given().auth().oauth2(adminOf(a)).get("/api/reporting/v1/units/" + a + "/filed-reports/" + id + "/differences")
                .then().statusCode(200).body("unchanged", equalTo(true)).body("differences", hasSize(0));

        // the province's commission annuls the warning in 2025: the 2024 figures as now known change
        DomainEventsFixture.publish("inspection.events", new AppealDecided(UUID.randomUUID().toString(), warning,
                AppealOutcome.ANNULLED, DisciplineForm.WARNING, null, SubjectKind.MEMBER, member, c1, List.of(p, a, x, c1),
                BodyKind.INSPECTION_COMMISSION, BodyLevel.PROVINCE, p, LocalDate.of(2025, 2, 1)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(adminOf(a)).queryParam("period", "2024")
                .get("/api/reporting/v1/units/" + a + "/discipline").then().statusCode(200)
                .body("figures.byForm.WARNING", equalTo(0)).body("figures.annulledOnAppeal", equalTo(1)));

        open(a, id).body("summary.discipline.figures.byForm.WARNING", equalTo(1))
                .body("note", equalTo("Báo cáo năm 2024"));
        assertThat(open(a, id).extract().path("summary").toString()).isEqualTo(asFiled);
        var differences = given().auth().oauth2(viewerOf(a))
                .get("/api/reporting/v1/units/" + a + "/filed-reports/" + id + "/differences").then().statusCode(200)
                .body("unchanged", equalTo(false))
                .body("differences.find { it.section == 'discipline' && it.unitCode == '" + a
                        + "' && it.figure == 'byForm.WARNING' }.filed", equalTo(1))
                .body("differences.find { it.section == 'discipline' && it.unitCode == '" + a
                        + "' && it.figure == 'byForm.WARNING' }.current", equalTo(0))
                .body("differences.find { it.section == 'discipline' && it.unitCode == '" + x
                        + "' && it.figure == 'total' }.current", equalTo(0))
                .body("differences.find { it.section == 'discipline' && it.unitCode == '" + a
                        + "' && it.figure == 'annulledOnAppeal' }.current", equalTo(1))
                .extract().jsonPath().getList("differences.section", String.class);
        // nothing but discipline changed: members, organisations and the rest are as filed
        assertThat(differences).containsOnly("discipline");
    }

    @Test
    void filedReportsAreListedNewestFirstAndARetriedFilingFilesOnce() {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(adminOf(x)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("period", "2024-Q2")).post("/api/reporting/v1/units/" + x + "/filed-reports")
                .then().statusCode(201).extract().path("id");
        String retried = given().auth().oauth2(adminOf(x)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("period", "2024-Q2")).post("/api/reporting/v1/units/" + x + "/filed-reports")
                .then().statusCode(201).extract().path("id");
        assertThat(retried).isEqualTo(first);
        String second = given().auth().oauth2(adminOf(x)).contentType(ContentType.JSON)
                .body(Map.of("period", "2024-Q3")).post("/api/reporting/v1/units/" + x + "/filed-reports")
                .then().statusCode(201).extract().path("id");
        String next = given().auth().oauth2(viewerOf(x)).queryParam("limit", "1")
                .get("/api/reporting/v1/units/" + x + "/filed-reports").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(second)).body("items[0].period", equalTo("2024-Q3"))
                .body("items[0].summary", nullValue())
                .extract().path("next");
        given().auth().oauth2(viewerOf(x)).queryParam("limit", "1").queryParam("after", next)
                .get("/api/reporting/v1/units/" + x + "/filed-reports").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(first)).body("next", nullValue());
        // the district above reads its commune's filings
        open(x, first).body("period", equalTo("2024-Q2"));
    }

    @Test
    void anotherDistrictCannotFileListOrOpenTheDistrictsReports() {
        String id = given().auth().oauth2(adminOf(a)).contentType(ContentType.JSON).body(Map.of("period", "2024-H1"))
                .post("/api/reporting/v1/units/" + a + "/filed-reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(adminOf(b)).get("/api/reporting/v1/units/" + a + "/filed-reports").then().statusCode(404);
        given().auth().oauth2(adminOf(b)).get("/api/reporting/v1/units/" + a + "/filed-reports/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(adminOf(b)).get("/api/reporting/v1/units/" + a + "/filed-reports/" + id + "/differences")
                .then().statusCode(404);
        given().auth().oauth2(adminOf(b)).contentType(ContentType.JSON).body(Map.of("period", "2024"))
                .post("/api/reporting/v1/units/" + a + "/filed-reports").then().statusCode(404);
        // a filed report is opened under its own unit only
        given().auth().oauth2(provinceAdmin()).get("/api/reporting/v1/units/" + p + "/filed-reports/" + id).then()
                .statusCode(404);
        given().auth().oauth2(provinceAdmin()).get("/api/reporting/v1/units/" + a + "/filed-reports/" + id).then()
                .statusCode(200);
        // a viewer reads but does not file
        given().auth().oauth2(viewerOf(a)).contentType(ContentType.JSON).body(Map.of("period", "2024"))
                .post("/api/reporting/v1/units/" + a + "/filed-reports").then().statusCode(403);
        given().auth().oauth2(adminOf(a)).contentType(ContentType.JSON).body(Map.of("period", "2024-Q5"))
                .post("/api/reporting/v1/units/" + a + "/filed-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        given().auth().oauth2(adminOf(a)).get("/api/reporting/v1/units/" + a + "/filed-reports/not-an-id").then()
                .statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse open(String unit, String id) {
        return given().auth().oauth2(adminOf(unit)).get("/api/reporting/v1/units/" + unit + "/filed-reports/" + id).then()
                .statusCode(200);
    }

    private static String provinceAdmin() {
        return TestTokens.token("province-admin", p, "province-admin");
    }

    private static String viewerOf(String unit) {
        return TestTokens.token("viewer-" + unit, unit, "viewer");
    }

    private static String adminOf(String unit) {
        return TestTokens.token("admin-" + unit, unit, "unit-admin");
    }
}
