package vn.party.cadre.planning;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.scope.SystemAccess;
import vn.party.cadre.profile.CadreRef;
import vn.party.cadre.rules.PlanningRules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Takes a disciplined cadre out of every plan, in every unit: the consumer of discipline decisions calls it. */
@ApplicationScoped
@SystemAccess("a discipline decision from inspection.events takes the cadre out of the plans of every unit")
public class PlanRemovals {

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PlanningRules rules;

    /** @return how many entries were taken out */
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeEverywhere(CadreRef cadre, String reason, String decision, LocalDate on) {
        List<PlanEntry> entries = Panache.getEntityManager()
                .createQuery("select e from PlanEntry e where e.cadreId = :c and e.removedOn is null", PlanEntry.class)
                .setParameter("c", cadre.id()).getResultList();
        for (PlanEntry e : entries) {
            LocalDate removedOn = on.isBefore(e.addedOn) ? e.addedOn : on;
            e.remove(removedOn, reason, decision, true);
            e.stamp("system");
            outbox.publish(PlanningService.removedEvent(e, cadre, rules, removedOn));
            audit.recordAs("system", "cadre.plan_entry_removed", "plan_entry", e.id.toString(),
                    Map.of("reason", reason, "automatic", true));
        }
        return entries.size();
    }
}
