package vn.party.inspection.discipline;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.scope.SystemAccess;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.inspection.SuspensionEnded;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Ends, and publishes once, the suspensions whose period is over. Runs daily; no caller stands behind it. */
@ApplicationScoped
@SystemAccess("daily sweep over every body's suspensions; no caller stands behind it")
public class SuspensionSweep {

    @Inject
    EntityManager em;

    @Inject
    vn.party.inspection.tree.UnitPaths unitPaths;

    @Inject
    Outbox outbox;

    @Scheduled(cron = "0 15 0 * * ?", timeZone = "Asia/Ho_Chi_Minh", identity = "suspension-ends")
    void daily() {
        endDue(VietnamTime.today());
    }

    /** @return how many suspensions ended on or before {@code day} were closed and published */
    @Transactional
    public int endDue(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select s.id, s.member_id, s.member_unit_code, cast(coalesce(r.path, b.path) as text), s.ends_on
                        from suspension s join org_unit_replica b on b.code = s.unit_code
                        left join org_unit_replica r on r.code = s.member_unit_code
                        where s.ended_on is null and s.ends_on <= ?1 order by s.ends_on limit 1000""")
                .setParameter(1, day).getResultList();
        for (Object[] r : rows) {
            LocalDate endsOn = (r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4]);
            em.createNativeQuery("update suspension set ended_on = ends_on, updated_at = now(), updated_by = 'system', "
                    + "version = version + 1 where id = ?1").setParameter(1, (UUID) r[0]).executeUpdate();
            outbox.publish(new SuspensionEnded(r[0].toString(), r[1].toString(), (String) r[2],
                    unitPaths.pathCodesOn((String) r[2], endsOn), false, endsOn));
        }
        return rows.size();
    }
}
