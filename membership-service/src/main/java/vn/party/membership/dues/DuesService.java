package vn.party.membership.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.paging.QueryParams;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.membership.DuesPaid;
import vn.party.backbone.scope.ScopedData;
import vn.party.membership.reports.SqlArrays;
import vn.party.membership.member.MemberDirectory;
import vn.party.membership.member.MemberOnDate;
import vn.party.membership.member.MemberRef;
import vn.party.membership.member.MemberService;
import vn.party.membership.orgunit.OrgUnits;
import vn.party.membership.orgunit.UnitRef;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Dues profiles and the monthly collection of a cell. */
@ApplicationScoped
@Transactional
public class DuesService {

    public static final String COLLECTED_BY_CELL = "dues.collected-by-cell";

    private final DuesRules rules = DuesRules.standard();

    @Inject
    MemberService members;

    @Inject
    MemberDirectory directory;

    @Inject
    OrgUnits units;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    ScopedData scoped;

    /** Adds a dated profile entry; an entry for the same month already set is a 409 (entries are never rewritten). */
    public MemberRef setProfile(UUID memberId, DuesApi.ProfileRequest request) {
        MemberRef member = members.visibleRef(memberId);
        YearMonth from = QueryParams.month("effectiveFrom", request.effectiveFrom());
        VietnamTime.requirePlausible("effectiveFrom", from.atDay(1));
        // judged by the rule of the entry's first month: a share needs its base (422 dues.base-required)
        rules.monthlyAmount(from, request.basis(), request.baseAmountDong());
        if (DuesProfile.count("memberId = ?1 and effectiveFrom = ?2", memberId, from.atDay(1)) > 0) {
            throw ProblemException.conflict("the member already has a dues profile from " + from
                    + "; add an entry from a later month");
        }
        DuesProfile p = new DuesProfile();
        p.memberId = member.id();
        p.effectiveFrom = from.atDay(1);
        p.basis = request.basis();
        p.baseAmountDong = request.baseAmountDong();
        p.source = DuesProfile.Source.MANUAL;
        p.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        p.recordedBy = audit.actor();
        p.persist();
        em.flush();
        // the amount is personal data and stays in the record, not in the audit detail
        audit.record("dues.profile-set", "member", member.id().toString(),
                Map.of("effectiveFrom", from.toString(), "basis", p.basis, "source", p.source));
        return member;
    }

    /**
     * Records a cell's payments for a month. Every row is checked before anything is written: rows at fault
     * answer 400 listing each, a month already paid is a 409; either way nothing changes.
     */
    public UnitRef recordPayments(String cellCode, String monthText, DuesApi.PaymentsRequest request) {
        UnitRef cell = units.visible(cellCode);
        if (!cell.holdsMembers()) {
            throw new RuleViolation(COLLECTED_BY_CELL, "dues are collected by a cell or a base cell; " + cell.code()
                    + " is a " + cell.kind(), Map.of("unitKind", cell.kind().name()));
        }
        LocalDate today = VietnamTime.today();
        YearMonth month = CollectionRules.collectable("month", QueryParams.month("month", monthText), today);
        rules.ruleFor(month);
        Set<UUID> inCell = directory.officialAmong(cell.path(), CollectionRules.memberDay(month, today),
                request.payments().stream().filter(java.util.Objects::nonNull).map(DuesApi.PaymentRow::memberId)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).keySet();

        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.payments().size(); i++) {
            DuesApi.PaymentRow row = request.payments().get(i);
            String at = "payments[" + i + "]";
            if (row.memberId() == null) {
                errors.add(new Problem.FieldError(at + ".memberId", "required"));
            } else if (!seen.add(row.memberId())) {
                errors.add(new Problem.FieldError(at + ".memberId", "the member appears in an earlier row"));
            } else if (!inCell.contains(row.memberId())) {
                errors.add(new Problem.FieldError(at + ".memberId", "not in the official count of " + cell.code() + " in " + month));
            }
            if (row.amountPaidDong() == null || row.amountPaidDong() < 1 || row.amountPaidDong() > DuesApi.MAX_PAYMENT_DONG) {
                errors.add(new Problem.FieldError(at + ".amountPaidDong", "đồng, from 1 to " + DuesApi.MAX_PAYMENT_DONG));
            }
            if (row.paidOn() == null || row.paidOn().getYear() < 1930 || row.paidOn().isAfter(today)) {
                errors.add(new Problem.FieldError(at + ".paidOn", "a day already past, not after today"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(ProblemType.VALIDATION, errors.size() + " row(s) at fault; nothing was recorded")
                    .withErrors(errors));
        }
        @SuppressWarnings("unchecked")
        List<UUID> alreadyPaid = scoped.sql("""
                        select p.member_id from dues_payment p
                        where p.member_id = any(cast(:members as uuid[])) and p.for_month = cast(:month as date)
                          and exists (select 1 from org_unit c where c.id = :cell and c.path <@ cast(:scope as ltree))
                        order by p.member_id""")
                .setParameter("members", SqlArrays.uuids(seen)).setParameter("month", month.atDay(1))
                .setParameter("cell", cell.id()).getResultList();
        if (!alreadyPaid.isEmpty()) {
            throw new ProblemException(Problem.of(ProblemType.CONFLICT, alreadyPaid.size() + " member(s) already paid for "
                    + month + "; nothing was recorded").with("memberIds", alreadyPaid));
        }

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String actor = audit.actor();
        long total = 0;
        Map<UUID, DuesPayment> written = new LinkedHashMap<>();
        for (DuesApi.PaymentRow row : request.payments()) {
            DuesPayment p = new DuesPayment();
            p.id = UUID.randomUUID();
            p.memberId = row.memberId();
            p.forMonth = month.atDay(1);
            p.unitId = cell.id();
            p.amountPaidDong = row.amountPaidDong();
            p.paidOn = row.paidOn();
            p.recordedAt = now;
            p.recordedBy = actor;
            p.persist();
            written.put(p.memberId, p);
            total += p.amountPaidDong;
        }
        em.flush();
        Map<LocalDate, List<String>> pathOn = new java.util.HashMap<>();   // one lookup per payment date, not per row
        for (DuesPayment p : written.values()) {
            outbox.publish(new DuesPaid(p.memberId.toString(), cell.code(),
                    pathOn.computeIfAbsent(p.paidOn, d -> units.pathCodesOn(cell, d)), month.toString(),
                    p.amountPaidDong, p.paidOn));
        }
        audit.record("dues.payments-recorded", "org_unit", cell.code(),
                Map.of("month", month.toString(), "rows", written.size(), "totalDong", total));
        return cell;
    }
}
