package vn.party.membership.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.membership.MeetingKind;
import vn.party.membership.orgunit.OrgUnits;
import vn.party.membership.orgunit.UnitRef;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Aggregates over meetings in the caller's subtree: monthly compliance, missed meetings, attendance rates. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingReports {

    /** Longest period a report spans: a ten-year stretch covers two congress terms. */
    static final int MAX_MONTHS = 120;

    @Inject
    ScopedData scoped;

    @Inject
    OrgUnits units;

    @Inject
    vn.party.membership.reports.ReportTimeLimit limit;

    private record Cell(long id, String code, String name, LocalDate foundedOn, LocalDate dissolvedOn) {
        boolean existedThroughout(LocalDate from, LocalDate to) {
            return !foundedOn.isAfter(from) && (dissolvedOn == null || dissolvedOn.isAfter(to));
        }
    }

    /** Cells of the subtree read at a time by the missed-meetings report. */
    static final int CELL_BATCH = 500;

    /** For a month: whether each cell of the subtree held its regular meeting, and how many thematic ones. */
    public MeetingApi.Compliance compliance(String unitCode, String monthText, PageRequest page) {
        return limit.run("meeting compliance", () -> complianceWithin(unitCode, monthText, page));
    }

    private MeetingApi.Compliance complianceWithin(String unitCode, String monthText, PageRequest page) {
        UnitRef unit = unit(unitCode);
        YearMonth month = QueryParams.month("month", monthText);
        if (month.isAfter(YearMonth.from(VietnamTime.today()))) {
            throw ProblemException.invalid("month", "not after the current month");
        }
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Object[] counts = (Object[]) scoped.sql("""
                        select count(*), count(*) filter (where exists (
                                 select 1 from cell_meeting m where m.unit_id = u.id and m.kind = 'REGULAR'
                                   and m.held_on between :from and :to))
                        from org_unit u
                        where u.path <@ cast(:scope as ltree) and u.path <@ cast(:under as ltree) and u.kind in ('CELL', 'BASE_CELL')
                          and u.founded_on <= :to and (u.dissolved_on is null or u.dissolved_on > :from)""")
                .setParameter("under", unit.path()).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        List<Cell> cells = cells(unit, from, to, page.afterCode(), page.limit() + 1);
        Map<Long, List<CellMeeting>> meetings = meetings(unit, cells, from, to);
        List<MeetingApi.CellMonth> rows = new ArrayList<>();
        for (Cell c : cells) {
            List<CellMeeting> held1 = meetings.getOrDefault(c.id(), List.of());
            LocalDate regular = held1.stream().filter(m -> m.kind == MeetingKind.REGULAR).map(m -> m.heldOn).findFirst().orElse(null);
            int thematic = (int) held1.stream().filter(m -> m.kind == MeetingKind.THEMATIC).count();
            rows.add(new MeetingApi.CellMonth(c.code(), c.name(), regular != null, regular, thematic));
        }
        Page<MeetingApi.CellMonth> p = Page.fromOverfetch(rows, page.limit(), MeetingApi.CellMonth::cellCode);
        int total = (int) n(counts[0]);
        int held = (int) n(counts[1]);
        return new MeetingApi.Compliance(unit.code(), month.toString(), total, held, total - held, p.items(), p.next());
    }

    /**
     * Cells of the subtree that missed a regular meeting in a month, or a thematic meeting in a quarter, of the
     * period. Only months and quarters that are over, lie wholly in the period and in the cell's life count.
     */
    public Page<MeetingApi.Missed> missed(String unitCode, String fromText, String toText, PageRequest page) {
        return limit.run("missed meetings", () -> missedWithin(unitCode, fromText, toText, page));
    }

    private Page<MeetingApi.Missed> missedWithin(String unitCode, String fromText, String toText, PageRequest page) {
        UnitRef unit = unit(unitCode);
        YearMonth[] period = period(fromText, toText);
        YearMonth from = period[0];
        YearMonth to = period[1];
        YearMonth current = YearMonth.from(VietnamTime.today());
        List<MeetingApi.Missed> found = new ArrayList<>();
        String after = page.afterCode();
        batches:
        while (true) {
            // a batch of cells at a time, and the meetings of that batch only: a province's cells are never all held
            List<Cell> cells = cells(unit, from.atDay(1), to.atEndOfMonth(), after, CELL_BATCH);
            if (cells.isEmpty()) {
                break;
            }
            Map<Long, List<CellMeeting>> meetings = meetings(unit, cells, from.atDay(1), to.atEndOfMonth());
            for (Cell c : cells) {
                List<YearMonth> months = new ArrayList<>();
                List<YearMonth> quarters = new ArrayList<>();
                for (YearMonth m = from; !m.isAfter(to) && m.isBefore(current); m = m.plusMonths(1)) {
                    if (c.existedThroughout(m.atDay(1), m.atEndOfMonth())) {
                        months.add(m);
                    }
                    YearMonth quarterEnd = m.plusMonths(2);
                    if ((m.getMonthValue() - 1) % 3 == 0 && !quarterEnd.isAfter(to) && quarterEnd.isBefore(current)
                            && c.existedThroughout(m.atDay(1), quarterEnd.atEndOfMonth())) {
                        quarters.add(m);
                    }
                }
                Set<YearMonth> regular = new HashSet<>();
                Set<YearMonth> thematic = new HashSet<>();
                for (CellMeeting m : meetings.getOrDefault(c.id(), List.of())) {
                    (m.kind == MeetingKind.REGULAR ? regular : thematic).add(YearMonth.from(m.heldOn));
                }
                List<String> missedMonths = MeetingRules.missedMonths(months, regular).stream().map(YearMonth::toString).toList();
                List<String> missedQuarters = MeetingRules.missedQuarters(quarters, thematic);
                if (!missedMonths.isEmpty() || !missedQuarters.isEmpty()) {
                    found.add(new MeetingApi.Missed(c.code(), c.name(), missedMonths, missedQuarters));
                    if (found.size() > page.limit()) {
                        break batches;
                    }
                }
            }
            if (cells.size() < CELL_BATCH) {
                break;
            }
            after = cells.get(cells.size() - 1).code();
        }
        return Page.fromOverfetch(found, page.limit(), MeetingApi.Missed::cellCode);
    }

    /** Attendance at meetings held in the period in the unit's subtree, and per unit directly below it. */
    public MeetingApi.Rates rates(String unitCode, String fromText, String toText) {
        return limit.run("attendance rates", () -> ratesWithin(unitCode, fromText, toText));
    }

    private MeetingApi.Rates ratesWithin(String unitCode, String fromText, String toText) {
        UnitRef unit = unit(unitCode);
        YearMonth[] period = period(fromText, toText);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select c.code, c.name, count(m.id), coalesce(sum(m.present), 0), coalesce(sum(m.absent_with_reason), 0),
                               coalesce(sum(m.absent_without_reason), 0), coalesce(sum(m.committee_total), 0),
                               coalesce(sum(m.committee_present), 0)
                        from org_unit c
                        left join org_unit u on u.path <@ c.path
                        left join cell_meeting m on m.unit_id = u.id and m.held_on between :from and :to
                        where (c.id = :unit or c.parent_id = :unit) and c.path <@ cast(:scope as ltree)
                        group by c.id, c.code, c.name
                        order by c.id <> :unit, c.code""")
                .setParameter("unit", unit.id())
                .setParameter("from", period[0].atDay(1))
                .setParameter("to", period[1].atEndOfMonth())
                .getResultList();
        List<MeetingApi.Rates> below = new ArrayList<>();
        for (Object[] r : rows.subList(1, rows.size())) {
            below.add(rates(r, period, List.of()));
        }
        return rates(rows.get(0), period, below);
    }

    private static MeetingApi.Rates rates(Object[] r, YearMonth[] period, List<MeetingApi.Rates> below) {
        long present = n(r[3]);
        long withReason = n(r[4]);
        long withoutReason = n(r[5]);
        long committee = n(r[6]);
        long committeePresent = n(r[7]);
        return new MeetingApi.Rates((String) r[0], (String) r[1], period[0].toString(), period[1].toString(), n(r[2]),
                present, withReason, withoutReason, present + withReason + withoutReason,
                MeetingRules.rate(present, present + withReason + withoutReason),
                committee, committeePresent, MeetingRules.rate(committeePresent, committee), below);
    }

    private UnitRef unit(String unitCode) {
        return units.visibleOrCallers(unitCode);
    }

    /** Cells of the subtree that stood at some time in [from, to], by code after {@code after}: at most {@code limit}. */
    private List<Cell> cells(UnitRef unit, LocalDate from, LocalDate to, String after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select u.id, u.code, u.name, u.founded_on, u.dissolved_on from org_unit u
                        where u.path <@ cast(:scope as ltree) and u.path <@ cast(:under as ltree) and u.kind in ('CELL', 'BASE_CELL')
                          and u.founded_on <= :to and (u.dissolved_on is null or u.dissolved_on > :from)
                          and (cast(:after as text) is null or u.code > cast(:after as text))
                        order by u.code
                        limit :limit""")
                .setParameter("under", unit.path())
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("after", after)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Cell(((Number) r[0]).longValue(), (String) r[1], (String) r[2], date(r[3]),
                r[4] == null ? null : date(r[4]))).toList();
    }

    /**
     * Meetings in [from, to] of the cells of the subtree whose codes lie from the first to the last of {@code cells}
     * (a page or batch in code order): the range, not a parameter per cell.
     */
    private Map<Long, List<CellMeeting>> meetings(UnitRef unit, List<Cell> cells, LocalDate from, LocalDate to) {
        Map<Long, List<CellMeeting>> result = new HashMap<>();
        if (cells.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<CellMeeting> held = scoped.sql("""
                        select m.*, cast(u.path as text) as cellPath from cell_meeting m join org_unit u on u.id = m.unit_id
                        where u.path <@ cast(:scope as ltree) and u.path <@ cast(:under as ltree)
                          and u.code between cast(:firstCode as text) and cast(:lastCode as text)
                          and m.held_on between :from and :to
                        order by m.held_on""", CellMeeting.class)
                .setParameter("under", unit.path())
                .setParameter("firstCode", cells.get(0).code())
                .setParameter("lastCode", cells.get(cells.size() - 1).code())
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
        held.forEach(m -> result.computeIfAbsent(m.unitId, k -> new ArrayList<>()).add(m));
        return result;
    }

    private static YearMonth[] period(String fromText, String toText) {
        YearMonth from = QueryParams.month("from", fromText);
        YearMonth to = QueryParams.month("to", toText);
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "not before from");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw ProblemException.invalid("to", "a period of at most " + MAX_MONTHS + " months");
        }
        return new YearMonth[]{from, to};
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
