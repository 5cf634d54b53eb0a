package vn.party.reporting.activity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.party.backbone.scope.ActingScope;
import vn.party.backbone.scope.ScopedData;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.DuesPaid;
import vn.party.contracts.membership.ExitKind;
import vn.party.contracts.membership.MeetingHeld;
import vn.party.contracts.membership.MeetingKind;
import vn.party.contracts.membership.MemberAdmitted;
import vn.party.contracts.membership.MemberRegistered;
import vn.party.contracts.membership.MemberStatus;
import vn.party.contracts.membership.MemberStatusChanged;
import vn.party.contracts.membership.MemberTransferred;
import vn.party.contracts.membership.OrgUnitDissolved;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.testsupport.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.party.testsupport.MembershipEventsFixture.publish;

/**
 * The activity figures kept per cell and month as events arrive (report_meeting_month, report_dues_unit_month) answer
 * exactly what the facts say, in the cases an incremental model gets wrong: a meeting recorded late for an
 * earlier month, a meeting corrected to another day, kind or cell, a payment corrected, a cell founded, moved or
 * dissolved in the middle of a month or a quarter (old months under the old parent), members leaving, admitted
 * and transferred mid-month. Besides the figures a committee checks, every unit and many periods are compared
 * with the figures computed from the facts alone, as reporting did before ({@link ActivityReportsOverTheFacts}).
 */
@QuarkusTest
class ActivityFiguresTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final LocalDate FOUNDED = LocalDate.of(2010, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static String p;
    private static String a;
    private static String b;
    private static String x;
    private static String y;
    private static String s;
    private static String c1;
    private static String c2;
    private static String c3;
    private static String c4;
    private static String c5;
    private static int regularMeetings;
    private static int payments;

    @Inject
    ActivityReports reports;

    @Inject
    ActivityReportsOverTheFacts facts;

    @Inject
    ScopedData scoped;

    @BeforeEach
    void aYearOfMeetingsAndDuesInAMovingTree() {
        if (p != null) {
            return;
        }
        p = "af_" + UUID.randomUUID().toString().substring(0, 8);
        a = p + "_a";
        b = p + "_b";
        x = a + "_x";
        y = b + "_y";
        s = a + "_s";
        c1 = x + "_c1";
        c2 = x + "_c2";
        c3 = x + "_c3";
        c4 = x + "_c4";
        c5 = x + "_c5";
        publish(new OrgUnitFounded(p, "Đảng bộ tỉnh", UnitKind.PROVINCE_COMMITTEE, null, null, List.of(p), FOUNDED));
        publish(new OrgUnitFounded(a, "Huyện ủy A", UnitKind.INTERMEDIATE_COMMITTEE, null, p, List.of(p, a), FOUNDED));
        publish(new OrgUnitFounded(b, "Huyện ủy B", UnitKind.INTERMEDIATE_COMMITTEE, null, p, List.of(p, b), FOUNDED));
        publish(new OrgUnitFounded(x, "Đảng bộ xã X", UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD, a,
                List.of(p, a, x), FOUNDED));
        publish(new OrgUnitFounded(y, "Đảng bộ xã Y", UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD, b,
                List.of(p, b, y), FOUNDED));
        publish(new OrgUnitFounded(s, "Chi bộ trường S", UnitKind.BASE_CELL, OrganisationType.SCHOOL, a, List.of(p, a, s),
                FOUNDED));
        publish(new OrgUnitFounded(c1, "Chi bộ 1", UnitKind.CELL, null, x, underX(c1), FOUNDED));
        // founded in the middle of February: February was not due, March is
        publish(new OrgUnitFounded(c2, "Chi bộ 2", UnitKind.CELL, null, x, underX(c2), LocalDate.of(2017, 2, 15)));
        // dissolved in the middle of May: May was not due
        publish(new OrgUnitFounded(c3, "Chi bộ 3", UnitKind.CELL, null, x, underX(c3), FOUNDED));
        publish(new OrgUnitDissolved(c3, underX(c3), LocalDate.of(2017, 5, 10)));
        // moved to commune Y of district B on the first day of the second quarter
        publish(new OrgUnitFounded(c4, "Chi bộ 4", UnitKind.CELL, null, x, underX(c4), FOUNDED));
        publish(new OrgUnitMoved(c4, y, underX(c4), underY(c4), LocalDate.of(2017, 4, 1)));
        // moved in the middle of August, the middle of a quarter
        publish(new OrgUnitFounded(c5, "Chi bộ 5", UnitKind.CELL, null, x, underX(c5), FOUNDED));
        publish(new OrgUnitMoved(c5, y, underX(c5), underY(c5), LocalDate.of(2017, 8, 15)));

        List<MeetingHeld> meetings = new ArrayList<>();
        MeetingHeld lateFebruary = null;
        for (int month = 1; month <= 12; month++) {
            if (month == 2) {
                lateFebruary = regular(c1, underX(c1), LocalDate.of(2017, 2, 7));
            } else if (month != 3 && month != 10) {
                meetings.add(regular(c1, underX(c1), LocalDate.of(2017, month, 7)));
            }
            if (month >= 3) {
                meetings.add(regular(c2, underX(c2), LocalDate.of(2017, month, 9)));
            }
            if (month <= 5) {
                meetings.add(regular(c3, underX(c3), LocalDate.of(2017, month, 5)));
            }
            if (month <= 6) {
                meetings.add(regular(c4, month < 4 ? underX(c4) : underY(c4), LocalDate.of(2017, month, 3)));
            }
            // August's meeting before the move: counted under X, and the month under Y is not missed
            meetings.add(regular(c5, month <= 8 ? underX(c5) : underY(c5), LocalDate.of(2017, month, 10)));
        }
        meetings.add(regular(c2, underX(c2), LocalDate.of(2017, 2, 20)));
        meetings.add(thematic(c1, underX(c1), LocalDate.of(2017, 2, 10)));
        meetings.add(thematic(c1, underX(c1), LocalDate.of(2017, 8, 20)));
        meetings.add(thematic(s, List.of(p, a, s), LocalDate.of(2017, 5, 12)));
        meetings.add(thematic(c5, underY(c5), LocalDate.of(2017, 9, 1)));
        meetings.forEach(m -> publish(m));
        // a meeting of February recorded after the later months
        publish(lateFebruary);
        // recorded for July, corrected to the end of June: July is missed, June has two
        MeetingHeld july = regular(c4, underY(c4), LocalDate.of(2017, 7, 3));
        publish(july);
        publish(copy(july, c4, underY(c4), MeetingKind.REGULAR, LocalDate.of(2017, 6, 28)));
        // recorded as S's regular meeting of November, corrected to a thematic meeting of cell 2 in December
        MeetingHeld november = regular(s, List.of(p, a, s), LocalDate.of(2017, 11, 14));
        publish(november);
        publish(copy(november, c2, underX(c2), MeetingKind.THEMATIC, LocalDate.of(2017, 12, 2)));
        regularMeetings = meetings.stream().filter(m -> m.kind() == MeetingKind.REGULAR).toList().size() + 2;

        String m1 = registered(c1, underX(c1));
        String m2 = registered(c4, underX(c4));
        String m3 = registered(c1, underX(c1));
        String m5 = registered(c1, underX(c1));
        // leaves in the middle of June: June is not owed, though paid
        publish(new MemberStatusChanged(m3, c1, underX(c1), MemberStatus.FULL, MemberStatus.LEFT, ExitKind.RELEASED,
                LocalDate.of(2017, 6, 15)));
        // admitted in the middle of March: owes from March
        String m4 = UUID.randomUUID().toString();
        publish(new MemberRegistered(m4, "Người " + m4.substring(0, 4), MemberStatus.CANDIDATE, c2, underX(c2), null, null,
                LocalDate.of(2017, 2, 20)));
        publish(new MemberAdmitted(m4, "Người " + m4.substring(0, 4), c2, underX(c2), x, false, LocalDate.of(2017, 3, 10)));
        // transferred in the middle of July: July is owed to cell 5
        publish(new MemberTransferred(m5, c1, underX(c1), c5, underX(c5), "TRANSFER", LocalDate.of(2017, 7, 20)));
        payments = 0;
        publish(new DuesPaid(m1, c1, underX(c1), "2017-01", 10_000, LocalDate.of(2017, 1, 20)));
        for (int month = 1; month <= 12; month++) {
            String ym = YearMonth.of(2017, month).toString();
            // January's payment of member 1 corrected from 10,000 to 30,000 (one payment, not two)
            publish(new DuesPaid(m1, c1, underX(c1), ym, 30_000, LocalDate.of(2017, month, 20)));
            payments++;
            if (month <= 6) {
                publish(new DuesPaid(m2, month < 4 ? c1 : c4, underX(c4), ym, 20_000, LocalDate.of(2017, month, 21)));
                publish(new DuesPaid(m3, c1, underX(c1), ym, 25_000, LocalDate.of(2017, month, 22)));
                payments += 2;
            }
            if (month % 2 == 0) {
                publish(new DuesPaid(m5, month < 8 ? c1 : c5, underX(c5), ym, 15_000, LocalDate.of(2017, month, 23)));
                payments++;
            }
        }
        publish(new DuesPaid(m4, c2, underX(c2), "2017-04", 5_000, LocalDate.of(2017, 4, 3)));
        payments++;

        await().atMost(PATIENCE).untilAsserted(() -> {
            get(p, "meetings", "period", "2017").statusCode(200)
                    .body("figures.regular", equalTo(regularMeetings)).body("figures.thematic", equalTo(5));
            get(p, "dues", "period", "2017").statusCode(200).body("figures.payments", equalTo(payments))
                    .body("figures.collectedDong", equalTo(12 * 30_000 + 6 * 20_000 + 6 * 25_000 + 6 * 15_000 + 5_000));
            get(p, "members", "date", "2017-12-31").statusCode(200).body("figures.total", equalTo(4));
            get(b, "meetings", "period", "2017-12").statusCode(200).body("figures.cellMonths", equalTo(2));
            get(c3, "meetings", "period", "2017-06").statusCode(404);
            get(s, "meetings", "period", "2017-11").statusCode(200).body("figures.regular", equalTo(0));
            get(c2, "meetings", "period", "2017-12").statusCode(200).body("figures.thematic", equalTo(1));
            get(c4, "meetings", "period", "2017-07").statusCode(200).body("figures.regular", equalTo(0));
        });
    }

    @Test
    void aCellMovedAtTheStartOfAQuarterCountsUnderItsOldParentForTheMonthsBefore() {
        get(a, "meetings", "period", "2017-Q1").statusCode(200)
                // school cell S and cells 1, 3, 4, 5 for three months, cell 2 (founded 15 February) for March
                .body("figures.cellMonths", equalTo(16))
                // cell 1 held none in March, S none at all
                .body("figures.cellMonthsMissed", equalTo(4))
                .body("figures.cellsMissing", equalTo(2))
                .body("children.find { it.unitCode == '" + x + "' }.figures.cellMonths", equalTo(13))
                .body("children.find { it.unitCode == '" + x + "' }.figures.cellMonthsMissed", equalTo(1))
                .body("children.find { it.unitCode == '" + x + "' }.figures.regular", equalTo(13));
        get(b, "meetings", "period", "2017-Q1").statusCode(200)
                .body("figures.cellMonths", equalTo(0)).body("figures.regular", equalTo(0));
        get(b, "meetings", "period", "2017-Q2").statusCode(200)
                .body("figures.cellMonths", equalTo(3))
                .body("figures.cellMonthsMissed", equalTo(0))
                // the meeting recorded for July and corrected to 28 June counts in June
                .body("figures.regular", equalTo(4))
                .body("figures.cellQuartersMissedThematic", equalTo(1));
    }

    @Test
    void aCellMovedInTheMiddleOfAMonthCountsThatMonthUnderItsNewParent() {
        // cell 5 moved on 15 August: its meeting of 10 August counts under A, the month itself under B, and held
        get(a, "meetings", "period", "2017-08").statusCode(200)
                .body("children.find { it.unitCode == '" + x + "' }.figures.regular", equalTo(3));
        get(b, "meetings", "period", "2017-08").statusCode(200)
                .body("figures.regular", equalTo(0))
                .body("figures.cellMonths", equalTo(2))
                // cell 4 held none; cell 5 held on 10 August, before it moved
                .body("figures.cellMonthsMissed", equalTo(1));
        // the third quarter ends under B: cell 5 due its thematic meeting there, and held it on 1 September
        get(b, "meetings", "period", "2017-Q3").statusCode(200)
                .body("figures.cellQuarters", equalTo(2))
                .body("figures.cellQuartersMissedThematic", equalTo(1))
                // cell 4 for three months, cell 5 for August and September
                .body("figures.cellMonths", equalTo(5))
                // cell 4 held none in July (its July meeting was corrected to June), August and September
                .body("figures.cellMonthsMissed", equalTo(3))
                .body("figures.cellsMissing", equalTo(1));
    }

    @Test
    void aMeetingRecordedLateForAnEarlierMonthCountsThatMonthAsHeld() {
        get(c1, "meetings", "period", "2017-02").statusCode(200)
                .body("figures.regular", equalTo(1)).body("figures.cellMonthsMissed", equalTo(0));
        get(c1, "meetings", "period", "2017").statusCode(200)
                .body("figures.cellMonths", equalTo(12)).body("figures.cellMonthsMissed", equalTo(2))
                .body("figures.cellQuartersMissedThematic", equalTo(2));
    }

    @Test
    void aCorrectedMeetingMovesToItsNewMonthKindAndCell() {
        get(s, "meetings", "period", "2017-11").statusCode(200)
                .body("figures.regular", equalTo(0)).body("figures.cellMonthsMissed", equalTo(1));
        get(c2, "meetings", "period", "2017-Q4").statusCode(200)
                .body("figures.thematic", equalTo(1)).body("figures.cellQuartersMissedThematic", equalTo(0));
        get(c4, "meetings", "period", "2017-06").statusCode(200).body("figures.regular", equalTo(2));
    }

    @Test
    void aCellDissolvedOrFoundedInTheMiddleOfAMonthIsNotDueThatMonth() {
        get(c3, "meetings", "period", "2017-05").statusCode(200)
                .body("figures.regular", equalTo(1)).body("figures.cellMonths", equalTo(0));
        get(c2, "meetings", "period", "2017-02").statusCode(200)
                .body("figures.regular", equalTo(1)).body("figures.cellMonths", equalTo(0));
        get(c2, "meetings", "period", "2017-Q1").statusCode(200)
                .body("figures.cellMonths", equalTo(1)).body("figures.cellQuarters", equalTo(0));
    }

    @Test
    void aMemberWhoLeavesOrMovesInTheMiddleOfAMonthOwesItWhereTheyStandOnItsLastDay() {
        // June in cell 1: members 1 and 5 owe it and paid; member 3 left on 15 June and owes nothing, though paid
        get(c1, "dues", "period", "2017-06").statusCode(200)
                .body("figures.memberMonths", equalTo(2))
                .body("figures.memberMonthsUnpaid", equalTo(0))
                .body("figures.payments", equalTo(3))
                .body("figures.collectedDong", equalTo(30_000 + 25_000 + 15_000));
        // July: member 5 moved to cell 5 on 20 July and owes July there, unpaid
        get(c1, "dues", "period", "2017-07").statusCode(200).body("figures.memberMonths", equalTo(1));
        get(c5, "dues", "period", "2017-07").statusCode(200)
                .body("figures.memberMonths", equalTo(1)).body("figures.memberMonthsUnpaid", equalTo(1));
        // member 4, admitted on 10 March, owes from March and paid April
        get(c2, "dues", "period", "2017-Q1").statusCode(200).body("figures.memberMonths", equalTo(1))
                .body("figures.memberMonthsUnpaid", equalTo(1));
        // the corrected January payment counts once, at its corrected amount
        get(c1, "dues", "period", "2017-01").statusCode(200).body("figures.collectedDong", equalTo(30_000 + 20_000 + 25_000));
    }

    @Test
    void everyUnitAndPeriodAnswersWhatTheFactsSay() {
        List<LocalDate[]> periods = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            periods.add(new LocalDate[]{LocalDate.of(2017, month, 1), LocalDate.of(2017, month, 1).plusMonths(1)});
        }
        for (int q = 0; q < 4; q++) {
            periods.add(new LocalDate[]{LocalDate.of(2017, 1 + 3 * q, 1), LocalDate.of(2017, 1 + 3 * q, 1).plusMonths(3)});
        }
        periods.add(new LocalDate[]{LocalDate.of(2017, 1, 1), LocalDate.of(2017, 7, 1)});
        periods.add(new LocalDate[]{LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1)});
        periods.add(new LocalDate[]{LocalDate.of(2015, 1, 1), LocalDate.of(2020, 1, 1)});
        // ranges that do not start or end with a month
        periods.add(new LocalDate[]{LocalDate.of(2017, 2, 15), LocalDate.of(2017, 8, 20)});
        periods.add(new LocalDate[]{LocalDate.of(2017, 2, 1), LocalDate.of(2017, 11, 30)});
        periods.add(new LocalDate[]{LocalDate.of(2016, 12, 31), LocalDate.of(2017, 5, 11)});
        int compared = 0;
        for (String unit : List.of(p, a, b, x, y, s, c1, c2, c3, c4, c5)) {
            for (LocalDate[] period : periods) {
                for (LocalDate today : List.of(TODAY, LocalDate.of(2017, 9, 14))) {
                    String what = unit + " " + period[0] + ".." + period[1] + " today " + today;
                    Map<String, String> kept = inProvince(() -> {
                        var m = reports.meetings(unit, period[0], period[1], today);
                        var d = reports.dues(unit, period[0], period[1], today);
                        return figures(m.total(), m.byChild(), d.total(), d.byChild());
                    });
                    Map<String, String> computed = inProvince(() -> {
                        var m = facts.meetings(unit, period[0], period[1], today);
                        var d = facts.dues(unit, period[0], period[1], today);
                        return figures(m.total(), m.byChild(), d.total(), d.byChild());
                    });
                    assertThat(kept).as(what).isEqualTo(computed);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(11 * periods.size() * 2);
    }

    /** The figures as text (the records of both implementations print alike), children in order. */
    private static Map<String, String> figures(Object meetings, Map<String, ?> meetingsByChild, Object dues,
                                               Map<String, ?> duesByChild) {
        Map<String, String> all = new TreeMap<>();
        all.put("meetings", String.valueOf(meetings));
        meetingsByChild.forEach((k, v) -> all.put("meetings " + k, String.valueOf(v)));
        all.put("dues", String.valueOf(dues));
        duesByChild.forEach((k, v) -> all.put("dues " + k, String.valueOf(v)));
        return all;
    }

    private <T> T inProvince(java.util.function.Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() ->
                scoped.as(new ActingScope("activity-test", p, Set.of("province-admin")), work));
    }

    private static List<String> underX(String cell) {
        return List.of(p, a, x, cell);
    }

    private static List<String> underY(String cell) {
        return List.of(p, b, y, cell);
    }

    private static String registered(String cell, List<String> path) {
        String id = UUID.randomUUID().toString();
        publish(new MemberRegistered(id, "Người " + id.substring(0, 4), MemberStatus.FULL, cell, path,
                LocalDate.of(2005, 1, 1), LocalDate.of(2006, 1, 1), LocalDate.of(2012, 1, 1)));
        return id;
    }

    private static MeetingHeld regular(String cell, List<String> path, LocalDate on) {
        return new MeetingHeld(UUID.randomUUID().toString(), cell, path, MeetingKind.REGULAR, 5, 5, 0, 0, 0, 4, 1, 0, 2, 2,
                on);
    }

    private static MeetingHeld thematic(String cell, List<String> path, LocalDate on) {
        return new MeetingHeld(UUID.randomUUID().toString(), cell, path, MeetingKind.THEMATIC, 5, 5, 0, 0, 0, 3, 1, 1, 2, 1,
                on);
    }

    private static MeetingHeld copy(MeetingHeld m, String cell, List<String> path, MeetingKind kind, LocalDate on) {
        return new MeetingHeld(m.meetingId(), cell, path, kind, m.total(), m.full(), m.probationary(), m.attached(),
                m.exempted(), m.present(), m.absentWithReason(), m.absentWithoutReason(), m.committeeTotal(),
                m.committeePresent(), on);
    }

    private static ValidatableResponse get(String unit, String section, String... params) {
        var request = given().auth().oauth2(TestTokens.token("province-admin", p, "province-admin"));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/reporting/v1/units/" + unit + "/" + section).then();
    }
}
