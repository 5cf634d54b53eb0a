package vn.party.inspection.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.inspection.CaseActivity;
import vn.party.contracts.inspection.CaseClosed;
import vn.party.contracts.inspection.CaseConcluded;
import vn.party.contracts.inspection.CaseDecided;
import vn.party.contracts.inspection.CaseKind;
import vn.party.contracts.inspection.SubjectKind;
import vn.party.inspection.body.BodyRef;
import vn.party.inspection.body.BodyService;
import vn.party.inspection.rules.CaseRules;
import vn.party.inspection.rules.CaseRules.Status;
import vn.party.orgreplica.MemberReplica;
import vn.party.orgreplica.OrgUnitReplica;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Cases from decision to closing. A case belongs to its body's unit; its subjects lie inside the body's subtree
 * (404 otherwise, as if they did not exist); its lifecycle moves only forward ({@link CaseRules}). Each step is dated
 * when the body's unit existed, and a case is decided about units that existed then (422 unit.not-existing-on-date):
 * reports count a step under the unit as the tree stood on its date.
 */
@ApplicationScoped
@Transactional
public class CaseService {

    @Inject
    vn.party.inspection.tree.UnitPaths unitPaths;

    @Inject
    ScopedData scoped;

    @Inject
    BodyService bodies;

    @Inject
    MemberReplica members;

    @Inject
    OrgUnitReplica units;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    public InspectionCase open(CaseApi.OpenRequest request) {
        return open(request, null);
    }

    /** Opens the unplanned case a denunciation led to. */
    public InspectionCaseRef openForDenunciation(CaseApi.OpenRequest request, UUID denunciationId) {
        return new InspectionCaseRef(open(request, Objects.requireNonNull(denunciationId)).id);
    }

    private InspectionCase open(CaseApi.OpenRequest request, UUID denunciationId) {
        BodyRef body = bodies.ref(request.bodyId());
        LocalDate decidedOn = VietnamTime.requirePlausible("decidedOn", request.decidedOn());
        if (denunciationId != null && request.planned()) {
            throw ProblemException.invalid("planned", "a case opened from a denunciation is not in the plan");
        }
        List<CaseSubject> subjects = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.subjects().size(); i++) {
            CaseSubject s = subject(body, request.subjects().get(i), "subjects[" + i + "]");
            if (!seen.add(s.subjectKind + ":" + (s.memberId != null ? s.memberId : s.unitCode))) {
                throw ProblemException.invalid("subjects[" + i + "]", "named twice");
            }
            subjects.add(s);
        }
        units.requireExistedOn(body.unitCode(), decidedOn, "decidedOn");
        for (CaseSubject s : subjects) {
            if (s.subjectKind == SubjectKind.ORGANISATION) {
                // a member subject stands in the cell the replica knows now, not the one of the decision's date: not checked
                units.requireExistedOn(s.unitCode, decidedOn, "decidedOn");
            }
        }
        InspectionCase c = new InspectionCase();
        c.id = UUID.randomUUID();
        c.bodyId = body.id();
        c.unitCode = body.unitCode();
        c.bodyKind = body.kind();
        c.bodyLevel = body.level();
        c.activity = request.activity();
        c.kind = request.kind();
        c.planned = request.planned();
        c.denunciationId = denunciationId;
        c.title = request.title().trim();
        c.decidedOn = decidedOn;
        c.status = Status.DECIDED;
        c.stamp(scoped.actor());
        c.persist();
        c.unitPath = body.unitPath();
        subjects.forEach(s -> {
            s.caseId = c.id;
            s.persist();
        });
        outbox.publish(new CaseDecided(c.id.toString(), c.unitCode, unitPaths.pathCodesOn(c.unitCode, c.decidedOn),
                c.bodyKind, c.bodyLevel, c.activity, c.kind,
                c.planned, denunciationId != null, count(subjects, SubjectKind.ORGANISATION), count(subjects, SubjectKind.MEMBER),
                committeeMembers(subjects), c.decidedOn));
        audit.record("case.decided", "inspection_case", c.id.toString(), Map.of("body", body.id(), "activity", c.activity,
                "kind", c.kind, "planned", c.planned, "subjects", subjects.size()));
        return c;
    }

    private CaseSubject subject(BodyRef body, CaseApi.SubjectRequest request, String field) {
        CaseSubject s = new CaseSubject();
        s.id = UUID.randomUUID();
        s.subjectKind = request.subjectKind();
        if (request.subjectKind() == SubjectKind.ORGANISATION) {
            if (request.unitCode() == null || request.memberId() != null) {
                throw ProblemException.invalid(field, "an organisation is named by unitCode alone");
            }
            String path = scoped.requireUnit(request.unitCode(), "unit " + request.unitCode());
            if (!body.reaches(path)) {
                throw ProblemException.notFound("unit " + request.unitCode());
            }
            s.unitCode = request.unitCode();
        } else {
            if (request.memberId() == null || request.unitCode() != null) {
                throw ProblemException.invalid(field, "a member is named by memberId alone");
            }
            MemberReplica.Member m = members.find(request.memberId())
                    .orElseThrow(() -> ProblemException.notFound("member " + request.memberId()));
            scoped.requireCovered(m.unitPath(), "member " + request.memberId());
            if (!body.reaches(m.unitPath())) {
                throw ProblemException.notFound("member " + request.memberId());
            }
            s.memberId = m.memberId();
            s.unitCode = m.unitCode();
            s.committeeMember = Boolean.TRUE.equals(request.committeeMember());
        }
        return s;
    }

    public InspectionCase start(UUID id, LocalDate on, String ifMatch) {
        InspectionCase c = changing(id, ifMatch);
        CaseRules.checkTransition(c.status, Status.IN_PROGRESS);
        c.startedOn = notBefore("on", on, c.decidedOn);
        units.requireExistedOn(c.unitCode, c.startedOn, "on");
        c.status = Status.IN_PROGRESS;
        c.stamp(scoped.actor());
        audit.record("case.started", "inspection_case", c.id.toString(), Map.of("on", c.startedOn));
        return c;
    }

    public InspectionCase conclude(UUID id, CaseApi.ConcludeRequest request, String ifMatch) {
        InspectionCase c = changing(id, ifMatch);
        CaseRules.checkTransition(c.status, Status.CONCLUDED);
        LocalDate on = notBefore("on", request.on(), c.startedOn);
        units.requireExistedOn(c.unitCode, on, "on");
        List<CaseSubject> subjects = CaseSubject.of(c.id);
        Map<UUID, CaseApi.Finding> findings = new HashMap<>();
        for (int i = 0; i < request.findings().size(); i++) {
            CaseApi.Finding f = request.findings().get(i);
            if (subjects.stream().noneMatch(s -> s.id.equals(f.subjectId())) || findings.put(f.subjectId(), f) != null) {
                throw ProblemException.invalid("findings[" + i + "].subjectId", "a subject of this case, once");
            }
        }
        if (findings.size() != subjects.size()) {
            throw ProblemException.invalid("findings", "one finding for each of the case's " + subjects.size() + " subjects");
        }
        for (CaseSubject s : subjects) {
            CaseApi.Finding f = findings.get(s.id);
            s.violationFound = f.violationFound();
            s.nature = f.nature();
            s.disciplineToConsider = f.violationFound() && Boolean.TRUE.equals(f.disciplineToConsider());
            s.corrections = f.corrections();
        }
        c.concludedOn = on;
        c.status = Status.CONCLUDED;
        c.stamp(scoped.actor());
        outbox.publish(new CaseConcluded(c.id.toString(), c.unitCode, unitPaths.pathCodesOn(c.unitCode, c.concludedOn),
                c.bodyKind, c.bodyLevel, c.activity, c.kind,
                c.planned, count(subjects, SubjectKind.ORGANISATION), count(subjects, SubjectKind.MEMBER), committeeMembers(subjects),
                (int) subjects.stream().filter(s -> s.subjectKind == SubjectKind.ORGANISATION && s.violationFound).count(),
                (int) subjects.stream().filter(s -> s.subjectKind == SubjectKind.MEMBER && s.violationFound).count(),
                (int) subjects.stream().filter(s -> s.committeeMember && s.violationFound).count(),
                (int) subjects.stream().filter(s -> s.disciplineToConsider).count(), on));
        audit.record("case.concluded", "inspection_case", c.id.toString(), Map.of("on", on,
                "violations", subjects.stream().filter(s -> s.violationFound).count()));
        return c;
    }

    public FollowUpAction addAction(UUID caseId, CaseApi.ActionRequest request) {
        InspectionCase c = get(caseId);
        CaseRules.checkTransition(c.status, Status.FOLLOW_UP);
        FollowUpAction a = new FollowUpAction();
        a.id = UUID.randomUUID();
        a.caseId = c.id;
        a.description = request.description().trim();
        a.owner = request.owner().trim();
        a.deadline = notBefore("deadline", request.deadline(), c.concludedOn);
        a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.createdBy = scoped.actor();
        a.persist();
        c.status = Status.FOLLOW_UP;
        c.stamp(scoped.actor());
        audit.record("case.follow-up-added", "inspection_case", c.id.toString(), Map.of("action", a.id, "deadline", a.deadline));
        return a;
    }

    public FollowUpAction completeAction(UUID caseId, UUID actionId, LocalDate on) {
        InspectionCase c = get(caseId);
        FollowUpAction a = FollowUpAction.<FollowUpAction>findByIdOptional(actionId).filter(x -> x.caseId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("follow-up action " + actionId));
        if (a.completedOn != null) {
            throw ProblemException.conflict("the action was completed on " + a.completedOn);
        }
        a.completedOn = notBefore("on", on, c.concludedOn);
        c.stamp(scoped.actor());
        audit.record("case.follow-up-completed", "inspection_case", c.id.toString(), Map.of("action", a.id, "on", a.completedOn));
        return a;
    }

    public InspectionCase close(UUID id, LocalDate on, String ifMatch) {
        InspectionCase c = changing(id, ifMatch);
        CaseRules.checkTransition(c.status, Status.CLOSED);
        List<FollowUpAction> actions = FollowUpAction.of(c.id);
        CaseRules.checkClosable(actions.stream().filter(a -> a.completedOn == null).count());
        c.closedOn = notBefore("on", on, c.concludedOn);
        units.requireExistedOn(c.unitCode, c.closedOn, "on");
        c.status = Status.CLOSED;
        c.stamp(scoped.actor());
        outbox.publish(new CaseClosed(c.id.toString(), c.unitCode, unitPaths.pathCodesOn(c.unitCode, c.closedOn),
                c.bodyKind, c.bodyLevel, c.activity, c.kind,
                c.planned, actions.size(), (int) actions.stream().filter(a -> a.completedOn.isAfter(a.deadline)).count(), c.closedOn));
        audit.record("case.closed", "inspection_case", c.id.toString(), Map.of("on", c.closedOn));
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionCase get(UUID id) {
        return scoped.find(InspectionCase.class, id, "case " + id);
    }

    /** The case, if the caller may see it (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseRef ref(UUID id) {
        InspectionCase c = get(id);
        return new CaseRef(c.id, c.bodyId, c.unitCode, c.status);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InspectionCase> list(UUID bodyId, Status status, CaseKind kind, Integer year, PageRequest page) {
        List<String> after = Cursor.parse(page.after(), 2);
        @SuppressWarnings("unchecked")
        List<UUID> ids = scoped.sql("""
                        select c.id from inspection_case c join org_unit_replica r on r.code = c.unit_code
                        where r.path <@ cast(:scope as ltree)
                          and (:body = '' or cast(c.body_id as text) = :body)
                          and (:status = '' or c.status = :status) and (:kind = '' or c.kind = :kind)
                          and (:year = 0 or extract(year from c.decided_on) = :year)
                          and (c.decided_on, cast(c.id as text)) < (cast(:afterDate as date), :afterId)
                        order by c.decided_on desc, cast(c.id as text) desc limit :limit""")
                .setParameter("body", bodyId == null ? "" : bodyId.toString())
                .setParameter("status", status == null ? "" : status.name())
                .setParameter("kind", kind == null ? "" : kind.name())
                .setParameter("year", year == null ? 0 : year)
                .setParameter("afterDate", after == null ? "9999-12-31" : Cursor.date(after.get(0)).toString())
                .setParameter("afterId", after == null ? "~" : after.get(1))
                .setParameter("limit", page.limit() + 1).getResultList();
        return Page.fromOverfetch(ids.stream().map(this::get).toList(), page.limit(), c -> Cursor.of(c.decidedOn, c.id));
    }

    /** Follow-up actions past their deadline and not done on {@code day}, in the caller's subtree. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseApi.ActionView> overdue(LocalDate day, PageRequest page) {
        List<String> after = Cursor.parse(page.after(), 2);
        @SuppressWarnings("unchecked")
        List<UUID> ids = scoped.sql("""
                        select a.id from follow_up_action a join inspection_case c on c.id = a.case_id
                        join org_unit_replica r on r.code = c.unit_code
                        where r.path <@ cast(:scope as ltree) and a.completed_on is null and a.deadline < cast(:day as date)
                          and (a.deadline, cast(a.id as text)) > (cast(:afterDate as date), :afterId)
                        order by a.deadline, cast(a.id as text) limit :limit""")
                .setParameter("day", day.toString())
                .setParameter("afterDate", after == null ? "0001-01-01" : Cursor.date(after.get(0)).toString())
                .setParameter("afterId", after == null ? "" : after.get(1))
                .setParameter("limit", page.limit() + 1).getResultList();
        List<CaseApi.ActionView> rows = ids.stream().map(id -> FollowUpAction.<FollowUpAction>findById(id)).map(a -> actionView(a, day)).toList();
        return Page.fromOverfetch(rows, page.limit(), a -> Cursor.of(a.deadline(), a.id()));
    }

    /**
     * Cases decided in {@code year} by the body (or, when {@code bodyId} is null, by every body at or below
     * {@code underPath}), by activity and kind, for plan progress.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseCounts> counts(String underPath, UUID bodyId, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select c.activity, c.kind,
                               count(*) filter (where c.planned and c.status in ('CONCLUDED', 'FOLLOW_UP', 'CLOSED')),
                               count(*) filter (where c.planned and c.status in ('DECIDED', 'IN_PROGRESS')),
                               count(*) filter (where not c.planned)
                        from inspection_case c join org_unit_replica r on r.code = c.unit_code
                        where r.path <@ cast(:scope as ltree) and r.path <@ cast(:under as ltree)
                          and (:body = '' or cast(c.body_id as text) = :body)
                          and c.decided_on >= make_date(:year, 1, 1) and c.decided_on < make_date(:year + 1, 1, 1)
                        group by c.activity, c.kind""")
                .setParameter("under", underPath).setParameter("body", bodyId == null ? "" : bodyId.toString())
                .setParameter("year", year).getResultList();
        return rows.stream().map(r -> new CaseCounts(CaseActivity.valueOf((String) r[0]), CaseKind.valueOf((String) r[1]),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    public CaseApi.View view(InspectionCase c) {
        LocalDate today = VietnamTime.today();
        List<CaseApi.SubjectView> subjects = CaseSubject.of(c.id).stream().map(s -> new CaseApi.SubjectView(s.id, s.subjectKind,
                s.unitCode, s.memberId, s.memberId == null ? null : members.find(s.memberId).map(MemberReplica.Member::fullName).orElse(null),
                s.committeeMember, s.violationFound, s.nature, s.disciplineToConsider, s.corrections)).toList();
        List<CaseApi.ActionView> actions = FollowUpAction.of(c.id).stream().map(a -> actionView(a, today)).toList();
        return new CaseApi.View(c.id, c.bodyId, c.unitCode, c.bodyKind, c.bodyLevel, c.activity, c.kind, c.planned, c.denunciationId,
                c.title, c.decidedOn, c.startedOn, c.concludedOn, c.closedOn, c.status, subjects, actions, c.version);
    }

    static CaseApi.ActionView actionView(FollowUpAction a, LocalDate today) {
        return new CaseApi.ActionView(a.id, a.caseId, a.description, a.owner, a.deadline, a.completedOn, a.overdueOn(today));
    }

    private InspectionCase changing(UUID id, String ifMatch) {
        InspectionCase c = get(id);
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, c.version);
        }
        return c;
    }

    private static LocalDate notBefore(String field, LocalDate day, LocalDate earliest) {
        VietnamTime.requirePlausible(field, day);
        if (earliest != null && day.isBefore(earliest)) {
            throw ProblemException.invalid(field, "not before " + earliest);
        }
        return day;
    }

    private static int count(List<CaseSubject> subjects, SubjectKind kind) {
        return (int) subjects.stream().filter(s -> s.subjectKind == kind).count();
    }

    private static int committeeMembers(List<CaseSubject> subjects) {
        return (int) subjects.stream().filter(s -> s.committeeMember).count();
    }
}
