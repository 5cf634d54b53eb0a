package vn.party.membership.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.problem.Problem;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.ProblemType;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.backbone.time.WorkingDays;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.AdmissionCeremonyHeld;
import vn.party.contracts.membership.AdmissionTargetSet;
import vn.party.contracts.membership.TargetSetter;
import vn.party.contracts.membership.MemberAdmitted;
import vn.party.contracts.membership.MemberConfirmed;
import vn.party.membership.member.MemberRef;
import vn.party.membership.member.MemberService;
import vn.party.membership.orgunit.OrgUnits;
import vn.party.membership.orgunit.UnitRef;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** The admission pipeline: decision, ceremony, confirmation or striking off; and admission targets. */
@ApplicationScoped
@Transactional
public class AdmissionService {

    private final WorkingDays workingDays = vn.party.membership.workingdays.WorkingDayCalendar.WORKING_DAYS;

    @Inject
    MemberService members;

    @Inject
    OrgUnits units;

    @Inject
    ScopedData scoped;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    public Admission decide(AdmissionApi.DecideRequest request) {
        MemberRef member = members.visibleRef(request.memberId());
        UnitRef cell = member.unit();
        LocalDate decidedOn = notInFuture("decidedOn", request.decidedOn());
        notInFuture("cellVoteOn", request.cellVoteOn());
        AdmissionRules.checkDecidingBody(cell.pathCodes(), request.decidedByUnitCode());
        UnitRef decider = units.byCode(request.decidedByUnitCode()).orElseThrow();
        if (!scoped.covers(decider.path())) {
            // a committee records its own decisions and those of the committees below it; a decision of the
            // committee above it (the province for a candidate over 60) is recorded by that committee
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN, "you do not act for " + decider.code()
                    + ": its decisions are recorded by its own office or one above it"));
        }
        AdmissionRules.Regulation regulation = AdmissionRules.checkDecision(member.dateOfBirth(), request.cellVoteOn(),
                decidedOn, decider.kind() == UnitKind.PROVINCE_COMMITTEE);
        boolean readmission = members.recordAdmission(member.id(), decidedOn);

        Admission a = new Admission();
        a.id = UUID.randomUUID();
        a.memberId = member.id();
        a.unitId = cell.id();
        a.decidedByUnitId = decider.id();
        a.cellVoteOn = request.cellVoteOn();
        a.decidedOn = decidedOn;
        a.decisionNumber = request.decisionNumber();
        a.regulation = regulation.name();
        a.ceremonyDeadline = AdmissionRules.ceremonyDeadline(decidedOn, workingDays);
        a.stage = AdmissionStage.AWAITING_CEREMONY;
        a.readmission = readmission;
        a.stamp(audit.actor());
        a.memberPath = cell.path();
        a.persist();
        em.flush();
        outbox.publish(new MemberAdmitted(member.id().toString(), member.fullName(), cell.code(), units.pathCodesOn(cell, decidedOn),
                decider.code(), readmission, decidedOn));
        audit.record("admission.decided", "admission", a.id.toString(),
                Map.of("member", member.id(), "decidedBy", decider.code(), "regulation", a.regulation));
        return a;
    }

    public Admission recordCeremony(UUID id, AdmissionApi.CeremonyRequest request) {
        Admission a = visible(id);
        requireStage(a, AdmissionStage.AWAITING_CEREMONY);
        LocalDate heldOn = notInFuture("heldOn", request.heldOn());
        a.probationEndsOn = AdmissionRules.checkCeremony(a.decidedOn, heldOn, workingDays);
        a.ceremonyOn = heldOn;
        a.stage = AdmissionStage.ON_PROBATION;
        a.stamp(audit.actor());
        em.flush();
        UnitRef unit = memberUnit(a);
        outbox.publish(new AdmissionCeremonyHeld(a.memberId.toString(), unit.code(), units.pathCodesOn(unit, heldOn), a.probationEndsOn, heldOn));
        audit.record("admission.ceremony-held", "admission", a.id.toString(), Map.of("on", heldOn));
        return a;
    }

    public Admission confirm(UUID id, AdmissionApi.ConfirmationRequest request) {
        Admission a = visible(id);
        requireStage(a, AdmissionStage.ON_PROBATION);
        LocalDate decidedOn = notInFuture("decidedOn", request.decidedOn());
        LocalDate effectiveOn = AdmissionRules.confirmationEffectiveOn(a.probationEndsOn, decidedOn);
        members.recordConfirmation(a.memberId, effectiveOn);
        a.confirmationDecidedOn = decidedOn;
        a.stage = AdmissionStage.CONFIRMED;
        a.stamp(audit.actor());
        em.flush();
        UnitRef unit = memberUnit(a);
        outbox.publish(new MemberConfirmed(a.memberId.toString(), unit.code(), units.pathCodesOn(unit, effectiveOn), decidedOn, effectiveOn));
        audit.record("admission.confirmed", "admission", a.id.toString(), Map.of("effectiveOn", effectiveOn));
        return a;
    }

    public Admission strikeOff(UUID id, AdmissionApi.StrikeOffRequest request) {
        Admission a = visible(id);
        if (a.stage != AdmissionStage.AWAITING_CEREMONY && a.stage != AdmissionStage.ON_PROBATION) {
            throw new RuleViolation(AdmissionRules.STAGE, "the admission is " + a.stage + "; only one in progress is struck off");
        }
        LocalDate on = notInFuture("decidedOn", request.decidedOn());
        members.strikeOffAfterProbation(a.memberId, on, request.reason());
        a.struckOffOn = on;
        a.stage = AdmissionStage.STRUCK_OFF;
        a.stamp(audit.actor());
        audit.record("admission.struck-off", "admission", a.id.toString(), Map.of("on", on));
        return a;
    }

    /**
     * Sets the unit's own target or the one handed down to it, leaving the other as it is. A committee sets its own
     * unit's OWN target and the SUPERIOR targets of the units below it; it may also record the OWN target of a unit
     * below (a cell has no office of its own). The target handed down to a committee comes from the committee above
     * it; only the province, which has no committee above it here, records the one handed down to it itself.
     *
     * @param requested null: OWN for the caller's own unit, SUPERIOR for a unit below
     */
    public AdmissionTarget setTarget(String unitCode, String period, int target, TargetSetter requested) {
        UnitRef unit = units.visible(unitCode);
        AdmissionPeriod.parse(period);
        boolean ownUnit = unit.path().equals(scoped.subtreePath());
        TargetSetter setter = requested != null ? requested : ownUnit ? TargetSetter.OWN : TargetSetter.SUPERIOR;
        if (setter == TargetSetter.SUPERIOR && ownUnit && !scoped.hasRole(vn.party.backbone.scope.Roles.PROVINCE_ADMIN)) {
            throw new RuleViolation("admission.target-from-above", "the target handed down to your own unit is set by the "
                    + "committee above it; set your unit's own target with setter OWN");
        }
        AdmissionTarget t = AdmissionTarget.of(unit.id(), period, setter).orElseGet(() -> {
            AdmissionTarget created = new AdmissionTarget();
            created.unitId = unit.id();
            created.period = period;
            created.setter = setter;
            return created;
        });
        t.target = target;
        t.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        t.updatedBy = audit.actor();
        t.persist();
        em.flush();
        outbox.publish(new AdmissionTargetSet(unit.code(), unit.pathCodes(), period, target, VietnamTime.today(), setter));
        audit.record("admission.target-set", "org_unit", unit.code(),
                Map.of("period", period, "target", target, "setter", setter));
        return t;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Admission get(UUID id) {
        return visible(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdmissionApi.View view(Admission a) {
        MemberRef m = members.ref(a.memberId);
        return new AdmissionApi.View(a.id, a.memberId, m.fullName(), units.byId(a.unitId).code(),
                units.byId(a.decidedByUnitId).code(), a.cellVoteOn, a.decidedOn, a.decisionNumber, a.regulation,
                a.ceremonyDeadline,
                vn.party.membership.workingdays.WorkingDayCalendar.weekendsOnly(a.decidedOn, a.ceremonyDeadline), a.ceremonyOn, a.probationEndsOn, a.confirmationDecidedOn, a.struckOffOn, a.stage,
                a.readmission, a.version);
    }

    /** Visible when its member is: the member's current cell lies in the caller's subtree. */
    private Admission visible(UUID id) {
        return scoped.find(Admission.class, id, "admission " + id);
    }

    private UnitRef memberUnit(Admission a) {
        return members.ref(a.memberId).unit();
    }

    private static void requireStage(Admission a, AdmissionStage expected) {
        if (a.stage != expected) {
            throw new RuleViolation(AdmissionRules.STAGE, "the admission is " + a.stage + "; this step needs " + expected);
        }
    }

    private static LocalDate notInFuture(String field, LocalDate date) {
        VietnamTime.requirePlausible(field, date);
        if (date.isAfter(VietnamTime.today())) {
            throw ProblemException.invalid(field, "a decision or event already taken place: not after today");
        }
        return date;
    }
}
