package vn.party.membership.labels;

import vn.party.contracts.CellKind;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.membership.TargetSetter;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.ExitKind;
import vn.party.contracts.membership.MeetingKind;
import vn.party.contracts.membership.MemberCondition;
import vn.party.contracts.membership.MemberStatus;
import vn.party.membership.admission.AdmissionStage;
import vn.party.membership.dues.DuesBasis;
import vn.party.membership.grading.Grade;
import vn.party.membership.meeting.Attendance;
import vn.party.membership.member.PoliticalTheory;
import vn.party.membership.member.Sex;
import vn.party.membership.transfer.TransferKind;
import vn.party.membership.transfer.TransferStatus;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Vietnamese words a user interface shows for the English codes of this service's enumerations
 * (ARCHITECTURE.md: codes in English, labels in Vietnamese). One table, so a front end never hard-codes them.
 */
public final class VietnameseLabels {

    static final Map<Class<? extends Enum<?>>, Map<? extends Enum<?>, String>> TABLES = new LinkedHashMap<>();

    static {
        put(UnitKind.class, Map.of(
                UnitKind.PROVINCE_COMMITTEE, "Đảng bộ tỉnh",
                UnitKind.INTERMEDIATE_COMMITTEE, "Đảng bộ cấp trên cơ sở",
                UnitKind.BASE_COMMITTEE, "Đảng bộ cơ sở",
                UnitKind.BASE_CELL, "Chi bộ cơ sở",
                UnitKind.CELL, "Chi bộ trực thuộc"));
        put(OrganisationType.class, Map.ofEntries(
                Map.entry(OrganisationType.COMMUNE, "Xã"),
                Map.entry(OrganisationType.WARD, "Phường"),
                Map.entry(OrganisationType.TOWN, "Thị trấn"),
                // units recorded before communes, wards and towns were told apart: a report line of their own
                Map.entry(OrganisationType.COMMUNE_WARD, "Xã, phường, thị trấn (chưa phân loại)"),
                Map.entry(OrganisationType.STATE_AGENCY, "Cơ quan hành chính nhà nước"),
                Map.entry(OrganisationType.PUBLIC_SERVICE_UNIT, "Đơn vị sự nghiệp công lập"),
                Map.entry(OrganisationType.STATE_ENTERPRISE, "Doanh nghiệp nhà nước"),
                Map.entry(OrganisationType.PRIVATE_ENTERPRISE, "Doanh nghiệp ngoài nhà nước"),
                Map.entry(OrganisationType.COOPERATIVE, "Hợp tác xã"),
                Map.entry(OrganisationType.ARMY, "Quân đội"),
                Map.entry(OrganisationType.POLICE, "Công an"),
                Map.entry(OrganisationType.SCHOOL, "Trường học"),
                Map.entry(OrganisationType.HEALTH, "Y tế")));
        put(CellKind.class, Map.of(
                CellKind.RESIDENTIAL, "Chi bộ thôn, tổ dân phố",
                CellKind.AGENCY, "Chi bộ cơ quan",
                CellKind.ENTERPRISE, "Chi bộ doanh nghiệp",
                CellKind.MILITARY, "Chi bộ quân đội",
                CellKind.POLICE, "Chi bộ công an",
                CellKind.SCHOOL, "Chi bộ trường học",
                CellKind.HEALTH, "Chi bộ y tế",
                CellKind.CREDIT_FUND, "Chi bộ quỹ tín dụng nhân dân",
                CellKind.OTHER, "Chi bộ khác"));
        put(TargetSetter.class, Map.of(
                TargetSetter.OWN, "Chỉ tiêu đơn vị tự đặt",
                TargetSetter.SUPERIOR, "Chỉ tiêu cấp trên giao"));
        put(MemberStatus.class, Map.of(
                MemberStatus.CANDIDATE, "Quần chúng ưu tú",
                MemberStatus.PROBATIONARY, "Đảng viên dự bị",
                MemberStatus.FULL, "Đảng viên chính thức",
                MemberStatus.LEFT, "Đã ra khỏi danh sách"));
        put(ExitKind.class, Map.of(
                ExitKind.STRUCK_OFF, "Xóa tên",
                ExitKind.RELEASED, "Cho ra khỏi Đảng",
                ExitKind.EXPELLED, "Khai trừ",
                ExitKind.DECEASED, "Từ trần",
                ExitKind.TRANSFERRED_OUT, "Chuyển sinh hoạt ra ngoài tỉnh"));
        put(MemberCondition.class, Map.of(
                MemberCondition.EXEMPTED, "Miễn công tác và sinh hoạt đảng",
                MemberCondition.SUSPENDED, "Đình chỉ sinh hoạt",
                MemberCondition.TEMPORARILY_ATTACHED, "Sinh hoạt tạm thời",
                MemberCondition.OUT_OF_CONTACT, "Mất liên lạc"));
        put(Sex.class, Map.of(Sex.MALE, "Nam", Sex.FEMALE, "Nữ"));
        put(PoliticalTheory.class, Map.of(
                PoliticalTheory.NONE, "Chưa qua đào tạo",
                PoliticalTheory.ELEMENTARY, "Sơ cấp",
                PoliticalTheory.INTERMEDIATE, "Trung cấp",
                PoliticalTheory.ADVANCED, "Cao cấp",
                PoliticalTheory.BACHELOR, "Cử nhân"));
        put(AdmissionStage.class, Map.of(
                AdmissionStage.AWAITING_CEREMONY, "Chờ lễ kết nạp",
                AdmissionStage.ON_PROBATION, "Đang dự bị",
                AdmissionStage.CONFIRMED, "Đã chuyển chính thức",
                AdmissionStage.STRUCK_OFF, "Xóa tên"));
        put(TransferKind.class, Map.of(
                TransferKind.PERMANENT, "Chuyển sinh hoạt đảng chính thức",
                TransferKind.TEMPORARY, "Chuyển sinh hoạt đảng tạm thời"));
        put(TransferStatus.class, Map.of(
                TransferStatus.SENT, "Đã giới thiệu, chờ tiếp nhận",
                TransferStatus.RECEIVED, "Đã tiếp nhận",
                TransferStatus.RETURNED, "Đã trở về",
                TransferStatus.CANCELLED, "Đã hủy"));
        put(MeetingKind.class, Map.of(MeetingKind.REGULAR, "Sinh hoạt thường kỳ", MeetingKind.THEMATIC, "Sinh hoạt chuyên đề"));
        put(Attendance.class, Map.of(
                Attendance.PRESENT, "Có mặt",
                Attendance.ABSENT_WITH_REASON, "Vắng có lý do",
                Attendance.ABSENT_WITHOUT_REASON, "Vắng không lý do"));
        put(Grade.class, Map.of(
                Grade.CLEAN_AND_STRONG, "Trong sạch, vững mạnh",
                Grade.EXCELLENT, "Hoàn thành xuất sắc nhiệm vụ",
                Grade.GOOD, "Hoàn thành tốt nhiệm vụ",
                Grade.COMPLETED, "Hoàn thành nhiệm vụ",
                Grade.NOT_COMPLETED, "Không hoàn thành nhiệm vụ"));
        put(DuesBasis.class, Map.of(
                DuesBasis.SALARIED, "Hưởng lương (1% tiền lương đóng BHXH)",
                DuesBasis.PENSIONER, "Hưởng lương hưu (0,5%)",
                DuesBasis.STUDENT, "Học sinh, sinh viên",
                DuesBasis.OTHER_IN_WORK, "Đảng viên khác"));
    }

    private static <E extends Enum<E>> void put(Class<E> type, Map<E, String> labels) {
        Map<E, String> ordered = new EnumMap<>(type);
        ordered.putAll(labels);
        TABLES.put(type, ordered);
    }

    /** Every table, keyed by the enumeration's simple name, then by code, in declaration order. */
    public static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        TABLES.forEach((type, labels) -> {
            Map<String, String> byCode = new LinkedHashMap<>();
            labels.forEach((code, label) -> byCode.put(code.name(), label));
            result.put(type.getSimpleName(), byCode);
        });
        return result;
    }

    private VietnameseLabels() {
    }
}
