package vn.party.reporting.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import org.hibernate.Session;
import vn.party.backbone.inbox.IncomingEvent;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.membership.MemberAdmitted;
import vn.party.contracts.membership.MemberConfirmed;
import vn.party.contracts.membership.MemberRegistered;
import vn.party.contracts.membership.MemberStatusChanged;
import vn.party.contracts.membership.MemberTransferred;
import vn.party.contracts.membership.MemberTransferredIn;
import vn.party.contracts.membership.MemberTransferredOut;
import vn.party.contracts.membership.MemberStatus;
import vn.party.orgreplica.MembershipEventListener;
import vn.party.reporting.members.MemberTimeline.Fact;
import vn.party.reporting.members.MemberTimeline.Kind;
import vn.party.reporting.members.MemberTimeline.Period;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Member stock (số lượng đảng viên): keeps report_member_period, each member's status and official cell over
 * time, from the member's events. Each event is kept as a fact and the member's periods are recomputed from
 * all of them, so the order events arrive in does not matter.
 */
@ApplicationScoped
@SystemAccess("consumes membership.events into the member stock, for every caller")
public class MemberStockProjection implements MembershipEventListener {

    @Inject
    EntityManager em;

    @Override
    public void on(IncomingEvent event) {
        Instant time = event.envelope().time() == null ? Instant.EPOCH : event.envelope().time().toInstant();
        Fact fact = fact(event.data(), time, event.id());
        if (fact == null) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into report_member_fact (event_id, member_id, kind, effective_date, event_time, status, unit_code,
                        admitted_on, confirmed_on)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""")) {
                insert.setObject(1, fact.eventId());
                insert.setString(2, fact.memberId());
                insert.setString(3, fact.kind().name());
                insert.setObject(4, fact.effectiveDate());
                insert.setTimestamp(5, Timestamp.from(fact.eventTime()));
                insert.setString(6, fact.status() == null ? null : fact.status().name());
                insert.setString(7, fact.unitCode());
                insert.setObject(8, fact.admittedOn(), Types.DATE);
                insert.setObject(9, fact.confirmedOn(), Types.DATE);
                insert.executeUpdate();
            }
            List<Fact> facts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select event_id, kind, effective_date, event_time, status, unit_code, admitted_on, confirmed_on
                    from report_member_fact where member_id = ?""")) {
                select.setString(1, fact.memberId());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        facts.add(new Fact(rs.getObject(1, UUID.class), fact.memberId(), Kind.valueOf(rs.getString(2)),
                                rs.getObject(3, LocalDate.class), rs.getTimestamp(4).toInstant(),
                                rs.getString(5) == null ? null : MemberStatus.valueOf(rs.getString(5)), rs.getString(6),
                                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)));
                    }
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from report_member_period where member_id = ?")) {
                delete.setString(1, fact.memberId());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into report_member_period (member_id, valid_from, valid_to, status, unit_code)
                    values (?, ?, ?, ?, ?)""")) {
                for (Period p : MemberTimeline.periods(facts)) {
                    insert.setString(1, fact.memberId());
                    insert.setObject(2, p.from());
                    if (p.until().equals(MemberTimeline.OPEN)) {
                        insert.setNull(3, Types.DATE);
                    } else {
                        insert.setObject(3, p.until());
                    }
                    insert.setString(4, p.status().name());
                    insert.setString(5, p.unitCode());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    static Fact fact(DomainEvent data, Instant time, UUID id) {
        if (data instanceof MemberRegistered r) {
            return new Fact(id, r.memberId(), Kind.REGISTERED, r.effectiveDate(), time, r.status(), r.unitCode(),
                    r.admittedOn(), r.confirmedOn());
        }
        if (data instanceof MemberAdmitted a) {
            return new Fact(id, a.memberId(), Kind.ADMITTED, a.effectiveDate(), time, MemberStatus.PROBATIONARY, a.unitCode(),
                    a.effectiveDate(), null);
        }
        if (data instanceof MemberConfirmed c) {
            return new Fact(id, c.memberId(), Kind.CONFIRMED, c.effectiveDate(), time, MemberStatus.FULL, c.unitCode(), null,
                    c.effectiveDate());
        }
        if (data instanceof MemberStatusChanged s) {
            return new Fact(id, s.memberId(), Kind.STATUS_CHANGED, s.effectiveDate(), time, s.status(), s.unitCode(), null, null);
        }
        if (data instanceof MemberTransferred t) {
            return new Fact(id, t.memberId(), Kind.TRANSFERRED, t.effectiveDate(), time, null, t.unitCode(), null, null);
        }
        if (data instanceof MemberTransferredIn t) {
            return new Fact(id, t.memberId(), Kind.TRANSFERRED_IN, t.effectiveDate(), time, t.status(), t.unitCode(), null, null);
        }
        if (data instanceof MemberTransferredOut t) {
            return new Fact(id, t.memberId(), Kind.TRANSFERRED_OUT, t.effectiveDate(), time, MemberStatus.LEFT, t.unitCode(),
                    null, null);
        }
        return null;
    }
}
