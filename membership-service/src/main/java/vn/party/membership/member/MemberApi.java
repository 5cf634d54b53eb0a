package vn.party.membership.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.contracts.membership.ExitKind;
import vn.party.contracts.membership.MemberCondition;
import vn.party.contracts.membership.MemberStatus;
import vn.party.membership.orgunit.UnitRef;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the member endpoints read and write. */
public final class MemberApi {

    static final String NATIONAL_ID = "^[0-9]{12}$";
    static final String UNIT_CODE = "^[a-z0-9_]{1,64}$";

    @Schema(name = "RegisterMember", description = "Open a member record: a new admission candidate (quần chúng ưu tú), "
            + "or an existing member entered with the dates that made them one")
    public record RegisterRequest(
            @NotBlank @Pattern(regexp = NATIONAL_ID, message = "12 digits") @Schema(examples = "027090001234") String nationalId,
            @NotBlank @Size(max = 255) @Schema(examples = "Nguyễn Thị Hoa") String fullName,
            @NotNull @Past @Schema(examples = "1990-05-19") LocalDate dateOfBirth,
            @NotNull Sex sex,
            @NotBlank @Size(max = 64) @Schema(examples = "Kinh") String ethnicity,
            @Size(max = 64) @Schema(examples = "Không") String religion,
            @Size(max = 32) @Schema(examples = "27001234") String partyCardNumber,
            @Size(max = 255) @Schema(examples = "Phường Kinh Bắc, tỉnh Bắc Ninh") String hometown,
            @Size(max = 64) @Schema(examples = "12/12") String education,
            @Size(max = 255) @Schema(examples = "Cử nhân Luật") String professionalQualification,
            PoliticalTheory politicalTheory,
            @Size(max = 255) @Schema(examples = "Công chức") String occupation,
            @NotBlank @Pattern(regexp = UNIT_CODE, message = "a unit code") @Schema(examples = "bn_xa_phu_chan_cb1") String unitCode,
            @Schema(description = "CANDIDATE when absent") MemberStatus status,
            @Schema(description = "Admission decision date; for PROBATIONARY and FULL") LocalDate admittedOn,
            @Schema(description = "Confirmation date; for FULL") LocalDate confirmedOn,
            @Schema(description = "Date the person belongs to this cell from; today when absent") LocalDate inUnitSince,
            @Schema(description = "Entered from old paper files: a FULL member whose files give no confirmation date is "
                    + "accepted without it (flagged confirmationDateUnknown, official from admittedOn)") Boolean fromPaper) {

        boolean paper() {
            return Boolean.TRUE.equals(fromPaper);
        }
    }

    @Schema(name = "UpdateMember", description = "Correct the record's details. Status, cell and dates change through their own commands.")
    public record UpdateRequest(
            @NotBlank @Size(max = 255) String fullName,
            @NotNull @Past LocalDate dateOfBirth,
            @NotNull Sex sex,
            @NotBlank @Size(max = 64) String ethnicity,
            @Size(max = 64) String religion,
            @Size(max = 32) String partyCardNumber,
            @Size(max = 255) String hometown,
            @Size(max = 64) String education,
            @Size(max = 255) String professionalQualification,
            PoliticalTheory politicalTheory,
            @Size(max = 255) String occupation) {
    }

    @Schema(name = "RecordExit", description = "Xóa tên, cho ra khỏi Đảng, khai trừ or từ trần: a dated status, never a deletion")
    public record ExitRequest(
            @NotNull ExitKind kind,
            @NotNull @Schema(examples = "2026-03-01") LocalDate effectiveOn,
            @Size(max = 500) @Schema(examples = "Bỏ sinh hoạt 3 tháng trong năm không có lý do") String reason) {
    }

    @Schema(name = "StartCondition")
    public record ConditionRequest(
            @NotNull MemberCondition condition,
            @NotNull LocalDate startsOn,
            @Schema(description = "Required for SUSPENDED; open-ended otherwise when absent") LocalDate endsOn,
            @Pattern(regexp = UNIT_CODE, message = "a unit code")
            @Schema(description = "Host cell, for TEMPORARILY_ATTACHED only") String hostUnitCode,
            @Size(max = 500) String reason) {
    }

    @Schema(name = "EndCondition")
    public record EndConditionRequest(
            @NotNull MemberCondition condition,
            @NotNull @Schema(description = "First day the condition no longer applies") LocalDate endsOn) {
    }

    @Schema(name = "ReadmissionCandidacy", description = "A person who left becomes a candidate again, in the same record")
    public record ReadmissionCandidacyRequest(
            @NotBlank @Pattern(regexp = UNIT_CODE, message = "a unit code") String unitCode,
            @NotNull LocalDate effectiveOn,
            @Schema(description = "Date of the province committee's consent: needed to readmit a person expelled, "
                    + "36 months or more after the expulsion") LocalDate provinceConsentOn) {
    }

    @Schema(name = "Member", description = "A member record with personal data: shown to the roles that work with members")
    public record View(
            UUID id,
            String fullName,
            String nationalId,
            LocalDate dateOfBirth,
            Sex sex,
            String ethnicity,
            String religion,
            String partyCardNumber,
            String hometown,
            String education,
            String professionalQualification,
            PoliticalTheory politicalTheory,
            String occupation,
            String unitCode,
            String unitName,
            MemberStatus status,
            ExitKind exitKind,
            LocalDate statusSince,
            LocalDate admittedOn,
            LocalDate confirmedOn,
            boolean readmitted,
            @Schema(description = "Entered from old paper files") boolean fromPaper,
            @Schema(description = "A full member from paper whose confirmation date is not known") boolean confirmationDateUnknown,
            @Schema(description = "Conditions that apply today") List<MemberCondition> conditions,
            long version) {

        static View of(Member m, UnitRef unit, List<MemberCondition> conditions) {
            return new View(m.id, m.fullName, m.nationalId, m.dateOfBirth, m.sex, m.ethnicity, m.religion,
                    m.partyCardNumber, m.hometown, m.education, m.professionalQualification, m.politicalTheory,
                    m.occupation, unit.code(), unit.name(), m.status, m.exitKind, m.statusSince, m.admittedOn,
                    m.confirmedOn, m.readmitted, m.fromPaper, m.confirmationDateUnknown, conditions, m.version);
        }
    }

    @Schema(name = "MemberSummary", description = "One row of a member search")
    public record Summary(UUID id, String fullName, LocalDate dateOfBirth, Sex sex, String partyCardNumber,
                          String unitCode, MemberStatus status, ExitKind exitKind, LocalDate admittedOn) {
    }

    @Schema(name = "MemberHistory", description = "Statuses, cells and conditions of a record through time")
    public record History(List<StatusEntry> statuses, List<Placement> cells, List<Condition> conditions) {
    }

    public record StatusEntry(MemberStatus status, ExitKind exitKind, LocalDate effectiveOn, String reason) {
    }

    public record Placement(String unitCode, LocalDate startsOn, LocalDate endsOn) {
    }

    public record Condition(MemberCondition condition, LocalDate startsOn, LocalDate endsOn, String hostUnitCode,
                            String reason, String source) {
    }

    private MemberApi() {
    }
}
