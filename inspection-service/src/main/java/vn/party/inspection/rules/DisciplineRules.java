package vn.party.inspection.rules;

import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.DisciplineForm;
import vn.party.contracts.inspection.SubjectKind;
import vn.party.contracts.membership.MemberStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.party.contracts.inspection.DisciplineForm.DISSOLUTION;
import static vn.party.contracts.inspection.DisciplineForm.EXPULSION;
import static vn.party.contracts.inspection.DisciplineForm.REMOVAL_FROM_POST;
import static vn.party.contracts.inspection.DisciplineForm.REPRIMAND;
import static vn.party.contracts.inspection.DisciplineForm.WARNING;

/**
 * Discipline of members and organisations (DOMAIN.md "Inspection and discipline"), judged by the regulation in
 * force on the decision date: Quy định 102-QĐ/TW (2017-11-15), replaced by 69-QĐ/TW (2022-07-06), amended by
 * 264-QĐ/TW (2025-02-14). A new regulation is a new entry in {@link #REGULATIONS}, never an edit.
 */
public final class DisciplineRules {

    public static final String FORM_NOT_FOR_SUBJECT = "discipline.form-not-for-subject";
    public static final String FORM_NOT_ALLOWED_FOR_LEVEL = "discipline.form-not-allowed-for-level";
    public static final String CELL_OWN_MEMBERS = "discipline.cell-disciplines-its-own-members";
    public static final String REMOVAL_WITHOUT_POST = "discipline.removal-needs-a-post";
    public static final String PROBATIONARY_MEMBER = "discipline.probationary-member";
    public static final String NOT_A_MEMBER = "discipline.not-a-member";
    public static final String LIMITATION_PASSED = "discipline.limitation-passed";
    public static final String SAME_VIOLATION = "discipline.same-violation";
    public static final String DATES = "discipline.dates";
    public static final String APPEAL_OUTCOME = "discipline.appeal-outcome";
    public static final String APPEAL_HEARD_BY = "discipline.appeal-heard-above";
    public static final String NOTHING_IN_FORCE = "discipline.appeal-nothing-in-force";
    public static final String CORRECTION_LIMITATION = "discipline.correction-past-limitation";

    /**
     * @param limitationYears years from the violation within which each form may still be decided; a form absent
     *                        from the map has no limitation (expulsion, dissolution)
     */
    public record Regulation(String name, LocalDate appliesFrom, Map<SubjectKind, Map<DisciplineForm, Integer>> limitationYears) {

        public Optional<Integer> limitationYears(SubjectKind subject, DisciplineForm form) {
            return Optional.ofNullable(limitationYears.getOrDefault(subject, Map.of()).get(form));
        }
    }

    // Thời hiệu: 5 years for reprimand, 10 for warning and removal from post, none for expulsion; for organisations
    // 5 for reprimand, 10 for warning, none for dissolution. Unchanged across the three regulations.
    private static final Map<SubjectKind, Map<DisciplineForm, Integer>> LIMITATION = Map.of(
            SubjectKind.MEMBER, Map.of(REPRIMAND, 5, WARNING, 10, REMOVAL_FROM_POST, 10),
            SubjectKind.ORGANISATION, Map.of(REPRIMAND, 5, WARNING, 10));

    static final List<Regulation> REGULATIONS = List.of(
            // Quy định 102-QĐ/TW (2017-11-15) về xử lý kỷ luật đảng viên vi phạm
            new Regulation("102-QĐ/TW", LocalDate.of(2017, 11, 15), LIMITATION),
            // Quy định 69-QĐ/TW (2022-07-06) về kỷ luật tổ chức đảng, đảng viên vi phạm
            new Regulation("69-QĐ/TW", LocalDate.of(2022, 7, 6), LIMITATION),
            // Quy định 264-QĐ/TW (2025-02-14) sửa đổi, bổ sung Quy định 69-QĐ/TW: limitation periods kept
            new Regulation("264-QĐ/TW", LocalDate.of(2025, 2, 14), LIMITATION));

    /** Forms per subject; a probationary member may only be reprimanded or warned. */
    public static Set<DisciplineForm> formsFor(SubjectKind subject, MemberStatus status) {
        if (subject == SubjectKind.ORGANISATION) {
            return EnumSet.of(REPRIMAND, WARNING, DISSOLUTION);
        }
        return status == MemberStatus.PROBATIONARY ? EnumSet.of(REPRIMAND, WARNING)
                : EnumSet.of(REPRIMAND, WARNING, REMOVAL_FROM_POST, EXPULSION);
    }

    /**
     * What a body may issue, by its kind and its unit's level (Điều lệ Đảng Art. 36 and the regulations' competence
     * articles, simplified to these cells): a cell reprimands or warns its own members; expulsion and removal need a
     * committee body at base level or above; an inspection commission at base level reprimands and warns members;
     * dissolution of an organisation is decided at province level.
     */
    public static Set<DisciplineForm> mayIssue(BodyKind kind, BodyLevel level, SubjectKind subject) {
        if (kind == BodyKind.CELL || level == BodyLevel.CELL) {
            return subject == SubjectKind.MEMBER ? EnumSet.of(REPRIMAND, WARNING) : EnumSet.noneOf(DisciplineForm.class);
        }
        if (subject == SubjectKind.MEMBER) {
            if (kind == BodyKind.INSPECTION_COMMISSION && level == BodyLevel.BASE) {
                return EnumSet.of(REPRIMAND, WARNING);
            }
            return EnumSet.of(REPRIMAND, WARNING, REMOVAL_FROM_POST, EXPULSION);
        }
        if (level == BodyLevel.PROVINCE && kind != BodyKind.INSPECTION_COMMISSION) {
            return EnumSet.of(REPRIMAND, WARNING, DISSOLUTION);
        }
        return EnumSet.of(REPRIMAND, WARNING);
    }

    /** The regulation in force on {@code date}; decisions before the first entry are judged by it too. */
    public static Regulation inForce(LocalDate date) {
        return REGULATIONS.stream().filter(r -> !r.appliesFrom().isAfter(date))
                .max(Comparator.comparing(Regulation::appliesFrom)).orElse(REGULATIONS.get(0));
    }

    /** A decision as proposed; {@code memberStatus}, {@code holdsPost} and {@code ownCell} only for members. */
    public record Proposal(SubjectKind subject, DisciplineForm form, BodyKind bodyKind, BodyLevel bodyLevel,
                           MemberStatus memberStatus, boolean holdsPost, boolean ownCell,
                           LocalDate violationOn, LocalDate decidedOn) {
    }

    /** Every refusal of a decision, in the order a reader checks them; returns the regulation that judged it. */
    public static Regulation check(Proposal p) {
        Regulation regulation = inForce(p.decidedOn());
        if (p.violationOn().isAfter(p.decidedOn())) {
            throw new RuleViolation(DATES, "the violation of " + p.violationOn() + " comes before the decision of " + p.decidedOn());
        }
        if (p.subject() == SubjectKind.MEMBER && p.memberStatus() != MemberStatus.FULL
                && p.memberStatus() != MemberStatus.PROBATIONARY) {
            throw new RuleViolation(NOT_A_MEMBER, "only a party member is disciplined; the record is " + p.memberStatus());
        }
        if (!formsFor(p.subject(), MemberStatus.FULL).contains(p.form())) {
            throw new RuleViolation(FORM_NOT_FOR_SUBJECT, p.form() + " is not a discipline of " + p.subject().name().toLowerCase()
                    + "s (" + regulation.name() + ")", Map.of("regulation", regulation.name()));
        }
        if (!formsFor(p.subject(), p.memberStatus()).contains(p.form())) {
            throw new RuleViolation(PROBATIONARY_MEMBER, "a probationary member may only be reprimanded or warned ("
                    + regulation.name() + ")", Map.of("regulation", regulation.name()));
        }
        if (p.form() == REMOVAL_FROM_POST && !p.holdsPost()) {
            throw new RuleViolation(REMOVAL_WITHOUT_POST, "removal from post is for a member holding a post ("
                    + regulation.name() + ")", Map.of("regulation", regulation.name()));
        }
        if (!mayIssue(p.bodyKind(), p.bodyLevel(), p.subject()).contains(p.form())) {
            throw new RuleViolation(FORM_NOT_ALLOWED_FOR_LEVEL, "a " + p.bodyKind() + " at " + p.bodyLevel() + " level may not decide "
                    + p.form() + " of " + (p.subject() == SubjectKind.MEMBER ? "a member" : "an organisation") + "; it may decide "
                    + mayIssue(p.bodyKind(), p.bodyLevel(), p.subject()) + " (Điều lệ Đảng Art. 36, " + regulation.name() + ")",
                    Map.of("regulation", regulation.name()));
        }
        if (p.bodyKind() == BodyKind.CELL && !p.ownCell()) {
            throw new RuleViolation(CELL_OWN_MEMBERS, "a cell disciplines only its own members (" + regulation.name() + ")",
                    Map.of("regulation", regulation.name()));
        }
        Optional<LocalDate> lapses = limitationEnds(regulation, p.subject(), p.form(), p.violationOn());
        if (lapses.isPresent() && p.decidedOn().isAfter(lapses.get())) {
            throw new RuleViolation(LIMITATION_PASSED, "the limitation period of " + regulation.limitationYears(p.subject(), p.form()).get()
                    + " years for " + p.form() + " ended on " + lapses.get() + " (" + regulation.name() + ")",
                    Map.of("regulation", regulation.name(), "limitationEndedOn", lapses.get().toString()));
        }
        return regulation;
    }

    /**
     * A correction of the violation's date keeps the decision lawful under the regulation that judged it: the violation
     * still comes before the decision and within the form's limitation. A date that would bar the decision is no
     * correction; the decision is annulled on appeal instead.
     */
    public static void checkCorrectedViolationDate(Regulation regulation, SubjectKind subject, DisciplineForm form,
                                                   LocalDate violationOn, LocalDate decidedOn) {
        if (violationOn.isAfter(decidedOn)) {
            throw new RuleViolation(DATES, "the violation of " + violationOn + " comes before the decision of " + decidedOn);
        }
        Optional<LocalDate> lapses = limitationEnds(regulation, subject, form, violationOn);
        if (lapses.isPresent() && decidedOn.isAfter(lapses.get())) {
            throw new RuleViolation(CORRECTION_LIMITATION, "with the violation on " + violationOn + " the limitation period of "
                    + regulation.limitationYears(subject, form).get() + " years for " + form + " ended on " + lapses.get()
                    + ", before the decision of " + decidedOn + " (" + regulation.name() + "): annul the decision on appeal "
                    + "rather than correct it", Map.of("regulation", regulation.name(), "limitationEndedOn", lapses.get().toString()));
        }
    }

    /** Last day a violation of {@code violationOn} may still be disciplined with {@code form}; empty when never barred. */
    public static Optional<LocalDate> limitationEnds(Regulation regulation, SubjectKind subject, DisciplineForm form,
                                                     LocalDate violationOn) {
        return regulation.limitationYears(subject, form).map(years -> violationOn.plusYears(years));
    }

    /** Ordered from the lightest: an appeal that REDUCES moves down this order, one that INCREASES moves up. */
    public static int severity(DisciplineForm form) {
        return switch (form) {
            case REPRIMAND -> 1;
            case WARNING -> 2;
            case REMOVAL_FROM_POST -> 3;
            case EXPULSION, DISSOLUTION -> 4;
        };
    }

    /**
     * What an appeal outcome leaves in force: UPHELD keeps the form, ANNULLED leaves none, REDUCED a lighter and
     * INCREASED a heavier form of the subject, which the hearing body may issue.
     */
    public static DisciplineForm appealResult(vn.party.contracts.inspection.AppealOutcome outcome, DisciplineForm inForce,
                                              DisciplineForm resulting, SubjectKind subject, BodyKind hearingKind,
                                              BodyLevel hearingLevel) {
        if (inForce == null) {
            throw new RuleViolation(NOTHING_IN_FORCE, "the decision was annulled; there is nothing left to appeal");
        }
        switch (outcome) {
            case UPHELD -> {
                if (resulting != null && resulting != inForce) {
                    throw new RuleViolation(APPEAL_OUTCOME, "an upheld decision keeps its form " + inForce);
                }
                return inForce;
            }
            case ANNULLED -> {
                if (resulting != null) {
                    throw new RuleViolation(APPEAL_OUTCOME, "an annulled decision leaves no form in force");
                }
                return null;
            }
            default -> {
                if (resulting == null || !formsFor(subject, MemberStatus.FULL).contains(resulting)) {
                    throw new RuleViolation(APPEAL_OUTCOME, outcome + " names the form in force after it, one of "
                            + formsFor(subject, MemberStatus.FULL));
                }
                boolean lighter = severity(resulting) < severity(inForce);
                boolean heavier = severity(resulting) > severity(inForce);
                if (outcome == vn.party.contracts.inspection.AppealOutcome.REDUCED ? !lighter : !heavier) {
                    throw new RuleViolation(APPEAL_OUTCOME, outcome + " from " + inForce + " cannot leave " + resulting);
                }
                if (!mayIssue(hearingKind, hearingLevel, subject).contains(resulting)) {
                    throw new RuleViolation(FORM_NOT_ALLOWED_FOR_LEVEL, "a " + hearingKind + " at " + hearingLevel
                            + " level may not decide " + resulting);
                }
                return resulting;
            }
        }
    }

    private DisciplineRules() {
    }
}
