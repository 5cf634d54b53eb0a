package vn.party.membership.member;

import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.membership.ExitKind;
import vn.party.contracts.membership.MemberCondition;
import vn.party.contracts.membership.MemberStatus;

import java.time.LocalDate;
import java.time.Period;

/**
 * Which status changes and conditions a member record allows (Điều lệ Đảng; 294-QĐ/TW for readmission).
 * Plain Java: the service loads the record, these rules say yes or no.
 */
public final class MemberRules {

    public static final String REGISTRATION = "member.registration";
    public static final String EXIT = "member.exit";
    public static final String READMISSION = "member.readmission";
    public static final String CONDITION = "member.condition";
    public static final String CELL = "member.cell";

    /** Members and candidates are placed in a cell or a base cell, never in a committee. */
    public static void checkHoldsMembers(String unitCode, boolean holdsMembers) {
        if (!holdsMembers) {
            throw new RuleViolation(CELL, unitCode + " is not a cell or base cell; members belong to cells");
        }
    }

    /**
     * A record opens as a candidate, or as an existing member with the dates that made them one.
     * LEFT is reached through an exit, never registered directly.
     */
    public static void checkRegistration(MemberStatus status, LocalDate dateOfBirth, LocalDate admittedOn,
                                         LocalDate confirmedOn, LocalDate today) {
        checkRegistration(status, dateOfBirth, admittedOn, confirmedOn, today, false);
    }

    /**
     * As above; a record {@code fromPaper} (old paper files) may be a FULL member without the confirmation date,
     * which the files often do not give: the admission date is still required.
     */
    public static void checkRegistration(MemberStatus status, LocalDate dateOfBirth, LocalDate admittedOn,
                                         LocalDate confirmedOn, LocalDate today, boolean fromPaper) {
        switch (status) {
            case CANDIDATE -> {
                if (admittedOn != null || confirmedOn != null) {
                    throw new RuleViolation(REGISTRATION, "a candidate has no admission or confirmation date yet");
                }
            }
            case PROBATIONARY -> {
                if (admittedOn == null || confirmedOn != null) {
                    throw new RuleViolation(REGISTRATION, "a probationary member has an admission date and no confirmation date");
                }
            }
            case FULL -> {
                boolean dateUnknown = fromPaper && confirmedOn == null;
                if (admittedOn == null || (!dateUnknown && (confirmedOn == null || !confirmedOn.isAfter(admittedOn)))) {
                    throw new RuleViolation(REGISTRATION, "a full member has an admission date and a later confirmation date");
                }
            }
            case LEFT -> throw new RuleViolation(REGISTRATION, "register the member first, then record the exit with its date");
        }
        if (admittedOn != null && (admittedOn.isAfter(today) || Period.between(dateOfBirth, admittedOn).getYears() < 16)) {
            throw new RuleViolation(REGISTRATION, "the admission date must be past and after the member's 16th birthday");
        }
    }

    /** Exits end a membership: a candidate is not yet a member, so only death closes a candidate's record. */
    public static void checkExit(MemberStatus status, ExitKind kind) {
        if (status == MemberStatus.LEFT) {
            throw new RuleViolation(EXIT, "the member has already left");
        }
        if (status == MemberStatus.CANDIDATE && kind != ExitKind.DECEASED) {
            throw new RuleViolation(EXIT, "a candidate is not a member yet: " + kind + " does not apply");
        }
    }

    /**
     * A person who left may become a candidate again once, continuing the same record; not after death, nor after
     * a transfer to another province. Who may come back, by the regulation in force on the day the candidacy starts: a person expelled only after
     * {@code expelledWaitMonths} from the expulsion and with the province committee's consent.
     */
    public record ReadmissionRule(String regulation, LocalDate appliesFrom, int expelledWaitMonths) {
    }

    static final java.util.List<ReadmissionRule> READMISSION_RULES = java.util.List.of(
            // Quy định 29-QĐ/TW (2016-07-25), art. 4.3: expelled members after 36 months, the province committee consenting
            new ReadmissionRule("29-QĐ/TW", LocalDate.of(2016, 7, 25), 36),
            // Quy định 24-QĐ/TW (2021-07-30), art. 4.3: unchanged
            new ReadmissionRule("24-QĐ/TW", LocalDate.of(2021, 7, 30), 36),
            // Quy định 294-QĐ/TW (2025-07-01): unchanged
            new ReadmissionRule("294-QĐ/TW", LocalDate.of(2025, 7, 1), 36));

    /** The readmission rule in force on {@code date}; earlier dates are judged by the first entry. */
    public static ReadmissionRule readmissionRuleOn(LocalDate date) {
        return READMISSION_RULES.stream().filter(r -> !r.appliesFrom().isAfter(date))
                .max(java.util.Comparator.comparing(ReadmissionRule::appliesFrom)).orElse(READMISSION_RULES.get(0));
    }

    /** As {@link #checkReadmissionCandidacy(MemberStatus, ExitKind, boolean, LocalDate, LocalDate, LocalDate)}, for a record that was not expelled. */
    public static void checkReadmissionCandidacy(MemberStatus status, ExitKind exitKind, boolean readmittedBefore) {
        checkReadmissionCandidacy(status, exitKind, readmittedBefore, null, null, null);
    }

    /**
     * @param leftOn            the exit's date
     * @param on                the day the readmission candidacy starts
     * @param provinceConsentOn the date of the province committee's consent (needed after an expulsion)
     */
    public static void checkReadmissionCandidacy(MemberStatus status, ExitKind exitKind, boolean readmittedBefore,
                                                 LocalDate leftOn, LocalDate on, LocalDate provinceConsentOn) {
        if (status != MemberStatus.LEFT) {
            throw new RuleViolation(READMISSION, "only a person who has left can be readmitted; the record is " + status);
        }
        if (exitKind == ExitKind.TRANSFERRED_OUT) {
            throw new RuleViolation(READMISSION, "the member went to another province; they come back by a transfer in");
        }
        if (exitKind == ExitKind.DECEASED) {
            throw new RuleViolation(READMISSION, "a person " + exitKind + " is not readmitted");
        }
        if (exitKind == ExitKind.EXPELLED) {
            if (leftOn == null || on == null) {
                throw new RuleViolation(READMISSION, "a person expelled is readmitted only after a waiting time, with its dates");
            }
            ReadmissionRule rule = readmissionRuleOn(on);
            LocalDate earliest = leftOn.plusMonths(rule.expelledWaitMonths());
            if (on.isBefore(earliest)) {
                throw new RuleViolation(READMISSION, "a person expelled on " + leftOn + " may be readmitted from " + earliest
                        + " (" + rule.expelledWaitMonths() + " months, " + rule.regulation() + ")",
                        java.util.Map.of("earliest", earliest.toString(), "regulation", rule.regulation()));
            }
            if (provinceConsentOn == null || provinceConsentOn.isAfter(on) || provinceConsentOn.isBefore(leftOn)) {
                throw new RuleViolation(READMISSION, "readmitting a person expelled needs the province committee's consent, "
                        + "dated after the expulsion and not after the candidacy (" + rule.regulation() + ")",
                        java.util.Map.of("regulation", rule.regulation()));
            }
        }
        if (readmittedBefore) {
            throw new RuleViolation(READMISSION, "a person is readmitted once only; this record was readmitted before");
        }
    }

    /** Conditions stand beside a membership; suspension is temporary and so has its end date. */
    public static void checkCondition(MemberStatus status, MemberCondition condition, LocalDate startsOn, LocalDate endsOn) {
        if (status != MemberStatus.PROBATIONARY && status != MemberStatus.FULL) {
            throw new RuleViolation(CONDITION, condition + " applies to members; the record is " + status);
        }
        if (condition == MemberCondition.SUSPENDED && endsOn == null) {
            throw new RuleViolation(CONDITION, "a suspension is temporary: give the date it ends");
        }
        if (endsOn != null && !endsOn.isAfter(startsOn)) {
            throw new RuleViolation(CONDITION, "a condition ends after it starts");
        }
    }

    private MemberRules() {
    }
}
