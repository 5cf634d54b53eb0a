package vn.party.reporting.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.contracts.membership.DuesPaid;
import vn.party.contracts.membership.MeetingHeld;
import vn.party.orgreplica.MembershipEventListener;

import java.time.YearMonth;

/** Cell activity: meetings held (sinh hoạt chi bộ) with the minutes' totals, and dues paid (đảng phí). */
@ApplicationScoped
@SystemAccess("consumes membership.events into meetings and dues read models, for every caller")
public class ActivityProjection implements MembershipEventListener {

    @Inject
    EntityManager em;

    @Override
    public void on(IncomingEvent event) {
        if (event.data() instanceof MeetingHeld m) {
            em.createNativeQuery("""
                            insert into report_meeting (meeting_id, unit_code, kind, held_on, total, full_members, probationary,
                                attached, exempted, present, absent_with_reason, absent_without_reason, committee_total,
                                committee_present)
                            values (:id, :unit, :kind, :on, :total, :full, :prob, :attached, :exempted, :present, :withReason,
                                :withoutReason, :committeeTotal, :committeePresent)
                            on conflict (meeting_id) do update set unit_code = excluded.unit_code, kind = excluded.kind,
                                held_on = excluded.held_on, total = excluded.total, full_members = excluded.full_members,
                                probationary = excluded.probationary, attached = excluded.attached,
                                exempted = excluded.exempted, present = excluded.present,
                                absent_with_reason = excluded.absent_with_reason,
                                absent_without_reason = excluded.absent_without_reason,
                                committee_total = excluded.committee_total, committee_present = excluded.committee_present""")
                    .setParameter("id", m.meetingId()).setParameter("unit", m.unitCode()).setParameter("kind", m.kind().name())
                    .setParameter("on", m.effectiveDate()).setParameter("total", m.total()).setParameter("full", m.full())
                    .setParameter("prob", m.probationary()).setParameter("attached", m.attached())
                    .setParameter("exempted", m.exempted()).setParameter("present", m.present())
                    .setParameter("withReason", m.absentWithReason()).setParameter("withoutReason", m.absentWithoutReason())
                    .setParameter("committeeTotal", m.committeeTotal()).setParameter("committeePresent", m.committeePresent())
                    .executeUpdate();
        } else if (event.data() instanceof DuesPaid d) {
            em.createNativeQuery("""
                            insert into report_dues (member_id, month, unit_code, amount, paid_on)
                            values (:member, :month, :unit, :amount, :on)
                            on conflict (member_id, month) do update set unit_code = excluded.unit_code,
                                amount = excluded.amount, paid_on = excluded.paid_on""")
                    .setParameter("member", d.memberId()).setParameter("month", YearMonth.parse(d.month()).atDay(1))
                    .setParameter("unit", d.unitCode()).setParameter("amount", d.amountDong())
                    .setParameter("on", d.effectiveDate()).executeUpdate();
        }
    }
}
