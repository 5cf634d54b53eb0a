package vn.party.membership.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.contracts.membership.MeetingKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the meeting endpoints read and write. */
public final class MeetingApi {

    @Schema(name = "RecordMeeting", description = "Sinh hoạt chi bộ: a cell's meeting and who attended. The minutes' totals "
            + "are computed from the member directory on the day, not typed in.")
    public record RecordRequest(
            @NotBlank @Pattern(regexp = "^[a-z0-9_]{1,64}$", message = "a unit code")
            @Schema(examples = "bn_xa_phu_chan_cb1") String cellCode,
            @NotNull @Schema(examples = "2026-03-05") LocalDate heldOn,
            @NotNull MeetingKind kind,
            @Size(min = 1, max = 500) @Schema(description = "Required for THEMATIC, absent for REGULAR",
                    examples = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh") String theme,
            @NotEmpty @Size(max = 1000) List<@NotNull @Valid AttendanceRow> attendance) {
    }

    @Schema(name = "MeetingAttendanceRow", description = "Every official member expected at the meeting has a row; "
            + "members temporarily attached to the cell and exempted members may have one")
    public record AttendanceRow(
            @NotNull @Schema(examples = "3f1c2a9e-5b7d-4e21-9a0c-7d2e4b6f8a10") UUID memberId,
            @NotNull Attendance attendance,
            @Schema(description = "A member of the cell's committee (cấp ủy viên); false when absent") Boolean committeeMember) {
    }

    @Schema(name = "MeetingMinutesTotals", description = "The totals of the minutes: official headcount (full and "
            + "probationary), temporarily attached, exempted, present and absent")
    public record Totals(int total, int full, int probationary, int attached, int exempted, int present,
                         int absentWithReason, int absentWithoutReason, int committeeTotal, int committeePresent) {
    }

    @Schema(name = "MeetingAttendance")
    public record Attendee(UUID memberId, String fullName, Attendance attendance, boolean committeeMember, boolean attached) {
    }

    @Schema(name = "Meeting")
    public record View(UUID id, String cellCode, String cellName, LocalDate heldOn, MeetingKind kind, String theme,
                       Totals totals, List<Attendee> attendance, long version) {
    }

    @Schema(name = "MeetingCompliance", description = "Whether each cell of a subtree held its regular meeting in a month")
    public record Compliance(String unitCode, String month, int cells, int cellsHeld, int cellsMissed,
                             List<CellMonth> items, String next) {
    }

    @Schema(name = "MeetingCellMonth")
    public record CellMonth(String cellCode, String cellName, boolean regularHeld, LocalDate regularHeldOn,
                            int thematicMeetings) {
    }

    @Schema(name = "MeetingsMissed", description = "A cell that missed a regular meeting in a month or a thematic meeting "
            + "in a quarter of the period")
    public record Missed(String cellCode, String cellName,
                         @Schema(description = "YYYY-MM") List<String> missedMonths,
                         @Schema(description = "YYYY-Qn") List<String> missedQuarters) {
    }

    @Schema(name = "MeetingAttendanceRates", description = "Attendance at the meetings held in a unit's subtree in a period, "
            + "for members and for committee members; and the same per unit directly below. Counts only.")
    public record Rates(String unitCode, String unitName, String from, String to, long meetings, long present,
                        long absentWithReason, long absentWithoutReason,
                        @Schema(description = "Attendances counted: present + absent, the whole of memberRate")
                        long attendances,
                        @Schema(description = "present / attendances in %, two decimals (85.71); null without meetings")
                        java.math.BigDecimal memberRate,
                        long committeeTotal, long committeePresent,
                        @Schema(description = "committeePresent / committeeTotal in %, two decimals") java.math.BigDecimal committeeRate,
                        List<Rates> units) {
    }

    private MeetingApi() {
    }
}
