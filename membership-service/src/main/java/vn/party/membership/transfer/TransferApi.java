package vn.party.membership.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.membership.member.MemberApi;

import java.time.LocalDate;
import java.util.UUID;

/** What the transfer endpoints read and write. */
public final class TransferApi {

    @Schema(name = "SendTransfer", description = "The sending side issues the introduction letter (giấy giới thiệu)")
    public record SendRequest(
            @NotNull UUID memberId,
            @NotNull TransferKind kind,
            @Pattern(regexp = "^[a-z0-9_]{1,64}$", message = "a unit code")
            @Schema(description = "The receiving cell in this province; or give destination", examples = "bn_phuong_kinh_bac_cb1")
            String toUnitCode,
            @Size(max = 255) @Schema(description = "The receiving organisation in another province (PERMANENT only); "
                    + "the member leaves this province's records on the letter's date",
                    examples = "Đảng bộ xã Tân Hòa, tỉnh Phú Thọ") String destination,
            @NotNull @Schema(description = "When the member moved to new work or residence", examples = "2026-09-01")
            LocalDate movedOn,
            @NotNull @Schema(description = "Date of the introduction letter", examples = "2026-10-15") LocalDate letterOn,
            @Schema(description = "TEMPORARY only: last day of the attachment, 3 months to 1 year from the letter")
            LocalDate until) {
    }

    @Schema(name = "ReceiveTransferFromAnotherProvince", description = "A member arrives with a letter from another "
            + "province: a new record here, or a record that had transferred out coming back")
    public record IncomingRequest(
            @NotNull @Valid MemberApi.RegisterRequest member,
            @NotBlank @Size(max = 255) @Schema(examples = "Đảng bộ xã Tân Hòa, tỉnh Phú Thọ") String origin,
            @NotNull @Schema(description = "Date of the sending organisation's letter") LocalDate letterOn,
            @NotNull @Schema(description = "The day the member reported to the cell (member.unitCode)") LocalDate reportedOn) {
    }

    @Schema(name = "ReceiveTransfer", description = "The receiving cell records the day the member reported")
    public record ReceiveRequest(@NotNull @Schema(examples = "2026-10-20") LocalDate reportedOn) {
    }

    @Schema(name = "EndTemporaryTransfer")
    public record ReturnRequest(@NotNull @Schema(description = "First day back in the home cell only") LocalDate on) {
    }

    @Schema(name = "Transfer")
    public record View(UUID id, UUID memberId, String fullName, TransferKind kind,
                       @Schema(description = "Null when the member came from another province") String fromUnitCode,
                       @Schema(description = "Null when the member went to another province") String toUnitCode,
                       String origin, String destination,
                       LocalDate movedOn, LocalDate letterOn,
                       @Schema(description = "60 working days from the move (holiday calendar counted)") LocalDate sendingDeadline,
                       @Schema(description = "True when the sending deadline was counted Monday to Friday only: the "
                               + "public holidays of that year are not in the calendar (2015 to 2030)")
                       boolean sendingDeadlineWeekendsOnly,
                       @Schema(description = "True when the letter came after the sending deadline") boolean letterLate,
                       @Schema(description = "30 days from the letter") LocalDate reportBy,
                       LocalDate until, TransferStatus status, LocalDate reportedOn,
                       @Schema(description = "True when the member reported after reportBy") boolean reportedLate,
                       LocalDate returnedOn, String regulation, long version) {
    }

    private TransferApi() {
    }
}
