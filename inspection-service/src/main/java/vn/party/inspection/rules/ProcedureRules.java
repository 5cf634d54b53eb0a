package vn.party.inspection.rules;

import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.DenunciationKind;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Procedure of inspection, supervision and discipline: Quy định 22-QĐ/TW (2021-07-28), replaced by 296-QĐ/TW
 * (2025-05-30). The periods here are this service's documented defaults (the ones the regulations' commentary
 * gives: an appeal within one month of the decision; a denunciation handled within 60 days at base level and 90
 * days above; a complaint about discipline within 90 days at base level and 180 days above). A province that reads
 * the text otherwise changes a row here, with its test.
 */
public final class ProcedureRules {

    public static final String APPEAL_PERIOD = "discipline.appeal-period-passed";

    public record Regulation(String name, LocalDate appliesFrom, int appealMonths,
                             int denunciationDaysAtBase, int denunciationDaysAbove,
                             int complaintDaysAtBase, int complaintDaysAbove) {
    }

    static final List<Regulation> REGULATIONS = List.of(
            // Quy định 22-QĐ/TW (2021-07-28) về công tác kiểm tra, giám sát và kỷ luật của Đảng
            new Regulation("22-QĐ/TW", LocalDate.of(2021, 7, 28), 1, 60, 90, 90, 180),
            // Quy định 296-QĐ/TW (2025-05-30), replacing 22-QĐ/TW: the same periods by default
            new Regulation("296-QĐ/TW", LocalDate.of(2025, 5, 30), 1, 60, 90, 90, 180));

    public static Regulation inForce(LocalDate date) {
        return REGULATIONS.stream().filter(r -> !r.appliesFrom().isAfter(date))
                .max(Comparator.comparing(Regulation::appliesFrom)).orElse(REGULATIONS.get(0));
    }

    /** The day a denunciation or complaint received on {@code receivedOn} by a body of {@code level} is due. */
    public static LocalDate dueOn(DenunciationKind kind, BodyLevel level, LocalDate receivedOn) {
        Regulation r = inForce(receivedOn);
        boolean base = level == BodyLevel.BASE || level == BodyLevel.CELL;
        int days = kind == DenunciationKind.DENUNCIATION
                ? (base ? r.denunciationDaysAtBase() : r.denunciationDaysAbove())
                : (base ? r.complaintDaysAtBase() : r.complaintDaysAbove());
        return receivedOn.plusDays(days);
    }

    /** Last day an appeal against a decision of {@code decidedOn} may be lodged. */
    public static LocalDate appealDeadline(LocalDate decidedOn) {
        return decidedOn.plusMonths(inForce(decidedOn).appealMonths());
    }

    public static Regulation checkAppealLodged(LocalDate decidedOn, LocalDate lodgedOn) {
        Regulation r = inForce(decidedOn);
        LocalDate deadline = appealDeadline(decidedOn);
        if (lodgedOn.isBefore(decidedOn) || lodgedOn.isAfter(deadline)) {
            throw new RuleViolation(APPEAL_PERIOD, "an appeal is lodged within " + r.appealMonths() + " month(s) of the decision of "
                    + decidedOn + ", by " + deadline + " (" + r.name() + ")",
                    Map.of("regulation", r.name(), "deadline", deadline.toString()));
        }
        return r;
    }

    private ProcedureRules() {
    }
}
