package vn.party.inspection.denunciation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.contracts.inspection.CaseActivity;
import vn.party.contracts.inspection.CaseKind;
import vn.party.contracts.inspection.DenunciationKind;
import vn.party.contracts.inspection.DenunciationOutcome;
import vn.party.contracts.inspection.SubjectKind;

import java.time.LocalDate;
import java.util.UUID;

/** What the denunciation endpoints read and write. */
public final class DenunciationApi {

    @Schema(name = "ReceiveDenunciation", description = "A denunciation against an organisation or a member, or a complaint "
            + "about a discipline decision (decisionId), received and assigned to a handling body")
    public record ReceiveRequest(
            @NotNull DenunciationKind kind,
            @NotNull UUID bodyId,
            @NotNull LocalDate receivedOn,
            @Schema(description = "DENUNCIATION only") SubjectKind subjectKind,
            @Pattern(regexp = "^[a-z0-9_]{1,64}$", message = "a unit code") @Schema(description = "An organisation denounced") String unitCode,
            @Schema(description = "A member denounced") UUID memberId,
            @Schema(description = "COMPLAINT only: the decision complained about") UUID decisionId,
            @NotBlank @Size(max = 4000) String summary,
            @Size(max = 255) @Schema(description = "Protected: shown only to the handling body's inspectors") String denouncerName,
            @Size(max = 255) @Schema(description = "Protected likewise") String denouncerContact) {
    }

    @Schema(name = "AssignDenunciation")
    public record AssignRequest(@NotNull UUID bodyId) {
    }

    @Schema(name = "ResolveDenunciation")
    public record ResolveRequest(@NotNull DenunciationOutcome outcome, @NotNull LocalDate on) {
    }

    @Schema(name = "OpenCaseFromDenunciation", description = "An unplanned case of the handling body, of the denounced subject")
    public record OpenCaseRequest(@NotNull CaseActivity activity, @NotNull CaseKind kind,
                                  @NotBlank @Size(max = 500) String title, @NotNull LocalDate decidedOn) {
    }

    @Schema(name = "Denunciation")
    public record View(UUID id, DenunciationKind kind, UUID bodyId, String unitCode, LocalDate receivedOn,
                       @Schema(description = "From the procedure regulation in force on receipt") LocalDate dueOn, String regulation,
                       SubjectKind subjectKind, String subjectUnitCode, UUID memberId, UUID decisionId, String summary,
                       @Schema(description = "Null unless you are an inspector of the handling body") String denouncerName,
                       @Schema(description = "Null unless you are an inspector of the handling body") String denouncerContact,
                       @Schema(description = "True when a denouncer is recorded but hidden from you") boolean denouncerHidden,
                       Denunciation.Status status, DenunciationOutcome outcome, LocalDate resolvedOn,
                       @Schema(description = "Resolved after the due date, or still open past it") boolean late,
                       UUID caseId, long version) {
    }

    private DenunciationApi() {
    }
}
