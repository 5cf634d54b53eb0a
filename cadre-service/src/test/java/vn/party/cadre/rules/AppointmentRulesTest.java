package vn.party.cadre.rules;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppointmentRulesTest {

    private final AppointmentRules rules = new AppointmentRules(List.of(new AppointmentRules.Settings(
            LocalDate.of(2022, 8, 18), "80-QĐ/TW", 5, 5, 2, 365)), RetirementRules.labourCode2019());

    @Test
    void aFirstAppointmentNeedsFiveYearsBeforeRetirement() {
        // a woman born May 1975 reaches 2035's age of 60 in May 2035
        assertThat(RetirementRules.labourCode2019().retirementDate(LocalDate.of(1975, 5, 1), Sex.FEMALE))
                .isEqualTo(LocalDate.of(2035, 5, 31));
        assertThatCode(() -> rules.checkFirstAppointment(LocalDate.of(1975, 5, 1), Sex.FEMALE, LocalDate.of(2030, 5, 31)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkFirstAppointment(LocalDate.of(1975, 5, 1), Sex.FEMALE, LocalDate.of(2030, 6, 1)))
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo(AppointmentRules.WORKING_YEARS);
    }

    @Test
    void reappointmentIsDueFiveYearsAfterAppointment() {
        assertThat(rules.reappointmentDue(LocalDate.of(2021, 7, 1))).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void aHeadInASecondConsecutiveTermCannotStartAThird() {
        var periods = List.of(new AppointmentRules.HeadPeriod(LocalDate.of(2015, 7, 1), null, 2));
        assertThatThrownBy(() -> rules.checkHeadTerms(periods, LocalDate.of(2025, 7, 1)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo(AppointmentRules.TWO_TERMS);
    }

    @Test
    void aHeadInAFirstTermMayBeReappointed() {
        var periods = List.of(new AppointmentRules.HeadPeriod(LocalDate.of(2020, 7, 1), null, 1));
        assertThatCode(() -> rules.checkHeadTerms(periods, LocalDate.of(2025, 7, 1))).doesNotThrowAnyException();
    }

    @Test
    void termsSeparatedByMoreThanAYearAreNotConsecutive() {
        var periods = List.of(
                new AppointmentRules.HeadPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1), 1),
                new AppointmentRules.HeadPeriod(LocalDate.of(2017, 1, 1), LocalDate.of(2022, 1, 1), 1));
        assertThat(rules.consecutiveTerms(periods, LocalDate.of(2022, 6, 1))).isEqualTo(1);
        assertThat(rules.consecutiveTerms(List.of(
                new AppointmentRules.HeadPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1), 1),
                new AppointmentRules.HeadPeriod(LocalDate.of(2015, 3, 1), LocalDate.of(2020, 3, 1), 1)),
                LocalDate.of(2020, 6, 1))).isEqualTo(2);
    }
}
