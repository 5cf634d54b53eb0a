package vn.party.orgreplica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.contracts.membership.MemberAdmitted;
import vn.party.contracts.membership.MemberConfirmed;
import vn.party.contracts.membership.MemberRegistered;
import vn.party.contracts.membership.MemberRenamed;
import vn.party.contracts.membership.MemberStatus;
import vn.party.contracts.membership.MemberStatusChanged;
import vn.party.contracts.membership.MemberTransferred;
import vn.party.contracts.membership.MemberTransferredIn;
import vn.party.contracts.membership.MemberTransferredOut;

/**
 * Keeps member_replica in step with membership's member events: registered and transferred in open (or reopen) a
 * row with name, cell and status; admitted, confirmed, status changes, transfers and renames update it. One
 * member's events share a key, so they arrive in order; an update for a member this replica does not know (its
 * opening event was never published here) changes nothing.
 */
@ApplicationScoped
@SystemAccess("consumes membership.events into the member replica, for every caller")
public class MemberReplicaProjection {

    @Inject
    EntityManager em;

    public void apply(IncomingEvent event) {
        if (event.data() instanceof MemberRegistered e) {
            upsert(e.memberId(), e.fullName(), e.unitCode(), e.status());
        } else if (event.data() instanceof MemberTransferredIn e) {
            upsert(e.memberId(), e.fullName(), e.unitCode(), e.status());
        } else if (event.data() instanceof MemberAdmitted e) {
            upsert(e.memberId(), e.fullName(), e.unitCode(), MemberStatus.PROBATIONARY);
        } else if (event.data() instanceof MemberConfirmed e) {
            update(e.memberId(), "status = 'FULL', unit_code = ?2", e.unitCode());
        } else if (event.data() instanceof MemberStatusChanged e) {
            update(e.memberId(), "status = ?3, unit_code = ?2", e.unitCode(), e.status().name());
        } else if (event.data() instanceof MemberTransferred e) {
            update(e.memberId(), "unit_code = ?2", e.unitCode());
        } else if (event.data() instanceof MemberTransferredOut e) {
            update(e.memberId(), "status = 'LEFT', unit_code = ?2", e.unitCode());
        } else if (event.data() instanceof MemberRenamed e) {
            update(e.memberId(), "full_name = ?2", e.fullName());
        }
    }

    private void upsert(String memberId, String fullName, String unitCode, MemberStatus status) {
        em.createNativeQuery("""
                        insert into member_replica (member_id, full_name, unit_code, status, updated_at)
                        values (cast(?1 as uuid), ?2, ?3, ?4, now())
                        on conflict (member_id) do update set full_name = excluded.full_name, unit_code = excluded.unit_code,
                            status = excluded.status, updated_at = now()""")
                .setParameter(1, memberId).setParameter(2, fullName).setParameter(3, unitCode).setParameter(4, status.name())
                .executeUpdate();
    }

    private void update(String memberId, String set, Object... values) {
        var query = em.createNativeQuery("update member_replica set " + set + ", updated_at = now() where member_id = cast(?1 as uuid)")
                .setParameter(1, memberId);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 2, values[i]);
        }
        query.executeUpdate();
    }
}
