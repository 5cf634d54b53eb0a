package vn.party.inspection.denunciation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.Roles;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.inspection.DenunciationKind;
import vn.party.contracts.inspection.DenunciationReceived;
import vn.party.contracts.inspection.DenunciationResolved;
import vn.party.contracts.inspection.SubjectKind;
import vn.party.inspection.body.BodyRef;
import vn.party.inspection.body.BodyService;
import vn.party.inspection.casework.CaseApi;
import vn.party.inspection.casework.CaseService;
import vn.party.inspection.casework.InspectionCaseRef;
import vn.party.inspection.discipline.DecisionRef;
import vn.party.inspection.discipline.DisciplineService;
import vn.party.inspection.rules.ProcedureRules;
import vn.party.orgreplica.MemberReplica;
import vn.party.orgreplica.OrgUnitReplica;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Denunciations and complaints: received by a body, due by the rule's date, resolved with an outcome; may open a case.
 * Received and resolved on days when the handling body's unit existed, about an organisation that existed when it was
 * received (422 unit.not-existing-on-date): reports count both under the body's unit as the tree stood then.
 */
@ApplicationScoped
@Transactional
public class DenunciationService {

    @Inject
    vn.party.inspection.tree.UnitPaths unitPaths;

    @Inject
    ScopedData scoped;

    @Inject
    BodyService bodies;

    @Inject
    CaseService cases;

    @Inject
    DisciplineService discipline;

    @Inject
    MemberReplica members;

    @Inject
    OrgUnitReplica units;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    public Denunciation receive(DenunciationApi.ReceiveRequest request) {
        BodyRef body = bodies.ref(request.bodyId());
        LocalDate receivedOn = VietnamTime.requirePlausible("receivedOn", request.receivedOn());
        if (receivedOn.isAfter(VietnamTime.today())) {
            throw ProblemException.invalid("receivedOn", "not in the future");
        }
        Denunciation d = new Denunciation();
        d.id = UUID.randomUUID();
        d.kind = request.kind();
        if (request.kind() == DenunciationKind.COMPLAINT) {
            if (request.decisionId() == null || request.unitCode() != null || request.memberId() != null) {
                throw ProblemException.invalid("decisionId", "a complaint names the decision complained about, and nothing else");
            }
            DecisionRef decision = discipline.ref(request.decisionId());
            d.decisionId = decision.id();
            d.subjectKind = decision.subjectKind();
            d.subjectUnitCode = decision.subjectUnitCode();
            d.memberId = decision.memberId();
        } else {
            if (request.decisionId() != null || request.subjectKind() == null) {
                throw ProblemException.invalid("subjectKind", "a denunciation names its subject: an organisation or a member");
            }
            d.subjectKind = request.subjectKind();
            if (request.subjectKind() == SubjectKind.ORGANISATION) {
                if (request.unitCode() == null || request.memberId() != null) {
                    throw ProblemException.invalid("unitCode", "an organisation is named by unitCode alone");
                }
                String path = scoped.requireUnit(request.unitCode(), "unit " + request.unitCode());
                if (!body.reaches(path)) {
                    throw ProblemException.notFound("unit " + request.unitCode());
                }
                d.subjectUnitCode = request.unitCode();
                units.requireExistedOn(d.subjectUnitCode, receivedOn, "receivedOn");
            } else {
                if (request.memberId() == null || request.unitCode() != null) {
                    throw ProblemException.invalid("memberId", "a member is named by memberId alone");
                }
                MemberReplica.Member m = members.find(request.memberId())
                        .orElseThrow(() -> ProblemException.notFound("member " + request.memberId()));
                scoped.requireCovered(m.unitPath(), "member " + request.memberId());
                if (!body.reaches(m.unitPath())) {
                    throw ProblemException.notFound("member " + request.memberId());
                }
                d.memberId = m.memberId();
                d.subjectUnitCode = m.unitCode();
            }
        }
        assignTo(d, body);
        units.requireExistedOn(body.unitCode(), receivedOn, "receivedOn");
        d.receivedOn = receivedOn;
        d.dueOn = ProcedureRules.dueOn(d.kind, body.level(), receivedOn);
        d.regulation = ProcedureRules.inForce(receivedOn).name();
        d.summary = request.summary().trim();
        d.denouncerName = blankToNull(request.denouncerName());
        d.denouncerContact = blankToNull(request.denouncerContact());
        d.status = Denunciation.Status.RECEIVED;
        d.stamp(scoped.actor());
        d.persist();
        d.unitPath = body.unitPath();
        outbox.publish(new DenunciationReceived(d.id.toString(), d.kind, d.unitCode,
                unitPaths.pathCodesOn(d.unitCode, d.receivedOn), body.kind(), body.level(),
                d.subjectKind, d.dueOn, d.receivedOn));
        // the audit trail names the body and the dates, never the denouncer
        audit.record("denunciation.received", "denunciation", d.id.toString(), Map.of("kind", d.kind, "body", body.id(),
                "dueOn", d.dueOn));
        return d;
    }

    /** Hands the denunciation to another body in the caller's subtree; its due date follows the new body's level. */
    public Denunciation assign(UUID id, UUID bodyId) {
        Denunciation d = get(id);
        requireOpen(d);
        BodyRef body = bodies.ref(bodyId);
        String subjectPath = scoped.requireUnit(d.subjectUnitCode, "unit " + d.subjectUnitCode);
        if (!body.reaches(subjectPath)) {
            throw ProblemException.notFound("body " + bodyId);
        }
        assignTo(d, body);
        d.dueOn = ProcedureRules.dueOn(d.kind, body.level(), d.receivedOn);
        d.stamp(scoped.actor());
        audit.record("denunciation.assigned", "denunciation", d.id.toString(), Map.of("body", body.id(), "dueOn", d.dueOn));
        return d;
    }

    public Denunciation resolve(UUID id, DenunciationApi.ResolveRequest request) {
        Denunciation d = get(id);
        requireOpen(d);
        LocalDate on = VietnamTime.requirePlausible("on", request.on());
        if (on.isBefore(d.receivedOn)) {
            throw ProblemException.invalid("on", "not before it was received on " + d.receivedOn);
        }
        BodyRef body = bodies.ref(d.bodyId);
        units.requireExistedOn(body.unitCode(), on, "on");
        d.status = Denunciation.Status.RESOLVED;
        d.outcome = request.outcome();
        d.resolvedOn = on;
        d.stamp(scoped.actor());
        outbox.publish(new DenunciationResolved(d.id.toString(), d.kind, d.unitCode,
                unitPaths.pathCodesOn(d.unitCode, on), body.kind(), body.level(),
                d.subjectKind, d.outcome, !on.isAfter(d.dueOn), on));
        audit.record("denunciation.resolved", "denunciation", d.id.toString(), Map.of("outcome", d.outcome, "on", on));
        return d;
    }

    /** Opens an unplanned case of the handling body about the denounced subject. */
    public Denunciation openCase(UUID id, DenunciationApi.OpenCaseRequest request) {
        Denunciation d = get(id);
        requireOpen(d);
        if (d.caseId != null) {
            throw ProblemException.conflict("case " + d.caseId + " was opened from this denunciation already");
        }
        CaseApi.SubjectRequest subject = d.subjectKind == SubjectKind.MEMBER
                ? new CaseApi.SubjectRequest(SubjectKind.MEMBER, null, d.memberId, false)
                : new CaseApi.SubjectRequest(SubjectKind.ORGANISATION, d.subjectUnitCode, null, false);
        InspectionCaseRef opened = cases.openForDenunciation(new CaseApi.OpenRequest(d.bodyId, request.activity(), request.kind(),
                false, request.title(), request.decidedOn(), List.of(subject)), d.id);
        d.caseId = opened.id();
        d.stamp(scoped.actor());
        audit.record("denunciation.case-opened", "denunciation", d.id.toString(), Map.of("case", d.caseId));
        return d;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Denunciation get(UUID id) {
        return scoped.find(Denunciation.class, id, "denunciation " + id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Denunciation> list(Denunciation.Status status, PageRequest page) {
        List<String> after = Cursor.parse(page.after(), 2);
        @SuppressWarnings("unchecked")
        List<UUID> ids = scoped.sql("""
                        select d.id from denunciation d join org_unit_replica r on r.code = d.unit_code
                        where r.path <@ cast(:scope as ltree) and (:status = '' or d.status = :status)
                          and (d.received_on, cast(d.id as text)) < (cast(:afterDate as date), :afterId)
                        order by d.received_on desc, cast(d.id as text) desc limit :limit""")
                .setParameter("status", status == null ? "" : status.name())
                .setParameter("afterDate", after == null ? "9999-12-31" : Cursor.date(after.get(0)).toString())
                .setParameter("afterId", after == null ? "~" : after.get(1))
                .setParameter("limit", page.limit() + 1).getResultList();
        return Page.fromOverfetch(ids.stream().map(this::get).toList(), page.limit(), d -> Cursor.of(d.receivedOn, d.id));
    }

    /** The denouncer shows only to an inspector whose own unit is the handling body's unit. */
    public DenunciationApi.View view(Denunciation d) {
        boolean recorded = d.denouncerName != null || d.denouncerContact != null;
        boolean sees = scoped.hasRole(Roles.INSPECTOR) && d.unitPath != null && d.unitPath.equals(scoped.subtreePath());
        LocalDate today = VietnamTime.today();
        boolean late = d.resolvedOn != null ? d.resolvedOn.isAfter(d.dueOn) : today.isAfter(d.dueOn);
        return new DenunciationApi.View(d.id, d.kind, d.bodyId, d.unitCode, d.receivedOn, d.dueOn, d.regulation, d.subjectKind,
                d.subjectUnitCode, d.memberId, d.decisionId, d.summary, sees ? d.denouncerName : null, sees ? d.denouncerContact : null,
                recorded && !sees, d.status, d.outcome, d.resolvedOn, late, d.caseId, d.version);
    }

    private static void assignTo(Denunciation d, BodyRef body) {
        d.bodyId = body.id();
        d.unitCode = body.unitCode();
        d.unitPath = body.unitPath();
    }

    private static void requireOpen(Denunciation d) {
        if (d.status != Denunciation.Status.RECEIVED) {
            throw ProblemException.conflict("the denunciation was resolved on " + d.resolvedOn);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
