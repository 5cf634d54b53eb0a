package vn.party.membership.badge;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;
import vn.party.membership.badge.PartyAgeRules.OutsidePeriod;
import vn.party.membership.badge.PartyAgeRules.PartyAge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BadgeRulesTest {

    private static final LocalDate SEPTEMBER_2_2025 = LocalDate.of(2025, 9, 2);

    private static PartyAge age(LocalDate admitted, LocalDate on) {
        return PartyAgeRules.partyAge(admitted, List.of(), on);
    }

    @Test
    void aMemberReachingThirtyYearsOnThePresentationDateIsDueTheThirtyYearBadge() {
        LocalDate admitted = LocalDate.of(1995, 9, 2);
        assertThat(BadgeRules.milestoneDueOn(SEPTEMBER_2_2025, age(admitted, SEPTEMBER_2_2025), Set.of())).contains(30);
    }

    @Test
    void aMemberReachingTheMilestoneAfterAPresentationDateWaitsForTheNextOne() {
        LocalDate admitted = LocalDate.of(1995, 9, 3);
        assertThat(BadgeRules.milestoneDueOn(SEPTEMBER_2_2025, age(admitted, SEPTEMBER_2_2025), Set.of())).isEmpty();
        LocalDate next = BadgeRules.nextPresentationDate(LocalDate.of(2025, 9, 3));
        assertThat(next).isEqualTo(LocalDate.of(2025, 11, 7));
        assertThat(BadgeRules.milestoneDueOn(next, age(admitted, next), Set.of())).contains(30);
    }

    @Test
    void aMemberMissedAtOnePresentationStaysDueAtTheNext() {
        LocalDate admitted = LocalDate.of(1995, 6, 1);
        assertThat(BadgeRules.milestoneDueOn(SEPTEMBER_2_2025, age(admitted, SEPTEMBER_2_2025), Set.of())).contains(30);
        LocalDate february = LocalDate.of(2026, 2, 3);
        assertThat(BadgeRules.milestoneDueOn(february, age(admitted, february), Set.of())).contains(30);
    }

    @Test
    void aMemberAlreadyHoldingTheBadgeIsNotDueAgain() {
        LocalDate admitted = LocalDate.of(1995, 6, 1);
        assertThat(BadgeRules.milestoneDueOn(SEPTEMBER_2_2025, age(admitted, SEPTEMBER_2_2025), Set.of(30))).isEmpty();
    }

    @Test
    void aMemberIsDueTheHighestMilestoneReachedNotEachMissedOne() {
        LocalDate admitted = LocalDate.of(1979, 1, 10); // 46 years in September 2025, no badge yet
        assertThat(BadgeRules.milestoneDueOn(SEPTEMBER_2_2025, age(admitted, SEPTEMBER_2_2025), Set.of())).contains(45);
        assertThat(BadgeRules.milestoneDueOn(SEPTEMBER_2_2025, age(admitted, SEPTEMBER_2_2025), Set.of(30, 40))).contains(45);
        assertThat(BadgeRules.milestoneDueOn(SEPTEMBER_2_2025, age(admitted, SEPTEMBER_2_2025), Set.of(50))).isEmpty();
    }

    @Test
    void thereIsNoBadgeBetweenMilestones() {
        LocalDate admitted = LocalDate.of(1990, 1, 1); // 35 years, holds the 30-year badge
        assertThat(BadgeRules.milestoneDueOn(SEPTEMBER_2_2025, age(admitted, SEPTEMBER_2_2025), Set.of(30))).isEmpty();
        assertThat(BadgeRules.milestoneDueOn(SEPTEMBER_2_2025, age(LocalDate.of(2000, 1, 1), SEPTEMBER_2_2025), Set.of())).isEmpty();
    }

    @Test
    void aNinetyYearMemberIsDueTheNinetyYearBadge() {
        LocalDate admitted = LocalDate.of(1935, 5, 19);
        LocalDate may19 = LocalDate.of(2025, 5, 19);
        assertThat(BadgeRules.milestoneDueOn(may19, age(admitted, may19), Set.of(30, 40, 50, 60, 70, 80, 85))).contains(90);
    }

    @Test
    void yearsOutsidePartyLifeDelayTheBadge() {
        LocalDate admitted = LocalDate.of(1995, 9, 2);
        PartyAge age = PartyAgeRules.partyAge(admitted,
                List.of(new OutsidePeriod(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 2))), SEPTEMBER_2_2025);
        assertThat(BadgeRules.milestoneDueOn(SEPTEMBER_2_2025, age, Set.of())).isEmpty();
    }

    @Test
    void badgesArePresentedOnlyOnThe3rdOfFebruary19thOfMay2ndOfSeptemberAnd7thOfNovember() {
        assertThat(BadgeRules.isPresentationDate(LocalDate.of(2026, 2, 3))).isTrue();
        assertThat(BadgeRules.isPresentationDate(LocalDate.of(2026, 5, 19))).isTrue();
        assertThat(BadgeRules.isPresentationDate(LocalDate.of(2026, 9, 2))).isTrue();
        assertThat(BadgeRules.isPresentationDate(LocalDate.of(2026, 11, 7))).isTrue();
        LocalDate notADay = LocalDate.of(2026, 3, 8);
        assertThatThrownBy(() -> BadgeRules.milestoneDueOn(notADay, age(LocalDate.of(1990, 1, 1), notADay), Set.of()))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(BadgeRules.PRESENTATION_DATE);
    }

    @Test
    void thePresentationAfterNovemberIsFebruaryOfTheNextYear() {
        assertThat(BadgeRules.nextPresentationDate(LocalDate.of(2025, 11, 8))).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(BadgeRules.nextPresentationDate(LocalDate.of(2026, 2, 3))).isEqualTo(LocalDate.of(2026, 2, 3));
    }

    @Test
    void partyAgeMustBeTakenOnThePresentationDate() {
        assertThatThrownBy(() -> BadgeRules.milestoneDueOn(SEPTEMBER_2_2025,
                age(LocalDate.of(1990, 1, 1), LocalDate.of(2025, 8, 1)), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMilestonesAreThirtyToNinetyYears() {
        assertThat(BadgeRules.milestones(SEPTEMBER_2_2025)).containsExactly(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);
    }

    @Test
    void anAwardNeedsAPresentationDayAMilestoneAndThePartyAgeToReachIt() {
        PartyAge thirty = age(LocalDate.of(1995, 9, 2), SEPTEMBER_2_2025);
        BadgeRules.checkAward(SEPTEMBER_2_2025, 30, thirty);
        assertThatThrownBy(() -> BadgeRules.checkAward(SEPTEMBER_2_2025, 40, thirty))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(BadgeRules.MILESTONE_NOT_REACHED);
        assertThatThrownBy(() -> BadgeRules.checkAward(SEPTEMBER_2_2025, 40, thirty))
                .extracting(e -> ((RuleViolation) e).facts()).isEqualTo(java.util.Map.of("partyAgeYears", 30, "milestoneYears", 40));
        assertThatThrownBy(() -> BadgeRules.checkAward(SEPTEMBER_2_2025, 35, thirty))
                .extracting("rule").isEqualTo(BadgeRules.MILESTONE);
        assertThatThrownBy(() -> BadgeRules.checkAward(LocalDate.of(2025, 9, 3), 30, thirty))
                .extracting("rule").isEqualTo(BadgeRules.PRESENTATION_DATE);
        assertThatThrownBy(() -> BadgeRules.checkAward(SEPTEMBER_2_2025, 30, null))
                .extracting("rule").isEqualTo(BadgeRules.MILESTONE_NOT_REACHED);
    }
}
