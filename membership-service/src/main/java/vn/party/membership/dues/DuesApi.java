package vn.party.membership.dues;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.contracts.membership.MemberStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the dues endpoints read and write. */
public final class DuesApi {

    static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";

    @Schema(name = "SetDuesProfile", description = "What a member's dues are reckoned on from a month on: a new dated entry, "
            + "the earlier ones are kept")
    public record ProfileRequest(
            @NotNull @Pattern(regexp = MONTH, message = "a month, YYYY-MM") @Schema(examples = "2026-03") String effectiveFrom,
            @NotNull DuesBasis basis,
            @Min(1) @Max(10_000_000_000L)
            @Schema(description = "Monthly salary on which social insurance is paid (SALARIED) or pension (PENSIONER), "
                    + "in đồng; not needed for STUDENT and OTHER_IN_WORK", examples = "8500000") Long baseAmountDong) {
    }

    @Schema(name = "DuesProfileEntry")
    public record ProfileEntry(String effectiveFrom, DuesBasis basis, Long baseAmountDong, DuesProfile.Source source,
                               @Schema(description = "Dues for the entry's first month under the rule then in force")
                               Long monthlyDuesDong, String regulation) {
    }

    @Schema(name = "DuesProfile", description = "A member's dues profile: the entry in force this month and the history")
    public record Profile(UUID memberId, String fullName, String unitCode,
                          @Schema(description = "In force this month; null when none is set") ProfileEntry current,
                          @Schema(description = "Dues for this month under the current entry") Long monthlyDuesDong,
                          List<ProfileEntry> history) {
    }

    @Schema(name = "RecordDuesPayments", description = "Thu đảng phí: the payments a cell collected for one month, "
            + "one row per member. Validated row by row: any row at fault fails the whole request.")
    public record PaymentsRequest(@NotEmpty @Size(max = CollectionRules.MAX_ROWS) List<@NotNull PaymentRow> payments) {
    }

    /** Checked row by row in the service, so that every row at fault is reported at once under payments[i]. */
    @Schema(name = "DuesPaymentRow")
    public record PaymentRow(
            @Schema(required = true, examples = "3f1c2a9e-5b7d-4e21-9a0c-7d2e4b6f8a10") UUID memberId,
            @Schema(required = true, description = "In đồng, 1 to " + MAX_PAYMENT_DONG, minimum = "1", maximum = "1000000000",
                    examples = "85000") Long amountPaidDong,
            @Schema(required = true, description = "Not after today", examples = "2026-03-25") LocalDate paidOn) {
    }

    static final long MAX_PAYMENT_DONG = 1_000_000_000L;

    @Schema(name = "DuesSheetRow", description = "One member on a cell's collection sheet")
    public record SheetRow(UUID memberId, String fullName, MemberStatus status, DuesBasis basis,
                           @Schema(description = "Null when the member has no dues profile for the month") Long amountDueDong,
                           long amountPaidDong, LocalDate paidOn,
                           @Schema(description = "Due minus paid, never below zero; null when the due amount is unknown")
                           Long outstandingDong,
                           @Schema(description = "False when the payment was recorded here but the member is no longer in "
                                   + "the cell's official count for the month") boolean inCell) {
    }

    @Schema(name = "DuesSheetTotals")
    public record SheetTotals(int members, int membersPaid, int membersWithoutProfile, long dueDong, long paidDong,
                              long outstandingDong) {
    }

    @Schema(name = "DuesSheet", description = "Sổ thu đảng phí: a cell's collection for a month")
    public record Sheet(String unitCode, String unitName, String month, String regulation,
                        @Schema(description = "One page of the sheet: the cell's members by name, then payments from members "
                                + "who have since left") List<SheetRow> members,
                        @Schema(description = "Pass as after for the next page of members; null on the last page") String next,
                        @Schema(description = "Of the whole sheet, not only this page") SheetTotals totals) {
    }

    @Schema(name = "DuesArrears", description = "A member with unpaid months in a year; flagged at three or more, "
            + "for the cell to consider striking off (xóa tên)")
    public record Arrears(UUID memberId, String fullName, String unitCode, int year, List<String> unpaidMonths,
                          int unpaidCount, boolean flaggedForStrikingOff) {
    }

    private DuesApi() {
    }
}
