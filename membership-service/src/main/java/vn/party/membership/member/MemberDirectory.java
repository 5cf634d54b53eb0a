package vn.party.membership.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.sql.Columns;
import vn.party.backbone.problem.ProblemException;
import vn.party.contracts.membership.ExitKind;
import vn.party.contracts.membership.MemberCondition;
import vn.party.contracts.membership.MemberStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who belonged where on a date, for the other features (meetings, dues, grading, badges, headcounts).
 * Not scoped: callers reach it through a unit they have already checked against the caller's subtree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberDirectory {

    /** Status on a date: the newest history row effective on or before it. */
    private static final String STATUS_ON = """
            (select h.status from member_status_history h where h.member_id = m.id and h.effective_on <= cast(?2 as date)
             order by h.effective_on desc, h.id desc limit 1)""";

    @Inject
    EntityManager em;

    /**
     * Members in the official headcount of the units at or below {@code path} on {@code on}: their official
     * cell there on that date, probationary or full on that date. Temporarily attached members count in
     * their home cell, so they are here under their home cell and not under the host.
     */
    public List<MemberOnDate> officialMembersUnder(String path, LocalDate on) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select * from (
                          select m.id, m.full_name, m.date_of_birth, m.sex, %s as status_on, u.id as unit_id, u.code
                          from member_placement p join member m on m.id = p.member_id join org_unit u on u.id = p.unit_id
                          where u.path <@ cast(?1 as ltree) and p.starts_on <= cast(?2 as date)
                            and (p.ends_on is null or p.ends_on > cast(?2 as date))) x
                        where status_on in ('PROBATIONARY', 'FULL')
                        order by code, full_name""".formatted(STATUS_ON))
                .setParameter(1, path)
                .setParameter(2, on)
                .getResultList();
        return rows.stream().map(MemberDirectory::onDate).toList();
    }

    /** Records placed now (open placement) in units at or below {@code path}, other than those who left. */
    public List<MemberOnDate> currentlyPlacedUnder(String path) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select m.id, m.full_name, m.date_of_birth, m.sex, m.status, u.id, u.code
                        from member_placement p join member m on m.id = p.member_id join org_unit u on u.id = p.unit_id
                        where u.path <@ cast(?1 as ltree) and p.ends_on is null and m.status <> 'LEFT'
                        order by u.code, m.full_name""")
                .setParameter(1, path)
                .getResultList();
        return rows.stream().map(MemberDirectory::onDate).toList();
    }

    /** Members of other cells temporarily attached to the host unit on {@code on}: they attend, but do not count there. */
    public List<MemberOnDate> attachedTo(long hostUnitId, LocalDate on) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select m.id, m.full_name, m.date_of_birth, m.sex, %s, u.id, u.code
                        from member_condition c join member m on m.id = c.member_id join org_unit u on u.id = m.unit_id
                        where c.condition = 'TEMPORARILY_ATTACHED' and c.host_unit_id = ?1
                          and c.starts_on <= cast(?2 as date) and (c.ends_on is null or c.ends_on > cast(?2 as date))
                        order by m.full_name""".formatted(STATUS_ON))
                .setParameter(1, hostUnitId)
                .setParameter(2, on)
                .getResultList();
        return rows.stream().map(MemberDirectory::onDate).toList();
    }

    /** The conditions that apply on {@code on} to each of the given members (members with none are absent). */
    public Map<UUID, Set<MemberCondition>> conditionsOn(Collection<UUID> memberIds, LocalDate on) {
        Map<UUID, Set<MemberCondition>> result = new HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        MemberConditionPeriod.<MemberConditionPeriod>list("memberId in ?1", memberIds).stream()
                .filter(c -> c.appliesOn(on))
                .forEach(c -> result.computeIfAbsent(c.memberId, k -> new HashSet<>()).add(c.condition));
        return result;
    }

    /** First admission and the periods outside party life, for party age and badges. */
    public PartyLife partyLife(UUID memberId) {
        Member m = Member.<Member>findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("member " + memberId));
        List<PartyLife.Interval> outside = new ArrayList<>();
        LocalDate leftOn = null;
        for (MemberStatusEntry e : MemberStatusEntry.of(memberId)) {
            if (e.status == MemberStatus.LEFT && e.exitKind == ExitKind.TRANSFERRED_OUT) {
                continue; // in another province's organisation: still party life
            }
            if (e.status == MemberStatus.LEFT && leftOn == null) {
                leftOn = e.effectiveOn;
            } else if (e.status == MemberStatus.PROBATIONARY && leftOn != null) {
                // outside from the exit until the readmission decision
                outside.add(new PartyLife.Interval(leftOn, e.effectiveOn));
                leftOn = null;
            }
        }
        if (leftOn != null) {
            outside.add(new PartyLife.Interval(leftOn, null));
        }
        MemberConditionPeriod.of(memberId).stream()
                .filter(c -> c.condition == MemberCondition.OUT_OF_CONTACT)
                .forEach(c -> outside.add(new PartyLife.Interval(c.startsOn, c.endsOn)));
        return new PartyLife(m.firstAdmittedOn, List.copyOf(outside));
    }

    private static MemberOnDate onDate(Object[] r) {
        return new MemberOnDate((UUID) r[0], (String) r[1], Columns.date(r[2]), Sex.valueOf((String) r[3]),
                MemberStatus.valueOf((String) r[4]), ((Number) r[5]).longValue(), (String) r[6]);
    }
}
