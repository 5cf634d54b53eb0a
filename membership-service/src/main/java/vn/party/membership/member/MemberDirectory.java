package vn.party.membership.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.party.backbone.scope.ScopedData;
import jakarta.transaction.Transactional;
import vn.party.backbone.sql.Columns;
import vn.party.backbone.problem.ProblemException;
import vn.party.contracts.membership.ExitKind;
import vn.party.contracts.membership.MemberCondition;
import vn.party.contracts.membership.MemberStatus;
import vn.party.membership.reports.SqlArrays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who belonged where on a date, for the other features (meetings, dues, grading, badges, headcounts).
 * Callers pass a unit they have already checked against the caller's subtree; every query binds the scope as
 * well, which costs nothing and cannot leak.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberDirectory {

    /** Status on a date: the newest history row effective on or before it. */
    private static final String STATUS_ON = """
            (select h.status from member_status_history h where h.member_id = m.id and h.effective_on <= cast(:on as date)
             order by h.effective_on desc, h.id desc limit 1)""";

    @Inject
    ScopedData scoped;

    /**
     * Members in the official headcount of the units at or below {@code path} on {@code on}: their official
     * cell there on that date, probationary or full on that date. Temporarily attached members count in
     * their home cell, so they are here under their home cell and not under the host.
     */
    public List<MemberOnDate> officialMembersUnder(String path, LocalDate on) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select * from (
                          select m.id, m.full_name, m.date_of_birth, m.sex, %s as status_on, u.id as unit_id, u.code
                          from member_placement p join member m on m.id = p.member_id join org_unit u on u.id = p.unit_id
                          where u.path <@ cast(:path as ltree) and u.path <@ cast(:scope as ltree)
                            and p.starts_on <= cast(:on as date)
                            and (p.ends_on is null or p.ends_on > cast(:on as date))) x
                        where status_on in ('PROBATIONARY', 'FULL')
                        order by code, full_name""".formatted(STATUS_ON))
                .setParameter("path", path)
                .setParameter("on", on)
                .getResultList();
        return rows.stream().map(MemberDirectory::onDate).toList();
    }

    /**
     * Which of {@code memberIds} stood in the official headcount of the units at or below {@code path} on {@code on},
     * each with the id of the cell they counted in: one query, one array parameter.
     */
    public Map<UUID, Long> officialAmong(String path, LocalDate on, Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select o.member_id, o.unit_id from official_members_on(cast(:path as ltree), cast(:on as date)) o
                        join unnest(cast(:members as uuid[])) as asked(id) on asked.id = o.member_id
                        where o.unit_path <@ cast(:scope as ltree)""")
                .setParameter("path", path).setParameter("on", on).setParameter("members", SqlArrays.uuids(memberIds))
                .getResultList();
        Map<UUID, Long> result = new HashMap<>();
        rows.forEach(r -> result.put((UUID) r[0], ((Number) r[1]).longValue()));
        return result;
    }

    /** The member's official cell on {@code on} if they stood in the headcount at or below {@code path} then. */
    public Optional<MemberOnDate> officialUnder(String path, LocalDate on, UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select m.id, m.full_name, m.date_of_birth, m.sex, o.status, o.unit_id, o.unit_code
                        from official_members_on(cast(:path as ltree), cast(:on as date)) o join member m on m.id = o.member_id
                        where o.unit_path <@ cast(:scope as ltree) and o.member_id = :member""")
                .setParameter("path", path).setParameter("on", on).setParameter("member", memberId)
                .getResultList();
        return rows.stream().findFirst().map(MemberDirectory::onDate);
    }

    /** How many stood in the official headcount of the units at or below {@code path} on {@code on}. */
    public long officialCountUnder(String path, LocalDate on) {
        return Columns.count(scoped.sql("""
                        select count(*) from official_members_on(cast(:path as ltree), cast(:on as date)) o
                        where o.unit_path <@ cast(:scope as ltree)""")
                .setParameter("path", path).setParameter("on", on).getSingleResult());
    }

    /** Full and probationary members counted under one child unit (its code; "" for the unit itself). */
    public record Count(String child, long full, long probationary) {
    }

    /**
     * Official headcount on {@code on} of the units that stood at or below {@code pathThen} on that date (the
     * path a unit of the caller's subtree had then), grouped by the child directly below it.
     */
    public List<Count> officialCountsAsOf(String pathThen, LocalDate on) {
        int depth = pathThen.split("\\.").length;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        with counted as materialized (
                          -- materialized, and the status looked up once per placement in a lateral join:
                          -- inlined, PostgreSQL ran the lookup once per use (benchmark: 2.4 s → see README)
                          select v.path, s.status
                          from member_placement p
                          join org_unit_version v on v.unit_id = p.unit_id and v.valid_from <= cast(:on as date)
                               and (v.valid_to is null or v.valid_to > cast(:on as date))
                          cross join lateral (select h.status from member_status_history h
                                              where h.member_id = p.member_id and h.effective_on <= cast(:on as date)
                                              order by h.effective_on desc, h.id desc limit 1) s
                          where v.path <@ cast(:then as ltree) and p.starts_on <= cast(:on as date)
                            and (p.ends_on is null or p.ends_on > cast(:on as date))
                            and exists (select 1 from org_unit_version w join org_unit u on u.id = w.unit_id
                                        where w.path = cast(:then as ltree) and u.path <@ cast(:scope as ltree)
                                          and w.valid_from <= cast(:on as date)
                                          and (w.valid_to is null or w.valid_to > cast(:on as date)))
                          union all
                          -- an old record placed, from before its founding, in a cell a restructuring formed (entered
                          -- from paper with inUnitSince earlier than the merger or split): on such a day the cell did not
                          -- exist, so the member counts where they then were as far as the records tell, under the unit
                          -- the cell was founded in, as that unit stood on the day (not dropped from the count)
                          select w.path, s.status
                          from org_unit_version f
                          join org_unit_version w on w.unit_id = f.parent_id and w.valid_from <= cast(:on as date)
                               and (w.valid_to is null or w.valid_to > cast(:on as date))
                          join member_placement p on p.unit_id = f.unit_id and p.starts_on <= cast(:on as date)
                               and (p.ends_on is null or p.ends_on > cast(:on as date))
                          cross join lateral (select h.status from member_status_history h
                                              where h.member_id = p.member_id and h.effective_on <= cast(:on as date)
                                              order by h.effective_on desc, h.id desc limit 1) s
                          where f.change = 'FOUNDED' and f.valid_from > cast(:on as date) and w.path <@ cast(:then as ltree)
                            and exists (select 1 from org_unit_version w2 join org_unit u on u.id = w2.unit_id
                                        where w2.path = cast(:then as ltree) and u.path <@ cast(:scope as ltree)
                                          and w2.valid_from <= cast(:on as date)
                                          and (w2.valid_to is null or w2.valid_to > cast(:on as date))))
                        select case when nlevel(path) > :depth then subpath(path, :depth, 1)::text else '' end as child,
                               count(*) filter (where status = 'FULL'), count(*) filter (where status = 'PROBATIONARY')
                        from counted where status in ('FULL', 'PROBATIONARY')
                        group by 1""")
                .setParameter("then", pathThen).setParameter("on", on).setParameter("depth", depth)
                .getResultList();
        return rows.stream().map(r -> new Count((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    /** A full member with the date party age counts from, for badges. */
    public record Senior(UUID id, String fullName, String unitCode, LocalDate firstAdmittedOn) {
    }

    /**
     * Full members now (party age counts in full membership only) in units at or below {@code path}, first
     * admitted on or before {@code admittedBy}, in order of first admission then id, after the given key.
     */
    public List<Senior> fullMembersAdmittedBy(String path, LocalDate admittedBy, LocalDate afterDate, UUID afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select m.id, m.full_name, u.code, m.first_admitted_on
                        from member m join org_unit u on u.id = m.unit_id
                        where u.path <@ cast(:scope as ltree) and u.path <@ cast(:path as ltree)
                          and m.status = 'FULL' and m.first_admitted_on <= cast(:admittedBy as date)
                          and (cast(:afterDate as date) is null
                               or (m.first_admitted_on, m.id) > (cast(:afterDate as date), cast(:afterId as uuid)))
                        order by m.first_admitted_on, m.id
                        limit :limit""")
                .setParameter("path", path)
                .setParameter("admittedBy", admittedBy)
                .setParameter("afterDate", afterDate)
                .setParameter("afterId", afterId == null ? null : afterId.toString())
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Senior((UUID) r[0], (String) r[1], (String) r[2], Columns.date(r[3]))).toList();
    }

    /** Records placed now (open placement) in units at or below {@code path}, other than those who left. */
    public List<MemberOnDate> currentlyPlacedUnder(String path) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select m.id, m.full_name, m.date_of_birth, m.sex, m.status, u.id, u.code
                        from member_placement p join member m on m.id = p.member_id join org_unit u on u.id = p.unit_id
                        where u.path <@ cast(:path as ltree) and u.path <@ cast(:scope as ltree)
                          and p.ends_on is null and m.status <> 'LEFT'
                        order by u.code, m.full_name""")
                .setParameter("path", path)
                .getResultList();
        return rows.stream().map(MemberDirectory::onDate).toList();
    }

    /** Members of other cells temporarily attached to the host unit on {@code on}: they attend, but do not count there. */
    public List<MemberOnDate> attachedTo(long hostUnitId, LocalDate on) {
        @SuppressWarnings("unchecked")
        // the members come from cells anywhere; the host cell is the one in the caller's scope
        List<Object[]> rows = scoped.sql("""
                        select m.id, m.full_name, m.date_of_birth, m.sex, %s, u.id, u.code
                        from member_condition c join member m on m.id = c.member_id join org_unit u on u.id = m.unit_id
                        join org_unit h on h.id = c.host_unit_id
                        where c.condition = 'TEMPORARILY_ATTACHED' and c.host_unit_id = :host
                          and h.path <@ cast(:scope as ltree)
                          and c.starts_on <= cast(:on as date) and (c.ends_on is null or c.ends_on > cast(:on as date))
                        order by m.full_name""".formatted(STATUS_ON))
                .setParameter("host", hostUnitId)
                .setParameter("on", on)
                .getResultList();
        return rows.stream().map(MemberDirectory::onDate).toList();
    }

    /**
     * The conditions that apply on {@code on} to the members in the official headcount at or below {@code path}
     * that day (members with none are absent): one query, whatever the size of the cell.
     */
    public Map<UUID, Set<MemberCondition>> conditionsOfOfficialMembers(String path, LocalDate on) {
        Map<UUID, Set<MemberCondition>> result = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select c.member_id, c.condition
                        from official_members_on(cast(:path as ltree), cast(:on as date)) o
                        join member_condition c on c.member_id = o.member_id
                        where o.unit_path <@ cast(:scope as ltree)
                          and c.starts_on <= cast(:on as date) and (c.ends_on is null or c.ends_on > cast(:on as date))""")
                .setParameter("path", path).setParameter("on", on).getResultList();
        rows.forEach(r -> result.computeIfAbsent((UUID) r[0], k -> new HashSet<>()).add(MemberCondition.valueOf((String) r[1])));
        return result;
    }

    /** First admission and the periods outside party life, for party age and badges. */
    public PartyLife partyLife(UUID memberId) {
        Member m = scoped.find(Member.class, memberId, "member " + memberId);
        List<StatusStep> steps = MemberStatusEntry.of(memberId).stream()
                .map(e -> new StatusStep(e.status, e.exitKind, e.effectiveOn)).toList();
        List<PartyLife.Interval> outOfContact = MemberConditionPeriod.of(memberId).stream()
                .filter(c -> c.condition == MemberCondition.OUT_OF_CONTACT)
                .map(c -> new PartyLife.Interval(c.startsOn, c.endsOn)).toList();
        return partyLife(m.firstAdmittedOn, steps, outOfContact);
    }

    /**
     * {@link #partyLife} of many members (those of {@code seniors}, already found in scope) in two queries with one
     * array parameter each, whatever their number: a page of badges due is not a query per member.
     */
    public Map<UUID, PartyLife> partyLives(Collection<Senior> seniors) {
        Map<UUID, PartyLife> result = new HashMap<>();
        if (seniors.isEmpty()) {
            return result;
        }
        String ids = SqlArrays.uuids(seniors.stream().map(Senior::id).toList());
        @SuppressWarnings("unchecked")
        List<Object[]> history = scoped.sql("""
                        select h.member_id, h.status, h.exit_kind, h.effective_on
                        from member_status_history h join member m on m.id = h.member_id join org_unit u on u.id = m.unit_id
                        where h.member_id = any(cast(:ids as uuid[])) and u.path <@ cast(:scope as ltree)
                        order by h.member_id, h.effective_on, h.id""")
                .setParameter("ids", ids).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> away = scoped.sql("""
                        select c.member_id, c.starts_on, c.ends_on
                        from member_condition c join member m on m.id = c.member_id join org_unit u on u.id = m.unit_id
                        where c.member_id = any(cast(:ids as uuid[])) and c.condition = 'OUT_OF_CONTACT'
                          and u.path <@ cast(:scope as ltree)
                        order by c.member_id, c.starts_on, c.id""")
                .setParameter("ids", ids).getResultList();
        Map<UUID, List<StatusStep>> steps = new HashMap<>();
        history.forEach(r -> steps.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new StatusStep(
                MemberStatus.valueOf((String) r[1]), r[2] == null ? null : ExitKind.valueOf((String) r[2]), Columns.date(r[3]))));
        Map<UUID, List<PartyLife.Interval>> outOfContact = new HashMap<>();
        away.forEach(r -> outOfContact.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                .add(new PartyLife.Interval(Columns.date(r[1]), Columns.date(r[2]))));
        for (Senior s : seniors) {
            result.put(s.id(), partyLife(s.firstAdmittedOn(), steps.getOrDefault(s.id(), List.of()),
                    outOfContact.getOrDefault(s.id(), List.of())));
        }
        return result;
    }

    private record StatusStep(MemberStatus status, ExitKind exitKind, LocalDate effectiveOn) {
    }

    private static PartyLife partyLife(LocalDate firstAdmittedOn, List<StatusStep> steps, List<PartyLife.Interval> outOfContact) {
        List<PartyLife.Interval> outside = new ArrayList<>();
        LocalDate leftOn = null;
        for (StatusStep e : steps) {
            if (e.status() == MemberStatus.LEFT && e.exitKind() == ExitKind.TRANSFERRED_OUT) {
                continue; // in another province's organisation: still party life
            }
            if (e.status() == MemberStatus.LEFT && leftOn == null) {
                leftOn = e.effectiveOn();
            } else if (e.status() == MemberStatus.PROBATIONARY && leftOn != null) {
                // outside from the exit until the readmission decision
                outside.add(new PartyLife.Interval(leftOn, e.effectiveOn()));
                leftOn = null;
            }
        }
        if (leftOn != null) {
            outside.add(new PartyLife.Interval(leftOn, null));
        }
        outside.addAll(outOfContact);
        return new PartyLife(firstAdmittedOn, List.copyOf(outside));
    }

    /** A roll to look at: the members official at or below {@code path} on {@code on}, asked under a caller's key. */
    public record Roll(UUID key, String path, LocalDate on, LocalDate admittedAfter) {
    }

    /**
     * A member of a roll who, on the roll's day, was exempted from party work or suspended, or whose current
     * membership period began after the roll's {@code admittedAfter}: what grading needs to tell who it excludes.
     */
    public record Standing(UUID key, UUID memberId, String fullName, String unitCode, boolean exempted, boolean suspended,
                           LocalDate admittedOn) {
    }

    /**
     * The {@link Standing}s of the members of several rolls in one query (one array parameter per column, whatever
     * the number of rolls or members); {@code memberIds} narrows every roll to those members when not null. Members
     * with nothing to tell are left out.
     */
    public List<Standing> standings(List<Roll> rolls, Collection<UUID> memberIds) {
        if (rolls.isEmpty() || (memberIds != null && memberIds.isEmpty())) {
            return List.of();
        }
        jakarta.persistence.Query query = scoped.sql("""
                        select q.key, o.member_id, o.full_name, o.unit_code, m.admitted_on,
                               exists (select 1 from member_condition c where c.member_id = o.member_id
                                         and c.condition = 'EXEMPTED' and c.starts_on <= q.on_day
                                         and (c.ends_on is null or c.ends_on > q.on_day)) as exempted,
                               exists (select 1 from member_condition c where c.member_id = o.member_id
                                         and c.condition = 'SUSPENDED' and c.starts_on <= q.on_day
                                         and (c.ends_on is null or c.ends_on > q.on_day)) as suspended
                        from unnest(cast(:keys as uuid[]), cast(:paths as text[]), cast(:ons as date[]),
                                    cast(:afters as date[])) as q(key, path, on_day, admitted_after)
                        cross join lateral official_members_on(cast(q.path as ltree), q.on_day) o
                        %s
                        join member m on m.id = o.member_id
                        where o.unit_path <@ cast(:scope as ltree)
                          and ((q.admitted_after is not null and m.admitted_on > q.admitted_after)
                               or exists (select 1 from member_condition c where c.member_id = o.member_id
                                            and c.condition in ('EXEMPTED', 'SUSPENDED') and c.starts_on <= q.on_day
                                            and (c.ends_on is null or c.ends_on > q.on_day)))
                        order by q.key, o.unit_code, o.full_name""".formatted(memberIds == null ? ""
                        // a join, not "= any(array)": 5,000 asked among 70,000 on the roll is a hash join, not 350 million comparisons
                        : "join unnest(cast(:members as uuid[])) as asked(id) on asked.id = o.member_id"))
                .setParameter("keys", SqlArrays.uuids(rolls.stream().map(Roll::key).toList()))
                .setParameter("paths", SqlArrays.texts(rolls.stream().map(Roll::path).toList()))
                .setParameter("ons", dates(rolls.stream().map(Roll::on).toList()))
                .setParameter("afters", dates(rolls.stream().map(Roll::admittedAfter).toList()));
        if (memberIds != null) {
            query.setParameter("members", SqlArrays.uuids(memberIds));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Standing((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (Boolean) r[5], (Boolean) r[6], Columns.date(r[4]))).toList();
    }

    /** {@code {2024-12-31,NULL}}, for {@code cast(:p as date[])}. */
    private static String dates(List<LocalDate> days) {
        return days.stream().map(d -> d == null ? "NULL" : d.toString()).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private static MemberOnDate onDate(Object[] r) {
        return new MemberOnDate((UUID) r[0], (String) r[1], Columns.date(r[2]), Sex.valueOf((String) r[3]),
                MemberStatus.valueOf((String) r[4]), ((Number) r[5]).longValue(), (String) r[6]);
    }
}
