package vn.party.reporting.baseorg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.backbone.scope.SystemAccess;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.orgreplica.MembershipEventListener;
import vn.party.reporting.freshness.FreshnessProjection;

import java.time.OffsetDateTime;

/** The kind (loại hình chi bộ) each cell was founded with, for the counts of cells by kind. */
@ApplicationScoped
@SystemAccess("consumes membership.events into the cell kinds, for every caller")
public class CellKindProjection implements MembershipEventListener {

    @Inject
    EntityManager em;

    @Override
    public void on(IncomingEvent event) {
        if (event.data() instanceof OrgUnitFounded f && f.kind() == UnitKind.CELL && f.cellKind() != null) {
            OffsetDateTime time = FreshnessProjection.timeOrEpoch(event);
            em.createNativeQuery("""
                            insert into report_cell_kind (unit_code, cell_kind, event_time) values (:unit, :kind, :time)
                            on conflict (unit_code) do update set cell_kind = excluded.cell_kind, event_time = excluded.event_time
                            where excluded.event_time > report_cell_kind.event_time""")
                    .setParameter("unit", f.unitCode()).setParameter("kind", f.cellKind().name()).setParameter("time", time)
                    .executeUpdate();
        }
    }
}
