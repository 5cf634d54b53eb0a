package vn.party.cadre.position;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.cadre.profile.CadreDirectory;
import vn.party.cadre.profile.CadreRef;
import vn.party.cadre.unit.UnitLevels;
import vn.party.cadre.rules.AppointmentRules;
import vn.party.cadre.rules.CadreFacts;
import vn.party.contracts.cadre.AccountabilityActionTaken;
import vn.party.contracts.cadre.CadreAppointed;
import vn.party.contracts.cadre.CadreReappointed;
import vn.party.contracts.cadre.CadreRotated;
import vn.party.contracts.cadre.PositionHolderAppointed;
import vn.party.contracts.cadre.PositionHolderEnded;
import vn.party.orgreplica.OrgUnitReplica;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appointment, reappointment, the end of a holding, rotation and accountability actions. Each act is a row
 * and an event; the rules ({@link AppointmentRules}) refuse with 422 naming the rule. Each is dated when the unit of
 * its post existed (422 unit.not-existing-on-date): reports count it under the tree as it stood on that day.
 */
@ApplicationScoped
@Transactional
public class AppointmentService {

    static final String SEATS_FILLED = "position.seats-filled";
    static final String ALREADY_HOLDS = "position.already-held";
    static final String NOT_APPOINTED = "appointment.not-an-appointment";

    @Inject
    ScopedData scoped;

    @Inject
    PositionService positions;

    @Inject
    CadreDirectory cadres;

    @Inject
    AppointmentRules rules;

    @Inject
    Outbox outbox;

    @Inject
    UnitLevels levels;

    @Inject
    OrgUnitReplica units;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    public PositionHolding appoint(UUID positionId, PositionApi.AppointRequest r) {
        if (r.method() == AppointmentMethod.ROTATION) {
            throw ProblemException.invalid("method", "a rotation is recorded through /rotations");
        }
        Position p = positions.get(positionId);
        CadreRef cadre = cadres.visible(r.cadreId());
        LocalDate on = VietnamTime.requirePlausible("effectiveOn", r.effectiveOn());
        units.requireExistedOn(p.unitCode, on, "effectiveOn");
        if (r.method().appointed()) {
            rules.checkFirstAppointment(cadre.dateOfBirth(), cadre.sex(), on);
        }
        PositionHolding h = startHolding(p, cadre, r.method(), r.decisionNumber(), on);
        Appointment a = act(h, Appointment.Kind.FIRST, r.method(), r.decisionNumber(), on);
        if (r.method().appointed()) {
            outbox.publish(new CadreAppointed(a.id.toString(), h.id.toString(), cadre.id().toString(), h.unitCode,
                    CadreFacts.pathCodes(h.unitPath), levels.of(h.unitCode), h.kind.name(), h.kind.group().name(), r.method().name(), r.decisionNumber(),
                    cadre.sex().name(), cadre.ageBand(on), cadre.ethnicMinority(), on));
        }
        audit.record("cadre.appointed", "position_holding", h.id.toString(),
                Map.of("positionId", p.id.toString(), "cadreId", cadre.id().toString(), "method", r.method().name(), "effectiveOn", on));
        return h;
    }

    public PositionHolding reappoint(UUID holdingId, PositionApi.ReappointRequest r) {
        PositionHolding h = positions.holding(holdingId);
        if (!h.current()) {
            throw ProblemException.conflict("the holding ended on " + h.endedOn);
        }
        if (!h.method.appointed() && h.method != AppointmentMethod.ROTATION) {
            throw new RuleViolation(NOT_APPOINTED, "an elected post is not reappointed: the congress or committee elects again");
        }
        LocalDate on = VietnamTime.requirePlausible("effectiveOn", r.effectiveOn());
        if (!on.isAfter(h.lastAppointedOn)) {
            throw ProblemException.invalid("effectiveOn", "after the last appointment, " + h.lastAppointedOn);
        }
        units.requireExistedOn(h.unitCode, on, "effectiveOn");
        CadreRef cadre = cadres.visible(h.cadreId);
        if (h.kind.head()) {
            rules.checkHeadTerms(headPeriods(h.cadreId, h.unitCode, h.kind), on);
        }
        h.reappointed(on);
        h.stamp(scoped.actor());
        Appointment a = act(h, Appointment.Kind.REAPPOINTMENT, h.method, r.decisionNumber(), on);
        em.flush();
        outbox.publish(new CadreReappointed(a.id.toString(), h.id.toString(), cadre.id().toString(), h.unitCode,
                CadreFacts.pathCodes(h.unitPath), levels.of(h.unitCode), h.kind.name(), h.kind.group().name(), h.terms, r.decisionNumber(),
                cadre.sex().name(), cadre.ageBand(on), cadre.ethnicMinority(), on));
        audit.record("cadre.reappointed", "position_holding", h.id.toString(), Map.of("terms", h.terms, "effectiveOn", on));
        return h;
    }

    public PositionHolding end(UUID holdingId, PositionApi.EndRequest r) {
        PositionHolding h = positions.holding(holdingId);
        LocalDate on = VietnamTime.requirePlausible("endedOn", r.endedOn());
        endHolding(h, on, r.reason().trim(), "endedOn");
        return h;
    }

    /** @param field the request field whose date the end follows, for a refusal */
    private void endHolding(PositionHolding h, LocalDate on, String reason, String field) {
        // the last day held: the unit stood on it
        units.requireExistedOn(h.unitCode, on, field);
        h.end(on, reason);
        h.stamp(scoped.actor());
        em.flush();
        CadreRef cadre = cadres.find(h.cadreId).orElseThrow(() -> ProblemException.notFound("cadre " + h.cadreId));
        outbox.publish(new PositionHolderEnded(h.id.toString(), h.positionId.toString(), h.cadreId.toString(), h.unitCode,
                CadreFacts.pathCodes(h.unitPath), levels.of(h.unitCode), h.kind.name(), h.kind.group().name(), reason, cadre.sex().name(),
                cadre.ageBand(on), cadre.ethnicMinority(), on));
        audit.record("cadre.holding_ended", "position_holding", h.id.toString(), Map.of("endedOn", on, "reason", reason));
    }

    /** Holders whose appointment runs out within {@code months} from today (overdue ones too), soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PositionApi.DueView> due(String unitCode, int months, PageRequest page) {
        if (months < 0 || months > 120) {
            throw ProblemException.invalid("months", "from 0 to 120");
        }
        String under = positions.under(unitCode);
        LocalDate today = LocalDate.now(clock);
        int termYears = rules.on(today).termYears();
        List<String> cursor = Cursor.parse(page.after(), 2);
        List<UUID> ids = PositionService.ids(scoped.sql("""
                        select h.id from position_holding h join org_unit_replica r on r.code = h.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree)
                          and h.ended_on is null and h.method in ('NOMINATION', 'COMPETITIVE_SELECTION', 'ROTATION')
                          and h.last_appointed_on + make_interval(years => :years) <= cast(:horizon as date)
                          and (cast(:afterDate as date) is null
                               or (h.last_appointed_on, h.id) > (cast(:afterDate as date), cast(:afterId as uuid)))
                        order by h.last_appointed_on, h.id limit :limit""")
                .setParameter("under", under).setParameter("years", termYears)
                .setParameter("horizon", today.plusMonths(months))
                .setParameter("afterDate", cursor == null ? null : Cursor.date(cursor.get(0)))
                .setParameter("afterId", cursor == null ? null : Cursor.uuid(cursor.get(1)).toString())
                .setParameter("limit", page.limit() + 1).getResultList());
        List<PositionHolding> rows = ids.stream().map(positions::holding).toList();
        return Page.fromOverfetch(rows, page.limit(), h -> Cursor.of(h.lastAppointedOn, h.id)).map(h -> new PositionApi.DueView(
                h.id, h.cadreId, cadres.find(h.cadreId).map(CadreRef::fullName).orElse(null), h.unitCode, h.kind,
                h.lastAppointedOn, h.terms, rules.reappointmentDue(h.lastAppointedOn)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PositionApi.AppointmentView> acts(UUID holdingId) {
        positions.holding(holdingId);
        return PositionService.ids(scoped.sql("""
                        select a.id from appointment a join org_unit_replica r on r.code = a.unit_code
                        where r.path <@ cast(:scope as ltree) and a.holding_id = cast(:holding as uuid)
                        order by a.effective_on, a.id""").setParameter("holding", holdingId.toString()).getResultList())
                .stream().map(id -> view(scoped.find(Appointment.class, id, "appointment " + id))).toList();
    }

    public Rotation rotate(PositionApi.RotationRequest r) {
        CadreRef cadre = cadres.visible(r.cadreId());
        Position to = positions.get(r.toPositionId());
        LocalDate on = VietnamTime.requirePlausible("effectiveOn", r.effectiveOn());
        if (r.plannedUntil() != null && !r.plannedUntil().isAfter(on)) {
            throw ProblemException.invalid("plannedUntil", "after effectiveOn");
        }
        units.requireExistedOn(to.unitCode, on, "effectiveOn");
        String fromUnit = cadre.unitCode();
        PositionHolding from = null;
        if (r.fromHoldingId() != null) {
            from = positions.holding(r.fromHoldingId());
            if (!from.cadreId.equals(cadre.id())) {
                throw ProblemException.invalid("fromHoldingId", "a holding of the rotated cadre");
            }
            fromUnit = from.unitCode;
            endHolding(from, on.minusDays(1), "ROTATED", "effectiveOn");
        }
        if (fromUnit.equals(to.unitCode)) {
            throw ProblemException.invalid("toPositionId", "a post of another unit than the one the cadre leaves");
        }
        PositionHolding h = startHolding(to, cadre, AppointmentMethod.ROTATION, r.decisionNumber(), on);
        act(h, Appointment.Kind.ROTATION, AppointmentMethod.ROTATION, r.decisionNumber(), on);
        Rotation rot = new Rotation();
        rot.id = UUID.randomUUID();
        rot.cadreId = cadre.id();
        rot.fromUnitCode = fromUnit;
        rot.unitCode = to.unitCode;
        rot.unitPath = to.unitPath;
        rot.direction = r.direction();
        rot.fromHoldingId = from == null ? null : from.id;
        rot.toHoldingId = h.id;
        rot.effectiveOn = on;
        rot.plannedUntil = r.plannedUntil();
        rot.decisionNumber = r.decisionNumber();
        rot.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        rot.recordedBy = scoped.actor();
        rot.persist();
        em.flush();
        outbox.publish(new CadreRotated(rot.id.toString(), cadre.id().toString(), fromUnit, to.unitCode,
                CadreFacts.pathCodes(to.unitPath), levels.of(to.unitCode), r.direction().name(), to.kind.name(), r.plannedUntil(),
                cadre.sex().name(), cadre.ageBand(on), cadre.ethnicMinority(), on));
        audit.record("cadre.rotated", "rotation", rot.id.toString(),
                Map.of("cadreId", cadre.id().toString(), "from", fromUnit, "to", to.unitCode, "direction", r.direction().name()));
        return rot;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Rotation rotation(UUID id) {
        return scoped.find(Rotation.class, id, "rotation " + id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PositionApi.RotationView> rotations(String unitCode, Integer year, PageRequest page) {
        String under = positions.under(unitCode);
        List<String> cursor = Cursor.parse(page.after(), 2);
        List<UUID> ids = PositionService.ids(scoped.sql("""
                        select x.id from rotation x join org_unit_replica r on r.code = x.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree)
                          and (cast(:year as integer) is null or extract(year from x.effective_on) = cast(:year as integer))
                          and (cast(:afterDate as date) is null
                               or (x.effective_on, x.id) > (cast(:afterDate as date), cast(:afterId as uuid)))
                        order by x.effective_on, x.id limit :limit""")
                .setParameter("under", under).setParameter("year", year)
                .setParameter("afterDate", cursor == null ? null : Cursor.date(cursor.get(0)))
                .setParameter("afterId", cursor == null ? null : Cursor.uuid(cursor.get(1)).toString())
                .setParameter("limit", page.limit() + 1).getResultList());
        return Page.fromOverfetch(ids.stream().map(this::rotation).toList(), page.limit(), x -> Cursor.of(x.effectiveOn, x.id))
                .map(AppointmentService::view);
    }

    public AccountabilityAction account(PositionApi.AccountabilityRequest r) {
        String path = scoped.requireUnit(r.unitCode(), "unit " + r.unitCode());
        CadreRef cadre = cadres.visible(r.cadreId());
        LocalDate on = VietnamTime.requirePlausible("decidedOn", r.decidedOn());
        units.requireExistedOn(r.unitCode(), on, "decidedOn");
        PositionHolding h = null;
        if (r.holdingId() != null) {
            h = positions.holding(r.holdingId());
            if (!h.cadreId.equals(cadre.id())) {
                throw ProblemException.invalid("holdingId", "a holding of the cadre");
            }
        }
        AccountabilityAction a = new AccountabilityAction();
        a.id = UUID.randomUUID();
        a.cadreId = cadre.id();
        a.unitCode = r.unitCode();
        a.unitPath = path;
        a.holdingId = h == null ? null : h.id;
        a.kind = r.kind();
        a.reason = r.reason().trim();
        a.decisionNumber = r.decisionNumber();
        a.decidedOn = on;
        a.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.recordedBy = scoped.actor();
        a.persist();
        em.flush();
        outbox.publish(new AccountabilityActionTaken(a.id.toString(), cadre.id().toString(), a.unitCode,
                CadreFacts.pathCodes(path), levels.of(a.unitCode), a.kind.name(), h == null ? null : h.kind.name(), cadre.sex().name(),
                cadre.ageBand(on), cadre.ethnicMinority(), on));
        audit.record("cadre.accountability_action", "accountability_action", a.id.toString(),
                Map.of("cadreId", cadre.id().toString(), "kind", a.kind.name()));
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountabilityAction action(UUID id) {
        return scoped.find(AccountabilityAction.class, id, "accountability action " + id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PositionApi.AccountabilityCounts counts(String unitCode, Integer year) {
        String under = positions.under(unitCode);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select x.kind, count(*) from accountability_action x join org_unit_replica r on r.code = x.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree)
                          and (cast(:year as integer) is null or extract(year from x.decided_on) = cast(:year as integer))
                        group by x.kind""").setParameter("under", under).setParameter("year", year).getResultList();
        Map<AccountabilityAction.Kind, Long> byKind = new EnumMap<>(AccountabilityAction.Kind.class);
        for (AccountabilityAction.Kind k : AccountabilityAction.Kind.values()) {
            byKind.put(k, 0L);
        }
        long total = 0;
        for (Object[] r : rows) {
            long n = ((Number) r[1]).longValue();
            byKind.put(AccountabilityAction.Kind.valueOf((String) r[0]), n);
            total += n;
        }
        return new PositionApi.AccountabilityCounts(unitCode, year, total, byKind);
    }

    private PositionHolding startHolding(Position p, CadreRef cadre, AppointmentMethod method, String decision, LocalDate on) {
        List<PositionHolding> current = positions.holders(p.id, false);
        if (current.stream().anyMatch(h -> h.cadreId.equals(cadre.id()))) {
            throw new RuleViolation(ALREADY_HOLDS, "the cadre already holds this post");
        }
        if (current.size() >= p.seats) {
            throw new RuleViolation(SEATS_FILLED, "the post has " + p.seats + " seat(s), all held; end a holding first",
                    Map.of("seats", p.seats));
        }
        if (p.kind.head()) {
            rules.checkHeadTerms(headPeriods(cadre.id(), p.unitCode, p.kind), on);
        }
        PositionHolding h = new PositionHolding();
        h.id = UUID.randomUUID();
        h.positionId = p.id;
        h.unitCode = p.unitCode;
        h.unitPath = p.unitPath;
        h.kind = p.kind;
        h.cadreId = cadre.id();
        h.startedOn = on;
        h.method = method;
        h.decisionNumber = decision;
        h.terms = 1;
        h.lastAppointedOn = on;
        h.stamp(scoped.actor());
        h.persist();
        em.flush();
        outbox.publish(new PositionHolderAppointed(h.id.toString(), p.id.toString(), cadre.id().toString(),
                cadre.memberId() == null ? null : cadre.memberId().toString(), p.unitCode, CadreFacts.pathCodes(p.unitPath), levels.of(p.unitCode),
                p.kind.name(), p.kind.group().name(), p.kind.partyPost(), method.name(), cadre.sex().name(),
                cadre.ageBand(on), cadre.ethnicMinority(), on));
        return h;
    }

    private List<AppointmentRules.HeadPeriod> headPeriods(UUID cadreId, String unitCode, vn.party.cadre.rules.PositionKind kind) {
        return positions.sameHeadPost(cadreId, unitCode, kind).stream()
                .map(h -> new AppointmentRules.HeadPeriod(h.startedOn, h.endedOn, h.terms)).toList();
    }

    private Appointment act(PositionHolding h, Appointment.Kind kind, AppointmentMethod method, String decision, LocalDate on) {
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.holdingId = h.id;
        a.cadreId = h.cadreId;
        a.unitCode = h.unitCode;
        a.unitPath = h.unitPath;
        a.kind = kind;
        a.method = method;
        a.decisionNumber = decision;
        a.effectiveOn = on;
        a.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.recordedBy = scoped.actor();
        a.persist();
        return a;
    }

    static PositionApi.AppointmentView view(Appointment a) {
        return new PositionApi.AppointmentView(a.id, a.holdingId, a.cadreId, a.unitCode, a.kind, a.method, a.decisionNumber, a.effectiveOn);
    }

    static PositionApi.RotationView view(Rotation x) {
        return new PositionApi.RotationView(x.id, x.cadreId, x.fromUnitCode, x.unitCode, x.direction, x.fromHoldingId,
                x.toHoldingId, x.effectiveOn, x.plannedUntil, x.decisionNumber);
    }

    static PositionApi.AccountabilityView view(AccountabilityAction a) {
        return new PositionApi.AccountabilityView(a.id, a.cadreId, a.unitCode, a.holdingId, a.kind, a.reason, a.decisionNumber, a.decidedOn);
    }
}
