package vn.party.membership.badge;

import org.junit.jupiter.api.Test;
import vn.party.membership.badge.PartyAgeRules.OutsidePeriod;
import vn.party.membership.badge.PartyAgeRules.PartyAge;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartyAgeRulesTest {

    private static final LocalDate ADMITTED = LocalDate.of(1995, 9, 2);

    @Test
    void partyAgeCountsFromTheAdmissionDecision() {
        PartyAge age = PartyAgeRules.partyAge(ADMITTED, List.of(), LocalDate.of(2025, 9, 2));
        assertThat(age.years()).isEqualTo(30);
        assertThat(age.period()).isEqualTo(Period.ofYears(30));
        assertThat(age.days()).isEqualTo(10_958); // 30 years with 8 leap days
    }

    @Test
    void theDayBeforeTheAnniversaryIsStillTheYearBefore() {
        assertThat(PartyAgeRules.partyAge(ADMITTED, List.of(), LocalDate.of(2025, 9, 1)).period())
                .isEqualTo(Period.of(29, 11, 30));
    }

    @Test
    void timeOutOfContactIsNotPartyLife() {
        // out of contact for exactly one year: the 30 years are reached a year later
        List<OutsidePeriod> outside = List.of(new OutsidePeriod(LocalDate.of(2001, 3, 1), LocalDate.of(2002, 3, 1)));
        assertThat(PartyAgeRules.partyAge(ADMITTED, outside, LocalDate.of(2025, 9, 2)).years()).isEqualTo(29);
        PartyAge later = PartyAgeRules.partyAge(ADMITTED, outside, LocalDate.of(2026, 9, 2));
        assertThat(later.years()).isEqualTo(30);
        assertThat(later.days()).isEqualTo(10_958);
    }

    @Test
    void aReadmittedMemberCountsFromTheFirstAdmissionLessTheYearsOutside() {
        // struck off in 2005, readmitted in 2010
        List<OutsidePeriod> outside = List.of(new OutsidePeriod(LocalDate.of(2005, 6, 1), LocalDate.of(2010, 6, 1)));
        PartyAge age = PartyAgeRules.partyAge(ADMITTED, outside, LocalDate.of(2025, 12, 1));
        assertThat(age.period()).isEqualTo(Period.of(25, 3, 0)); // counted as if admitted 1,826 days later
        assertThat(age.days()).isEqualTo(9_222);
    }

    @Test
    void overlappingPeriodsCountOnceAndPartsOutsideTheLifeSpanAreIgnored() {
        List<OutsidePeriod> outside = List.of(
                new OutsidePeriod(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 31)),
                new OutsidePeriod(LocalDate.of(2000, 1, 11), LocalDate.of(2000, 2, 10)), // overlaps by 20 days
                new OutsidePeriod(LocalDate.of(1990, 1, 1), LocalDate.of(1995, 9, 12)),  // 10 days after admission count
                new OutsidePeriod(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1)));  // after the date asked
        PartyAge age = PartyAgeRules.partyAge(ADMITTED, outside, LocalDate.of(2025, 9, 2));
        assertThat(age.days()).isEqualTo(10_958 - 40 - 10);
    }

    @Test
    void partyAgeBeforeAdmissionOrABackwardsPeriodIsRefused() {
        assertThatThrownBy(() -> PartyAgeRules.partyAge(ADMITTED, List.of(), ADMITTED.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutsidePeriod(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onTheAdmissionDayPartyAgeIsZero() {
        PartyAge age = PartyAgeRules.partyAge(ADMITTED, List.of(), ADMITTED);
        assertThat(age.days()).isZero();
        assertThat(age.years()).isZero();
    }
}
