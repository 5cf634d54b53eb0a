package vn.party.membership.badge;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Party age (tuổi đảng): from the date of the admission decision, minus the periods outside party life
 * (struck off, expelled, out of contact, between leaving and readmission). Years and months are counted as if
 * the member had been admitted later by the days spent outside, so a member without such periods simply
 * counts from the admission date.
 */
public final class PartyAgeRules {

    /** A period outside party life, {@code from} inclusive, {@code to} exclusive. */
    public record OutsidePeriod(LocalDate from, LocalDate to) {
        public OutsidePeriod {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("a period outside party life must end after it starts: " + from + " to " + to);
            }
        }
    }

    /**
     * @param days   days of party life from admission to {@code asOf}
     * @param period the same as years, months and days (e.g. 30 years 2 months 5 days)
     */
    public record PartyAge(LocalDate admitted, LocalDate asOf, long days, Period period) {
        public int years() {
            return period.getYears();
        }
    }

    /** @throws IllegalArgumentException when {@code asOf} lies before the admission decision */
    public static PartyAge partyAge(LocalDate admissionDecision, List<OutsidePeriod> outside, LocalDate asOf) {
        if (asOf.isBefore(admissionDecision)) {
            throw new IllegalArgumentException("party age asked for " + asOf + ", before the admission decision of " + admissionDecision);
        }
        long excluded = excludedDays(admissionDecision, outside, asOf);
        return new PartyAge(admissionDecision, asOf, ChronoUnit.DAYS.between(admissionDecision, asOf) - excluded,
                Period.between(admissionDecision.plusDays(excluded), asOf));
    }

    /** Days of the periods that lie between admission and asOf, overlapping periods counted once. */
    private static long excludedDays(LocalDate admitted, List<OutsidePeriod> outside, LocalDate asOf) {
        List<OutsidePeriod> sorted = new ArrayList<>(outside);
        sorted.sort(Comparator.comparing(OutsidePeriod::from));
        long days = 0;
        LocalDate countedUpTo = admitted;
        for (OutsidePeriod p : sorted) {
            LocalDate from = max(p.from(), countedUpTo);
            LocalDate to = p.to().isAfter(asOf) ? asOf : p.to();
            if (to.isAfter(from)) {
                days += ChronoUnit.DAYS.between(from, to);
                countedUpTo = to;
            }
        }
        return days;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private PartyAgeRules() {
    }
}
