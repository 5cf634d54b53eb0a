package vn.party.membership.grading;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the grading endpoints read and write. */
public final class GradingApi {

    @Schema(name = "OpenGradingRound", description = "Open the year's grading round (đợt đánh giá, xếp loại) of a base organisation")
    public record OpenRoundRequest(
            @NotBlank @Pattern(regexp = "^[a-z0-9_]{1,64}$", message = "a unit code")
            @Schema(description = "A base committee or a base cell", examples = "bn_xa_phu_chan") String unitCode,
            @NotNull @Min(value = 1930, message = "from 1930") @Max(value = 2100, message = "at most 2100")
            @Schema(description = "The year graded", examples = "2025") Integer year) {
    }

    @Schema(name = "EnterGrade", description = "A draft grade while the round is open; entering it again replaces it")
    public record GradeRequest(
            @NotNull @Schema(description = "Allowed grades depend on the year and the subject (CLEAN_AND_STRONG: organisations up to 2017)",
                    examples = "GOOD") Grade grade,
            @Schema(description = "0 to 100 on the scale of 366-QĐ/TW, from the 2025 grading; at least 90 for EXCELLENT, "
                    + "70 for GOOD, 50 for COMPLETED. Absent for earlier years.", examples = "82") Integer score) {
    }

    /** Rows one bulk entry may carry: the largest base organisations of a province have a few thousand members. */
    public static final int MAX_BULK_ROWS = 5_000;

    @Schema(name = "EnterGrades", description = "The draft grades of many members of the round at once, under the same "
            + "rules as one by one: all rows are entered, or none")
    public record BulkGradeRequest(@NotEmpty @Size(max = MAX_BULK_ROWS) List<BulkGradeRow> grades) {
    }

    /** Checked row by row in the service, so that every row at fault is reported at once with its index. */
    @Schema(name = "EnterGradeRow")
    public record BulkGradeRow(
            @Schema(required = true, examples = "3f1c2a9e-5b7d-4e21-9a0c-7d2e4b6f8a10") UUID memberId,
            @Schema(required = true, examples = "GOOD") Grade grade,
            @Schema(description = "As for one grade: 0 to 100 from the 2025 grading", examples = "82") Integer score) {
    }

    @Schema(name = "GradesEntered", description = "What a bulk entry did, and the round after it")
    public record BulkGradeResult(
            @Schema(description = "Rows entered, new or replacing a draft") int entered,
            @Schema(description = "Of those, drafts replaced") int replaced,
            Round round) {
    }

    @Schema(name = "RefusedGradeRow", description = "A row of a bulk entry that a rule refused")
    public record RefusedRow(int index, UUID memberId, String rule, String detail) {
    }

    @Schema(name = "CloseGradingRound", description = "Close the round: its grades become final")
    public record CloseRequest(
            @Schema(description = "The day the committee concluded the grading; today when absent. Not in the future.",
                    examples = "2026-01-15") LocalDate closedOn) {
    }

    @Schema(name = "CorrectGrading", description = "Correct a final grading: a new version, the earlier one kept")
    public record CorrectionRequest(
            @NotNull @Schema(examples = "COMPLETED") Grade grade,
            @Schema(examples = "65") Integer score,
            @NotBlank @Size(max = 500) @Schema(examples = "Kết luận kiểm tra số 12-KL/UBKT: vi phạm chưa được xem xét khi đánh giá")
            String reason,
            @Schema(description = "The day of the correcting decision; today when absent. Not in the future.",
                    examples = "2026-03-02") LocalDate correctedOn) {
    }

    @Schema(name = "GradingRound")
    public record Round(
            UUID id,
            @Schema(examples = "bn_xa_phu_chan") String unitCode,
            @Schema(examples = "Đảng bộ xã Phù Chẩn") String unitName,
            int year,
            @Schema(description = "The regulation whose scale grades the year", examples = "366-QĐ/TW") String regulation,
            @Schema(description = "True when the year's scale carries a 0-100 score") boolean scored,
            RoundStatus status,
            LocalDate closedOn,
            String closedBy,
            @Schema(description = "Official members of the base organisation's subtree on 31 December of the year, "
                    + "less those the year's rules exclude (listed in excluded)") int membersToGrade,
            int membersGraded,
            @Schema(description = "The base organisation and its cells that existed on 31 December of the year") int organisationsToGrade,
            int organisationsGraded,
            @Schema(description = "Members graded so far, per grade") Map<Grade, Long> memberGrades,
            @Schema(description = "Members on the roll who are not graded (124-QĐ/TW art. 5.2): exempted from party work "
                    + "or suspended on 31 December, or admitted less than 6 months before it; not counted as ungraded")
            List<ExcludedMember> excluded,
            long version) {
    }

    @Schema(name = "ExcludedFromGrading", description = "A member on a round's roll whom the year's rules do not grade")
    public record ExcludedMember(
            UUID memberId,
            @Schema(examples = "Nguyễn Văn An") String fullName,
            @Schema(description = "The member's cell on 31 December of the year", examples = "bn_xa_phu_chan_cb1") String cellCode,
            @Schema(description = "grading.excluded-exempted, grading.excluded-suspended or grading.excluded-newly-admitted",
                    examples = "grading.excluded-exempted") String rule,
            @Schema(examples = "Được miễn công tác và sinh hoạt đảng ngày 2024-12-31: không đánh giá, xếp loại (124-QĐ/TW, Điều 5.2)")
            String reason) {
    }

    @Schema(name = "Grading", description = "One version of the grading of a member or an organisation for a year")
    public record GradeView(
            SubjectKind subjectKind,
            @Schema(description = "For a member") UUID memberId,
            @Schema(description = "For a member") String fullName,
            @Schema(description = "A member's cell on 31 December of the year, or the graded unit") String unitCode,
            int year,
            Grade grade,
            Integer score,
            @Schema(description = "1 for the grading the round closed with, higher for each correction") int version,
            @Schema(description = "True while the round is open: it may still be replaced") boolean draft,
            @Schema(description = "The version that counts; earlier versions stay readable") boolean current,
            @Schema(description = "Why a correction was made") String reason,
            @Schema(description = "Closing date for version 1 once final, correction date after") LocalDate effectiveOn,
            OffsetDateTime recordedAt,
            String recordedBy,
            @Schema(description = "Entered after its round closed, for a member left ungraded at the close: final at once")
            boolean late) {
    }

    @Schema(name = "GradingHistory", description = "Every version of a subject's grading for a year, newest first")
    public record History(SubjectKind subjectKind, UUID memberId, String unitCode, int year, List<GradeView> versions) {
    }

    @Schema(name = "GradingSummary", description = "Final gradings of a year in a unit's subtree, counted per grade and "
            + "per level as committees report them (base organisations, cells, members): no names. Corrections count "
            + "with their newest version.")
    public record Summary(
            @Schema(examples = "bn_huyen_que_vo") String unitCode,
            int year,
            Map<Grade, Long> members,
            long membersGraded,
            @Schema(description = "Base organisations and cells together, per grade") Map<Grade, Long> organisations,
            long organisationsGraded,
            @Schema(description = "Tổ chức cơ sở đảng (base committees and base cells), per grade") Map<Grade, Long> baseOrganisations,
            long baseOrganisationsGraded,
            @Schema(description = "Chi bộ trực thuộc (cells under a base committee), per grade") Map<Grade, Long> cells,
            long cellsGraded,
            @Schema(description = "Rounds of base organisations in the subtree still open") long roundsOpen,
            long roundsClosed) {
    }

    private GradingApi() {
    }
}
