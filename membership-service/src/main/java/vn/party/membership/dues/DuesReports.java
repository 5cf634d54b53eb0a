package vn.party.membership.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.time.VietnamTime;
import vn.party.membership.member.MemberDirectory;
import vn.party.membership.member.MemberOnDate;
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
    MemberDirectory directory;

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

    /** Every member in the cell's official count for the month with due, paid and outstanding; totals. */
    public DuesApi.Sheet sheet(String cellCode, String monthText) {
        UnitRef cell = units.visible(cellCode);
        if (!cell.holdsMembers()) {
            throw new RuleViolation(DuesService.COLLECTED_BY_CELL, "dues are collected by a cell or a base cell; "
                    + cell.code() + " is a " + cell.kind(), Map.of("unitKind", cell.kind().name()));
        }
        LocalDate today = VietnamTime.today();
        YearMonth month = CollectionRules.collectable("month", QueryParams.month("month", monthText), today);
        DuesRules.DuesRule rule = rules.ruleFor(month);

        Map<UUID, MemberOnDate> listed = new LinkedHashMap<>();
        directory.officialMembersUnder(cell.path(), CollectionRules.memberDay(month, today)).forEach(m -> listed.put(m.id(), m));
        Map<UUID, DuesPayment> paid = new HashMap<>();
        DuesPayment.collectedBy(cell.id(), month.atDay(1)).forEach(p -> paid.put(p.memberId, p));
        // payments the cell took from members who have since left its count still show, or the money is lost from view
        Map<UUID, MemberRef> departed = new LinkedHashMap<>();
        for (UUID id : paid.keySet()) {
            if (!listed.containsKey(id)) {
                departed.put(id, members.ref(id));
            }
        }
        Set<UUID> all = new HashSet<>(listed.keySet());
        all.addAll(departed.keySet());
        Map<UUID, DuesProfile> profiles = DuesProfile.inForce(all, month.atDay(1));

        List<DuesApi.SheetRow> rows = new ArrayList<>();
        int membersPaid = 0;
        int withoutProfile = 0;
        long due = 0;
        long paidTotal = 0;
        long outstanding = 0;
        List<Object[]> people = new ArrayList<>();
        listed.values().forEach(m -> people.add(new Object[]{m.id(), m.fullName(), m.status(), true}));
        departed.values().forEach(m -> people.add(new Object[]{m.id(), m.fullName(), m.status(), false}));
        for (Object[] person : people) {
            UUID id = (UUID) person[0];
            boolean inCell = (Boolean) person[3];
            DuesProfile profile = profiles.get(id);
            DuesPayment payment = paid.get(id);
            Long amountDue = inCell && profile != null ? amountOrNull(month, profile) : null;
            long amountPaid = payment == null ? 0 : payment.amountPaidDong;
            Long owed = amountDue == null ? null : Math.max(0, amountDue - amountPaid);
            if (inCell && profile == null) {
                withoutProfile++;
            }
            if (payment != null) {
                membersPaid++;
            }
            due += amountDue == null ? 0 : amountDue;
            paidTotal += amountPaid;
            outstanding += owed == null ? 0 : owed;
            rows.add(new DuesApi.SheetRow(id, (String) person[1], (vn.party.contracts.membership.MemberStatus) person[2],
                    profile == null ? null : profile.basis, amountDue, amountPaid, payment == null ? null : payment.paidOn,
                    owed, inCell));
        }
        return new DuesApi.Sheet(cell.code(), cell.name(), month.toString(), rule.regulation(), rows,
                new DuesApi.SheetTotals(listed.size(), membersPaid, withoutProfile, due, paidTotal, outstanding));
    }

    /**
     * Members in the unit's subtree with unpaid months in the year, by cell and name. A month counts for a member
     * only while they stood in the subtree's official count at its end (before admission, after an exit or a
     * transfer out it is not due here).
     */
    public Page<DuesApi.Arrears> arrears(String unitCode, int year, boolean flaggedOnly, PageRequest page) {
        UnitRef unit = units.visibleOrCallers(unitCode);
        List<String> cursor = Cursor.parse(page.after(), 3);
        LocalDate today = VietnamTime.today();
        if (year < 1930) {
            throw ProblemException.invalid("year", "from 1930 on");
        }
        Optional<YearMonth> upTo = CollectionRules.lastAssessedMonth(year, today);
        if (upTo.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        Map<UUID, MemberOnDate> latest = new HashMap<>();
        Map<UUID, Set<YearMonth>> dueMonths = new HashMap<>();
        for (int m = 1; m <= upTo.get().getMonthValue(); m++) {
            YearMonth month = YearMonth.of(year, m);
            for (MemberOnDate member : directory.officialMembersUnder(unit.path(), CollectionRules.memberDay(month, today))) {
                latest.put(member.id(), member);
                dueMonths.computeIfAbsent(member.id(), k -> new HashSet<>()).add(month);
            }
        }
        Map<UUID, Set<YearMonth>> paid = new HashMap<>();
        DuesPayment.of(latest.keySet(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 1))
                .forEach(p -> paid.computeIfAbsent(p.memberId, k -> new HashSet<>()).add(YearMonth.from(p.forMonth)));

        List<DuesApi.Arrears> found = new ArrayList<>();
        for (MemberOnDate member : latest.values()) {
            Set<YearMonth> notDue = new HashSet<>();
            for (int m = 1; m <= upTo.get().getMonthValue(); m++) {
                if (!dueMonths.get(member.id()).contains(YearMonth.of(year, m))) {
                    notDue.add(YearMonth.of(year, m));
                }
            }
            ArrearsRules.Arrears a = ArrearsRules.assess(upTo.get(), paid.getOrDefault(member.id(), Set.of()), notDue);
            if (a.unpaidCount() > 0 && (!flaggedOnly || a.flaggedForStrikingOff())) {
                found.add(new DuesApi.Arrears(member.id(), member.fullName(), member.unitCode(), year,
                        a.unpaidMonths().stream().map(YearMonth::toString).toList(), a.unpaidCount(), a.flaggedForStrikingOff()));
            }
        }
        Comparator<DuesApi.Arrears> order = Comparator.comparing(DuesApi.Arrears::unitCode)
                .thenComparing(DuesApi.Arrears::fullName).thenComparing(a -> a.memberId().toString());
        List<DuesApi.Arrears> after = found.stream().sorted(order)
                .filter(a -> cursor == null || compare(a, cursor) > 0)
                .limit(page.limit() + 1L)
                .collect(Collectors.toList());
        return Page.fromOverfetch(after, page.limit(), DuesReports::encode);
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

    private static int compare(DuesApi.Arrears a, List<String> cursor) {
        int c = a.unitCode().compareTo(cursor.get(0));
        if (c == 0) {
            c = a.fullName().compareTo(cursor.get(1));
        }
        return c != 0 ? c : a.memberId().toString().compareTo(cursor.get(2));
    }

    private static String encode(DuesApi.Arrears a) {
        return Cursor.of(a.unitCode(), a.fullName(), a.memberId());
    }
}
