package vn.party.orgreplica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.backbone.inbox.PoisonMessage;
import vn.party.contracts.membership.OrgUnitDissolved;
import vn.party.contracts.membership.OrgUnitFounded;
import vn.party.contracts.membership.OrgUnitMoved;
import vn.party.contracts.membership.OrgUnitRenamed;

/** Keeps org_unit_replica in step with membership's tree. */
@ApplicationScoped
@SystemAccess("consumes membership.events into the tree replica, for every caller")
public class OrgTreeProjection {

    @Inject
    EntityManager em;

    public void apply(IncomingEvent event) {
        if (event.data() instanceof OrgUnitFounded founded) {
            em.createNativeQuery("""
                            insert into org_unit_replica (code, name, kind, organisation_type, parent_code, path, founded_on, updated_at)
                            values (?1, ?2, ?3, ?4, ?5, cast(?6 as ltree), ?7, now())
                            on conflict (code) do nothing""")
                    .setParameter(1, founded.unitCode())
                    .setParameter(2, founded.name())
                    .setParameter(3, founded.kind().name())
                    .setParameter(4, founded.organisationType() == null ? null : founded.organisationType().name())
                    .setParameter(5, founded.parentCode())
                    .setParameter(6, String.join(".", founded.path()))
                    .setParameter(7, founded.effectiveDate())
                    .executeUpdate();
        } else if (event.data() instanceof OrgUnitRenamed renamed) {
            int updated = em.createNativeQuery("update org_unit_replica set name = ?2, updated_at = now() where code = ?1")
                    .setParameter(1, renamed.unitCode())
                    .setParameter(2, renamed.name())
                    .executeUpdate();
            if (updated == 0) {
                // its founding has not arrived (dead-lettered?): keep the rename for a replay after it
                throw new PoisonMessage("rename of unit " + renamed.unitCode() + ", which this replica does not know");
            }
        } else if (event.data() instanceof OrgUnitMoved moved) {
            // the whole subtree moves: every path that began with the old one begins with the new one
            String previous = String.join(".", moved.previousPath());
            int updated = em.createNativeQuery("""
                            update org_unit_replica
                            set path = case when path = cast(?1 as ltree) then cast(?2 as ltree)
                                            else cast(?2 as ltree) || subpath(path, nlevel(cast(?1 as ltree))) end,
                                parent_code = case when code = ?3 then ?4 else parent_code end,
                                updated_at = now()
                            where path <@ cast(?1 as ltree)""")
                    .setParameter(1, previous)
                    .setParameter(2, String.join(".", moved.path()))
                    .setParameter(3, moved.unitCode())
                    .setParameter(4, moved.parentCode())
                    .executeUpdate();
            if (updated == 0) {
                throw new PoisonMessage("move of unit " + moved.unitCode() + ", which this replica does not know at " + previous);
            }
        } else if (event.data() instanceof OrgUnitDissolved dissolved) {
            em.createNativeQuery("update org_unit_replica set dissolved_on = ?2, updated_at = now() where code = ?1")
                    .setParameter(1, dissolved.unitCode())
                    .setParameter(2, dissolved.effectiveDate())
                    .executeUpdate();
        }
    }
}
