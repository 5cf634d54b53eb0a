package vn.party.membership.admission;

import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.time.WorkingDays;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Admission and the probationary year (DOMAIN.md "Admission"), by the regulation in force on the day of
 * the committee's decision. A new regulation is a new entry in {@link #REGULATIONS}, never an edit.
 */
public final class AdmissionRules {

    public static final String MINIMUM_AGE = "admission.minimum-age";
    public static final String OVER_SIXTY = "admission.over-sixty-needs-province";
    public static final String DECISION_ORDER = "admission.decision-after-vote";
    public static final String DECIDING_BODY = "admission.deciding-body";
    public static final String CEREMONY_DEADLINE = "admission.ceremony-deadline";
    public static final String PROBATION_NOT_OVER = "admission.probation-not-over";
    public static final String STAGE = "admission.stage";

    /**
     * @param minAgeMonths          age at the cell's vote, counted in months, from which a person may be admitted
     * @param maxAgeMonths          above this, only the province committee decides
     * @param ceremonyWorkingDays   the ceremony is held within this many working days of the decision
     * @param probationMonths       probation runs this long from the ceremony
     */
    public record Regulation(String name, LocalDate appliesFrom, int minAgeMonths, int maxAgeMonths,
                             int ceremonyWorkingDays, int probationMonths) {
    }

    static final List<Regulation> REGULATIONS = List.of(
            // Quy định 24-QĐ/TW (2021-07-30) thi hành Điều lệ Đảng
            new Regulation("24-QĐ/TW", LocalDate.of(2021, 7, 30), 18 * 12, 60 * 12, 30, 12),
            // Quy định 232-QĐ/TW (2025-01-20): same ages and periods
            new Regulation("232-QĐ/TW", LocalDate.of(2025, 1, 20), 18 * 12, 60 * 12, 30, 12),
            // Quy định 294-QĐ/TW (2025-07-01): no district level; ages and periods unchanged
            new Regulation("294-QĐ/TW", LocalDate.of(2025, 7, 1), 18 * 12, 60 * 12, 30, 12));

    /** The regulation in force on {@code date}; decisions before the first entry are judged by it too. */
    public static Regulation inForce(LocalDate date) {
        return REGULATIONS.stream().filter(r -> !r.appliesFrom().isAfter(date))
                .max(Comparator.comparing(Regulation::appliesFrom)).orElse(REGULATIONS.get(0));
    }

    /** Full months of age on {@code on}. */
    public static long ageInMonths(LocalDate dateOfBirth, LocalDate on) {
        return ChronoUnit.MONTHS.between(dateOfBirth, on);
    }

    /**
     * The decision comes after the cell's vote; the candidate is 18 to 60 at the vote (in months), and
     * older only when the province committee decides.
     */
    public static Regulation checkDecision(LocalDate dateOfBirth, LocalDate cellVoteOn, LocalDate decidedOn,
                                           boolean decidedByProvince) {
        if (decidedOn.isBefore(cellVoteOn)) {
            throw new RuleViolation(DECISION_ORDER, "the committee decides after the cell's vote on " + cellVoteOn);
        }
        Regulation regulation = inForce(decidedOn);
        long months = ageInMonths(dateOfBirth, cellVoteOn);
        if (months < regulation.minAgeMonths()) {
            throw new RuleViolation(MINIMUM_AGE, "the candidate was " + years(months) + " at the cell's vote on "
                    + cellVoteOn + "; " + regulation.name() + " admits from " + years(regulation.minAgeMonths()),
                    Map.of("ageInMonths", months, "regulation", regulation.name()));
        }
        if (months > regulation.maxAgeMonths() && !decidedByProvince) {
            throw new RuleViolation(OVER_SIXTY, "the candidate was " + years(months) + " at the cell's vote; over "
                    + years(regulation.maxAgeMonths()) + " only the province committee decides (" + regulation.name() + ")",
                    Map.of("ageInMonths", months, "regulation", regulation.name()));
        }
        return regulation;
    }

    /** The deciding committee stands above the candidate's cell (its path holds the cell's ancestors). */
    public static void checkDecidingBody(List<String> cellPath, String decidedByUnitCode) {
        if (!cellPath.subList(0, cellPath.size() - 1).contains(decidedByUnitCode)) {
            throw new RuleViolation(DECIDING_BODY, decidedByUnitCode + " is not a committee above the candidate's cell "
                    + cellPath.get(cellPath.size() - 1));
        }
    }

    /** Last day the admission ceremony may be held. */
    public static LocalDate ceremonyDeadline(LocalDate decidedOn, WorkingDays workingDays) {
        return workingDays.plus(decidedOn, inForce(decidedOn).ceremonyWorkingDays());
    }

    /** @return the day probation ends (12 months from the ceremony) */
    public static LocalDate checkCeremony(LocalDate decidedOn, LocalDate heldOn, WorkingDays workingDays) {
        LocalDate deadline = ceremonyDeadline(decidedOn, workingDays);
        if (heldOn.isBefore(decidedOn)) {
            throw new RuleViolation(CEREMONY_DEADLINE, "the ceremony follows the decision of " + decidedOn);
        }
        if (heldOn.isAfter(deadline)) {
            throw new RuleViolation(CEREMONY_DEADLINE, "the ceremony must be held within "
                    + inForce(decidedOn).ceremonyWorkingDays() + " working days of the decision, by " + deadline,
                    Map.of("deadline", deadline.toString()));
        }
        return probationEnd(decidedOn, heldOn);
    }

    /** Probation runs 12 months from the ceremony. */
    public static LocalDate probationEnd(LocalDate decidedOn, LocalDate ceremonyOn) {
        return ceremonyOn.plusMonths(inForce(decidedOn).probationMonths());
    }

    /**
     * Confirmation is decided once probation is over and takes effect on its end, even when decided late.
     *
     * @return the date the member is full from
     */
    public static LocalDate confirmationEffectiveOn(LocalDate probationEndsOn, LocalDate decidedOn) {
        if (decidedOn.isBefore(probationEndsOn)) {
            throw new RuleViolation(PROBATION_NOT_OVER, "probation runs until " + probationEndsOn
                    + "; confirmation is decided after it", Map.of("probationEndsOn", probationEndsOn.toString()));
        }
        return probationEndsOn;
    }

    private static String years(long months) {
        return months / 12 + " years" + (months % 12 == 0 ? "" : " " + months % 12 + " months");
    }

    private AdmissionRules() {
    }
}
