package vn.party.reporting.inspection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.cadre.CadreAppointed;
import vn.party.contracts.cadre.CadreProfileSynced;
import vn.party.contracts.cadre.CadreRotated;
import vn.party.contracts.cadre.PlanEntryAdded;
import vn.party.contracts.cadre.PlanEntryRemoved;
import vn.party.contracts.cadre.PositionHolderAppointed;
import vn.party.contracts.cadre.PositionHolderEnded;
import vn.party.contracts.cadre.TrainingCompleted;
import vn.party.contracts.cadre.TrainingEnrolled;
import vn.party.contracts.inspection.AppealDecided;
import vn.party.contracts.inspection.AppealOutcome;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.CaseActivity;
import vn.party.contracts.inspection.CaseClosed;
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
import vn.party.contracts.inspection.SuspensionEnded;
import vn.party.contracts.inspection.SuspensionStarted;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.testsupport.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * Inspection and cadre figures from real events on inspection.events and cadre.events, rolled up reporting's
 * dated tree: a commune under district A in 2024 that moved directly under the province on 2025-07-01, a
 * base cell under district B.
 */
@QuarkusTest
class InspectionAndCadreFiguresTest {

    static final String INSPECTION = "inspection.events";
    static final String CADRE = "cadre.events";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);

    private static String p;
    private static String a;
    private static String b;
    private static String x;
    private static String c1;
    private static String h;
    private static String expulsion;
    private static UUID expulsionEvent;

    @BeforeEach
    void aProvinceWithInspectionsAndCadres() {
        if (p != null) {
            return;
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        p = "ic_" + run;
        a = p + "_a";
        b = p + "_b";
        x = a + "_x";
        c1 = x + "_c1";
        h = b + "_h";
        publish(new OrgUnitFounded(p, "Đảng bộ tỉnh", UnitKind.PROVINCE_COMMITTEE, null, null, List.of(p), FOUNDED));
        publish(new OrgUnitFounded(a, "Huyện ủy A", UnitKind.INTERMEDIATE_COMMITTEE, null, p, List.of(p, a), FOUNDED));
        publish(new OrgUnitFounded(b, "Huyện ủy B", UnitKind.INTERMEDIATE_COMMITTEE, null, p, List.of(p, b), FOUNDED));
        publish(new OrgUnitFounded(x, "Đảng bộ xã X", UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD, a,
                List.of(p, a, x), FOUNDED));
        publish(new OrgUnitFounded(c1, "Chi bộ thôn 1", UnitKind.CELL, null, x, List.of(p, a, x, c1), FOUNDED));
        publish(new OrgUnitFounded(h, "Chi bộ trạm y tế H", UnitKind.BASE_CELL, OrganisationType.HEALTH, b, List.of(p, b, h),
                FOUNDED));
        publish(new OrgUnitMoved(x, p, List.of(p, a, x), List.of(p, x), LocalDate.of(2025, 7, 1)));

        // an inspection on signs of violation by district A's commission, not in its plan, and a planned supervision by X
        String case1 = id();
        DomainEventsFixture.publish(INSPECTION, new CaseDecided(case1, a, List.of(p, a), BodyKind.INSPECTION_COMMISSION,
                BodyLevel.INTERMEDIATE, CaseActivity.INSPECTION, CaseKind.SIGNS_OF_VIOLATION, false, true, 1, 3, 1,
                LocalDate.of(2024, 3, 10)));
        DomainEventsFixture.publish(INSPECTION, new CaseConcluded(case1, a, List.of(p, a), BodyKind.INSPECTION_COMMISSION,
                BodyLevel.INTERMEDIATE, CaseActivity.INSPECTION, CaseKind.SIGNS_OF_VIOLATION, false, 1, 3, 1, 0, 2, 1, 2,
                LocalDate.of(2024, 5, 1)));
        DomainEventsFixture.publish(INSPECTION, new CaseClosed(case1, a, List.of(p, a), BodyKind.INSPECTION_COMMISSION,
                BodyLevel.INTERMEDIATE, CaseActivity.INSPECTION, CaseKind.SIGNS_OF_VIOLATION, false, 2, 1,
                LocalDate.of(2024, 6, 1)));
        DomainEventsFixture.publish(INSPECTION, new FollowUpOverdue(id(), case1, a, List.of(p, a), LocalDate.of(2024, 5, 31),
                LocalDate.of(2024, 6, 1)));
        DomainEventsFixture.publish(INSPECTION, new CaseDecided(id(), x, List.of(p, a, x), BodyKind.COMMITTEE, BodyLevel.BASE,
                CaseActivity.SUPERVISION, CaseKind.THEMATIC, true, false, 2, 0, 0, LocalDate.of(2024, 4, 1)));

        // a warning by district A's commission, reduced to a reprimand on appeal; a reprimand by the cell; an expulsion in B
        String m1 = id();
        String d1 = id();
        DomainEventsFixture.publish(INSPECTION, new DisciplineDecided(d1, DisciplineForm.WARNING, SubjectKind.MEMBER, m1, c1,
                List.of(p, a, x, c1), BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE, a, case1, false, "69-QĐ/TW",
                LocalDate.of(2024, 5, 20)));
        DomainEventsFixture.publish(INSPECTION, new AppealDecided(id(), d1, AppealOutcome.REDUCED, DisciplineForm.WARNING,
                DisciplineForm.REPRIMAND, SubjectKind.MEMBER, m1, c1, List.of(p, a, x, c1), BodyKind.INSPECTION_COMMISSION,
                BodyLevel.PROVINCE, p, LocalDate.of(2024, 8, 1)));
        DomainEventsFixture.publish(INSPECTION, new DisciplineDecided(id(), DisciplineForm.REPRIMAND, SubjectKind.MEMBER, id(),
                c1, List.of(p, a, x, c1), BodyKind.CELL, BodyLevel.CELL, c1, null, true, "69-QĐ/TW", LocalDate.of(2024, 6, 1)));
        expulsion = id();
        expulsionEvent = UUID.randomUUID();
        DomainEventsFixture.publish(INSPECTION, new DisciplineDecided(expulsion, DisciplineForm.EXPULSION, SubjectKind.MEMBER,
                id(), h, List.of(p, b, h), BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE, b, null, false, "69-QĐ/TW",
                LocalDate.of(2024, 6, 10)), expulsionEvent);

        String den = id();
        DomainEventsFixture.publish(INSPECTION, new DenunciationReceived(den, DenunciationKind.DENUNCIATION, a, List.of(p, a),
                BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE, SubjectKind.MEMBER, LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 2, 1)));
        DomainEventsFixture.publish(INSPECTION, new DenunciationResolved(den, DenunciationKind.DENUNCIATION, a, List.of(p, a),
                BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE, SubjectKind.MEMBER, DenunciationOutcome.WELL_FOUNDED,
                true, LocalDate.of(2024, 3, 1)));
        String suspension = id();
        DomainEventsFixture.publish(INSPECTION, new SuspensionStarted(suspension, m1, c1, List.of(p, a, x, c1),
                BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE, a, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 5, 1)));
        DomainEventsFixture.publish(INSPECTION, new SuspensionEnded(suspension, m1, c1, List.of(p, a, x, c1), true,
                LocalDate.of(2024, 7, 15)));

        // cadres: a woman of an ethnic minority under 35 heads district A; a man holds two posts in X
        String woman = id();
        String man = id();
        DomainEventsFixture.publish(CADRE, new PositionHolderAppointed(id(), id(), woman, null, a, List.of(p, a), "SECRETARY",
                "COMMITTEE", true, "ELECTION", "FEMALE", "UNDER_35", true, LocalDate.of(2021, 1, 1)));
        DomainEventsFixture.publish(CADRE, new PositionHolderAppointed(id(), id(), man, null, x, List.of(p, a, x), "SECRETARY",
                "COMMITTEE", true, "ELECTION", "MALE", "45_TO_49", false, LocalDate.of(2021, 1, 1)));
        DomainEventsFixture.publish(CADRE, new PositionHolderAppointed(id(), id(), man, null, x, List.of(p, a, x),
                "PEOPLES_COUNCIL_CHAIR", "GOVERNMENT", false, "ELECTION", "MALE", "45_TO_49", false, LocalDate.of(2021, 7, 1)));
        String ended = id();
        DomainEventsFixture.publish(CADRE, new PositionHolderAppointed(ended, id(), id(), null, h, List.of(p, b, h),
                "SECRETARY", "COMMITTEE", true, "ELECTION", "MALE", "50_TO_54", false, LocalDate.of(2020, 1, 1)));
        DomainEventsFixture.publish(CADRE, new PositionHolderEnded(ended, id(), id(), h, List.of(p, b, h), "SECRETARY",
                "COMMITTEE", "RETIRED", "MALE", "50_TO_54", false, LocalDate.of(2023, 12, 31)));
        String e2 = id();
        DomainEventsFixture.publish(CADRE, new PlanEntryAdded(id(), woman, "2025-2030", "INTERMEDIATE", a, List.of(p, a),
                "SECRETARY", "COMMITTEE", true, true, "FEMALE", "UNDER_35", true, LocalDate.of(2024, 3, 1)));
        DomainEventsFixture.publish(CADRE, new PlanEntryAdded(e2, man, "2025-2030", "BASE", x, List.of(p, a, x),
                "SECRETARY", "COMMITTEE", false, false, "MALE", "45_TO_49", false, LocalDate.of(2024, 3, 1)));
        DomainEventsFixture.publish(CADRE, new PlanEntryRemoved(e2, man, "2025-2030", "BASE", x, List.of(p, a, x),
                "SECRETARY", "COMMITTEE", "discipline", true, false, "MALE", "45_TO_49", false, LocalDate.of(2024, 9, 1)));
        String enrolment = id();
        String programme = id();
        DomainEventsFixture.publish(CADRE, new TrainingEnrolled(enrolment, programme, "ADVANCED_POLITICAL_THEORY", 2024, woman,
                a, List.of(p, a), "FEMALE", "UNDER_35", true, LocalDate.of(2024, 2, 1)));
        DomainEventsFixture.publish(CADRE, new TrainingCompleted(enrolment, programme, "ADVANCED_POLITICAL_THEORY", 2024, woman,
                a, List.of(p, a), "FEMALE", "UNDER_35", true, LocalDate.of(2024, 11, 30)));
        DomainEventsFixture.publish(CADRE, new CadreAppointed(id(), id(), man, x, List.of(p, a, x), "SECRETARY", "COMMITTEE",
                "NOMINATION", "12-QĐ/HU", "MALE", "45_TO_49", false, LocalDate.of(2024, 4, 1)));
        DomainEventsFixture.publish(CADRE, new CadreRotated(id(), woman, p, a, List.of(p, a), "DOWN", "SECRETARY",
                LocalDate.of(2026, 5, 1), "FEMALE", "UNDER_35", true, LocalDate.of(2024, 5, 1)));

        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), p, "discipline", "period", "2024")
                .statusCode(200).body("figures.total", equalTo(3)).body("figures.appeals", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), p, "suspensions", "period", "2024")
                .statusCode(200).body("figures.ended", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), p, "appointments", "period", "2024")
                .statusCode(200).body("figures.rotated", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), p, "training", "period", "2024")
                .statusCode(200).body("figures.completed", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), p, "planning", "period", "2024")
                .statusCode(200).body("figures.removed", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), p, "cadres", "date", "2024-06-01")
                .statusCode(200).body("figures.posts", equalTo(3)));
    }

    @Test
    void disciplineOf2024CountsTheFormAfterAppealAndRollsUpUnderTheDistrictOf2024() {
        get(adminOf(a), a, "discipline", "period", "2024").statusCode(200)
                .body("figures.total", equalTo(2))
                .body("figures.members", equalTo(2))
                .body("figures.byForm.REPRIMAND", equalTo(2))
                .body("figures.byForm.WARNING", equalTo(0))
                .body("figures.byBodyLevel.INTERMEDIATE", equalTo(1))
                .body("figures.byBodyLevel.CELL", equalTo(1))
                .body("figures.byBodyKind.CELL", equalTo(1))
                .body("figures.byBodyLevelAndForm.CELL.REPRIMAND", equalTo(1))
                .body("figures.appeals", equalTo(1))
                .body("figures.appealsByOutcome.REDUCED", equalTo(1))
                .body("children.find { it.unitCode == '" + x + "' }.figures.total", equalTo(2))
                .body("completeUpTo", notNullValue());
        get(provinceAdmin(), p, "discipline", "period", "2024").statusCode(200)
                .body("figures.byForm.EXPULSION", equalTo(1))
                .body("children.find { it.unitCode == '" + b + "' }.figures.byForm.EXPULSION", equalTo(1))
                .body("children.find { it.unitCode == '" + a + "' }.figures.total", equalTo(2));
        get(provinceAdmin(), p, "discipline", "period", "2024-Q1").statusCode(200).body("figures.total", equalTo(0));
    }

    @Test
    void inspectionsAndSupervisionsAreCountedByKindPlannedOrSurpriseWithWhatTheyCovered() {
        get(adminOf(a), a, "inspections", "period", "2024").statusCode(200)
                .body("figures.inspections.cases", equalTo(1))
                .body("figures.inspections.surprise", equalTo(1))
                .body("figures.inspections.planned", equalTo(0))
                .body("figures.inspections.fromDenunciation", equalTo(1))
                .body("figures.inspections.byKind.SIGNS_OF_VIOLATION", equalTo(1))
                .body("figures.inspections.byBodyLevel.INTERMEDIATE", equalTo(1))
                .body("figures.inspections.membersCovered", equalTo(3))
                .body("figures.inspections.concluded", equalTo(1))
                .body("figures.inspections.membersWithViolations", equalTo(2))
                .body("figures.inspections.disciplineToConsider", equalTo(2))
                .body("figures.supervisions.cases", equalTo(1))
                .body("figures.supervisions.planned", equalTo(1))
                .body("figures.supervisions.byKind.THEMATIC", equalTo(1))
                .body("figures.supervisions.organisationsCovered", equalTo(2))
                .body("figures.closed", equalTo(1))
                .body("figures.followUpsOverdue", equalTo(1))
                .body("children.find { it.unitCode == '" + x + "' }.figures.supervisions.cases", equalTo(1));
        // X stands under the province since 2025: district A's 2024 figures keep it, its 2026 figures do not
        get(adminOf(a), a, "inspections", "period", "2026").statusCode(200).body("figures.supervisions.cases", equalTo(0));
    }

    @Test
    void denunciationsByOutcomeAndSuspensionsInForce() {
        get(adminOf(a), a, "denunciations", "period", "2024").statusCode(200)
                .body("figures.received", equalTo(1))
                .body("figures.receivedByKind.DENUNCIATION", equalTo(1))
                .body("figures.resolved", equalTo(1))
                .body("figures.resolvedOnTime", equalTo(1))
                .body("figures.byOutcome.WELL_FOUNDED", equalTo(1))
                .body("figures.byKindAndOutcome.DENUNCIATION.WELL_FOUNDED", equalTo(1));
        get(adminOf(a), a, "suspensions", "period", "2024-Q2").statusCode(200)
                .body("figures.started", equalTo(1)).body("figures.inForce", equalTo(1));
        get(adminOf(a), a, "suspensions", "period", "2024-Q3").statusCode(200)
                .body("figures.started", equalTo(0)).body("figures.ended", equalTo(1)).body("figures.endedEarly", equalTo(1))
                .body("figures.inForce", equalTo(0));
    }

    @Test
    void postHoldersOnADayWithTheSharesOfWomenYoungAndEthnicMinorityCadres() {
        get(provinceAdmin(), p, "cadres", "date", "2024-06-01").statusCode(200)
                .body("figures.posts", equalTo(3))
                .body("figures.holders.cadres", equalTo(2))
                .body("figures.holders.women", equalTo(1))
                .body("figures.holders.womenPercent", equalTo(50.00f))
                .body("figures.holders.under40Percent", equalTo(50.00f))
                .body("figures.holders.ethnicMinority", equalTo(1))
                .body("figures.concurrentHolders", equalTo(1))
                .body("figures.postsByLevel.INTERMEDIATE", equalTo(1))
                .body("figures.postsByLevel.BASE", equalTo(2))
                .body("figures.postsByPositionKind.SECRETARY", equalTo(2))
                .body("children.find { it.unitCode == '" + a + "' }.figures.holders.cadres", equalTo(2))
                .body("children.find { it.unitCode == '" + b + "' }.figures.posts", equalTo(0));
        // the health station's secretary held the post until the last day of 2023
        get(provinceAdmin(), p, "cadres", "date", "2023-12-31").statusCode(200)
                .body("children.find { it.unitCode == '" + b + "' }.figures.posts", equalTo(1));
    }

    @Test
    void aCadreProfileSyncWithoutAnEventTimeCountsInTheProfiles() {
        // CloudEvents makes time optional: the sync is kept (as of 1970 among syncs of one day), not dead-lettered
        DomainEventsFixture.publish(CADRE, new CadreProfileSynced(id(), id(), h, List.of(p, b, h), "BASE", true, "FEMALE",
                "UNDER_35", true, LocalDate.of(2024, 3, 1)), UUID.randomUUID(), null);
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), p, "cadres", "date", "2024-06-01").statusCode(200)
                .body("children.find { it.unitCode == '" + b + "' }.figures.profiles.cadres", equalTo(1))
                .body("children.find { it.unitCode == '" + b + "' }.figures.profiles.women", equalTo(1))
                .body("children.find { it.unitCode == '" + b + "' }.figures.profiles.under40", equalTo(1))
                .body("children.find { it.unitCode == '" + b + "' }.figures.profiles.ethnicMinority", equalTo(1)));
        // the day before the sync, no profile
        get(provinceAdmin(), p, "cadres", "date", "2024-02-29").statusCode(200)
                .body("children.find { it.unitCode == '" + b + "' }.figures.profiles.cadres", equalTo(0));
    }

    @Test
    void planningTrainingAndAppointmentsOfTheYear() {
        get(provinceAdmin(), p, "planning", "period", "2024").statusCode(200)
                .body("figures.added", equalTo(2))
                .body("figures.addedByTerm.'2025-2030'", equalTo(2))
                .body("figures.removed", equalTo(1))
                .body("figures.removedForDiscipline", equalTo(1))
                .body("figures.standingByTerm.'2025-2030'.entries", equalTo(1))
                .body("figures.standingByTerm.'2025-2030'.womenPercent", equalTo(100.00f))
                .body("figures.standingByTerm.'2025-2030'.youngPercent", equalTo(100.00f))
                .body("figures.standingByTerm.'2025-2030'.entriesByLevel.INTERMEDIATE", equalTo(1));
        get(provinceAdmin(), p, "planning", "period", "2024-H1").statusCode(200)
                .body("figures.standingByTerm.'2025-2030'.entries", equalTo(2))
                .body("figures.standingByTerm.'2025-2030'.womenPercent", equalTo(50.00f));
        get(provinceAdmin(), p, "training", "period", "2024").statusCode(200)
                .body("figures.enrolled", equalTo(1)).body("figures.completed", equalTo(1))
                .body("figures.womenEnrolled", equalTo(1))
                .body("figures.enrolledByProgramme.ADVANCED_POLITICAL_THEORY", equalTo(1))
                .body("figures.completedByProgramme.INTERMEDIATE_POLITICAL_THEORY", equalTo(0));
        get(provinceAdmin(), p, "appointments", "period", "2024").statusCode(200)
                .body("figures.appointed", equalTo(1)).body("figures.reappointed", equalTo(0))
                .body("figures.rotated", equalTo(1)).body("figures.rotatedByDirection.DOWN", equalTo(1))
                .body("children.find { it.unitCode == '" + a + "' }.figures.appointed", equalTo(1));
    }

    @Test
    void aRedeliveredOrRepublishedDecisionCountsOnce() {
        DomainEventsFixture.publish(INSPECTION, new DisciplineDecided(expulsion, DisciplineForm.EXPULSION, SubjectKind.MEMBER,
                id(), h, List.of(p, b, h), BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE, b, null, false, "69-QĐ/TW",
                LocalDate.of(2024, 6, 10)), expulsionEvent);
        DomainEventsFixture.publish(INSPECTION, new DisciplineDecided(expulsion, DisciplineForm.EXPULSION, SubjectKind.MEMBER,
                id(), h, List.of(p, b, h), BodyKind.INSPECTION_COMMISSION, BodyLevel.INTERMEDIATE, b, null, false, "69-QĐ/TW",
                LocalDate.of(2024, 6, 10)));
        // a marker behind them on the same key: once it counts, the duplicates were processed
        String marker = id();
        DomainEventsFixture.publish(INSPECTION, new DisciplineDecided(marker, DisciplineForm.REPRIMAND, SubjectKind.MEMBER,
                id(), h, List.of(p, b, h), BodyKind.CELL, BodyLevel.CELL, h, null, true, "69-QĐ/TW", LocalDate.of(2023, 6, 10)));
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), b, "discipline", "period", "2023")
                .statusCode(200).body("figures.total", equalTo(1)));
        get(provinceAdmin(), b, "discipline", "period", "2024").statusCode(200).body("figures.total", equalTo(1));
    }

    @Test
    void anotherDistrictSeesNoneOfItAndTheSummaryHasEverySection() {
        for (String section : List.of("inspections", "discipline", "denunciations", "suspensions", "planning", "training",
                "appointments")) {
            get(adminOf(b), a, section, "period", "2024").statusCode(404).contentType("application/problem+json");
        }
        get(adminOf(b), a, "cadres", "date", "2024-06-01").statusCode(404);
        get(viewerOf(a), a, "summary", "period", "2024").statusCode(200)
                .body("discipline.figures.total", equalTo(2))
                .body("inspections.figures.inspections.cases", equalTo(1))
                .body("denunciations.figures.received", equalTo(1))
                .body("suspensions.figures.started", equalTo(1))
                .body("cadres.figures.posts", equalTo(3))
                .body("planning.figures.added", equalTo(2))
                .body("training.figures.enrolled", equalTo(1))
                .body("appointments.figures.rotated", equalTo(1));
        String csv = given().auth().oauth2(adminOf(a)).queryParam("period", "2024")
                .get("/api/reporting/v1/units/" + a + "/discipline/export.csv").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv).contains("byForm.REPRIMAND").contains("Đảng bộ xã X");
    }

    @Test
    void aRebuildReplaysTheInspectionAndCadreTopicsIntoTheSameFigures() {
        List<String> before = figures();
        given().auth().oauth2(provinceAdmin()).post("/api/reporting/v1/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(provinceAdmin())
                .get("/api/reporting/v1/admin/rebuild").then().statusCode(200).body("state", equalTo("DONE")));
        org.assertj.core.api.Assertions.assertThat(figures()).isEqualTo(before);
        get(provinceAdmin(), p, "discipline", "period", "2024").statusCode(200).body("figures.total", equalTo(3));
    }

    private List<String> figures() {
        List<String> all = new java.util.ArrayList<>();
        for (String unit : List.of(p, a, b)) {
            for (String period : List.of("2024", "2024-Q2", "2020-2025")) {
                all.add(get(provinceAdmin(), unit, "summary", "period", period, "asOf", "2024-06-01").statusCode(200)
                        .extract().asString().replaceAll("\"completeUpTo\":\"[^\"]*\"", "")
                        // events read per topic are compared; which event of one time is newest depends on the read order
                        .replaceAll("\"newestEventId\":\"[^\"]*\"", ""));
            }
        }
        return all;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    static ValidatableResponse get(String token, String unit, String section, String... params) {
        var request = given().auth().oauth2(token);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/reporting/v1/units/" + unit + "/" + section).then();
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
