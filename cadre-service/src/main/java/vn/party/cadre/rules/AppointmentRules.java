package vn.party.cadre.rules;

import vn.party.backbone.problem.RuleViolation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Appointment and reappointment (bổ nhiệm, bổ nhiệm lại), Quy định 80-QĐ/TW (2022): a first appointment needs
 * at least 5 years of working age left on the day it takes effect; an appointment lasts 5 years, after which
 * the cadre is reappointed or leaves the post; nobody heads the same unit for more than two consecutive terms.
 * Two terms are consecutive when the second began within {@code consecutiveGapDays} (default 365) after the
 * first ended. The figures are configuration ({@code cadre.rules.appointment.*}) with these defaults; a new
 * rule is a new row with the date it applies from.
 */
public final class AppointmentRules {

    public static final String WORKING_YEARS = "appointment.working-years";
    public static final String TWO_TERMS = "appointment.two-consecutive-terms";
    public static final String NOT_DUE = "appointment.reappointment-not-due";

    public record Settings(LocalDate from, String basis, int minWorkingYearsAtFirstAppointment, int termYears,
                           int maxConsecutiveHeadTerms, int consecutiveGapDays) {
        public Settings {
            Objects.requireNonNull(from, "from");
        }
    }

    /** A period the cadre headed the unit: {@code terms} appointments (the first and each reappointment). */
    public record HeadPeriod(LocalDate from, LocalDate until, int terms) {
    }

    private final List<Settings> table;
    private final RetirementRules retirement;

    public AppointmentRules(List<Settings> table, RetirementRules retirement) {
        if (table.isEmpty()) {
            throw new IllegalArgumentException("an appointment rule table needs a row");
        }
        this.table = table.stream().sorted(Comparator.comparing(Settings::from)).toList();
        this.retirement = retirement;
    }

    public Settings on(LocalDate date) {
        Settings found = table.get(0);
        for (Settings s : table) {
            if (!s.from().isAfter(date)) {
                found = s;
            }
        }
        return found;
    }

    /** @throws RuleViolation {@code appointment.working-years} when fewer years are left before retirement */
    public void checkFirstAppointment(LocalDate dateOfBirth, Sex sex, LocalDate effectiveOn) {
        Settings s = on(effectiveOn);
        LocalDate retiresOn = retirement.retirementDate(dateOfBirth, sex);
        if (retiresOn.isBefore(effectiveOn.plusYears(s.minWorkingYearsAtFirstAppointment()))) {
            throw new RuleViolation(WORKING_YEARS, "a first appointment needs " + s.minWorkingYearsAtFirstAppointment()
                    + " years of working age left; the cadre retires on " + retiresOn,
                    Map.of("retirementDate", retiresOn.toString(), "requiredYears", s.minWorkingYearsAtFirstAppointment(),
                            "basis", s.basis()));
        }
    }

    /** When the appointment of {@code appointedOn} runs out and reappointment is due. */
    public LocalDate reappointmentDue(LocalDate appointedOn) {
        return appointedOn.plusYears(on(appointedOn).termYears());
    }

    /**
     * Terms the cadre has headed the unit without a break, counted back from {@code startingOn}: a period
     * counts when it lasts to {@code startingOn} (no end) or ended at most the gap before the next began.
     */
    public int consecutiveTerms(List<HeadPeriod> periods, LocalDate startingOn) {
        int gap = on(startingOn).consecutiveGapDays();
        List<HeadPeriod> latestFirst = periods.stream()
                .sorted(Comparator.comparing((HeadPeriod p) -> p.until() == null ? LocalDate.MAX : p.until()).reversed())
                .toList();
        int terms = 0;
        LocalDate next = startingOn;
        for (HeadPeriod p : latestFirst) {
            if (p.until() != null && p.until().plusDays(gap).isBefore(next)) {
                break;
            }
            terms += p.terms();
            next = p.from();
        }
        return terms;
    }

    /**
     * A head appointed or reappointed on {@code startingOn} would start one more term of heading the unit.
     *
     * @param periods the cadre's earlier and current periods heading the same unit
     * @throws RuleViolation {@code appointment.two-consecutive-terms}
     */
    public void checkHeadTerms(List<HeadPeriod> periods, LocalDate startingOn) {
        Settings s = on(startingOn);
        int terms = consecutiveTerms(periods, startingOn);
        if (terms >= s.maxConsecutiveHeadTerms()) {
            throw new RuleViolation(TWO_TERMS, "the cadre has headed the unit for " + terms
                    + " consecutive terms; nobody heads the same unit for more than " + s.maxConsecutiveHeadTerms(),
                    Map.of("consecutiveTerms", terms, "limit", s.maxConsecutiveHeadTerms(), "basis", s.basis()));
        }
    }
}
