package vn.party.membership.meeting;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.membership.MemberStatus;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingRulesTest {

    private final UUID full = UUID.randomUUID();
    private final UUID probationary = UUID.randomUUID();
    private final UUID exempted = UUID.randomUUID();
    private final UUID attached = UUID.randomUUID();

    private final Map<UUID, MeetingRules.OnTheDay> cell = Map.of(
            full, new MeetingRules.OnTheDay(full, MemberStatus.FULL, true, false, false),
            probationary, new MeetingRules.OnTheDay(probationary, MemberStatus.PROBATIONARY, true, false, false),
            exempted, new MeetingRules.OnTheDay(exempted, MemberStatus.FULL, true, true, false),
            attached, new MeetingRules.OnTheDay(attached, MemberStatus.FULL, false, false, true));

    @Test
    void theMinutesCountTheCellFromTheDirectoryAndTheRowsForAttendance() {
        MeetingRules.Minutes m = MeetingRules.minutes(cell, List.of(
                new MeetingRules.Row(full, Attendance.PRESENT, true),
                new MeetingRules.Row(probationary, Attendance.ABSENT_WITH_REASON, false),
                new MeetingRules.Row(attached, Attendance.PRESENT, false)));
        assertThat(m).isEqualTo(new MeetingRules.Minutes(3, 2, 1, 1, 1, 2, 1, 0, 1, 1));
    }

    @Test
    void anExpectedMemberWithoutARowIsRefusedButAnExemptedOneMayBeLeftOut() {
        assertThatThrownBy(() -> MeetingRules.minutes(cell, List.of(new MeetingRules.Row(full, Attendance.PRESENT, false))))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(MeetingRules.INCOMPLETE);
    }

    @Test
    void aStrangerOrAnAttachedCommitteeMemberIsRefused() {
        assertThatThrownBy(() -> MeetingRules.minutes(cell, List.of(new MeetingRules.Row(UUID.randomUUID(), Attendance.PRESENT, false))))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(MeetingRules.NOT_IN_CELL);
        assertThatThrownBy(() -> MeetingRules.minutes(cell, List.of(
                new MeetingRules.Row(full, Attendance.PRESENT, false),
                new MeetingRules.Row(probationary, Attendance.PRESENT, false),
                new MeetingRules.Row(attached, Attendance.PRESENT, true))))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(MeetingRules.COMMITTEE_OF_CELL);
    }

    @Test
    void aQuarterWithoutAThematicMeetingIsMissedAndAMonthWithoutARegularOne() {
        YearMonth jan = YearMonth.of(2025, 1);
        assertThat(MeetingRules.missedQuarters(List.of(jan, YearMonth.of(2025, 4)), Set.of(YearMonth.of(2025, 3))))
                .containsExactly("2025-Q2");
        assertThat(MeetingRules.missedMonths(List.of(jan, jan.plusMonths(1)), Set.of(jan))).containsExactly(jan.plusMonths(1));
    }

    @Test
    void ratesHaveTwoDecimalsAsCommitteesPrintThemAndNoneWithoutMeetings() {
        assertThat(MeetingRules.rate(18, 21)).isEqualByComparingTo("85.71");
        assertThat(MeetingRules.rate(18, 21).scale()).isEqualTo(2);
        // 64.275 exactly: a double would round it down
        assertThat(MeetingRules.rate(2571, 4000)).isEqualByComparingTo("64.28");
        assertThat(MeetingRules.rate(0, 0)).isNull();
    }
}
