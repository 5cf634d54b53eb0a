package vn.party.contracts;

import vn.party.contracts.membership.*;

import java.time.LocalDate;
import java.util.List;

/** One realistic instance of every event type; {@link EventContractTest} requires one per catalog entry. */
final class EventSamples {

    private static final String MEMBER = "3f1c2a9e-5b7d-4e21-9a0c-7d2e4b6f8a10";
    private static final List<String> CELL_PATH = List.of("bn", "bn_xa_phu_chan", "bn_xa_phu_chan_cb1");

    static final List<DomainEvent> MEMBERSHIP = List.of(
            new OrgUnitFounded("bn_xa_phu_chan", "Đảng bộ xã Phù Chẩn", UnitKind.BASE_COMMITTEE,
                    OrganisationType.COMMUNE_WARD, "bn", List.of("bn", "bn_xa_phu_chan"), LocalDate.of(2025, 7, 1)),
            new OrgUnitFounded("bn", "Đảng bộ tỉnh Bắc Ninh", UnitKind.PROVINCE_COMMITTEE, null, null,
                    List.of("bn"), LocalDate.of(2025, 7, 1)),
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
            new AdmissionTargetSet("bn_xa_phu_chan", List.of("bn", "bn_xa_phu_chan"), "2025-2030", 40, LocalDate.of(2025, 10, 1)),
            new DuesPaid(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, "2026-03", 46_800, LocalDate.of(2026, 3, 28)),
            new MeetingHeld("9b2e7c41-0d3a-4f5e-8a6b-1c2d3e4f5a6b", "bn_xa_phu_chan_cb1", CELL_PATH, MeetingKind.REGULAR,
                    18, 16, 2, 1, 1, 14, 3, 1, 3, 3, LocalDate.of(2026, 3, 5)),
            new MemberGraded(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, 2025, "GOOD", 82, 1, LocalDate.of(2026, 1, 15)),
            new MemberGraded(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, 2024, "EXCELLENT", null, 2, LocalDate.of(2025, 3, 2)),
            new OrganisationGraded("bn_xa_phu_chan_cb1", CELL_PATH, 2025, "EXCELLENT", 93, 1, LocalDate.of(2026, 1, 15)),
            new BadgeAwarded(MEMBER, "bn_xa_phu_chan_cb1", CELL_PATH, 40, LocalDate.of(2026, 2, 3)));


    static final List<DomainEvent> ALL = java.util.stream.Stream.of(MEMBERSHIP, InspectionEventSamples.ALL)
            .flatMap(List::stream).toList();

    private EventSamples() {
    }
}
