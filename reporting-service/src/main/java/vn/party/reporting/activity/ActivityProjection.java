package vn.party.reporting.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.contracts.membership.DuesPaid;
import vn.party.contracts.membership.MeetingHeld;
import vn.party.orgreplica.MembershipEventListener;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Cell activity: meetings held (sinh hoạt chi bộ) with the minutes' totals, and dues paid (đảng phí); beside the
 * facts, the figures per unit and month that the reports roll up (report_meeting_month, report_dues_unit_month), each
 * event adding its count and a corrected one (the same meeting, or member and month, again) taking the old away.
 */
@ApplicationScoped
@SystemAccess("consumes membership.events into meetings and dues read models, for every caller")
public class ActivityProjection implements MembershipEventListener {

    @Inject
    EntityManager em;

    @Override
    public void on(IncomingEvent event) {
        if (event.data() instanceof MeetingHeld m) {
            // a meeting sent again (corrected: another day, kind or cell) first takes its old count away
            @SuppressWarnings("unchecked")
            List<Object[]> before = em.createNativeQuery(
                            "select unit_code, kind, held_on from report_meeting where meeting_id = :id for update")
                    .setParameter("id", m.meetingId()).getResultList();
            for (Object[] old : before) {
                countMeeting((String) old[0], (String) old[1], toDate(old[2]), -1);
            }
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
            countMeeting(m.unitCode(), m.kind().name(), m.effectiveDate(), 1);
        } else if (event.data() instanceof DuesPaid d) {
            LocalDate month = YearMonth.parse(d.month()).atDay(1);
            // a payment sent again (corrected amount or cell) replaces the one before in the month's figures
            @SuppressWarnings("unchecked")
            List<Object[]> before = em.createNativeQuery(
                            "select unit_code, amount from report_dues where member_id = :member and month = :month for update")
                    .setParameter("member", d.memberId()).setParameter("month", month).getResultList();
            for (Object[] old : before) {
                countDues((String) old[0], month, -((Number) old[1]).longValue(), -1);
            }
            em.createNativeQuery("""
                            insert into report_dues (member_id, month, unit_code, amount, paid_on)
                            values (:member, :month, :unit, :amount, :on)
                            on conflict (member_id, month) do update set unit_code = excluded.unit_code,
                                amount = excluded.amount, paid_on = excluded.paid_on""")
                    .setParameter("member", d.memberId()).setParameter("month", month)
                    .setParameter("unit", d.unitCode()).setParameter("amount", d.amountDong())
                    .setParameter("on", d.effectiveDate()).executeUpdate();
            countDues(d.unitCode(), month, d.amountDong(), 1);
        }
    }

    /**
     * Adds {@code delta} meetings of {@code kind} to the cell's month in report_meeting_month. Applied in the order
     * the events come, within whatever transaction holds them: each step reads the rows the one before wrote.
     */
    private void countMeeting(String unit, String kind, LocalDate heldOn, int delta) {
        int regular = "REGULAR".equals(kind) ? delta : 0;
        em.createNativeQuery("""
                        insert into report_meeting_month (unit_code, month, regular, thematic)
                        values (:unit, :month, :regular, :thematic)
                        on conflict (unit_code, month) do update set regular = report_meeting_month.regular + excluded.regular,
                            thematic = report_meeting_month.thematic + excluded.thematic""")
                .setParameter("unit", unit).setParameter("month", heldOn.withDayOfMonth(1))
                .setParameter("regular", regular).setParameter("thematic", delta - regular).executeUpdate();
    }

    private void countDues(String unit, LocalDate month, long amount, int payments) {
        em.createNativeQuery("""
                        insert into report_dues_unit_month (unit_code, month, collected, payments)
                        values (:unit, :month, :amount, :payments)
                        on conflict (unit_code, month) do update set collected = report_dues_unit_month.collected + excluded.collected,
                            payments = report_dues_unit_month.payments + excluded.payments""")
                .setParameter("unit", unit).setParameter("month", month).setParameter("amount", amount)
                .setParameter("payments", payments).executeUpdate();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
