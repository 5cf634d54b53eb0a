package vn.party.membership.transfer;

import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.time.WorkingDays;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Deadlines and limits of transfers (chuyển sinh hoạt đảng) under the regulation implementing the Statute
 * that is in force on the date that starts each clock. The values have not changed across the three
 * regulations; each is still its own entry so a change is a new entry.
 */
public final class TransferRules {

    public static final String TEMPORARY_DURATION = "transfer.temporary-duration";

    /**
     * @param sendWithinWorkingDays permanent transfer: the sending side completes it within this many working
     *                              days of the move
     * @param reportWithinDays      permanent transfer: the member reports to the new cell within this many
     *                              calendar days of the introduction letter
     */
    public record TransferRule(String regulation, LocalDate from, int sendWithinWorkingDays, int reportWithinDays,
                               Period temporaryMinimum, Period temporaryMaximum) {
    }

    // Each entry also answers for dates before the next one; the first answers for earlier dates too
    // (29-QĐ/TW of 2016, which it replaced, is not modelled).
    private static final List<TransferRule> TABLE = List.of(
            new TransferRule("24-QĐ/TW", LocalDate.of(2021, 7, 30), 60, 30, Period.ofMonths(3), Period.ofYears(1)),
            new TransferRule("232-QĐ/TW", LocalDate.of(2025, 1, 20), 60, 30, Period.ofMonths(3), Period.ofYears(1)),
            // 294-QĐ/TW: no district level any more; the transfer limits stay.
            new TransferRule("294-QĐ/TW", LocalDate.of(2025, 7, 1), 60, 30, Period.ofMonths(3), Period.ofYears(1)));

    private final WorkingDays workingDays;

    public TransferRules(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    public static TransferRule ruleOn(LocalDate date) {
        TransferRule found = TABLE.get(0);
        for (TransferRule rule : TABLE) {
            if (!rule.from().isAfter(date)) {
                found = rule;
            }
        }
        return found;
    }

    /** Last day for the sending side to complete a permanent transfer, counted in working days from the move. */
    public LocalDate sendingDeadline(LocalDate moveDate) {
        return workingDays.plus(moveDate, ruleOn(moveDate).sendWithinWorkingDays());
    }

    /** Last day for the member to report to the new cell, counted in calendar days from the introduction letter. */
    public static LocalDate reportingDeadline(LocalDate introductionLetterDate) {
        return introductionLetterDate.plusDays(ruleOn(introductionLetterDate).reportWithinDays());
    }

    /**
     * A temporary transfer lasts from 3 months to 1 year: {@code until} (its last day) lies between
     * {@code from} plus the minimum and {@code from} plus the maximum, both included.
     *
     * @throws RuleViolation {@code transfer.temporary-duration} otherwise
     */
    public static void checkTemporaryDuration(LocalDate from, LocalDate until) {
        TransferRule rule = ruleOn(from);
        LocalDate earliest = from.plus(rule.temporaryMinimum());
        LocalDate latest = from.plus(rule.temporaryMaximum());
        if (until.isBefore(earliest) || until.isAfter(latest)) {
            throw new RuleViolation(TEMPORARY_DURATION, "a temporary transfer from " + from + " lasts 3 months to 1 year ("
                    + rule.regulation() + "): it must end between " + earliest + " and " + latest + ", not on " + until);
        }
    }
}
