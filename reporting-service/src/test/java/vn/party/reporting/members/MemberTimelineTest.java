package vn.party.reporting.members;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.party.contracts.membership.MemberStatus;
import vn.party.reporting.members.MemberTimeline.Fact;
import vn.party.reporting.members.MemberTimeline.Kind;
import vn.party.reporting.members.MemberTimeline.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.party.contracts.membership.MemberStatus.CANDIDATE;
import static vn.party.contracts.membership.MemberStatus.FULL;
import static vn.party.contracts.membership.MemberStatus.LEFT;
import static vn.party.contracts.membership.MemberStatus.PROBATIONARY;
import static vn.party.reporting.members.MemberTimeline.OPEN;

class MemberTimelineTest {

    private static final LocalDate REGISTERED = LocalDate.of(2023, 3, 1);
    private static final LocalDate ADMITTED = LocalDate.of(2023, 9, 2);
    private static final LocalDate CONFIRMED = LocalDate.of(2024, 9, 2);
    private static final LocalDate MOVED = LocalDate.of(2025, 2, 1);
    private static final LocalDate EXPELLED = LocalDate.of(2026, 1, 10);

    private int clock;

    @Test
    void aCandidateAdmittedConfirmedTransferredAndExpelledHasADatedHistory() {
        assertThat(MemberTimeline.periods(life())).extracting(Period::from, Period::until, Period::status, Period::unitCode)
                .containsExactly(
                        Tuple.tuple(REGISTERED, ADMITTED, CANDIDATE, "c1"),
                        Tuple.tuple(ADMITTED, CONFIRMED, PROBATIONARY, "c1"),
                        Tuple.tuple(CONFIRMED, MOVED, FULL, "c1"),
                        Tuple.tuple(MOVED, EXPELLED, FULL, "c2"),
                        Tuple.tuple(EXPELLED, OPEN, LEFT, "c2"));
    }

    @Test
    void redeliveredOrShuffledEventsGiveTheSameHistory() {
        List<Period> expected = MemberTimeline.periods(life());
        for (long seed = 1; seed <= 20; seed++) {
            List<Fact> shuffled = new ArrayList<>(life());
            Collections.shuffle(shuffled, new java.util.Random(seed));
            assertThat(MemberTimeline.periods(shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void aFullMemberEnteredFromPaperCountsInTheCellFromTheRegistrationOnly() {
        LocalDate since = LocalDate.of(2020, 5, 1);
        List<Period> periods = MemberTimeline.periods(List.of(new Fact(UUID.randomUUID(), "m", Kind.REGISTERED, since,
                Instant.EPOCH, FULL, "c1", LocalDate.of(1990, 1, 1), LocalDate.of(1991, 1, 1))));
        assertThat(periods).containsExactly(new Period(since, OPEN, FULL, "c1"));
    }

    @Test
    void aMemberTransferredOutOfTheProvinceAndBackCountsAgainFromTheReturn() {
        LocalDate out = LocalDate.of(2024, 1, 5);
        LocalDate back = LocalDate.of(2025, 4, 1);
        List<Period> periods = MemberTimeline.periods(List.of(
                fact(Kind.REGISTERED, REGISTERED, FULL, "c1", LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1)),
                fact(Kind.STATUS_CHANGED, out, LEFT, "c1", null, null),
                fact(Kind.TRANSFERRED_OUT, out, null, "c1", null, null),
                fact(Kind.STATUS_CHANGED, back, FULL, "c3", null, null),
                fact(Kind.TRANSFERRED_IN, back, FULL, "c3", null, null)));
        assertThat(periods).extracting(Period::from, Period::status, Period::unitCode).containsExactly(
                Tuple.tuple(REGISTERED, FULL, "c1"), Tuple.tuple(out, LEFT, "c1"), Tuple.tuple(back, FULL, "c3"));
    }

    private List<Fact> life() {
        clock = 0;
        return List.of(
                fact(Kind.REGISTERED, REGISTERED, CANDIDATE, "c1", null, null),
                fact(Kind.ADMITTED, ADMITTED, null, "c1", null, null),
                fact(Kind.CONFIRMED, CONFIRMED, null, "c1", null, null),
                fact(Kind.TRANSFERRED, MOVED, null, "c2", null, null),
                fact(Kind.STATUS_CHANGED, EXPELLED, LEFT, "c2", null, null));
    }

    private Fact fact(Kind kind, LocalDate on, MemberStatus status, String unit, LocalDate admittedOn, LocalDate confirmedOn) {
        return new Fact(UUID.nameUUIDFromBytes((kind + "" + on).getBytes()), "m", kind, on, Instant.ofEpochSecond(clock++),
                status, unit, admittedOn, confirmedOn);
    }
}
