package vn.party.cadre.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class RetirementRulesTest {

    private final RetirementRules rules = RetirementRules.labourCode2019();

    @Test
    void menRetireAtSixtyAndThreeMonthsIn2021RisingThreeMonthsAYearToSixtyTwoIn2028() {
        assertThat(rules.retirementAgeIn(Sex.MALE, 2020)).isEqualTo(Period.of(60, 0, 0));
        assertThat(rules.retirementAgeIn(Sex.MALE, 2021)).isEqualTo(Period.of(60, 3, 0));
        assertThat(rules.retirementAgeIn(Sex.MALE, 2022)).isEqualTo(Period.of(60, 6, 0));
        assertThat(rules.retirementAgeIn(Sex.MALE, 2027)).isEqualTo(Period.of(61, 9, 0));
        assertThat(rules.retirementAgeIn(Sex.MALE, 2028)).isEqualTo(Period.of(62, 0, 0));
        assertThat(rules.retirementAgeIn(Sex.MALE, 2040)).isEqualTo(Period.of(62, 0, 0));
    }

    @Test
    void womenRetireAtFiftyFiveAndFourMonthsIn2021RisingFourMonthsAYearToSixtyIn2035() {
        assertThat(rules.retirementAgeIn(Sex.FEMALE, 2020)).isEqualTo(Period.of(55, 0, 0));
        assertThat(rules.retirementAgeIn(Sex.FEMALE, 2021)).isEqualTo(Period.of(55, 4, 0));
        assertThat(rules.retirementAgeIn(Sex.FEMALE, 2022)).isEqualTo(Period.of(55, 8, 0));
        assertThat(rules.retirementAgeIn(Sex.FEMALE, 2023)).isEqualTo(Period.of(56, 0, 0));
        assertThat(rules.retirementAgeIn(Sex.FEMALE, 2034)).isEqualTo(Period.of(59, 8, 0));
        assertThat(rules.retirementAgeIn(Sex.FEMALE, 2035)).isEqualTo(Period.of(60, 0, 0));
    }

    @Test
    void aManBornInJanuary1961RetiresAtTheEndOfApril2021() {
        assertThat(rules.retirementDate(LocalDate.of(1961, 1, 10), Sex.MALE)).isEqualTo(LocalDate.of(2021, 4, 30));
    }

    @Test
    void aManBornInOctober1961ReachesSixtyThreeMonthsOnlyIn2022SoRetiresAtSixtyAndSixMonths() {
        RetirementRules.Retirement r = rules.retirement(LocalDate.of(1961, 10, 15), Sex.MALE);
        assertThat(r.date()).isEqualTo(LocalDate.of(2022, 4, 30));
        assertThat(r.age()).isEqualTo(Period.of(60, 6, 0));
    }

    @Test
    void aManWhoTurnedSixtyBefore2021RetiredAtSixty() {
        assertThat(rules.retirementDate(LocalDate.of(1960, 9, 2), Sex.MALE)).isEqualTo(LocalDate.of(2020, 9, 30));
    }

    @Test
    void aWomanBornInJanuary1966RetiresInMay2021() {
        assertThat(rules.retirementDate(LocalDate.of(1966, 1, 20), Sex.FEMALE)).isEqualTo(LocalDate.of(2021, 5, 31));
    }

    @Test
    void youngerPeopleRetireAtTheFinalAge() {
        assertThat(rules.retirement(LocalDate.of(1980, 5, 19), Sex.FEMALE).age()).isEqualTo(Period.of(60, 0, 0));
        assertThat(rules.retirementDate(LocalDate.of(1980, 5, 19), Sex.FEMALE)).isEqualTo(LocalDate.of(2040, 5, 31));
        assertThat(rules.retirementDate(LocalDate.of(1975, 2, 28), Sex.MALE)).isEqualTo(LocalDate.of(2037, 2, 28));
    }

    @Test
    void theAgeReachedOnADateCountsWholeYearsFromTheBirthDate() {
        assertThat(RetirementRules.yearsOn(LocalDate.of(1990, 6, 15), LocalDate.of(2025, 6, 14))).isEqualTo(34);
        assertThat(RetirementRules.yearsOn(LocalDate.of(1990, 6, 15), LocalDate.of(2025, 6, 15))).isEqualTo(35);
        assertThat(RetirementRules.ageOn(LocalDate.of(1990, 6, 15), LocalDate.of(2025, 9, 20))).isEqualTo(Period.of(35, 3, 5));
    }

    @Test
    void workingYearsLeftAreCountedToTheRetirementDate() {
        LocalDate born = LocalDate.of(1968, 3, 1); // man: 62 in March 2030, retires 31 March 2030
        assertThat(rules.hasWorkingYearsLeft(born, Sex.MALE, LocalDate.of(2025, 3, 31), 5)).isTrue();
        assertThat(rules.hasWorkingYearsLeft(born, Sex.MALE, LocalDate.of(2025, 4, 1), 5)).isFalse();
    }
}
