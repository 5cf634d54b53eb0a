package vn.party.membership.admission;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the admission endpoints read and write. */
public final class AdmissionApi {

    @Schema(name = "DecideAdmission", description = "The committee's decision to admit (quyết định kết nạp) a candidate")
    public record DecideRequest(
            @NotNull @Schema(examples = "3f1c2a9e-5b7d-4e21-9a0c-7d2e4b6f8a10") UUID memberId,
            @NotNull @Schema(description = "Date of the cell's vote; the age rule is judged on it", examples = "2026-09-15")
            LocalDate cellVoteOn,
            @NotNull @Schema(examples = "2026-10-02") LocalDate decidedOn,
            @NotBlank @Pattern(regexp = "^[a-z0-9_]{1,64}$", message = "a unit code")
            @Schema(description = "The committee above the cell that decided; the province committee for candidates over 60",
                    examples = "bn_xa_phu_chan") String decidedByUnitCode,
            @Size(max = 64) @Schema(examples = "125-QĐ/ĐU") String decisionNumber) {
    }

    @Schema(name = "RecordCeremony")
    public record CeremonyRequest(@NotNull @Schema(examples = "2026-10-20") LocalDate heldOn) {
    }

    @Schema(name = "DecideConfirmation", description = "Chuyển đảng chính thức, effective on the end of probation")
    public record ConfirmationRequest(@NotNull LocalDate decidedOn, @Size(max = 64) String decisionNumber) {
    }

    @Schema(name = "StrikeOffProbationary", description = "Xóa tên a probationary member instead of confirming")
    public record StrikeOffRequest(@NotNull LocalDate decidedOn, @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "SetAdmissionTarget")
    public record TargetRequest(
            @NotNull @Min(0) @Max(100000) @Schema(examples = "40") Integer target,
            @Schema(description = "OWN: the unit's own target (its resolution); SUPERIOR: the one the committee above sets "
                    + "for it. When absent: OWN for your own unit, SUPERIOR for a unit below you. Setting one leaves the "
                    + "other as it is.") vn.party.contracts.membership.TargetSetter setter) {
    }

    @Schema(name = "Admission")
    public record View(UUID id, UUID memberId, String fullName, String unitCode, String decidedByUnitCode,
                       LocalDate cellVoteOn, LocalDate decidedOn, String decisionNumber, String regulation,
                       LocalDate ceremonyDeadline,
                       @Schema(description = "True when the ceremony deadline was counted Monday to Friday only: the "
                               + "public holidays of that year are not in the calendar (2015 to 2030)")
                       boolean ceremonyDeadlineWeekendsOnly,
                       LocalDate ceremonyOn, LocalDate probationEndsOn,
                       LocalDate confirmationDecidedOn, LocalDate struckOffOn, AdmissionStage stage, boolean readmission,
                       long version) {
    }

    @Schema(name = "AdmissionDue", description = "A probationary member whose confirmation is due or overdue, "
            + "or an admission whose ceremony is overdue")
    public record Due(UUID admissionId, UUID memberId, String fullName, String unitCode, AdmissionStage stage,
                      @Schema(description = "Ceremony deadline or end of probation") LocalDate dueOn,
                      @Schema(description = "Negative while still ahead") long daysOverdue) {
    }

    @Schema(name = "AdmissionProgress", description = "Admitted against target for a unit, rolled up its subtree, "
            + "and for each unit directly below it")
    public record Progress(String unitCode, String unitName, String period,
                           @Schema(description = "Admissions decided in the period in the unit's subtree") long admitted,
                           @Schema(description = "The target the committee above set for the unit; null when none")
                           Integer superiorTarget,
                           @Schema(description = "admitted / superiorTarget in %, two decimals (64.27); null without that "
                                   + "target or when it is 0") java.math.BigDecimal superiorPercent,
                           @Schema(description = "The unit's own target; null when none") Integer ownTarget,
                           @Schema(description = "admitted / ownTarget in %, two decimals; null without that target or when "
                                   + "it is 0") java.math.BigDecimal ownPercent,
                           List<Progress> units) {
    }

    private AdmissionApi() {
    }
}
