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

import java.util.List;

/**
 * Keeps org_unit_replica in step with membership's tree, whatever order the events arrive in. Unit events are
 * keyed by unit, so a child's founding and its parent's move may be consumed in either order (different
 * partitions). A path is therefore never taken from an event when it can be derived: it is the parent's path
 * in this replica followed by the unit's code, for the unit and, through parent codes, everything below it.
 * The event's own path is used only while the parent has not arrived; its arrival corrects the children.
 */
@ApplicationScoped
@SystemAccess("consumes membership.events into the tree replica, for every caller")
public class OrgTreeProjection {

    /** Deeper than any real tree (province, district, base committee, cells): stops a transient cycle. */
    private static final int MAX_DEPTH = 32;

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
            derivePaths(founded.unitCode(), founded.path());
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
            int updated = em.createNativeQuery("update org_unit_replica set parent_code = ?2, updated_at = now() where code = ?1")
                    .setParameter(1, moved.unitCode())
                    .setParameter(2, moved.parentCode())
                    .executeUpdate();
            if (updated == 0) {
                throw new PoisonMessage("move of unit " + moved.unitCode() + ", which this replica does not know");
            }
            derivePaths(moved.unitCode(), moved.path());
        } else if (event.data() instanceof OrgUnitDissolved dissolved) {
            em.createNativeQuery("update org_unit_replica set dissolved_on = ?2, updated_at = now() where code = ?1")
                    .setParameter(1, dissolved.unitCode())
                    .setParameter(2, dissolved.effectiveDate())
                    .executeUpdate();
        }
    }

    /**
     * Sets the path of {@code code} (its parent's path and its code, or {@code eventPath} while the parent is
     * unknown here) and of every unit below it by parent codes.
     */
    private void derivePaths(String code, List<String> eventPath) {
        em.createNativeQuery("""
                        with recursive tree (code, path, depth) as (
                            select u.code,
                                   case when p.code is not null then p.path || text2ltree(u.code)
                                        when u.parent_code is null then text2ltree(u.code)
                                        else cast(?2 as ltree) end,
                                   1
                            from org_unit_replica u left join org_unit_replica p on p.code = u.parent_code
                            where u.code = ?1
                          union all
                            select c.code, t.path || text2ltree(c.code), t.depth + 1
                            from org_unit_replica c join tree t on c.parent_code = t.code
                            where t.depth < ?3
                        )
                        update org_unit_replica r set path = t.path, updated_at = now()
                        from tree t where r.code = t.code and r.path <> t.path""")
                .setParameter(1, code)
                .setParameter(2, String.join(".", eventPath))
                .setParameter(3, MAX_DEPTH)
                .executeUpdate();
    }
}
