package vn.party.backbone.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.scope.CallerScope;

/**
 * Who changed what, and when, written in the transaction of the change. The table refuses updates and
 * deletes (a trigger), and no API edits it.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper json;

    /**
     * @param action     verb in the past tense, e.g. {@code orgunit.founded}
     * @param entityType e.g. {@code org_unit}
     * @param detail     what changed; never personal data beyond what the record itself holds
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, String entityId, Object detail) {
        recordAs(actor(), action, entityType, entityId, detail);
    }

    /**
     * As {@link #record}, naming the actor explicitly: for work done in the background on behalf of a
     * caller whose request has ended (its {@link vn.party.backbone.scope.ActingScope}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String action, String entityType, String entityId, Object detail) {
        em.createNativeQuery("""
                        insert into audit_log (at, actor, action, entity_type, entity_id, detail)
                        values (now(), ?1, ?2, ?3, ?4, cast(?5 as jsonb))""")
                .setParameter(1, actor)
                .setParameter(2, action)
                .setParameter(3, entityType)
                .setParameter(4, entityId)
                .setParameter(5, toJson(detail))
                .executeUpdate();
    }

    /** Who is acting: the caller in a request, "system" for work no request stands behind (consumers, schedules). */
    public String actor() {
        InjectableContext requestContext = Arc.container().getActiveContext(RequestScoped.class);
        return requestContext != null ? caller.actor() : "system";
    }

    private String toJson(Object detail) {
        try {
            return detail == null ? "{}" : json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit detail cannot be written as JSON", e);
        }
    }
}
