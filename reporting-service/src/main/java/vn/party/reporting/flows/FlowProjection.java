package vn.party.reporting.flows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.contracts.membership.AdmissionTargetSet;
import vn.party.contracts.membership.ExitKind;
import vn.party.contracts.membership.MemberAdmitted;
import vn.party.contracts.membership.MemberStatus;
import vn.party.contracts.membership.MemberStatusChanged;
import vn.party.contracts.membership.MemberTransferred;
import vn.party.contracts.membership.MemberTransferredIn;
import vn.party.contracts.membership.MemberTransferredOut;
import vn.party.orgreplica.MembershipEventListener;
import vn.party.reporting.freshness.FreshnessProjection;

import java.time.OffsetDateTime;

/**
 * Flows over a period: admissions (kết nạp), transfers (chuyển sinh hoạt đảng) and exits, one row per event
 * keyed by its id, and admission targets (chỉ tiêu kết nạp), the latest per unit, target period and setter (the unit's
 * own, and the one the committee above set for it).
 */
@ApplicationScoped
@SystemAccess("consumes membership.events into the flow read models, for every caller")
public class FlowProjection implements MembershipEventListener {

    @Inject
    EntityManager em;

    @Override
    public void on(IncomingEvent event) {
        if (event.data() instanceof MemberAdmitted a) {
            em.createNativeQuery("""
                            insert into report_admission (event_id, member_id, unit_code, decided_by, readmission, effective_date)
                            values (:id, :member, :unit, :by, :readmission, :on) on conflict do nothing""")
                    .setParameter("id", event.id()).setParameter("member", a.memberId()).setParameter("unit", a.unitCode())
                    .setParameter("by", a.decidedByUnitCode()).setParameter("readmission", a.readmission())
                    .setParameter("on", a.effectiveDate()).executeUpdate();
        } else if (event.data() instanceof MemberTransferred t) {
            transfer(event, t.memberId(), "WITHIN", t.fromUnitCode(), t.unitCode(), t.reason(), t.effectiveDate());
        } else if (event.data() instanceof MemberTransferredIn t) {
            transfer(event, t.memberId(), "IN", null, t.unitCode(), t.returning() ? "RETURNING" : "NEW", t.effectiveDate());
        } else if (event.data() instanceof MemberTransferredOut t) {
            transfer(event, t.memberId(), "OUT", t.unitCode(), null, null, t.effectiveDate());
        } else if (event.data() instanceof MemberStatusChanged s && s.status() == MemberStatus.LEFT
                && s.exitKind() != null && s.exitKind() != ExitKind.TRANSFERRED_OUT) {
            // a transfer out of the province is a transfer, not an exit from the party
            em.createNativeQuery("""
                            insert into report_exit (event_id, member_id, unit_code, exit_kind, effective_date)
                            values (:id, :member, :unit, :kind, :on) on conflict do nothing""")
                    .setParameter("id", event.id()).setParameter("member", s.memberId()).setParameter("unit", s.unitCode())
                    .setParameter("kind", s.exitKind().name()).setParameter("on", s.effectiveDate()).executeUpdate();
        } else if (event.data() instanceof AdmissionTargetSet t) {
            OffsetDateTime time = FreshnessProjection.timeOrEpoch(event);
            // the newest setting wins, whichever order the settings arrive in
            em.createNativeQuery("""
                            insert into report_admission_target (unit_code, period, setter, target, effective_date, event_time)
                            values (:unit, :period, :setter, :target, :on, :time)
                            on conflict (unit_code, period, setter) do update set target = excluded.target,
                                effective_date = excluded.effective_date, event_time = excluded.event_time
                            where (excluded.effective_date, excluded.event_time)
                                > (report_admission_target.effective_date, report_admission_target.event_time)""")
                    .setParameter("unit", t.unitCode()).setParameter("period", t.period()).setParameter("setter", t.setter().name())
                    .setParameter("target", t.target())
                    .setParameter("on", t.effectiveDate()).setParameter("time", time).executeUpdate();
        }
    }

    private void transfer(IncomingEvent event, String member, String kind, String from, String to, String reason,
                          java.time.LocalDate on) {
        em.createNativeQuery("""
                        insert into report_transfer (event_id, member_id, kind, from_unit, to_unit, reason, effective_date)
                        values (:id, :member, :kind, :from, :to, :reason, :on) on conflict do nothing""")
                .setParameter("id", event.id()).setParameter("member", member).setParameter("kind", kind)
                .setParameter("from", from).setParameter("to", to).setParameter("reason", reason)
                .setParameter("on", on).executeUpdate();
    }
}
