package vn.party.inspection.casework;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.scope.SystemAccess;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.inspection.FollowUpOverdue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Publishes, once each, the follow-up actions that passed their deadline undone. Runs daily; no caller stands behind it. */
@ApplicationScoped
@SystemAccess("daily sweep over every body's follow-up actions; no caller stands behind it")
public class FollowUpSweep {

    @Inject
    EntityManager em;

    @Inject
    vn.party.inspection.tree.UnitPaths unitPaths;

    @Inject
    Outbox outbox;

    @Scheduled(cron = "0 10 0 * * ?", timeZone = "Asia/Ho_Chi_Minh", identity = "follow-up-overdue")
    void daily() {
        publishOverdue(VietnamTime.today());
    }

    /** @return how many actions were published as overdue on {@code day} */
    @Transactional
    public int publishOverdue(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select a.id, a.case_id, c.unit_code, cast(r.path as text), a.deadline
                        from follow_up_action a join inspection_case c on c.id = a.case_id
                        join org_unit_replica r on r.code = c.unit_code
                        where a.completed_on is null and a.overdue_published_on is null and a.deadline < ?1
                        order by a.deadline limit 1000""")
                .setParameter(1, day).getResultList();
        for (Object[] r : rows) {
            LocalDate deadline = (r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4]);
            outbox.publish(new FollowUpOverdue(r[0].toString(), r[1].toString(), (String) r[2],
                    unitPaths.pathCodesOn((String) r[2], deadline.plusDays(1)), deadline, deadline.plusDays(1)));
            em.createNativeQuery("update follow_up_action set overdue_published_on = ?2 where id = ?1")
                    .setParameter(1, (UUID) r[0]).setParameter(2, day).executeUpdate();
        }
        return rows.size();
    }
}
