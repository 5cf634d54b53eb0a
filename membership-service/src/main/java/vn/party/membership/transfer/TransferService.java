package vn.party.membership.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.backbone.time.WorkingDays;
import vn.party.contracts.membership.MemberStatus;
import vn.party.membership.member.MemberRef;
import vn.party.membership.member.MemberService;
import vn.party.membership.orgunit.OrgUnits;
import vn.party.membership.orgunit.UnitRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Transfers between cells of the province. The sending side issues the letter; the receiving side records
 * the day the member reported, and only then does the official cell change (permanent) or the attachment
 * begin (temporary). Deadlines are tracked, not enforced: a late letter or a late report is recorded and
 * listed, because the cell then decides (a member who does not report may be struck off).
 */
@ApplicationScoped
@Transactional
public class TransferService {

    public static final String STAGE = "transfer.stage";
    public static final String MEMBER_STATUS = "transfer.member-status";

    private final TransferRules rules = new TransferRules(vn.party.membership.workingdays.WorkingDayCalendar.WORKING_DAYS);

    @Inject
    MemberService members;

    @Inject
    OrgUnits units;

    @Inject
    ScopedData scoped;

    @Inject
    AuditTrail audit;

    public Transfer send(TransferApi.SendRequest request) {
        MemberRef member = members.visibleRef(request.memberId());
        if (member.status() != MemberStatus.PROBATIONARY && member.status() != MemberStatus.FULL) {
            throw new RuleViolation(MEMBER_STATUS, "only members are transferred; the record is " + member.status());
        }
        if ((request.toUnitCode() == null) == (request.destination() == null || request.destination().isBlank())) {
            throw ProblemException.invalid("toUnitCode", "give either toUnitCode (a cell here) or destination (another province)");
        }
        LocalDate letterOn = past("letterOn", request.letterOn());
        LocalDate movedOn = VietnamTime.requirePlausible("movedOn", request.movedOn());
        UnitRef to = request.toUnitCode() == null ? null : receivingCell(request.toUnitCode(), member);
        if (request.kind() == TransferKind.TEMPORARY) {
            if (to == null) {
                throw ProblemException.invalid("destination", "a temporary transfer stays in the province: give toUnitCode");
            }
            if (request.until() == null) {
                throw ProblemException.invalid("until", "a temporary transfer gives its last day");
            }
            TransferRules.checkTemporaryDuration(letterOn, request.until());
        } else if (request.until() != null) {
            throw ProblemException.invalid("until", "only a temporary transfer has a last day");
        }
        boolean underWay = ((Number) scoped.sql("""
                        select count(*) from transfer t join org_unit u on u.id = t.from_unit_id
                        where t.member_id = :member and t.status = 'SENT' and u.path <@ cast(:scope as ltree)""")
                .setParameter("member", member.id()).getSingleResult()).longValue() > 0;
        if (underWay) {
            throw ProblemException.conflict("a transfer of this member is already under way");
        }
        Transfer t = newTransfer(member.id(), request.kind(), movedOn, letterOn);
        t.fromUnitId = member.unit().id();
        t.toUnitId = to == null ? null : to.id();
        t.destination = to == null ? request.destination().trim() : null;
        t.attachedUntil = request.until();
        t.status = TransferStatus.SENT;
        t.persist();
        if (to == null) {
            // the member leaves this province's count on the letter's date; SENT until the other side confirms
            members.transferOutOfProvince(member.id(), letterOn, t.destination);
        }
        audit.record("transfer.sent", "transfer", t.id.toString(), Map.of("member", member.id(), "kind", t.kind,
                "from", member.unit().code(), "to", to == null ? t.destination : to.code()));
        return t;
    }

    /** A member arrives from another province: recorded as received at once, by the receiving cell's committee. */
    public Transfer receiveFromAnotherProvince(TransferApi.IncomingRequest request) {
        LocalDate letterOn = past("letterOn", request.letterOn());
        LocalDate reportedOn = past("reportedOn", request.reportedOn());
        if (reportedOn.isBefore(letterOn)) {
            throw ProblemException.invalid("reportedOn", "not before the letter of " + letterOn);
        }
        MemberRef member = members.transferIntoProvince(request.member(), request.origin().trim(), reportedOn);
        Transfer t = newTransfer(member.id(), TransferKind.PERMANENT, letterOn, letterOn);
        t.origin = request.origin().trim();
        t.toUnitId = member.unit().id();
        t.status = TransferStatus.RECEIVED;
        t.reportedOn = reportedOn;
        t.persist();
        audit.record("transfer.received", "transfer", t.id.toString(),
                Map.of("member", member.id(), "origin", t.origin, "to", member.unit().code()));
        return t;
    }

    /** The receiving side records the day the member reported; the change takes effect that day. */
    public Transfer receive(UUID id, TransferApi.ReceiveRequest request) {
        Transfer t = visible(id);
        // to another province, the sending side records the other side's confirmation (phiếu báo)
        UnitRef recorder = units.byId(t.toUnitId != null ? t.toUnitId : t.fromUnitId);
        if (!scoped.covers(recorder.path())) {
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN, "the receiving cell's committee records the report"));
        }
        requireStatus(t, TransferStatus.SENT);
        LocalDate reportedOn = past("reportedOn", request.reportedOn());
        if (reportedOn.isBefore(t.letterOn)) {
            throw ProblemException.invalid("reportedOn", "not before the letter of " + t.letterOn);
        }
        UnitRef to = t.toUnitId == null ? null : recorder;
        if (to == null) {
            // nothing changes here: the member left this province's records with the letter
        } else if (t.kind == TransferKind.PERMANENT) {
            members.reassignCell(t.memberId, to, reportedOn, "TRANSFER");
        } else {
            if (!reportedOn.isBefore(t.attachedUntil)) {
                throw ProblemException.invalid("reportedOn", "before the attachment's last day " + t.attachedUntil);
            }
            members.attachTemporarily(t.memberId, to, reportedOn, t.attachedUntil.plusDays(1), "transfer:" + t.id);
        }
        t.reportedOn = reportedOn;
        t.status = TransferStatus.RECEIVED;
        t.stamp(audit.actor());
        audit.record("transfer.received", "transfer", t.id.toString(), Map.of("reportedOn", reportedOn));
        return t;
    }

    /** A temporary transfer ends before its last day: the member is back in the home cell only. */
    public Transfer returnHome(UUID id, TransferApi.ReturnRequest request) {
        Transfer t = visible(id);
        if (t.kind != TransferKind.TEMPORARY) {
            throw new RuleViolation(STAGE, "only a temporary transfer ends with a return");
        }
        requireStatus(t, TransferStatus.RECEIVED);
        LocalDate on = VietnamTime.requirePlausible("on", request.on());
        members.endAttachment(t.memberId, on);
        t.returnedOn = on;
        t.status = TransferStatus.RETURNED;
        t.stamp(audit.actor());
        audit.record("transfer.returned", "transfer", t.id.toString(), Map.of("on", on));
        return t;
    }

    public Transfer cancel(UUID id) {
        Transfer t = visible(id);
        if (t.fromUnitId == null || !scoped.covers(units.byId(t.fromUnitId).path())) {
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN, "the sending cell's committee cancels its letter"));
        }
        requireStatus(t, TransferStatus.SENT);
        if (t.destination != null) {
            throw new RuleViolation(STAGE, "the member has left for another province; they come back by a transfer in");
        }
        t.status = TransferStatus.CANCELLED;
        t.stamp(audit.actor());
        audit.record("transfer.cancelled", "transfer", t.id.toString(), Map.of());
        return t;
    }

    /** A transfer that still leads into a unit being dissolved, as the refusal of the dissolution lists it. */
    public record OpenTowards(UUID transferId, TransferKind kind, TransferStatus status, String fromUnitCode, String toUnitCode,
                              LocalDate letterOn) {
    }

    /** The rule a dissolution is refused under while transfers are on their way into the units it dissolves. */
    public static final String UNDER_WAY_TO_DISSOLVED = "restructuring.transfers-under-way";

    /**
     * Settles the transfers into units dissolved on {@code on}, before they are dissolved.
     *
     * <p>What an organisation board expects: a member temporarily attached to a dissolved cell (sinh hoạt tạm thời)
     * goes on being counted in the home cell, so the attachment simply ends on the dissolution date (returned home,
     * audited, the condition-ended event published) and nothing is lost. A letter of introduction still on its way
     * (sent, not yet reported) is another matter: only the sending committee may withdraw or re-address it, and the
     * member must not be left heading for a cell that no longer exists, so the dissolution is refused with 409
     * listing those letters (and any attachment due to begin on or after the date) until the sender has acted.
     */
    public void settleForDissolution(java.util.Collection<Long> unitIds, LocalDate on, String reason) {
        String ids = vn.party.membership.reports.SqlArrays.longs(unitIds);
        @SuppressWarnings("unchecked")
        List<Object[]> open = scoped.sql("""
                        select t.id, t.kind, t.status, f.code, u.code, t.letter_on
                        from transfer t join org_unit u on u.id = t.to_unit_id left join org_unit f on f.id = t.from_unit_id
                        where t.to_unit_id = any(cast(:units as bigint[])) and u.path <@ cast(:scope as ltree)
                          and (t.status = 'SENT'
                               or (t.status = 'RECEIVED' and t.kind = 'TEMPORARY' and t.reported_on >= cast(:on as date)))
                        order by t.letter_on, t.id""")
                .setParameter("units", ids).setParameter("on", on).getResultList();
        if (!open.isEmpty()) {
            List<OpenTowards> listed = open.stream().map(r -> new OpenTowards((UUID) r[0], TransferKind.valueOf((String) r[1]),
                    TransferStatus.valueOf((String) r[2]), (String) r[3], (String) r[4], vn.party.backbone.sql.Columns.date(r[5])))
                    .toList();
            throw new ProblemException(Problem.of(ProblemType.CONFLICT, listed.size() + " transfer(s) still lead into the "
                            + "units dissolved on " + on + ": the sending committee cancels or re-addresses each letter first")
                    .withRule(UNDER_WAY_TO_DISSOLVED).with("openTransfers", listed));
        }
        @SuppressWarnings("unchecked")
        List<UUID> attached = scoped.sql("""
                        select t.id from transfer t join org_unit u on u.id = t.to_unit_id
                        where t.to_unit_id = any(cast(:units as bigint[])) and u.path <@ cast(:scope as ltree)
                          and t.status = 'RECEIVED' and t.kind = 'TEMPORARY' and t.attached_until >= cast(:on as date)
                        order by t.id""")
                .setParameter("units", ids).setParameter("on", on).getResultList();
        for (UUID id : attached) {
            Transfer t = visible(id);   // the receiving side: the dissolving committee may not be the sender
            members.endAttachment(t.memberId, on);
            t.returnedOn = on;
            t.status = TransferStatus.RETURNED;
            t.stamp(audit.actor());
            audit.record("transfer.returned", "transfer", t.id.toString(), Map.of("on", on, "reason", reason));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Transfer get(UUID id) {
        return visible(id);
    }

    /**
     * Transfers into (IN) or out of (OUT) the caller's subtree, newest letter first; {@code overdueOnly}
     * keeps those still SENT after the member's reporting deadline.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Transfer> list(boolean incoming, TransferStatus status, boolean overdueOnly, PageRequest page) {
        String side = incoming ? "t.to_unit_id" : "t.from_unit_id";
        List<String> cursor = Cursor.parse(page.after(), 2);
        @SuppressWarnings("unchecked")
        List<Transfer> rows = scoped.sql("""
                        select t.*, (select cast(x.path as text) from org_unit x where x.id = coalesce(t.from_unit_id, t.to_unit_id)) as sidePath
                        from transfer t join org_unit u on u.id = %s
                        where u.path <@ cast(:scope as ltree)
                          and (cast(:status as text) is null or t.status = cast(:status as text))
                          and (not :overdueOnly or (t.status = 'SENT' and t.report_by < cast(:today as date)))
                          and (cast(:afterDate as date) is null
                               or (t.letter_on, t.id) < (cast(:afterDate as date), cast(:afterId as uuid)))
                        order by t.letter_on desc, t.id desc
                        limit :limit""".formatted(side), Transfer.class)
                .setParameter("status", status == null ? null : status.name())
                .setParameter("overdueOnly", overdueOnly)
                .setParameter("today", VietnamTime.today())
                .setParameter("afterDate", cursor == null ? null : Cursor.date(cursor.get(0)))
                .setParameter("afterId", cursor == null ? null : Cursor.uuid(cursor.get(1)).toString())
                .setParameter("limit", page.limit() + 1)
                .getResultList();
        return Page.fromOverfetch(rows, page.limit(), t -> Cursor.of(t.letterOn, t.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TransferApi.View view(Transfer t) {
        return view(t, members.ref(t.memberId).fullName(),
                t.fromUnitId == null ? null : units.byId(t.fromUnitId).code(),
                t.toUnitId == null ? null : units.byId(t.toUnitId).code());
    }

    /** A page of transfers with their members' names and units' codes: two queries for the page, not two a row. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TransferApi.View> views(Page<Transfer> page) {
        Map<UUID, String> names = members.names(page.items().stream().map(t -> t.memberId).toList());
        Map<Long, UnitRef> sides = units.byIds(page.items().stream()
                .flatMap(t -> java.util.stream.Stream.of(t.fromUnitId, t.toUnitId)).filter(java.util.Objects::nonNull).toList());
        return page.map(t -> view(t, names.get(t.memberId),
                t.fromUnitId == null ? null : sides.get(t.fromUnitId).code(),
                t.toUnitId == null ? null : sides.get(t.toUnitId).code()));
    }

    private TransferApi.View view(Transfer t, String fullName, String fromCode, String toCode) {
        return new TransferApi.View(t.id, t.memberId, fullName, t.kind, fromCode, toCode, t.origin, t.destination,
                t.movedOn, t.letterOn, t.sendingDeadline,
                vn.party.membership.workingdays.WorkingDayCalendar.weekendsOnly(t.movedOn, t.sendingDeadline),
                t.letterOn.isAfter(t.sendingDeadline), t.reportBy, t.attachedUntil, t.status, t.reportedOn,
                t.reportedOn != null && t.reportedOn.isAfter(t.reportBy), t.returnedOn, t.regulation, t.version);
    }

    /** Visible to either side: the sending and the receiving committees both follow a transfer. */
    private Transfer visible(UUID id) {
        @SuppressWarnings("unchecked")
        List<Transfer> rows = scoped.sql("""
                        select t.*, (select cast(x.path as text) from org_unit x where x.id = coalesce(t.from_unit_id, t.to_unit_id)) as sidePath
                        from transfer t
                        left join org_unit f on f.id = t.from_unit_id left join org_unit r on r.id = t.to_unit_id
                        where t.id = :id and (f.path <@ cast(:scope as ltree) or r.path <@ cast(:scope as ltree))""",
                        Transfer.class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("transfer " + id);
        }
        return rows.get(0);
    }

    private UnitRef receivingCell(String code, MemberRef member) {
        UnitRef to = units.byCode(code).filter(u -> !u.dissolved())
                .orElseThrow(() -> ProblemException.invalid("toUnitCode", "no standing unit with this code"));
        if (!to.holdsMembers()) {
            throw new RuleViolation("member.cell", to.code() + " is not a cell or base cell; members belong to cells");
        }
        if (to.id() == member.unit().id()) {
            throw new RuleViolation(STAGE, "the member already belongs to " + to.code());
        }
        return to;
    }

    private Transfer newTransfer(UUID memberId, TransferKind kind, LocalDate movedOn, LocalDate letterOn) {
        Transfer t = new Transfer();
        t.id = UUID.randomUUID();
        t.memberId = memberId;
        t.kind = kind;
        t.movedOn = movedOn;
        t.letterOn = letterOn;
        t.sendingDeadline = rules.sendingDeadline(movedOn);
        t.reportBy = TransferRules.reportingDeadline(letterOn);
        t.regulation = TransferRules.ruleOn(movedOn).regulation();
        t.stamp(audit.actor());
        return t;
    }

    private static void requireStatus(Transfer t, TransferStatus expected) {
        if (t.status != expected) {
            throw new RuleViolation(STAGE, "the transfer is " + t.status + "; this step needs " + expected);
        }
    }

    private static LocalDate past(String field, LocalDate date) {
        VietnamTime.requirePlausible(field, date);
        if (date.isAfter(VietnamTime.today())) {
            throw ProblemException.invalid(field, "not after today");
        }
        return date;
    }
}
