package vn.party.inspection.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.backbone.scope.SystemAccess;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.orgreplica.MembershipEventListener;

/**
 * Keeps unit_parent_history from membership's tree events: a founding gives the unit its first parent, a move a new
 * parent from its effective date. Each event sets only its own unit's row, so the order in which the units' events
 * arrive (one partition per unit) does not matter; paths on a date are derived by {@link UnitPaths}.
 */
@ApplicationScoped
@SystemAccess("consumes membership.events into the unit parent history, for every caller")
public class UnitParentHistory implements MembershipEventListener {

    @Inject
    EntityManager em;

    @Override
    public void on(IncomingEvent event) {
        if (event.data() instanceof OrgUnitFounded founded) {
            record(founded.unitCode(), founded.parentCode(), founded, false);
        } else if (event.data() instanceof OrgUnitMoved moved) {
            record(moved.unitCode(), moved.parentCode(), moved, true);
        }
    }

    private void record(String code, String parentCode, Object event, boolean replaces) {
        java.time.LocalDate from = event instanceof OrgUnitFounded f ? f.effectiveDate() : ((OrgUnitMoved) event).effectiveDate();
        em.createNativeQuery("insert into unit_parent_history (code, parent_code, valid_from) values (?1, ?2, ?3) on conflict "
                        + "(code, valid_from) do " + (replaces ? "update set parent_code = excluded.parent_code" : "nothing"))
                .setParameter(1, code).setParameter(2, parentCode).setParameter(3, from).executeUpdate();
    }
}
