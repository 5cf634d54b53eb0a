package vn.party.membership.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** What the transfer endpoints read and write. */
public final class TransferApi {

    @Schema(name = "SendTransfer", description = "The sending side issues the introduction letter (giấy giới thiệu)")
    public record SendRequest(
            @NotNull UUID memberId,
            @NotNull TransferKind kind,
            @NotBlank @Pattern(regexp = "^[a-z0-9_]{1,64}$", message = "a unit code")
            @Schema(examples = "bn_phuong_kinh_bac_cb1") String toUnitCode,
            @NotNull @Schema(description = "When the member moved to new work or residence", examples = "2026-09-01")
            LocalDate movedOn,
            @NotNull @Schema(description = "Date of the introduction letter", examples = "2026-10-15") LocalDate letterOn,
            @Schema(description = "TEMPORARY only: last day of the attachment, 3 months to 1 year from the letter")
            LocalDate until) {
    }

    @Schema(name = "ReceiveTransfer", description = "The receiving cell records the day the member reported")
    public record ReceiveRequest(@NotNull @Schema(examples = "2026-10-20") LocalDate reportedOn) {
    }

    @Schema(name = "EndTemporaryTransfer")
    public record ReturnRequest(@NotNull @Schema(description = "First day back in the home cell only") LocalDate on) {
    }

    @Schema(name = "Transfer")
    public record View(UUID id, UUID memberId, String fullName, TransferKind kind, String fromUnitCode, String toUnitCode,
                       LocalDate movedOn, LocalDate letterOn,
                       @Schema(description = "60 working days from the move (holiday calendar counted)") LocalDate sendingDeadline,
                       @Schema(description = "True when the letter came after the sending deadline") boolean letterLate,
                       @Schema(description = "30 days from the letter") LocalDate reportBy,
                       LocalDate until, TransferStatus status, LocalDate reportedOn,
                       @Schema(description = "True when the member reported after reportBy") boolean reportedLate,
                       LocalDate returnedOn, String regulation, long version) {
    }

    private TransferApi() {
    }
}
