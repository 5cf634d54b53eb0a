package vn.party.inspection.discipline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.scope.Subtree;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.inspection.AppealDecided;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.DisciplineDecided;
import vn.party.contracts.inspection.DisciplineForm;
import vn.party.contracts.inspection.SubjectKind;
import vn.party.contracts.inspection.SuspensionEnded;
import vn.party.contracts.inspection.SuspensionStarted;
import vn.party.contracts.membership.MemberStatus;
import vn.party.inspection.body.BodyRef;
import vn.party.inspection.body.BodyService;
import vn.party.inspection.casework.CaseService;
import vn.party.inspection.rules.DisciplineRules;
import vn.party.inspection.rules.ProcedureRules;
import vn.party.orgreplica.MemberReplica;
import vn.party.orgreplica.OrgUnitReplica;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Discipline decisions, their appeals and suspensions. Every refusal a regulation sets is a 422 naming the rule
 * ({@link DisciplineRules}, {@link ProcedureRules}); the subject lies inside the issuing body's subtree (404
 * otherwise). Decisions are never edited: an appeal's outcome and a correction of the facts are records of their own.
 * A decision, an appeal's outcome and a suspension are dated when the acting body's unit existed, and a decision about
 * an organisation when that organisation did (422 unit.not-existing-on-date): reports count them under the tree as it
 * stood on their dates.
 */
@ApplicationScoped
@Transactional
public class DisciplineService {

    public static final String SUSPENSION_MEMBER = "suspension.not-a-member";
    public static final String SUSPENSION_END = "suspension.end";

    @Inject
    ScopedData scoped;

    @Inject
    BodyService bodies;

    @Inject
    CaseService cases;

    @Inject
    MemberReplica members;

    @Inject
    OrgUnitReplica units;

    @Inject
    vn.party.inspection.tree.UnitPaths unitPaths;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    /** The subject of a decision, checked against the body's reach. */
    private record Subject(SubjectKind kind, UUID memberId, String unitCode, String path, MemberStatus status) {
    }

    public DisciplineDecision decide(DisciplineApi.DecisionRequest request) {
        BodyRef body = bodies.ref(request.bodyId());
        Subject subject = subject(body, request.subjectKind(), request.unitCode(), request.memberId());
        LocalDate decidedOn = VietnamTime.requirePlausible("decidedOn", request.decidedOn());
        LocalDate violationOn = VietnamTime.requirePlausible("violationOn", request.violationOn());
        LocalDate effectiveOn = request.effectiveOn() == null ? decidedOn : VietnamTime.requirePlausible("effectiveOn", request.effectiveOn());
        if (effectiveOn.isBefore(decidedOn)) {
            throw ProblemException.invalid("effectiveOn", "not before the decision of " + decidedOn);
        }
        if (subject.kind() == SubjectKind.ORGANISATION && request.holdsPost() != null) {
            throw ProblemException.invalid("holdsPost", "only a member holds a post");
        }
        if (request.caseId() != null) {
            cases.ref(request.caseId());
        }
        units.requireExistedOn(body.unitCode(), decidedOn, "decidedOn");
        if (subject.kind() == SubjectKind.ORGANISATION) {
            // reports count the decision under its subject on the effective date; a member's unit here is today's, not checked
            units.requireExistedOn(subject.unitCode(), decidedOn, "decidedOn");
            units.requireExistedOn(subject.unitCode(), effectiveOn, "effectiveOn");
        }
        boolean ownCell = body.kind() == BodyKind.CELL && subject.kind() == SubjectKind.MEMBER
                && subject.unitCode().equals(body.unitCode());
        boolean holdsPost = Boolean.TRUE.equals(request.holdsPost());
        DisciplineRules.Regulation regulation = DisciplineRules.check(new DisciplineRules.Proposal(subject.kind(), request.form(),
                body.kind(), body.level(), subject.status(), holdsPost, ownCell, violationOn, decidedOn));
        String key = violationKey(violationOn, request.violation());
        if (decidedAlready(subject.kind(), subject.memberId() != null ? subject.memberId().toString() : subject.unitCode(), key, null)) {
            throw new RuleViolation(DisciplineRules.SAME_VIOLATION, "this violation of " + violationOn + " was already decided; "
                    + "a violation is disciplined once (" + regulation.name() + "); appeal or correct that decision instead",
                    Map.of("regulation", regulation.name()));
        }
        DisciplineDecision d = new DisciplineDecision();
        d.id = UUID.randomUUID();
        d.bodyId = body.id();
        d.unitCode = body.unitCode();
        d.bodyKind = body.kind();
        d.bodyLevel = body.level();
        d.subjectKind = subject.kind();
        d.subjectUnitCode = subject.unitCode();
        d.subjectPath = subject.path();
        d.memberId = subject.memberId();
        d.form = request.form();
        d.violation = request.violation().trim();
        d.violationOn = violationOn;
        d.violationKey = key;
        d.decidedOn = decidedOn;
        d.effectiveOn = effectiveOn;
        d.caseId = request.caseId();
        d.decidedAtOwnCell = ownCell;
        d.holdsPost = holdsPost;
        d.regulation = regulation.name();
        d.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        d.createdBy = scoped.actor();
        d.persist();
        d.unitPath = body.unitPath();
        outbox.publish(new DisciplineDecided(d.id.toString(), d.form, d.subjectKind, d.memberId == null ? null : d.memberId.toString(),
                d.subjectUnitCode, unitPaths.pathCodesOn(d.subjectUnitCode, d.effectiveOn), d.bodyKind, d.bodyLevel, d.unitCode,
                d.caseId == null ? null : d.caseId.toString(), d.decidedAtOwnCell, d.regulation, d.effectiveOn));
        audit.record("discipline.decided", "discipline_decision", d.id.toString(), Map.of("body", body.id(), "form", d.form,
                "subject", subject.memberId() != null ? subject.memberId().toString() : subject.unitCode(), "regulation", d.regulation));
        return d;
    }

    public Appeal appeal(UUID decisionId, DisciplineApi.AppealRequest request) {
        DisciplineDecision d = get(decisionId);
        BodyRef hearing = bodies.ref(request.heardByBodyId());
        BodyRef issuer = bodies.ref(d.bodyId);
        if (!Subtree.contains(hearing.unitPath(), issuer.unitPath()) || hearing.unitPath().equals(issuer.unitPath())) {
            throw new RuleViolation(DisciplineRules.APPEAL_HEARD_BY, "an appeal is heard by a body of a unit above the issuing body's");
        }
        List<Appeal> earlier = Appeal.of(d.id);
        DisciplineForm inForce = earlier.isEmpty() ? d.form : earlier.get(earlier.size() - 1).resultingForm;
        LocalDate since = earlier.isEmpty() ? d.decidedOn : earlier.get(earlier.size() - 1).decidedOn;
        LocalDate lodgedOn = VietnamTime.requirePlausible("lodgedOn", request.lodgedOn());
        LocalDate decidedOn = VietnamTime.requirePlausible("decidedOn", request.decidedOn());
        ProcedureRules.Regulation procedure = ProcedureRules.checkAppealLodged(since, lodgedOn);
        if (decidedOn.isBefore(lodgedOn)) {
            throw ProblemException.invalid("decidedOn", "not before the appeal was lodged on " + lodgedOn);
        }
        units.requireExistedOn(hearing.unitCode(), decidedOn, "decidedOn");
        DisciplineForm resulting = DisciplineRules.appealResult(request.outcome(), inForce, request.resultingForm(), d.subjectKind,
                hearing.kind(), hearing.level());
        Appeal a = new Appeal();
        a.id = UUID.randomUUID();
        a.decisionId = d.id;
        a.lodgedOn = lodgedOn;
        a.heardByBodyId = hearing.id();
        a.outcome = request.outcome();
        a.previousForm = inForce;
        a.resultingForm = resulting;
        a.decidedOn = decidedOn;
        a.regulation = procedure.name();
        a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.createdBy = scoped.actor();
        a.persist();
        outbox.publish(new AppealDecided(a.id.toString(), d.id.toString(), a.outcome, a.previousForm, a.resultingForm, d.subjectKind,
                d.memberId == null ? null : d.memberId.toString(), d.subjectUnitCode,
                unitPaths.pathCodesOn(d.subjectUnitCode, a.decidedOn), hearing.kind(),
                hearing.level(), hearing.unitCode(), a.decidedOn));
        audit.record("discipline.appeal-decided", "discipline_decision", d.id.toString(), Map.of("appeal", a.id,
                "outcome", a.outcome, "heardBy", hearing.id()));
        return a;
    }

    /**
     * Records a correction of the decision's facts (the violation's wording or date) as a record of its own; the decision
     * stays as made. The corrected violation is still one the decision may judge: before the decision, within the
     * limitation of the regulation that judged it, and not one another decision of the subject judged.
     */
    public Correction correct(UUID decisionId, DisciplineApi.CorrectionRequest request) {
        DisciplineDecision d = get(decisionId);
        Facts before = facts(d, Correction.of(d.id));
        LocalDate correctedOn = VietnamTime.requirePlausible("correctedOn", request.correctedOn());
        if (correctedOn.isBefore(d.decidedOn)) {
            throw ProblemException.invalid("correctedOn", "not before the decision of " + d.decidedOn);
        }
        String violation = request.violation() == null || request.violation().isBlank() ? null : request.violation().trim();
        LocalDate violationOn = request.violationOn() == null ? null : VietnamTime.requirePlausible("violationOn", request.violationOn());
        if (violation != null && violationKey(before.violationOn(), violation).equals(violationKey(before.violationOn(), before.violation()))) {
            violation = null;
        }
        if (violationOn != null && violationOn.equals(before.violationOn())) {
            violationOn = null;
        }
        if (violation == null && violationOn == null) {
            throw ProblemException.invalid("violation", "a correction changes the violation's wording or its date");
        }
        LocalDate newDate = violationOn != null ? violationOn : before.violationOn();
        String newWords = violation != null ? violation : before.violation();
        if (violationOn != null) {
            DisciplineRules.checkCorrectedViolationDate(DisciplineRules.inForce(d.decidedOn), d.subjectKind, d.form, newDate, d.decidedOn);
        }
        String key = violationKey(newDate, newWords);
        if (decidedAlready(d.subjectKind, d.memberId != null ? d.memberId.toString() : d.subjectUnitCode, key, d.id)) {
            throw new RuleViolation(DisciplineRules.SAME_VIOLATION, "another decision judged this violation of " + newDate
                    + " already; a violation is disciplined once (" + d.regulation + ")", Map.of("regulation", d.regulation));
        }
        Correction c = new Correction();
        c.id = UUID.randomUUID();
        c.decisionId = d.id;
        c.correctedOn = correctedOn;
        c.violation = violation;
        c.violationOn = violationOn;
        c.violationKey = key;
        c.reason = request.reason().trim();
        c.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.createdBy = scoped.actor();
        c.persist();
        // no event: reporting counts forms, bodies, subjects and dates in force, none of which a correction changes
        audit.record("discipline.corrected", "discipline_decision", d.id.toString(), Map.of("correction", c.id,
                "on", correctedOn, "fields", (violation != null ? "violation " : "") + (violationOn != null ? "violationOn" : "")));
        return c;
    }

    /** The violation as it stands after the corrections, in order. */
    private record Facts(String violation, LocalDate violationOn) {
    }

    private static Facts facts(DisciplineDecision d, List<Correction> corrections) {
        String violation = d.violation;
        LocalDate violationOn = d.violationOn;
        for (Correction c : corrections) {
            violation = c.violation != null ? c.violation : violation;
            violationOn = c.violationOn != null ? c.violationOn : violationOn;
        }
        return new Facts(violation, violationOn);
    }

    /** Whether a decision of the subject in the caller's reach (other than {@code except}) judged the violation, as made or as corrected. */
    private boolean decidedAlready(SubjectKind kind, String subject, String key, UUID except) {
        long earlier = ((Number) scoped.sql("""
                        select count(*) from discipline_decision d
                        where d.subject_kind = :kind and coalesce(cast(d.member_id as text), d.subject_unit_code) = :subject
                          and cast(d.id as text) <> :except
                          and (d.violation_key = :key
                               or exists (select 1 from discipline_correction c where c.decision_id = d.id and c.violation_key = :key))
                          and cast(d.subject_path as ltree) <@ cast(:scope as ltree)""")
                .setParameter("kind", kind.name()).setParameter("subject", subject).setParameter("key", key)
                .setParameter("except", except == null ? "" : except.toString()).getSingleResult()).longValue();
        return earlier > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DisciplineDecision get(UUID id) {
        return scoped.find(DisciplineDecision.class, id, "discipline decision " + id);
    }

    /** The decision if the caller may see it (404 otherwise): its subject, for complaints about it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DecisionRef ref(UUID id) {
        DisciplineDecision d = get(id);
        return new DecisionRef(d.id, d.subjectKind, d.subjectUnitCode, d.memberId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DisciplineDecision> list(UUID memberId, String subjectUnitCode, PageRequest page) {
        List<String> after = Cursor.parse(page.after(), 2);
        @SuppressWarnings("unchecked")
        List<UUID> ids = scoped.sql("""
                        select d.id from discipline_decision d join org_unit_replica r on r.code = d.unit_code
                        where r.path <@ cast(:scope as ltree)
                          and (:member = '' or cast(d.member_id as text) = :member)
                          and (:unit = '' or d.subject_unit_code = :unit)
                          and (d.decided_on, cast(d.id as text)) < (cast(:afterDate as date), :afterId)
                        order by d.decided_on desc, cast(d.id as text) desc limit :limit""")
                .setParameter("member", memberId == null ? "" : memberId.toString())
                .setParameter("unit", subjectUnitCode == null ? "" : subjectUnitCode)
                .setParameter("afterDate", after == null ? "9999-12-31" : Cursor.date(after.get(0)).toString())
                .setParameter("afterId", after == null ? "~" : after.get(1))
                .setParameter("limit", page.limit() + 1).getResultList();
        return Page.fromOverfetch(ids.stream().map(this::get).toList(), page.limit(), d -> Cursor.of(d.decidedOn, d.id));
    }

    public DisciplineApi.View view(DisciplineDecision d) {
        List<Appeal> appeals = Appeal.of(d.id);
        DisciplineForm inForce = appeals.isEmpty() ? d.form : appeals.get(appeals.size() - 1).resultingForm;
        LocalDate since = appeals.isEmpty() ? d.decidedOn : appeals.get(appeals.size() - 1).decidedOn;
        List<Correction> corrections = Correction.of(d.id);
        Facts facts = facts(d, corrections);
        return new DisciplineApi.View(d.id, d.bodyId, d.unitCode, d.bodyKind, d.bodyLevel, d.subjectKind, d.subjectUnitCode, d.memberId,
                d.memberId == null ? null : members.find(d.memberId).map(MemberReplica.Member::fullName).orElse(null),
                d.form, d.violation, d.violationOn, d.decidedOn, d.effectiveOn, d.caseId, d.decidedAtOwnCell, d.holdsPost, d.regulation,
                inForce, inForce == null ? null : ProcedureRules.appealDeadline(since),
                appeals.stream().map(a -> new DisciplineApi.AppealView(a.id, a.lodgedOn, a.heardByBodyId, a.outcome, a.previousForm,
                        a.resultingForm, a.decidedOn, a.regulation)).toList(),
                facts.violation(), facts.violationOn(),
                corrections.stream().map(c -> new DisciplineApi.CorrectionView(c.id, c.correctedOn, c.violation, c.violationOn,
                        c.reason)).toList());
    }

    public Suspension suspend(DisciplineApi.SuspensionRequest request) {
        BodyRef body = bodies.ref(request.bodyId());
        Subject subject = subject(body, SubjectKind.MEMBER, null, request.memberId());
        if (subject.status() != MemberStatus.FULL && subject.status() != MemberStatus.PROBATIONARY) {
            throw new RuleViolation(SUSPENSION_MEMBER, "only a party member's activity is suspended; the record is " + subject.status());
        }
        LocalDate startsOn = VietnamTime.requirePlausible("startsOn", request.startsOn());
        LocalDate endsOn = VietnamTime.requirePlausible("endsOn", request.endsOn());
        if (!endsOn.isAfter(startsOn)) {
            throw ProblemException.invalid("endsOn", "after startsOn");
        }
        if (request.caseId() != null) {
            cases.ref(request.caseId());
        }
        units.requireExistedOn(body.unitCode(), startsOn, "startsOn");
        long overlapping = ((Number) scoped.sql("""
                        select count(*) from suspension s join org_unit_replica r on r.code = s.unit_code
                        where r.path <@ cast(:scope as ltree) and s.member_id = :member
                          and coalesce(s.ended_on, s.ends_on) > cast(:starts as date) and s.starts_on < cast(:ends as date)""")
                .setParameter("member", subject.memberId()).setParameter("starts", startsOn.toString())
                .setParameter("ends", endsOn.toString()).getSingleResult()).longValue();
        if (overlapping > 0) {
            throw ProblemException.conflict("the member is already suspended over part of that period");
        }
        Suspension s = new Suspension();
        s.id = UUID.randomUUID();
        s.bodyId = body.id();
        s.unitCode = body.unitCode();
        s.memberId = subject.memberId();
        s.memberUnitCode = subject.unitCode();
        s.startsOn = startsOn;
        s.endsOn = endsOn;
        s.reason = request.reason().trim();
        s.caseId = request.caseId();
        s.stamp(scoped.actor());
        s.persist();
        s.unitPath = body.unitPath();
        outbox.publish(new SuspensionStarted(s.id.toString(), s.memberId.toString(), s.memberUnitCode,
                unitPaths.pathCodesOn(s.memberUnitCode, s.startsOn),
                body.kind(), body.level(), body.unitCode(), s.endsOn, s.startsOn));
        audit.record("suspension.started", "suspension", s.id.toString(), Map.of("member", s.memberId, "from", s.startsOn,
                "until", s.endsOn));
        return s;
    }

    public Suspension endSuspension(UUID id, LocalDate on) {
        Suspension s = getSuspension(id);
        if (s.endedOn != null) {
            throw ProblemException.conflict("the suspension ended on " + s.endedOn);
        }
        VietnamTime.requirePlausible("on", on);
        if (!on.isAfter(s.startsOn) || !on.isBefore(s.endsOn)) {
            throw new RuleViolation(SUSPENSION_END, "an early end falls after " + s.startsOn + " and before the planned end " + s.endsOn);
        }
        s.endedOn = on;
        s.stamp(scoped.actor());
        outbox.publish(new SuspensionEnded(s.id.toString(), s.memberId.toString(), s.memberUnitCode,
                unitPaths.pathCodesOn(s.memberUnitCode, on), true, on));
        audit.record("suspension.ended", "suspension", s.id.toString(), Map.of("on", on, "early", true));
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Suspension getSuspension(UUID id) {
        return scoped.find(Suspension.class, id, "suspension " + id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Suspension> suspensions(UUID memberId, PageRequest page) {
        List<String> after = Cursor.parse(page.after(), 2);
        @SuppressWarnings("unchecked")
        List<UUID> ids = scoped.sql("""
                        select s.id from suspension s join org_unit_replica r on r.code = s.unit_code
                        where r.path <@ cast(:scope as ltree) and (:member = '' or cast(s.member_id as text) = :member)
                          and (s.starts_on, cast(s.id as text)) < (cast(:afterDate as date), :afterId)
                        order by s.starts_on desc, cast(s.id as text) desc limit :limit""")
                .setParameter("member", memberId == null ? "" : memberId.toString())
                .setParameter("afterDate", after == null ? "9999-12-31" : Cursor.date(after.get(0)).toString())
                .setParameter("afterId", after == null ? "~" : after.get(1))
                .setParameter("limit", page.limit() + 1).getResultList();
        return Page.fromOverfetch(ids.stream().map(this::getSuspension).toList(), page.limit(), s -> Cursor.of(s.startsOn, s.id));
    }

    public DisciplineApi.SuspensionView view(Suspension s) {
        return new DisciplineApi.SuspensionView(s.id, s.bodyId, s.unitCode, s.memberId, s.memberUnitCode, s.startsOn, s.endsOn,
                s.endedOn, s.reason, s.caseId, s.version);
    }

    private Subject subject(BodyRef body, SubjectKind kind, String unitCode, UUID memberId) {
        if (kind == SubjectKind.ORGANISATION) {
            if (unitCode == null || memberId != null) {
                throw ProblemException.invalid("unitCode", "an organisation is named by unitCode alone");
            }
            String path = scoped.requireUnit(unitCode, "unit " + unitCode);
            if (!body.reaches(path)) {
                throw ProblemException.notFound("unit " + unitCode);
            }
            return new Subject(kind, null, unitCode, path, null);
        }
        if (memberId == null || unitCode != null) {
            throw ProblemException.invalid("memberId", "a member is named by memberId alone");
        }
        MemberReplica.Member m = members.find(memberId).orElseThrow(() -> ProblemException.notFound("member " + memberId));
        scoped.requireCovered(m.unitPath(), "member " + memberId);
        if (!body.reaches(m.unitPath())) {
            throw ProblemException.notFound("member " + memberId);
        }
        return new Subject(kind, m.memberId(), m.unitCode(), m.unitPath(), m.status());
    }

    /** Two decisions are about the same violation when they name the same day and the same words (case and spaces aside). */
    static String violationKey(LocalDate violationOn, String violation) {
        return violationOn + "|" + violation.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
