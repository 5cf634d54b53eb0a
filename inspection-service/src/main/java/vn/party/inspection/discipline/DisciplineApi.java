package vn.party.inspection.discipline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.contracts.inspection.AppealOutcome;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.DisciplineForm;
import vn.party.contracts.inspection.SubjectKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the discipline endpoints read and write. */
public final class DisciplineApi {

    @Schema(name = "DecideDiscipline", description = "A body's discipline decision against a member or an organisation")
    public record DecisionRequest(
            @NotNull UUID bodyId,
            @NotNull SubjectKind subjectKind,
            @Pattern(regexp = "^[a-z0-9_]{1,64}$", message = "a unit code") @Schema(description = "ORGANISATION only") String unitCode,
            @Schema(description = "MEMBER only: from the member replica") UUID memberId,
            @NotNull DisciplineForm form,
            @NotBlank @Size(max = 2000) @Schema(description = "The violation, as the decision words it") String violation,
            @NotNull @Schema(description = "When the violation was committed: the limitation runs from here") LocalDate violationOn,
            @NotNull LocalDate decidedOn,
            @Schema(description = "Default: the decision date") LocalDate effectiveOn,
            @Schema(description = "The case the decision came from") UUID caseId,
            @Schema(description = "MEMBER only: the member holds a post (needed for REMOVAL_FROM_POST). Taken from the request "
                    + "until cadre-service publishes posts") Boolean holdsPost) {
    }

    @Schema(name = "DecideAppeal", description = "An appeal (khiếu nại kỷ luật) lodged within the period and the outcome decided by "
            + "the body that heard it; recorded beside the decision, which is never edited")
    public record AppealRequest(
            @NotNull @Schema(description = "When the appeal was lodged") LocalDate lodgedOn,
            @NotNull @Schema(description = "The body that heard it, above the issuing body") UUID heardByBodyId,
            @NotNull AppealOutcome outcome,
            @Schema(description = "REDUCED and INCREASED only: the form in force from then on") DisciplineForm resultingForm,
            @NotNull LocalDate decidedOn) {
    }

    @Schema(name = "Appeal")
    public record AppealView(UUID id, LocalDate lodgedOn, UUID heardByBodyId, AppealOutcome outcome, DisciplineForm previousForm,
                             DisciplineForm resultingForm, LocalDate decidedOn, String regulation) {
    }

    @Schema(name = "DisciplineDecision", description = "The decision as made and, in order, every appeal outcome and correction "
            + "recorded against it")
    public record View(UUID id, UUID bodyId, String bodyUnitCode, BodyKind bodyKind, BodyLevel bodyLevel, SubjectKind subjectKind,
                       String unitCode, UUID memberId, @Schema(description = "From the member replica") String fullName,
                       DisciplineForm form, String violation, LocalDate violationOn, LocalDate decidedOn, LocalDate effectiveOn,
                       UUID caseId, boolean decidedAtOwnCell, boolean holdsPost,
                       @Schema(description = "The regulation that judged it, in force on the decision date") String regulation,
                       @Schema(description = "After the appeals; null when annulled") DisciplineForm formInForce,
                       @Schema(description = "Last day an appeal may be lodged") LocalDate appealBy,
                       List<AppealView> appeals,
                       @Schema(description = "The violation's wording after the corrections (as made when none)") String violationAsCorrected,
                       @Schema(description = "The violation's date after the corrections (as made when none)") LocalDate violationOnAsCorrected,
                       @Schema(description = "Corrections of the facts, in order; the fields above the appeals stay as decided") List<CorrectionView> corrections) {
    }

    @Schema(name = "CorrectDiscipline", description = "A correction (đính chính) of a factual field of the decision: the violation's "
            + "wording and/or its date, dated and with its reason. Recorded beside the decision, which is never edited; the form "
            + "is changed only by an appeal")
    public record CorrectionRequest(
            @NotNull @Schema(description = "The day the correction was made") LocalDate correctedOn,
            @Size(max = 2000) @Schema(description = "The violation as it should have been worded") String violation,
            @Schema(description = "The day the violation was in fact committed") LocalDate violationOn,
            @NotBlank @Size(max = 2000) @Schema(description = "Why the decision's facts were wrong") String reason) {
    }

    @Schema(name = "Correction", description = "A field left null was not corrected by this record")
    public record CorrectionView(UUID id, LocalDate correctedOn, String violation, LocalDate violationOn, String reason) {
    }

    @Schema(name = "Suspend", description = "Suspension of a member's party activity for a stated period")
    public record SuspensionRequest(@NotNull UUID bodyId, @NotNull UUID memberId, @NotNull LocalDate startsOn,
                                    @NotNull @Schema(description = "First day back") LocalDate endsOn,
                                    @NotBlank @Size(max = 2000) String reason, UUID caseId) {
    }

    @Schema(name = "EndSuspension")
    public record EndRequest(@NotNull @Schema(description = "First day back, before the planned end") LocalDate on) {
    }

    @Schema(name = "Suspension")
    public record SuspensionView(UUID id, UUID bodyId, String bodyUnitCode, UUID memberId, String unitCode, LocalDate startsOn,
                                 LocalDate endsOn, LocalDate endedOn, String reason, UUID caseId, long version) {
    }

    private DisciplineApi() {
    }
}
