package vn.party.cadre.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.cadre.rules.PositionKind;
import vn.party.cadre.rules.ProgrammeKind;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the training endpoints read and write. */
public final class TrainingApi {

    @Schema(name = "TrainingProgrammeRequest")
    public record ProgrammeRequest(
            @NotNull @Pattern(regexp = "^[a-z0-9_]{1,64}$") @Schema(description = "The unit that runs it") String unitCode,
            @NotNull ProgrammeKind kind,
            @NotBlank @Size(max = 200) @Schema(examples = "Lớp Trung cấp lý luận chính trị K12") String name,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn) {
    }

    @Schema(name = "TrainingProgramme")
    public record ProgrammeView(UUID id, String unitCode, ProgrammeKind kind, String name, int year, LocalDate startsOn,
                                LocalDate endsOn) {
    }

    @Schema(name = "EnrolmentRequest")
    public record EnrolRequest(@NotNull UUID cadreId, @Schema(description = "The programme's start when absent") LocalDate enrolledOn) {
    }

    @Schema(name = "CompletionRequest")
    public record CompleteRequest(@NotNull LocalDate completedOn, @Size(max = 64) String certificate) {
    }

    @Schema(name = "Enrolment")
    public record EnrolmentView(UUID id, UUID programmeId, ProgrammeKind kind, UUID cadreId, LocalDate enrolledOn,
                                LocalDate completedOn, String certificate) {
    }

    @Schema(name = "TrainingGap", description = "A holder who lacks training the post requires")
    public record Gap(@Schema(description = "The holding (the post held) that lacks it") UUID holdingId, UUID cadreId, String fullName, String unitCode, PositionKind positionKind, Set<ProgrammeKind> missing) {
    }

    @Schema(name = "TrainingFigures", description = "Enrolments and completions of a year in a subtree, per programme kind")
    public record Figures(String unitCode, int year, Map<ProgrammeKind, Long> enrolled, Map<ProgrammeKind, Long> completed) {
    }

    private TrainingApi() {
    }
}
