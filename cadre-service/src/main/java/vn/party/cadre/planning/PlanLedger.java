package vn.party.cadre.planning;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import vn.party.backbone.scope.SystemAccess;

import java.util.UUID;

/**
 * Counts the planning rules need across the whole province, whoever asks: a cadre's entries in other units'
 * plans count towards the posts-per-cadre limit and decide whether a planning is the first. Only numbers leave
 * this class, never rows.
 */
@ApplicationScoped
@SystemAccess("the planning rules count a cadre's entries in every unit's plan; only counts leave it")
public class PlanLedger {

    /** Active entries of the cadre in the term, in any unit. */
    long activeInTerm(UUID cadreId, String term) {
        return ((Number) Panache.getEntityManager().createQuery(
                        "select count(e) from PlanEntry e where e.cadreId = :c and e.term = :t and e.removedOn is null")
                .setParameter("c", cadreId).setParameter("t", term).getSingleResult()).longValue();
    }

    /** Entries of the cadre ever, in any term or unit: none means a first planning. */
    long ever(UUID cadreId) {
        return ((Number) Panache.getEntityManager().createQuery("select count(e) from PlanEntry e where e.cadreId = :c")
                .setParameter("c", cadreId).getSingleResult()).longValue();
    }
}
