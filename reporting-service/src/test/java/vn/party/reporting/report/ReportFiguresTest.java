package vn.party.reporting.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.AdmissionTargetSet;
import vn.party.contracts.membership.DuesPaid;
import vn.party.contracts.membership.ExitKind;
import vn.party.contracts.membership.MeetingHeld;
import vn.party.contracts.membership.MeetingKind;
import vn.party.contracts.membership.MemberAdmitted;
import vn.party.contracts.membership.MemberConfirmed;
import vn.party.contracts.membership.MemberGraded;
import vn.party.contracts.membership.MemberRegistered;
import vn.party.contracts.membership.MemberStatus;
import vn.party.contracts.membership.MemberStatusChanged;
import vn.party.contracts.membership.MemberTransferred;
import vn.party.contracts.membership.MemberTransferredOut;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.contracts.membership.OrganisationGraded;
import vn.party.testsupport.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * The figures a committee checks, from real membership events on Kafka: a province with two districts, a
 * commune under district A that moved directly under the province on 2025-07-01, members admitted,
 * confirmed, transferred, expelled and transferred out, meetings, dues, gradings and a target.
 */
@QuarkusTest
class ReportFiguresTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);
    private static final LocalDate IN_CELL = LocalDate.of(2012, 1, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static String p;
    private static String a;
    private static String b;
    private static String x;
    private static String c1;
    private static String c2;
    private static String s;
    private static String h;
    private static String m7;

    @BeforeEach
    void aProvinceWithHistory() {
        if (p != null) {
            return;
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        p = "rf_" + run;
        a = p + "_a";
        b = p + "_b";
        x = a + "_x";
        c1 = x + "_c1";
        c2 = x + "_c2";
        s = a + "_s";
        h = b + "_h";
        // the cells' foundings come before their commune's: the tree is right whatever the order
        publish(new OrgUnitFounded(c1, "Chi bộ thôn 1", UnitKind.CELL, null, x, List.of(p, a, x, c1), FOUNDED));
        publish(new OrgUnitFounded(c2, "Chi bộ thôn 2", UnitKind.CELL, null, x, List.of(p, a, x, c2), FOUNDED));
        publish(new OrgUnitFounded(p, "Đảng bộ tỉnh", UnitKind.PROVINCE_COMMITTEE, null, null, List.of(p), FOUNDED));
        publish(new OrgUnitFounded(a, "Huyện ủy A", UnitKind.INTERMEDIATE_COMMITTEE, null, p, List.of(p, a), FOUNDED));
        publish(new OrgUnitFounded(b, "Huyện ủy B", UnitKind.INTERMEDIATE_COMMITTEE, null, p, List.of(p, b), FOUNDED));
        publish(new OrgUnitFounded(x, "Đảng bộ xã X", UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD, a,
                List.of(p, a, x), FOUNDED));
        publish(new OrgUnitFounded(s, "Chi bộ trường S", UnitKind.BASE_CELL, OrganisationType.SCHOOL, a, List.of(p, a, s), FOUNDED));
        publish(new OrgUnitFounded(h, "Chi bộ trạm y tế H", UnitKind.BASE_CELL, OrganisationType.HEALTH, b, List.of(p, b, h), FOUNDED));
        publish(new OrgUnitMoved(x, p, List.of(p, a, x), List.of(p, x), REFORM));

        String m1 = full(c1);
        String m2 = full(c2);
        String m3 = UUID.randomUUID().toString();
        publish(new MemberRegistered(m3, "Người thứ ba", MemberStatus.PROBATIONARY, s, List.of(p, a, s),
                LocalDate.of(2016, 9, 1), null, LocalDate.of(2016, 9, 1)));
        publish(new MemberConfirmed(m3, s, List.of(p, a, s), LocalDate.of(2017, 9, 20), LocalDate.of(2017, 9, 1)));
        String m4 = UUID.randomUUID().toString();
        publish(new MemberRegistered(m4, "Người thứ tư", MemberStatus.CANDIDATE, c1, List.of(p, a, x, c1), null, null,
                LocalDate.of(2016, 1, 1)));
        publish(new MemberAdmitted(m4, "Người thứ tư", c1, List.of(p, a, x, c1), x, false, LocalDate.of(2017, 3, 10)));
        publish(new MemberConfirmed(m4, c1, List.of(p, a, x, c1), LocalDate.of(2018, 3, 10), LocalDate.of(2018, 3, 10)));
        String m5 = full(h);
        publish(new MemberTransferred(m5, h, List.of(p, b, h), c1, List.of(p, a, x, c1), "TRANSFER", LocalDate.of(2017, 6, 1)));
        String m6 = full(s);
        publish(new MemberStatusChanged(m6, s, List.of(p, a, s), MemberStatus.FULL, MemberStatus.LEFT, ExitKind.EXPELLED,
                LocalDate.of(2017, 11, 1)));
        m7 = full(c2);
        publish(new MemberStatusChanged(m7, c2, List.of(p, x, c2), MemberStatus.FULL, MemberStatus.LEFT,
                ExitKind.TRANSFERRED_OUT, LocalDate.of(2026, 2, 1)));
        publish(new MemberTransferredOut(m7, c2, List.of(p, x, c2), "Tỉnh ủy khác", LocalDate.of(2026, 2, 1)));

        publish(new AdmissionTargetSet(a, List.of(p, a), "2017", 4, LocalDate.of(2017, 1, 5)));
        for (int month = 1; month <= 3; month++) {
            publish(meeting(c1, LocalDate.of(2017, month, 5), 4, 3, 1, 0, 2, 2));
        }
        publish(meeting(c2, LocalDate.of(2017, 1, 6), 3, 2, 0, 1, 1, 0));
        publish(new DuesPaid(m1, c1, List.of(p, a, x, c1), "2017-01", 30_000, LocalDate.of(2017, 1, 20)));
        publish(new DuesPaid(m2, c2, List.of(p, a, x, c2), "2017-01", 20_000, LocalDate.of(2017, 1, 21)));

        publish(new OrganisationGraded(x, List.of(p, a, x), 2017, "CLEAN_AND_STRONG", null, 1, LocalDate.of(2018, 1, 15)));
        publish(new OrganisationGraded(s, List.of(p, a, s), 2017, "GOOD", null, 1, LocalDate.of(2018, 1, 15)));
        // a correction (version 2) arrives before the grading it corrects: the higher version stands
        publish(new OrganisationGraded(c1, List.of(p, a, x, c1), 2017, "GOOD", null, 2, LocalDate.of(2018, 2, 1)));
        publish(new OrganisationGraded(c1, List.of(p, a, x, c1), 2017, "CLEAN_AND_STRONG", null, 1, LocalDate.of(2018, 1, 15)));
        publish(new MemberGraded(m1, c1, List.of(p, a, x, c1), 2017, "EXCELLENT", null, 1, LocalDate.of(2018, 1, 15)));
        publish(new MemberGraded(m2, c2, List.of(p, a, x, c2), 2017, "GOOD", null, 1, LocalDate.of(2018, 1, 15)));
        publish(new MemberGraded(m2, c2, List.of(p, a, x, c2), 2017, "COMPLETED", null, 2, LocalDate.of(2018, 2, 1)));

        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), p, "members", "date", "2026-03-01")
                .statusCode(200).body("figures.full", equalTo(5)));
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), p, "grading", "year", "2017")
                .statusCode(200).body("figures.membersGraded", equalTo(2)).body("figures.cells.GOOD", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), p, "dues", "period", "2017-01")
                .statusCode(200).body("figures.payments", equalTo(2)));
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), p, "meetings", "period", "2017-Q1")
                .statusCode(200).body("figures.regular", equalTo(4)));
        await().atMost(PATIENCE).untilAsserted(() -> get(provinceAdmin(), a, "admissions", "period", "2017")
                .statusCode(200).body("figures.targets[0].target", equalTo(4)));
    }

    @Test
    void membersOfDistrictAIn2017CountTheCommuneThatHasSinceMovedAway() {
        get(adminOf(a), a, "members", "date", "2017-12-31").statusCode(200)
                .body("unitName", equalTo("Huyện ủy A"))
                .body("date", equalTo("2017-12-31"))
                .body("figures.full", equalTo(5))
                .body("figures.probationary", equalTo(1))
                .body("figures.total", equalTo(6))
                .body("children.find { it.unitCode == '" + x + "' }.figures.full", equalTo(4))
                .body("children.find { it.unitCode == '" + x + "' }.figures.probationary", equalTo(1))
                .body("children.find { it.unitCode == '" + s + "' }.figures.full", equalTo(1))
                .body("completeUpTo", notNullValue());
        // since the 2025 reform the commune stands under the province: district A keeps only the school
        get(adminOf(a), a, "members", "date", "2026-01-01").statusCode(200)
                .body("figures.total", equalTo(1))
                .body("children.unitCode", org.hamcrest.Matchers.not(hasItem(x)));
        get(provinceAdmin(), p, "members", "date", "2026-01-01").statusCode(200)
                .body("figures.full", equalTo(6))
                .body("children.find { it.unitCode == '" + x + "' }.figures.full", equalTo(5));
    }

    @Test
    void theChangeSinceTheTermBeganIsCounted() {
        // term 2025-2030 from 1 Jan 2025; the member who left for another province on 2026-02-01 is the change
        get(provinceAdmin(), p, "members", "date", "2026-03-01").statusCode(200)
                .body("figures.term", equalTo("2025-2030"))
                .body("figures.totalAtTermStart", equalTo(6))
                .body("figures.total", equalTo(5))
                .body("figures.changeSinceTermStart", equalTo(-1));
    }

    @Test
    void admissionsTransfersAndExitsOf2017RollUpByTheTreeOf2017() {
        get(adminOf(a), a, "admissions", "period", "2017").statusCode(200)
                .body("figures.admitted", equalTo(1))
                .body("figures.targets[0].period", equalTo("2017"))
                .body("figures.targets[0].admitted", equalTo(1))
                .body("figures.targets[0].percent", equalTo(25.00f))
                .body("children.find { it.unitCode == '" + x + "' }.figures.admitted", equalTo(1));
        get(adminOf(a), a, "transfers", "period", "2017").statusCode(200)
                .body("figures.inWithinProvince", equalTo(1))
                .body("figures.in", equalTo(1))
                .body("figures.out", equalTo(0))
                .body("children.find { it.unitCode == '" + x + "' }.figures.in", equalTo(1));
        get(adminOf(b), b, "transfers", "period", "2017").statusCode(200)
                .body("figures.outWithinProvince", equalTo(1));
        // within the province a move between districts is neither in nor out
        get(provinceAdmin(), p, "transfers", "period", "2017").statusCode(200)
                .body("figures.in", equalTo(0)).body("figures.out", equalTo(0))
                .body("children.find { it.unitCode == '" + a + "' }.figures.in", equalTo(1))
                .body("children.find { it.unitCode == '" + b + "' }.figures.out", equalTo(1));
        get(provinceAdmin(), p, "transfers", "period", "2026-Q1").statusCode(200)
                .body("figures.outToOtherProvinces", equalTo(1));
        get(adminOf(a), a, "exits", "period", "2017-H2").statusCode(200)
                .body("figures.total", equalTo(1)).body("figures.byKind.EXPELLED", equalTo(1))
                .body("figures.byKind.DECEASED", equalTo(0));
        get(adminOf(a), a, "exits", "period", "2017-H1").statusCode(200).body("figures.total", equalTo(0));
        // the transfer out of the province is not an exit
        get(provinceAdmin(), p, "exits", "period", "2026").statusCode(200).body("figures.total", equalTo(0));
    }

    @Test
    void attendanceAndMissedMonthsOfAQuarter() {
        get(adminOf(a), a, "meetings", "period", "2017-Q1").statusCode(200)
                .body("figures.regular", equalTo(4))
                .body("figures.present", equalTo(11))
                .body("figures.attendanceRate", equalTo(73.33f))
                .body("figures.committeeExpected", equalTo(7))
                .body("figures.committeeRate", equalTo(85.71f))
                .body("figures.cellMonths", equalTo(9))
                .body("figures.cellMonthsMissed", equalTo(5))
                .body("figures.cellsMissing", equalTo(2))
                .body("figures.cellQuarters", equalTo(3))
                .body("figures.cellQuartersMissedThematic", equalTo(3))
                .body("figures.cellsMissingThematic", equalTo(3))
                .body("children.find { it.unitCode == '" + s + "' }.figures.cellMonthsMissed", equalTo(3));
    }

    @Test
    void duesCollectedAndMembersWhoPaidNothing() {
        get(adminOf(a), a, "dues", "period", "2017-01").statusCode(200)
                .body("figures.collectedDong", equalTo(50_000))
                .body("figures.payments", equalTo(2))
                .body("figures.memberMonths", equalTo(5))
                .body("figures.memberMonthsUnpaid", equalTo(3));
    }

    @Test
    void gradingOf2017UsesThatYearsScaleAndTheCorrectedGrades() {
        get(viewerOf(a), a, "grading", "year", "2017").statusCode(200)
                .body("figures.regulation", equalTo("guidance before 132-QĐ/TW"))
                .body("figures.members.EXCELLENT", equalTo(1))
                .body("figures.members.GOOD", equalTo(0))
                .body("figures.members.COMPLETED", equalTo(1))
                .body("figures.baseOrganisations.CLEAN_AND_STRONG", equalTo(1))
                .body("figures.baseOrganisations.GOOD", equalTo(1))
                .body("figures.cells.GOOD", equalTo(1))
                .body("figures.cells.CLEAN_AND_STRONG", equalTo(0));
        get(viewerOf(a), a, "grading", "year", "2019").statusCode(200)
                .body("figures.regulation", equalTo("132-QĐ/TW"))
                .body("figures.baseOrganisations.EXCELLENT", equalTo(0));
    }

    @Test
    void organisationsByTypeAndCellsOnADate() {
        get(adminOf(a), a, "organisations", "date", "2017-06-01").statusCode(200)
                .body("figures.baseOrganisations", equalTo(2))
                .body("figures.baseOrganisationsByType.COMMUNE_WARD", equalTo(1))
                .body("figures.baseOrganisationsByType.SCHOOL", equalTo(1))
                .body("figures.cells", equalTo(3))
                .body("figures.cellsInBaseCommittees", equalTo(2));
        get(adminOf(a), a, "organisations", "date", "2026-01-01").statusCode(200)
                .body("figures.baseOrganisations", equalTo(1));
        // the existing count of today's tree still answers
        given().auth().oauth2(provinceAdmin()).get("/api/reporting/v1/units/" + p + "/base-organisations")
                .then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void theSummaryHoldsEverySection() {
        get(adminOf(a), a, "summary", "period", "2017", "asOf", "2017-12-31").statusCode(200)
                .body("period", equalTo("2017"))
                .body("asOf", equalTo("2017-12-31"))
                .body("gradingYear", equalTo(2017))
                .body("members.figures.total", equalTo(6))
                .body("organisations.figures.baseOrganisations", equalTo(2))
                .body("admissions.figures.admitted", equalTo(1))
                .body("transfers.figures.in", equalTo(1))
                .body("exits.figures.total", equalTo(1))
                .body("meetings.figures.regular", equalTo(4))
                .body("dues.figures.payments", equalTo(2))
                .body("grading.figures.membersGraded", equalTo(2))
                .body("completeUpTo", notNullValue());
    }

    @Test
    void sectionsExportAsCsv() {
        String csv = given().auth().oauth2(adminOf(a)).accept("text/csv").queryParam("date", "2017-12-31")
                .get("/api/reporting/v1/units/" + a + "/members").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("unitCode,unitName,level,period,from,to,date,completeUpTo,full,probationary,total");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(a + ",Huyện ủy A,unit,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(x + ",Đảng bộ xã X,child,"));

        String summary = given().auth().oauth2(adminOf(a)).queryParam("period", "2017")
                .get("/api/reporting/v1/units/" + a + "/summary/export.csv").then().statusCode(200)
                .header("Content-Disposition", containsString(a + "-summary.csv")).extract().asString();
        assertThat(summary.lines().findFirst()).contains("section,unitCode,unitName,level,figure,value");
        assertThat(summary).contains("exits," + a + ",Huyện ủy A,unit,byKind.EXPELLED,1");
        given().auth().oauth2(adminOf(a)).get("/api/reporting/v1/units/" + a + "/nonsense/export.csv")
                .then().statusCode(404);
    }

    @Test
    void sectionsExportAsXlsxWorkbooks() throws Exception {
        byte[] xlsx = given().auth().oauth2(adminOf(a)).queryParam("period", "2017")
                .get("/api/reporting/v1/units/" + a + "/admissions/export.xlsx").then().statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", containsString(a + "-admissions.xlsx")).extract().asByteArray();
        Map<String, String> parts = unzip(xlsx);
        assertThat(parts).containsKey("xl/worksheets/sheet1.xml");
        String strings = parts.getOrDefault("xl/sharedStrings.xml", "") + parts.get("xl/worksheets/sheet1.xml");
        assertThat(strings).contains("Huyện ủy A").contains("Đảng bộ xã X").contains("targets.0.percent");
        assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("<v>25</v>");
        byte[] members = given().auth().oauth2(adminOf(a)).accept(ReportXlsx.XLSX).queryParam("date", "2017-12-31")
                .get("/api/reporting/v1/units/" + a + "/members").then().statusCode(200).extract().asByteArray();
        assertThat(unzip(members)).containsKey("xl/worksheets/sheet1.xml");
    }

    @Test
    void aRebuildFromTheTopicGivesTheSameFigures() {
        List<String> before = figures();
        given().auth().oauth2(adminOf(a)).post("/api/reporting/v1/admin/rebuild").then().statusCode(403);
        given().auth().oauth2(provinceAdmin()).post("/api/reporting/v1/admin/rebuild").then().statusCode(202)
                .body("state", equalTo("RUNNING"));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(provinceAdmin())
                .get("/api/reporting/v1/admin/rebuild").then().statusCode(200).body("state", equalTo("DONE")));
        given().auth().oauth2(provinceAdmin()).get("/api/reporting/v1/admin/rebuild").then()
                .body("events", org.hamcrest.Matchers.greaterThanOrEqualTo(37));
        assertThat(figures()).isEqualTo(before);
        // the live consumer goes on into the swapped-in tables
        String other = p + "_z";
        publish(new OrgUnitFounded(other, "Đảng bộ khác", UnitKind.PROVINCE_COMMITTEE, null, null, List.of(other), FOUNDED));
        await().atMost(PATIENCE).untilAsserted(() -> get(TestTokens.token("z", other, "province-admin"), other,
                "organisations", "date", "2026-01-01").statusCode(200).body("unitName", equalTo("Đảng bộ khác")));
    }

    private List<String> figures() {
        List<String> all = new ArrayList<>();
        for (String unit : List.of(p, a, b)) {
            for (String period : List.of("2017", "2017-Q1", "2020-2025", "2026-Q1")) {
                all.add(get(provinceAdmin(), unit, "summary", "period", period).statusCode(200).extract().asString()
                        .replaceAll("\"completeUpTo\":\"[^\"]*\"", "")
                        // events read per topic are compared; which event of one time is newest depends on the read order
                        .replaceAll("\"newestEventId\":\"[^\"]*\"", ""));
            }
            all.add(get(provinceAdmin(), unit, "members", "date", "2017-12-31").statusCode(200).extract().asString()
                    .replaceAll("\"completeUpTo\":\"[^\"]*\"", "")
                        // events read per topic are compared; which event of one time is newest depends on the read order
                        .replaceAll("\"newestEventId\":\"[^\"]*\"", ""));
        }
        return all;
    }

    /** XML text with its numeric character references (&#x1ec7;) read as the characters they stand for. */
    private static String unescape(String xml) {
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }

    /** Reads the workbook's parts through its central directory, as spreadsheet programs do. */
    private static Map<String, String> unzip(byte[] bytes) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
        try {
            java.nio.file.Files.write(file, bytes);
            Map<String, String> parts = new java.util.HashMap<>();
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                    var entry = entries.nextElement();
                    try (var in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), unescape(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
                    }
                }
            }
            return parts;
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void aDistrictAdminFindsNoneOfAnotherDistrictsFigures() {
        for (String section : List.of("members", "organisations")) {
            get(adminOf(b), a, section, "date", "2017-12-31").statusCode(404).contentType("application/problem+json");
        }
        for (String section : List.of("admissions", "transfers", "exits", "meetings", "dues", "summary")) {
            get(adminOf(b), a, section, "period", "2017").statusCode(404);
        }
        get(adminOf(b), a, "grading", "year", "2017").statusCode(404);
        get(adminOf(a), p, "members", "date", "2017-12-31").statusCode(404);
        // the commune now stands outside district A: district A's admin cannot ask for it by name
        get(adminOf(a), x, "members", "date", "2017-12-31").statusCode(404);
        given().auth().oauth2(adminOf(b)).queryParam("period", "2017")
                .get("/api/reporting/v1/units/" + a + "/summary/export.csv").then().statusCode(404);
        get(TestTokens.token("no-role", a), a, "members", "date", "2017-12-31").statusCode(403);
        given().get("/api/reporting/v1/units/" + a + "/members").then().statusCode(401);
    }

    @Test
    void hostileUnitCodesAreNotFoundNeverAFailure() {
        for (String code : List.of("Not-A-Code", "x'--", "a.b", "*", "%2A.x.%2A", "\u00e9t\u00e9", "a b")) {
            for (String section : List.of("admissions", "transfers", "exits", "meetings", "dues", "summary")) {
                given().auth().oauth2(provinceAdmin()).urlEncodingEnabled(true).queryParam("period", "2017")
                        .get("/api/reporting/v1/units/{code}/" + section, code).then().statusCode(404);
            }
            given().auth().oauth2(provinceAdmin()).queryParam("year", "2017")
                    .get("/api/reporting/v1/units/{code}/grading", code).then().statusCode(404);
            given().auth().oauth2(provinceAdmin()).get("/api/reporting/v1/units/{code}/members", code).then().statusCode(404);
        }
    }

    @Test
    void aUnitThatDidNotExistOnTheDateIsNotFound() {
        get(provinceAdmin(), x, "members", "date", "2009-12-31").statusCode(404);
    }

    @Test
    void badPeriodsAndDatesAreRefusedNamingTheField() {
        for (String bad : List.of("2026-13", "2026-Q5", "soon", "2025-2020", "")) {
            get(provinceAdmin(), p, "admissions", "period", bad).statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("period"));
        }
        given().auth().oauth2(provinceAdmin()).get("/api/reporting/v1/units/" + p + "/exits").then().statusCode(400)
                .body("errors.field", hasItem("period"));
        get(provinceAdmin(), p, "members", "date", "2026-02-30").statusCode(400).body("errors.field", hasItem("date"));
        get(provinceAdmin(), p, "members", "date", "1800-01-01").statusCode(400).body("errors.field", hasItem("date"));
        get(provinceAdmin(), p, "grading", "year", "two").statusCode(400).body("errors.field", hasItem("year"));
        get(provinceAdmin(), p, "summary", "period", "2026", "asOf", "yesterday").statusCode(400)
                .body("errors.field", hasItem("asOf"));
    }

    @Test
    void reportsNameNoOne() {
        String body = get(provinceAdmin(), p, "summary", "period", "2015-2020", "asOf", "2017-12-31").statusCode(200)
                .extract().asString();
        assertThat(body).doesNotContain("Người").doesNotContain(m7);
    }

    private String full(String cell) {
        String id = UUID.randomUUID().toString();
        List<String> path = new ArrayList<>(List.of(p));
        if (cell.startsWith(a)) {
            path.add(a);
        } else {
            path.add(b);
        }
        if (cell.startsWith(x)) {
            path.add(x);
        }
        path.add(cell);
        publish(new MemberRegistered(id, "Người " + id.substring(0, 4), MemberStatus.FULL, cell, path,
                LocalDate.of(2005, 1, 1), LocalDate.of(2006, 1, 1), IN_CELL));
        return id;
    }

    private MeetingHeld meeting(String cell, LocalDate on, int total, int present, int withReason, int withoutReason,
                                int committee, int committeePresent) {
        return new MeetingHeld(UUID.randomUUID().toString(), cell, List.of(p, a, x, cell), MeetingKind.REGULAR, total,
                total, 0, 0, 0, present, withReason, withoutReason, committee, committeePresent, on);
    }

    private static ValidatableResponse get(String token, String unit, String section, String... params) {
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
