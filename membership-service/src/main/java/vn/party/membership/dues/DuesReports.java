package vn.party.membership.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.sql.Columns;
import vn.party.contracts.membership.MemberStatus;
import vn.party.membership.reports.ReportTimeLimit;
import vn.party.membership.reports.SqlArrays;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.time.VietnamTime;
import vn.party.membership.member.MemberRef;
import vn.party.membership.member.MemberService;
import vn.party.membership.orgunit.OrgUnits;
import vn.party.membership.orgunit.UnitRef;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads of dues: a member's profile, a cell's collection sheet for a month, arrears in a subtree for a year. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DuesReports {

    private final DuesRules rules = DuesRules.standard();

    @Inject
    MemberService members;

    @Inject
    ScopedData scoped;

    @Inject
    ReportTimeLimit limit;

    @Inject
    OrgUnits units;

    public DuesApi.Profile profile(UUID memberId) {
        MemberRef member = members.visibleRef(memberId);
        YearMonth thisMonth = YearMonth.from(VietnamTime.today());
        List<DuesApi.ProfileEntry> history = new ArrayList<>();
        DuesApi.ProfileEntry current = null;
        Long monthly = null;
        for (DuesProfile p : DuesProfile.history(memberId)) {
            YearMonth from = YearMonth.from(p.effectiveFrom);
            DuesApi.ProfileEntry entry = new DuesApi.ProfileEntry(from.toString(), p.basis, p.baseAmountDong, p.source,
                    amountOrNull(from, p), regulationOrNull(from));
            history.add(entry);
            if (!from.isAfter(thisMonth)) {
                current = entry;
                monthly = amountOrNull(thisMonth, p);
            }
        }
        return new DuesApi.Profile(member.id(), member.fullName(), member.unit().code(), current, monthly, history);
    }

    /**
     * The SQL twin of {@link DuesRules#monthlyAmount} over {@code pr.basis} and {@code pr.base_amount_dong}, with the
     * month's rule bound as parameters ({@link #bindRule}): the rule table stays in Java, the sums run in the database.
     * Integer arithmetic as in Java: base × basis points, half up to whole {@link DuesRules#ROUNDING_DONG}.
     */
    private static final String DUE = """
            case pr.basis
              when 'SALARIED' then (pr.base_amount_dong * cast(:salaryBp as bigint) + cast(:half as bigint)) / cast(:unit as bigint) * cast(:rounding as bigint)
              when 'PENSIONER' then (pr.base_amount_dong * cast(:pensionBp as bigint) + cast(:half as bigint)) / cast(:unit as bigint) * cast(:rounding as bigint)
              when 'STUDENT' then cast(:studentDong as bigint)
              when 'OTHER_IN_WORK' then cast(:otherDong as bigint)
            end""";

    /**
     * Every member in the cell's official count for the month with due, paid and outstanding, a page at a time (by
     * name; then payments from members who have since left), with the totals of the whole sheet. One query: the
     * cell's members, their profiles and payments are joined and summed in the database, never held in the heap.
     */
    public DuesApi.Sheet sheet(String cellCode, String monthText, PageRequest page) {
        return limit.run("collection sheet", () -> sheetWithin(cellCode, monthText, page));
    }

    private DuesApi.Sheet sheetWithin(String cellCode, String monthText, PageRequest page) {
        UnitRef cell = units.visible(cellCode);
        if (!cell.holdsMembers()) {
            throw new RuleViolation(DuesService.COLLECTED_BY_CELL, "dues are collected by a cell or a base cell; "
                    + cell.code() + " is a " + cell.kind(), Map.of("unitKind", cell.kind().name()));
        }
        LocalDate today = VietnamTime.today();
        YearMonth month = CollectionRules.collectable("month", QueryParams.month("month", monthText), today);
        DuesRules.DuesRule rule = rules.ruleFor(month);
        List<String> cursor = Cursor.parse(page.after(), 3);
        Integer afterGroup = cursor == null ? null : group(cursor.get(0));
        Query query = scoped.sql("""
                        with listed as (
                          select o.member_id as id, o.full_name, o.status, true as in_cell
                          from official_members_on(cast(:path as ltree), cast(:day as date)) o
                          where o.unit_path <@ cast(:scope as ltree)),
                        departed as (
                          -- payments the cell took from members who have since left its count still show,
                          -- or the money is lost from view
                          select b.id, b.full_name, b.status, false as in_cell
                          from dues_payment pay join member_brief b on b.id = pay.member_id
                          where pay.unit_id = :cell and pay.for_month = cast(:month as date)
                            and not exists (select 1 from listed l where l.id = pay.member_id)),
                        sheet as (
                          select pe.id, pe.full_name, pe.status, pe.in_cell, pr.basis, pay.amount_paid_dong, pay.paid_on,
                                 case when pe.in_cell then %s end as due
                          from (select * from listed union all select * from departed) pe
                          left join lateral (select d.basis, d.base_amount_dong from dues_profile d
                                             where d.member_id = pe.id and d.effective_from <= cast(:month as date)
                                             order by d.effective_from desc limit 1) pr on true
                          left join dues_payment pay on pay.member_id = pe.id and pay.for_month = cast(:month as date)
                               and pay.unit_id = :cell),
                        totalled as (
                          select s.*, case when s.in_cell then 0 else 1 end as grp,
                                 count(*) filter (where s.in_cell) over () as t_members,
                                 count(s.amount_paid_dong) over () as t_paid_members,
                                 count(*) filter (where s.in_cell and s.basis is null) over () as t_without,
                                 coalesce(sum(s.due) over (), 0) as t_due,
                                 coalesce(sum(s.amount_paid_dong) over (), 0) as t_paid,
                                 coalesce(sum(greatest(0, s.due - coalesce(s.amount_paid_dong, 0))) over (), 0) as t_owed
                          from sheet s)
                        select id, full_name, status, in_cell, basis, due, coalesce(amount_paid_dong, 0), paid_on, grp,
                               t_members, t_paid_members, t_without, t_due, t_paid, t_owed
                        from totalled
                        where cast(:afterGroup as integer) is null
                           or (grp, full_name, id) > (cast(:afterGroup as integer), cast(:afterName as text), cast(:afterId as uuid))
                        order by grp, full_name, id
                        limit :limit""".formatted(DUE))
                .setParameter("path", cell.path())
                .setParameter("day", CollectionRules.memberDay(month, today))
                .setParameter("month", month.atDay(1))
                .setParameter("cell", cell.id())
                .setParameter("afterGroup", afterGroup)
                .setParameter("afterName", cursor == null ? null : cursor.get(1))
                .setParameter("afterId", cursor == null ? null : Cursor.uuid(cursor.get(2)).toString())
                .setParameter("limit", page.limit() + 1);
        bindRule(query, rule);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        DuesApi.SheetTotals totals = !rows.isEmpty() ? totals(rows.get(0), 9)
                : cursor != null ? sheetWithin(cellCode, monthText, PageRequest.of("1", null)).totals()   // past the last row
                : new DuesApi.SheetTotals(0, 0, 0, 0, 0, 0);
        Page<Object[]> p = Page.fromOverfetch(rows, page.limit(), r -> Cursor.of(r[8], r[1], r[0]));
        List<DuesApi.SheetRow> members = p.items().stream().map(r -> {
            Long due = r[5] == null ? null : ((Number) r[5]).longValue();
            long paid = ((Number) r[6]).longValue();
            return new DuesApi.SheetRow((UUID) r[0], (String) r[1], MemberStatus.valueOf((String) r[2]),
                    r[4] == null ? null : DuesBasis.valueOf((String) r[4]), due, paid, Columns.date(r[7]),
                    due == null ? null : Math.max(0, due - paid), (Boolean) r[3]);
        }).toList();
        return new DuesApi.Sheet(cell.code(), cell.name(), month.toString(), rule.regulation(), members, p.next(), totals);
    }

    private static DuesApi.SheetTotals totals(Object[] r, int at) {
        return new DuesApi.SheetTotals((int) Columns.count(r[at]), (int) Columns.count(r[at + 1]), (int) Columns.count(r[at + 2]),
                Columns.count(r[at + 3]), Columns.count(r[at + 4]), Columns.count(r[at + 5]));
    }

    private static void bindRule(Query query, DuesRules.DuesRule rule) {
        long unit = 10_000 * DuesRules.ROUNDING_DONG;
        query.setParameter("salaryBp", (long) rule.salaryBasisPoints())
                .setParameter("pensionBp", (long) rule.pensionBasisPoints())
                .setParameter("studentDong", rule.studentDong())
                .setParameter("otherDong", rule.otherInWorkDong())
                .setParameter("half", unit / 2)
                .setParameter("unit", unit)
                .setParameter("rounding", DuesRules.ROUNDING_DONG);
    }

    private static int group(String part) {
        return switch (part) {
            case "0" -> 0;
            case "1" -> 1;
            default -> throw ProblemException.invalid("after", "not a cursor this list gave out");
        };
    }

    /** Cells of the subtree taken at a time by the arrears report, growing while pages stay short. */
    static final int FIRST_CELL_BATCH = 50;
    static final int MAX_CELL_BATCH = 2_000;

    /**
     * Members in the unit's subtree with unpaid months in the year, by cell and name. A month counts for a member
     * only while they stood in the subtree's official count at its end (before admission, after an exit or a
     * transfer out it is not due here); a member is listed under the cell they stood in at the last such month.
     *
     * <p>Computed in the database a batch of cells at a time in code order, from the cell of the cursor on, so a
     * page of a whole province reads the first cells' members only, never the province's.
     */
    public Page<DuesApi.Arrears> arrears(String unitCode, int year, boolean flaggedOnly, PageRequest page) {
        return limit.run("dues arrears", () -> arrearsWithin(unitCode, year, flaggedOnly, page));
    }

    private Page<DuesApi.Arrears> arrearsWithin(String unitCode, int year, boolean flaggedOnly, PageRequest page) {
        UnitRef unit = units.visibleOrCallers(unitCode);
        List<String> cursor = Cursor.parse(page.after(), 3);
        if (cursor != null) {
            Cursor.uuid(cursor.get(2));
        }
        LocalDate today = VietnamTime.today();
        if (year < 1930) {
            throw ProblemException.invalid("year", "from 1930 on");
        }
        Optional<YearMonth> upTo = CollectionRules.lastAssessedMonth(year, today);
        if (upTo.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        limit.preferHashJoins();
        List<Object[]> found = new ArrayList<>();
        String fromCell = cursor == null ? null : cursor.get(0);
        boolean fromCellIncluded = true;
        int batch = FIRST_CELL_BATCH;
        while (found.size() <= page.limit()) {
            @SuppressWarnings("unchecked")
            List<String> cells = scoped.sql("""
                            select u.code from org_unit u
                            where u.path <@ cast(:under as ltree) and u.path <@ cast(:scope as ltree)
                              and u.kind in ('CELL', 'BASE_CELL')
                              and (cast(:from as text) is null or u.code > cast(:from as text)
                                   or (:included and u.code = cast(:from as text)))
                            order by u.code
                            limit :batch""")
                    .setParameter("under", unit.path())
                    .setParameter("from", fromCell)
                    .setParameter("included", fromCellIncluded)
                    .setParameter("batch", batch)
                    .getResultList();
            if (cells.isEmpty()) {
                break;
            }
            found.addAll(arrearsOfCells(unit, year, upTo.get(), today, cells, flaggedOnly, cursor, page.limit() + 1 - found.size()));
            if (cells.size() < batch) {
                break;
            }
            fromCell = cells.get(cells.size() - 1);
            fromCellIncluded = false;
            batch = Math.min(MAX_CELL_BATCH, batch * 2);
        }
        return Page.fromOverfetch(found, page.limit(), r -> Cursor.of(r[2], r[1], r[0])).map(r -> {
            List<String> months = List.of(((String) r[3]).split(","));
            ArrearsRules.Arrears a = ArrearsRules.assess(upTo.get(), Set.of(), notDue(upTo.get(), months));
            return new DuesApi.Arrears((UUID) r[0], (String) r[1], (String) r[2], year, months, a.unpaidCount(),
                    a.flaggedForStrikingOff());
        });
    }

    /**
     * Members with unpaid months whose last counted month in the year found them in one of {@code cells} (the
     * batch's codes, in order), after the cursor, by cell, name and id: at most {@code limit}.
     */
    private List<Object[]> arrearsOfCells(UnitRef unit, int year, YearMonth upTo, LocalDate today, List<String> cells,
                                          boolean flaggedOnly, List<String> cursor, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        with months as (
                          select cast(g as date) as month_start,
                                 least(cast(g + interval '1 month' - interval '1 day' as date), cast(:today as date)) as member_day
                          from generate_series(cast(:first as date), cast(:last as date), interval '1 month') g),
                        batch as (
                          select u.id from org_unit u
                          where u.code = any(cast(:cells as text[])) and u.path <@ cast(:scope as ltree)),
                        -- whoever stood in one of the batch's cells at some time in the year
                        candidates as (
                          select distinct p.member_id from member_placement p join batch b on b.id = p.unit_id
                          where p.starts_on <= cast(:lastDay as date)
                            and (p.ends_on is null or p.ends_on > cast(:firstDay as date))),
                        -- their statuses as periods [from_on, to_on): joined by hash, not looked up per member and month
                        spans as (
                          select h.member_id, h.status, h.effective_on as from_on,
                                 lead(h.effective_on) over (partition by h.member_id order by h.effective_on, h.id) as to_on
                          from member_status_history h join candidates c on c.member_id = h.member_id),
                        -- their months in the official count of the subtree: the cell they stood in last decides where
                        -- they are listed, and a month elsewhere in the subtree is due here as well
                        everywhere as (
                          select p.member_id, mo.month_start, u.code as unit_code
                          from candidates c
                          join member_placement p on p.member_id = c.member_id
                          join org_unit u on u.id = p.unit_id
                          join months mo on p.starts_on <= mo.member_day and (p.ends_on is null or p.ends_on > mo.member_day)
                          join spans s on s.member_id = p.member_id and s.from_on <= mo.member_day
                               and (s.to_on is null or s.to_on > mo.member_day)
                          where u.path <@ cast(:under as ltree) and u.path <@ cast(:scope as ltree)
                            and s.status in ('PROBATIONARY', 'FULL')),
                        assessed as (
                          select e.member_id,
                                 (array_agg(e.unit_code order by e.month_start desc))[1] as unit_code,
                                 array_agg(to_char(e.month_start, 'YYYY-MM') order by e.month_start)
                                   filter (where pay.member_id is null) as unpaid
                          from everywhere e
                          left join dues_payment pay on pay.member_id = e.member_id and pay.for_month = e.month_start
                          group by e.member_id)
                        select a.member_id, b.full_name, a.unit_code, array_to_string(a.unpaid, ',')
                        from assessed a join member_brief b on b.id = a.member_id
                        where a.unit_code = any(cast(:cells as text[]))
                          and cardinality(a.unpaid) >= cast(:atLeast as integer)
                          and (cast(:afterCell as text) is null
                               or (a.unit_code, b.full_name, a.member_id) > (cast(:afterCell as text), cast(:afterName as text), cast(:afterId as uuid)))
                        order by a.unit_code, b.full_name, a.member_id
                        limit :limit""")
                .setParameter("today", today)
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", upTo.atDay(1))
                .setParameter("firstDay", LocalDate.of(year, 1, 1))
                .setParameter("lastDay", CollectionRules.memberDay(upTo, today))
                .setParameter("cells", SqlArrays.texts(cells))
                .setParameter("under", unit.path())
                .setParameter("atLeast", flaggedOnly ? ArrearsRules.UNPAID_MONTHS_FLAGGED : 1)
                .setParameter("afterCell", cursor == null ? null : cursor.get(0))
                .setParameter("afterName", cursor == null ? null : cursor.get(1))
                .setParameter("afterId", cursor == null ? null : cursor.get(2))
                .setParameter("limit", limit)
                .getResultList();
        return rows;
    }

    /** The months the SQL did not list as unpaid count as paid or not due: the rule only needs the unpaid ones. */
    private static Set<YearMonth> notDue(YearMonth upTo, List<String> unpaid) {
        Set<YearMonth> others = new HashSet<>();
        for (int m = 1; m <= upTo.getMonthValue(); m++) {
            others.add(YearMonth.of(upTo.getYear(), m));
        }
        unpaid.forEach(m -> others.remove(YearMonth.parse(m)));
        return others;
    }

    private Long amountOrNull(YearMonth month, DuesProfile p) {
        try {
            return rules.monthlyAmount(month, p.basis, p.baseAmountDong);
        } catch (RuleViolation e) {
            return null;
        }
    }

    private String regulationOrNull(YearMonth month) {
        try {
            return rules.ruleFor(month).regulation();
        } catch (RuleViolation e) {
            return null;
        }
    }

}
