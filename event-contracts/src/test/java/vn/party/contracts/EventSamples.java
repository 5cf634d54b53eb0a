package vn.party.contracts;

import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitRenamed;

import java.time.LocalDate;
import java.util.List;

/** One realistic instance of every event type; {@link EventContractTest} requires one per catalog entry. */
final class EventSamples {

    static final List<DomainEvent> ALL = List.of(
            new OrgUnitFounded("bn_xa_phu_chan", "Đảng bộ xã Phù Chẩn", UnitKind.BASE_COMMITTEE,
                    OrganisationType.COMMUNE_WARD, "bn", List.of("bn", "bn_xa_phu_chan"), LocalDate.of(2025, 7, 1)),
            new OrgUnitFounded("bn", "Đảng bộ tỉnh Bắc Ninh", UnitKind.PROVINCE_COMMITTEE, null, null,
                    List.of("bn"), LocalDate.of(2025, 7, 1)),
            new OrgUnitRenamed("bn_cqd", "Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ các cơ quan Đảng tỉnh",
                    List.of("bn", "bn_cqd"), LocalDate.of(2025, 7, 1)));

    private EventSamples() {
    }
}
