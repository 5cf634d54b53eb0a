package vn.party.inspection.casework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.CaseActivity;
import vn.party.contracts.inspection.CaseKind;
import vn.party.contracts.inspection.SubjectKind;
import vn.party.inspection.rules.CaseRules;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the case endpoints read and write. */
public final class CaseApi {

    @Schema(name = "OpenCase", description = "A body decides an inspection or a supervision of organisations and/or members")
    public record OpenRequest(
            @NotNull UUID bodyId,
            @NotNull CaseActivity activity,
            @NotNull CaseKind kind,
            @NotNull @Schema(description = "False for a surprise case (đột xuất)") Boolean planned,
            @NotBlank @Size(max = 500) @Schema(examples = "Kiểm tra khi có dấu hiệu vi phạm đối với đồng chí Nguyễn Văn A") String title,
            @NotNull @Schema(examples = "2026-03-02") LocalDate decidedOn,
            @NotEmpty @Size(max = 200) List<@NotNull @Valid SubjectRequest> subjects) {
    }

    @Schema(name = "CaseSubjectRequest", description = "An organisation by its unit code, or a member by id (from the member "
            + "replica); both inside the body's subtree (404 otherwise)")
    public record SubjectRequest(
            @NotNull SubjectKind subjectKind,
            @Pattern(regexp = "^[a-z0-9_]{1,64}$", message = "a unit code") @Schema(description = "ORGANISATION only") String unitCode,
            @Schema(description = "MEMBER only") UUID memberId,
            @Schema(description = "The member sits on a party committee (cấp ủy viên)") Boolean committeeMember) {
    }

    @Schema(name = "CaseDate")
    public record DateRequest(@NotNull @Schema(examples = "2026-03-10") LocalDate on) {
    }

    @Schema(name = "ConcludeCase", description = "The conclusion, one finding per subject of the case")
    public record ConcludeRequest(@NotNull LocalDate on,
                                  @NotEmpty @Size(max = 200) List<@NotNull @Valid Finding> findings) {
    }

    @Schema(name = "CaseFinding")
    public record Finding(@NotNull UUID subjectId, @NotNull Boolean violationFound,
                          @Size(max = 2000) @Schema(description = "Nature and extent of the violation") String nature,
                          @Schema(description = "Discipline is to be considered") Boolean disciplineToConsider,
                          @Size(max = 2000) @Schema(description = "Corrections required") String corrections) {
    }

    @Schema(name = "FollowUpActionRequest")
    public record ActionRequest(@NotBlank @Size(max = 2000) String description,
                                @NotBlank @Size(max = 255) @Schema(examples = "Chi bộ thôn Đông") String owner,
                                @NotNull LocalDate deadline) {
    }

    @Schema(name = "CaseSubject")
    public record SubjectView(UUID id, SubjectKind subjectKind, String unitCode, UUID memberId,
                              @Schema(description = "From the member replica") String fullName, boolean committeeMember,
                              Boolean violationFound, String nature, Boolean disciplineToConsider, String corrections) {
    }

    @Schema(name = "FollowUpAction")
    public record ActionView(UUID id, UUID caseId, String description, String owner, LocalDate deadline, LocalDate completedOn,
                             @Schema(description = "Past its deadline and not done, or done after it") boolean overdue) {
    }

    @Schema(name = "Case")
    public record View(UUID id, UUID bodyId, String unitCode, BodyKind bodyKind, BodyLevel bodyLevel, CaseActivity activity,
                       CaseKind kind, boolean planned, UUID denunciationId, String title, LocalDate decidedOn,
                       LocalDate startedOn, LocalDate concludedOn, LocalDate closedOn, CaseRules.Status status,
                       List<SubjectView> subjects, List<ActionView> actions, long version) {
    }

    private CaseApi() {
    }
}
