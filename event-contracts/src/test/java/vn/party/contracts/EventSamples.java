package vn.party.contracts;

import vn.party.contracts.cadre.*;
import vn.party.contracts.membership.*;

import java.time.LocalDate;
import java.util.List;

/** One realistic instance of every event type; {@link EventContractTest} requires one per catalog entry. */
final class EventSamples {

    private static final String MEMBER = "3f1c2a9e-5b7d-4e21-9a0c-7d2e4b6f8a10";
    private static final List<String> CELL_PATH = List.of("bn", "bn_xa_phu_chan", "bn_xa_phu_chan_cb1");

    static final List<DomainEvent> MEMBERSHIP = List.of(
            new OrgUnitFounded("bn_xa_phu_chan", "Đảng bộ xã Phù Chẩn", UnitKind.BASE_COMMITTEE,
                    OrganisationType.COMMUNE, "bn", List.of("bn", "bn_xa_phu_chan"), LocalDate.of(2025, 7, 1)),
            new OrgUnitFounded("bn", "Đảng bộ tỉnh Bắc Ninh", UnitKind.PROVINCE_COMMITTEE, null, null,
                    List.of("bn"), LocalDate.of(2025, 7, 1)),
            new OrgUnitFounded("bn_xa_phu_chan_cb1", "Chi bộ thôn Đông", UnitKind.CELL, null, "bn_xa_phu_chan",
                    CELL_PATH, LocalDate.of(2025, 7, 1), CellKind.RESIDENTIAL),
            new OrgUnitFounded("bn_xa_dong_ngu", "Đảng bộ xã Đông Ngư (ghi trước khi tách loại hình)", UnitKind.BASE_COMMITTEE,
                    OrganisationType.COMMUNE_WARD, "bn", List.of("bn", "bn_xa_dong_ngu"), LocalDate.of(2010, 1, 1)),
            new OrgUnitRenamed("bn_cqd", "Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ các cơ quan Đảng tỉnh",
                    List.of("bn", "bn_cqd"), LocalDate.of(2025, 7, 1)),
            new OrgUnitMoved("bn_xa_phu_chan", "bn", List.of("bn", "bn_tu_son", "bn_xa_phu_chan"),
                    List.of("bn", "bn_xa_phu_chan"), LocalDate.of(2025, 7, 1)),
            new OrgUnitDissolved("bn_tu_son", List.of("bn", "bn_tu_son"), LocalDate.of(2025, 7, 1)),
            new OrgUnitsMerged("bn_phuong_tu_son", List.of("bn", "bn_phuong_tu_son"),
                    List.of("bn_phuong_dong_ngan", "bn_phuong_dinh_bang"), LocalDate.of(2025, 7, 1)),
            new OrgUnitSplit("bn_xa_phu_chan_cb1", CELL_PATH, List.of("bn_xa_phu_chan_cb5", "bn_xa_phu_chan_cb6"), false,
                    LocalDate.of(2026, 1, 1)),
            new MemberTransferred(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, "bn_xa_phu_chan_cb5",
                    List.of("bn", "bn_xa_phu_chan", "bn_xa_phu_chan_cb5"), "RESTRUCTURING", LocalDate.of(2026, 1, 1)),
            new MemberTransferredOut(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, "Đảng bộ phường Bắc Giang, tỉnh Bắc Ninh",
                    LocalDate.of(2026, 4, 1)),
            new MemberTransferredIn(MEMBER, "Nguyễn Thị Hoa", MemberStatus.FULL, "bn_xa_phu_chan_cb1", CELL_PATH,
                    "Đảng bộ xã Tân Hòa, tỉnh Phú Thọ", false, LocalDate.of(2026, 4, 20)),
            new MemberRegistered(MEMBER, "Nguyễn Thị Hoa", MemberStatus.FULL, "bn_xa_phu_chan_cb1", CELL_PATH,
                    LocalDate.of(1998, 5, 19), LocalDate.of(1999, 5, 20), LocalDate.of(2025, 9, 1)),
            new MemberRegistered(MEMBER, "Trần Văn Nam", MemberStatus.CANDIDATE, "bn_xa_phu_chan_cb1", CELL_PATH,
                    null, null, LocalDate.of(2025, 9, 1)),
            new MemberAdmitted(MEMBER, "Trần Văn Nam", "bn_xa_phu_chan_cb1", CELL_PATH, "bn_xa_phu_chan", false,
                    LocalDate.of(2025, 10, 2)),
            new AdmissionCeremonyHeld(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, LocalDate.of(2026, 10, 20),
                    LocalDate.of(2025, 10, 20)),
            new MemberConfirmed(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 10, 20)),
            new MemberStatusChanged(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, MemberStatus.FULL, MemberStatus.LEFT,
                    ExitKind.DECEASED, LocalDate.of(2026, 1, 5)),
            new MemberConditionStarted(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, MemberCondition.TEMPORARILY_ATTACHED,
                    LocalDate.of(2026, 12, 31), "bn_cqd_cb2", LocalDate.of(2026, 3, 1)),
            new MemberConditionEnded(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, MemberCondition.EXEMPTED, LocalDate.of(2026, 3, 1)),
            new MemberRenamed(MEMBER, "Nguyễn Thị Hòa", "bn_xa_phu_chan_cb1", CELL_PATH, LocalDate.of(2026, 3, 1)),
            new AdmissionTargetSet("bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "2025-2030", 40, LocalDate.of(2025, 10, 1),
                    TargetSetter.SUPERIOR),
            new AdmissionTargetSet("bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "2026", 12, LocalDate.of(2026, 1, 5),
                    TargetSetter.OWN),
            new DuesPaid(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, "2026-03", 46_800, LocalDate.of(2026, 3, 28)),
            new MeetingHeld("9b2e7c41-0d3a-4f5e-8a6b-1c2d3e4f5a6b", "bn_xa_phu_chan_cb1", CELL_PATH, MeetingKind.REGULAR,
                    18, 16, 2, 1, 1, 14, 3, 1, 3, 3, LocalDate.of(2026, 3, 5)),
            new MemberGraded(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, 2025, "GOOD", 82, 1, LocalDate.of(2026, 1, 15)),
            new MemberGraded(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, 2024, "EXCELLENT", null, 2, LocalDate.of(2025, 3, 2)),
            new OrganisationGraded("bn_xa_phu_chan_cb1", CELL_PATH, 2025, "EXCELLENT", 93, 1, LocalDate.of(2026, 1, 15)),
            new BadgeAwarded(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, 40, LocalDate.of(2026, 2, 3)),
            new PositionHolderAppointed("7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d", "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", MEMBER, "bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "BASE", "SECRETARY", "COMMITTEE", true, "ELECTION", "FEMALE", "40_TO_44", false, LocalDate.of(2025, 7, 15)),
            new PositionHolderEnded("7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d", "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", "bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "BASE", "VILLAGE_HEAD", "VILLAGE", "ROTATED", "MALE", "50_TO_54", true, LocalDate.of(2026, 3, 31)),
            new PlanEntryAdded("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", "2025-2030", "BASE", "bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "SECRETARY", "COMMITTEE", true, true, "FEMALE", "UNDER_35", false, LocalDate.of(2024, 9, 1)),
            new PlanEntryRemoved("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", "2025-2030", "BASE", "bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "SECRETARY", "COMMITTEE", "discipline 15-QĐ/UBKT: REPRIMAND", true, true, "FEMALE", "UNDER_35", false, LocalDate.of(2026, 2, 10)),
            new TrainingEnrolled("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "INTERMEDIATE_POLITICAL_THEORY", 2026, "5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", "bn", List.of("bn"), "PROVINCE", "MALE", "35_TO_39", true, LocalDate.of(2026, 3, 2)),
            new TrainingCompleted("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "INTERMEDIATE_POLITICAL_THEORY", 2026, "5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", "bn", List.of("bn"), "PROVINCE", "MALE", "35_TO_39", true, LocalDate.of(2026, 11, 20)),
            new CadreAppointed("3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a", "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d", "5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", "bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "BASE", "DEPARTMENT_HEAD", "DEPARTMENT", "COMPETITIVE_SELECTION", "245-QĐ/ĐU", "FEMALE", "45_TO_49", false, LocalDate.of(2026, 4, 1)),
            new CadreReappointed("3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a", "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d", "5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", "bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "BASE", "DEPARTMENT_HEAD", "DEPARTMENT", 2, "301-QĐ/ĐU", "FEMALE", "50_TO_54", false, LocalDate.of(2031, 4, 1)),
            new CadreRotated("3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a", "5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", "bn_cqd", "bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "BASE", "DOWN", "SECRETARY", LocalDate.of(2028, 6, 30), "MALE", "40_TO_44", false, LocalDate.of(2026, 7, 1)),
            new AccountabilityActionTaken("3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a", "5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", "bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "BASE", "REVIEW", "PEOPLES_COMMITTEE_CHAIR", "MALE", "55_TO_59", false, LocalDate.of(2026, 5, 12)),
            new AccountabilityActionTaken("3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a", "5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", "bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "BASE", "RESIGNATION", null, "MALE", "55_TO_59", false, LocalDate.of(2026, 5, 12)),
            new CadreProfileSynced("5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", null, "bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "BASE", true, "FEMALE", "35_TO_39", true, LocalDate.of(2026, 3, 1)),
            new SalaryBaseChanged(MEMBER, "5d2a8f10-3c4b-4e6f-9a7b-2c1d0e9f8a76", "bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), 11_000_000L, "01.003", new java.math.BigDecimal("4.68"), "HR_SYSTEM", LocalDate.of(2026, 7, 1)));


    static final List<DomainEvent> ALL = java.util.stream.Stream.of(MEMBERSHIP, InspectionEventSamples.ALL)
            .flatMap(List::stream).toList();

    private EventSamples() {
    }
}
