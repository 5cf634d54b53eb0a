package vn.party.cadre.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.cadre.rules.PoliticalTheoryLevel;
import vn.party.cadre.rules.Sex;
import vn.party.cadre.rules.StateManagementLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the profile endpoints read and write. */
public final class ProfileApi {

    @Schema(name = "CadreProfileRequest", description = "Hồ sơ cán bộ: a person, unique by national ID")
    public record ProfileRequest(
            @NotNull @Pattern(regexp = "^[a-z0-9_]{1,64}$") @Schema(description = "The unit the cadre works in", examples = "bn_xa_phu_chan")
            String unitCode,
            @Schema(description = "The member record, when the cadre is a member") UUID memberId,
            @Size(max = 32) @Pattern(regexp = "^[A-Za-z0-9._-]+$") @Schema(description = "Mã số cán bộ, công chức in the HR system", examples = "CC-27-004512")
            String civilServantCode,
            @NotNull @Pattern(regexp = "^(\\d{9}|\\d{12})$") @Schema(description = "Số định danh cá nhân (CCCD): personal, never in events", examples = "027190004512")
            String nationalId,
            @NotBlank @Size(max = 200) @Schema(examples = "Nguyễn Thị Hoa") String fullName,
            @NotNull @Schema(examples = "1984-05-19") LocalDate dateOfBirth,
            @NotNull Sex sex,
            @NotNull @Pattern(regexp = "^[A-Z_]{2,32}$") @Schema(description = "Dân tộc as a code; every code but KINH counts as an ethnic minority", examples = "KINH")
            String ethnicity,
            @Size(max = 200) @Schema(description = "Trình độ giáo dục phổ thông", examples = "12/12") String education,
            @Size(max = 200) @Schema(description = "Trình độ chuyên môn", examples = "Thạc sĩ Quản lý công") String qualification,
            @NotNull PoliticalTheoryLevel politicalTheory,
            @NotNull StateManagementLevel stateManagement,
            @Size(max = 100) @Schema(examples = "Tiếng Anh B1") String foreignLanguage,
            @Size(max = 100) @Schema(examples = "Chuẩn kỹ năng sử dụng CNTT cơ bản") String itLevel) {
    }

    @Schema(name = "CadreProfile", description = "A cadre profile. nationalId, dateOfBirth and ethnicity are personal: "
            + "absent (null) for roles other than organiser and province-admin")
    public record ProfileView(UUID id, String unitCode, UUID memberId, String civilServantCode, String nationalId,
                              String fullName, LocalDate dateOfBirth, Sex sex, String ethnicity, Boolean ethnicMinority,
                              String education, String qualification, PoliticalTheoryLevel politicalTheory,
                              StateManagementLevel stateManagement, String foreignLanguage, String itLevel,
                              String salaryGrade, BigDecimal salaryCoefficient,
                              @Schema(description = "End of the month the retirement age is reached (personal)") LocalDate retirementDate,
                              CadreProfile.Source source, long version,
                              @Schema(description = "Civil-service positions from the HR system, oldest first (personal)")
                              List<HrPositionView> hrPositions) {
    }

    @Schema(name = "CadreHrPosition", description = "A civil-service position the HR system lists for the person")
    public record HrPositionView(@Schema(examples = "Chuyên viên") String title,
                                 @Schema(examples = "Sở Nội vụ tỉnh Bắc Ninh") String organisation,
                                 LocalDate from, @Schema(description = "Absent while held") LocalDate to,
                                 @Schema(description = "Mã ngạch", examples = "01.003") String salaryGrade) {
    }

    @Schema(name = "CadreHistoryEntry", description = "Something that happened to a cadre: a post held or left, an "
            + "appointment, reappointment or rotation, a plan entry added or removed, a training enrolment or completion, "
            + "an accountability action")
    public record HistoryEntry(@Schema(description = "The day it took effect") LocalDate on, CadreHistoryEntry.Kind kind,
                               @Schema(description = "The unit of the post, plan, programme or action") String unitCode,
                               @Schema(description = "The position kind, programme kind or action kind") String category,
                               @Schema(description = "The position's title, the plan's term and level, or the programme's name")
                               String title,
                               @Schema(description = "The decision's number, when one was recorded") String decision,
                               @Schema(description = "Method, direction, reason or certificate") String detail,
                               @Schema(description = "The holding, appointment, rotation, plan entry, enrolment or action") UUID recordId) {
    }

    private ProfileApi() {
    }
}
