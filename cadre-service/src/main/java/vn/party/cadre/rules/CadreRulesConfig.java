package vn.party.cadre.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The figures a province configures for the cadre rules; each default is the documented one of the rule
 * class it feeds ({@link PlanningRules}, {@link AppointmentRules}).
 */
@ConfigMapping(prefix = "cadre.rules")
public interface CadreRulesConfig {

    Planning planning();

    Appointment appointment();

    interface Planning {
        @WithDefault("2021-12-27")
        LocalDate from();

        @WithDefault("50-QĐ/TW (2021) on cadre planning")
        String basis();

        @WithDefault("5")
        int termYears();

        @WithDefault("3")
        int maxCandidatesPerPosition();

        @WithDefault("3")
        int maxPositionsPerCadre();

        /** How long a discipline of reprimand or above keeps a cadre out of a plan. */
        @WithDefault("12")
        int disciplineMonths();

        /** Young cadres: under this age on the term's first day, per level. */
        @WithDefault("45")
        int youngAgeProvince();

        @WithDefault("40")
        int youngAgeIntermediate();

        @WithDefault("35")
        int youngAgeBase();

        @WithDefault("0.15")
        BigDecimal youngTarget();

        @WithDefault("0.25")
        BigDecimal womenTarget();

        /** No target unless a province sets one. */
        Optional<BigDecimal> ethnicMinorityTarget();
    }

    interface Appointment {
        @WithDefault("2022-08-18")
        LocalDate from();

        @WithDefault("80-QĐ/TW (2022) on appointment")
        String basis();

        @WithDefault("5")
        int minWorkingYearsAtFirstAppointment();

        @WithDefault("5")
        int termYears();

        @WithDefault("2")
        int maxConsecutiveHeadTerms();

        @WithDefault("365")
        int consecutiveGapDays();
    }
}
