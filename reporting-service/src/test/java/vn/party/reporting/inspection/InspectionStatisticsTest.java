package vn.party.reporting.inspection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.inspection.AppealDecided;
import vn.party.contracts.inspection.AppealOutcome;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.CaseActivity;
import vn.party.contracts.inspection.CaseConcluded;
import vn.party.contracts.inspection.CaseDecided;
import vn.party.contracts.inspection.CaseKind;
import vn.party.contracts.inspection.DenunciationKind;
import vn.party.contracts.inspection.DenunciationOutcome;
import vn.party.contracts.inspection.DenunciationReceived;
import vn.party.contracts.inspection.DenunciationResolved;
import vn.party.contracts.inspection.DisciplineDecided;
import vn.party.contracts.inspection.DisciplineForm;
import vn.party.contracts.inspection.FollowUpOverdue;
import vn.party.contracts.inspection.SubjectKind;
import vn.party.contracts.inspection.SuspensionStarted;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.testsupport.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * The inspection sector's statistical tables from real events on inspection.events: a district A with a commune X
 * and its cell, a district B beside it; an inspection on signs of violation in 2021 and a year of work in 2023.
 */
@QuarkusTest
class InspectionStatisticsTest {

    private static final String INSPECTION = "inspection.events";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);

    private static String p;
    private static String a;
    private static String b;
    private static String x;
    private static String c1;

    @BeforeEach
    void aDistrictWithTwoYearsOfInspectionWork() {
        if (p != null) {
            return;
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        p = "st_" + run;
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

        // 2021: district A's commission inspects on signs of violation, not in its plan; one member of two violated
        String old = id();
        pub(new CaseDecided(old, a, List.of(p, a), BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE,
                CaseActivity.INSPECTION, CaseKind.SIGNS_OF_VIOLATION, false, false, 1, 2, 1, LocalDate.of(2021, 3, 10)));
        pub(new CaseConcluded(old, a, List.of(p, a), BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE,
                CaseActivity.INSPECTION, CaseKind.SIGNS_OF_VIOLATION, false, 1, 2, 1, 0, 1, 1, 1, LocalDate.of(2021, 5, 1)));

        // 2023: X's committee inspects routinely as planned; A's commission supervises on a theme
        String routine = id();
        pub(new CaseDecided(routine, x, List.of(p, a, x), BodyKind.COMMITTEE, BodyLevel.BASE, CaseActivity.INSPECTION,
                CaseKind.ROUTINE, true, false, 1, 4, 0, LocalDate.of(2023, 2, 1)));
        pub(new CaseDecided(id(), a, List.of(p, a), BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE,
                CaseActivity.SUPERVISION, CaseKind.THEMATIC, true, false, 2, 0, 0, LocalDate.of(2023, 5, 1)));
        pub(new FollowUpOverdue(id(), routine, x, List.of(p, a, x), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 7, 1)));
        // a warning of a member by A's commission, upheld on appeal; a reprimand of X by A's standing board
        String warning = id();
        String member = id();
        pub(new DisciplineDecided(warning, DisciplineForm.WARNING, SubjectKind.MEMBER, member, c1, List.of(p, a, x, c1),
                BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE, a, null, false, "69-QĐ/TW", LocalDate.of(2023, 3, 1)));
        pub(new AppealDecided(id(), warning, AppealOutcome.UPHELD, DisciplineForm.WARNING, DisciplineForm.WARNING,
                SubjectKind.MEMBER, member, c1, List.of(p, a, x, c1), BodyKind.INSPECTION_COMMISSION, BodyLevel.PROVINCE, p,
                LocalDate.of(2023, 6, 1)));
        pub(new DisciplineDecided(id(), DisciplineForm.REPRIMAND, SubjectKind.ORGANISATION, null, x, List.of(p, a, x),
                BodyKind.STANDING_BOARD, BodyLevel.INTERMEDIATE, a, null, false, "69-QĐ/TW", LocalDate.of(2023, 4, 1)));
        pub(new SuspensionStarted(id(), member, c1, List.of(p, a, x, c1), BodyKind.INSPECTION_COMMISSION,
                BodyLevel.INTERMEDIATE, a, LocalDate.of(2023, 4, 1), LocalDate.of(2023, 2, 15)));
        // a denunciation against a member, partly founded, on time; a complaint about the warning, unfounded
        String den = id();
        pub(new DenunciationReceived(den, DenunciationKind.DENUNCIATION, a, List.of(p, a), BodyKind.INSPECTION_COMMISSION,
                BodyLevel.INTERMEDIATE, SubjectKind.MEMBER, LocalDate.of(2023, 4, 1), LocalDate.of(2023, 2, 1)));
        pub(new DenunciationResolved(den, DenunciationKind.DENUNCIATION, a, List.of(p, a), BodyKind.INSPECTION_COMMISSION,
                BodyLevel.INTERMEDIATE, SubjectKind.MEMBER, DenunciationOutcome.PARTLY_FOUNDED, true, LocalDate.of(2023, 3, 1)));
        String complaint = id();
        pub(new DenunciationReceived(complaint, DenunciationKind.COMPLAINT, a, List.of(p, a), BodyKind.INSPECTION_COMMISSION,
                BodyLevel.INTERMEDIATE, SubjectKind.MEMBER, LocalDate.of(2023, 5, 1), LocalDate.of(2023, 3, 20)));
        pub(new DenunciationResolved(complaint, DenunciationKind.COMPLAINT, a, List.of(p, a), BodyKind.INSPECTION_COMMISSION,
                BodyLevel.INTERMEDIATE, SubjectKind.MEMBER, DenunciationOutcome.UNFOUNDED, false, LocalDate.of(2023, 5, 10)));

        await().atMost(PATIENCE).untilAsserted(() -> statistics(adminOf(a), a, "2023").statusCode(200)
                .body(figure("discipline-complaints", "resolved"), equalTo(1))
                .body(figure("member-discipline", "total"), equalTo(1))
                .body(figure("conclusion-follow-up", "followUpsOverdue"), equalTo(1))
                .body(figure("suspensions", "started"), equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> statistics(adminOf(a), a, "2021").statusCode(200)
                .body(figure("commission-signs-of-violation", "concluded"), equalTo(1)));
    }

    @Test
    void aPeriodOf2021IsCountedOnThe357TablesWithTheInspectionOnSignsOfViolation() {
        statistics(adminOf(a), a, "2021").statusCode(200)
                .body("standard.regulation", equalTo("357-QĐ/UBKTTW"))
                .body("standard.tablesInStandard", equalTo(22))
                .body("standardPeriod", nullValue())
                .body(figure("commission-signs-of-violation", "cases"), equalTo(1))
                .body(figure("commission-signs-of-violation", "surprise"), equalTo(1))
                .body(figure("commission-signs-of-violation", "byIntermediateBodies"), equalTo(1))
                .body(figure("commission-signs-of-violation", "organisationsCovered"), equalTo(1))
                .body(figure("commission-signs-of-violation", "membersCovered"), equalTo(2))
                .body(figure("commission-signs-of-violation", "committeeMembersCovered"), equalTo(1))
                .body(figure("commission-signs-of-violation", "membersWithViolations"), equalTo(1))
                .body(figure("commission-signs-of-violation", "committeeMembersWithViolations"), equalTo(1))
                .body(figure("committee-inspections", "cases"), equalTo(0))
                .body(figure("member-discipline", "total"), equalTo(0));
    }

    @Test
    void aPeriodOf2023IsCountedOnThe885TablesByWhoRanEachCaseAndItsKind() {
        statistics(adminOf(a), a, "2023").statusCode(200)
                .body("standard.regulation", equalTo("885-QĐ/UBKTTW"))
                .body("standard.tablesInStandard", equalTo(26))
                .body("standardPeriod", equalTo(true))
                .body("completeUpTo", notNullValue())
                .body(figure("committee-inspections", "cases"), equalTo(1))
                .body(figure("committee-inspections", "planned"), equalTo(1))
                .body(figure("committee-inspections", "kind.ROUTINE"), equalTo(1))
                .body(figure("committee-inspections", "byBaseBodies"), equalTo(1))
                .body(figure("committee-inspections", "membersCovered"), equalTo(4))
                .body(child("committee-inspections", x, "cases"), equalTo(1))
                .body(figure("commission-supervisions", "cases"), equalTo(1))
                .body(figure("commission-supervisions", "kind.THEMATIC"), equalTo(1))
                .body(figure("commission-supervisions", "organisationsCovered"), equalTo(2))
                .body(figure("commission-signs-of-violation", "cases"), equalTo(0))
                .body(figure("conclusion-follow-up", "followUpsOverdue"), equalTo(1))
                .body(child("conclusion-follow-up", x, "followUpsOverdue"), equalTo(1));
        statistics(adminOf(a), a, "2023-Q2").statusCode(200).body("standardPeriod", equalTo(false));
        statistics(adminOf(a), a, "2023-Q1").statusCode(200).body("standardPeriod", equalTo(true));
    }

    @Test
    void disciplineSuspensionsDenunciationsAndComplaintsOf2023() {
        statistics(adminOf(a), a, "2023").statusCode(200)
                .body(figure("member-discipline", "form.WARNING"), equalTo(1))
                .body(figure("member-discipline", "bodyKind.INSPECTION_COMMISSION"), equalTo(1))
                .body(figure("member-discipline", "bodyLevel.INTERMEDIATE"), equalTo(1))
                .body(figure("organisation-discipline", "total"), equalTo(1))
                .body(figure("organisation-discipline", "form.REPRIMAND"), equalTo(1))
                .body(figure("organisation-discipline", "bodyKind.STANDING_BOARD"), equalTo(1))
                .body(child("member-discipline", x, "total"), equalTo(1))
                .body(figure("suspensions", "started"), equalTo(1))
                .body(figure("denunciations", "received"), equalTo(1))
                .body(figure("denunciations", "receivedAgainstMembers"), equalTo(1))
                .body(figure("denunciations", "resolvedOnTime"), equalTo(1))
                .body(figure("denunciations", "outcome.PARTLY_FOUNDED"), equalTo(1))
                .body(figure("discipline-complaints", "received"), equalTo(1))
                .body(figure("discipline-complaints", "resolvedOnTime"), equalTo(0))
                .body(figure("discipline-complaints", "outcome.UNFOUNDED"), equalTo(1))
                .body(figure("discipline-complaints", "appealsDecided"), equalTo(1))
                .body(figure("discipline-complaints", "appeal.UPHELD"), equalTo(1))
                .body("notCarried.size()", greaterThan(0))
                .body("notCarried.content", hasItem(org.hamcrest.Matchers.containsString("Nội dung vi phạm")));
        // the suspension ran until 1 April: in force at the end of the first quarter, not at the end of the year
        statistics(adminOf(a), a, "2023-Q1").statusCode(200).body(figure("suspensions", "inForce"), equalTo(1));
        statistics(adminOf(a), a, "2023").statusCode(200).body(figure("suspensions", "inForce"), equalTo(0));
    }

    @Test
    void aPeriodBeforeTheFirstStandardIsRefusedNamingTheRule() {
        statistics(adminOf(a), a, "2015").statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("inspection-statistics.no-standard-for-period"));
    }

    @Test
    void anotherDistrictSeesNoneOfItAndTheTablesExportAsCsvAndXlsx() {
        statistics(adminOf(b), a, "2023").statusCode(404).contentType("application/problem+json");
        statistics(viewerOf(b), b, "2023").statusCode(200).body(figure("member-discipline", "total"), equalTo(0));
        String csv = given().auth().oauth2(viewerOf(a)).queryParam("period", "2023")
                .get("/api/reporting/v1/units/" + a + "/inspection-statistics/export.csv").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(a + "-inspection-statistics.csv"))
                .extract().asString();
        assertThat(csv).startsWith("standard,period,table,title,unitCode,unitName,level,figure,value")
                .contains("885-QĐ/UBKTTW,2023,member-discipline,Thi hành kỷ luật đảng viên," + x + ",Đảng bộ xã X,child,total,1");
        byte[] xlsx = given().auth().oauth2(viewerOf(a)).queryParam("period", "2023")
                .get("/api/reporting/v1/units/" + a + "/inspection-statistics/export.xlsx").then().statusCode(200)
                .extract().asByteArray();
        assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');
    }

    private static String figure(String table, String column) {
        return "tables.find { it.code == '" + table + "' }.figures.'" + column + "'";
    }

    private static String child(String table, String unit, String column) {
        return "tables.find { it.code == '" + table + "' }.children.find { it.unitCode == '" + unit + "' }.figures.'"
                + column + "'";
    }

    private static void pub(vn.party.contracts.DomainEvent event) {
        DomainEventsFixture.publish(INSPECTION, event);
    }

    private static ValidatableResponse statistics(String token, String unit, String period) {
        return given().auth().oauth2(token).queryParam("period", period)
                .get("/api/reporting/v1/units/" + unit + "/inspection-statistics").then();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static String viewerOf(String unit) {
        return TestTokens.token("viewer-" + unit, unit, "viewer");
    }

    private static String adminOf(String unit) {
        return TestTokens.token("admin-" + unit, unit, "unit-admin");
    }
}
