package vn.party.membership.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.party.backbone.audit.AuditTrail;
import vn.party.backbone.concurrency.Versions;
import vn.party.backbone.outbox.Outbox;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.scope.ScopedData;
import jakarta.persistence.LockModeType;
import vn.party.backbone.time.VietnamTime;
import vn.party.contracts.UnitKind;
import vn.party.contracts.membership.MemberGraded;
import vn.party.contracts.membership.OrganisationGraded;
import vn.party.membership.member.MemberDirectory;
import vn.party.membership.member.MemberOnDate;
import vn.party.membership.member.MemberService;
import vn.party.membership.orgunit.OrgUnits;
import vn.party.membership.orgunit.UnitRef;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Grading rounds of base organisations: open, enter draft grades, close (the excellent cap), and correct a final
 * grading by a new version. A round, its grades and their history are visible when its base organisation lies in
 * the caller's subtree.
 *
 * <p>Who is graded in a round: the official members of the base organisation's subtree on 31 December of the year
 * graded (probationary and full, counted in their home cell; {@link MemberDirectory#officialMembersUnder}), and the
 * base organisation itself with the cells under it that existed on that day. The year's end, not the day the round
 * is held, so the list does not depend on when the committee meets and each member falls in one round only.
 */
@ApplicationScoped
@Transactional
public class GradingService {

    static final String ROUND_BASE_ORGANISATION = "grading.round-base-organisation";
    static final String YEAR_NOT_OVER = "grading.year-not-begun";
    static final String NOT_IN_ROUND = "grading.not-in-round";

    @Inject
    OrgUnits units;

    @Inject
    MemberDirectory directory;

    @Inject
    MemberService members;

    @Inject
    ScopedData scoped;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    public GradingRound open(GradingApi.OpenRoundRequest request) {
        UnitRef base = units.visible(request.unitCode());
        if (base.kind() != UnitKind.BASE_COMMITTEE && base.kind() != UnitKind.BASE_CELL) {
            throw new RuleViolation(ROUND_BASE_ORGANISATION, base.code() + " is a " + base.kind()
                    + "; grading rounds are held by base organisations (base committees and base cells)");
        }
        int year = request.year();
        if (year > VietnamTime.today().getYear()) {
            throw new RuleViolation(YEAR_NOT_OVER, "the " + year + " grading cannot start before " + year + " has begun");
        }
        boolean held = ((Number) scoped.sql("""
                        select count(*) from grading_round r join org_unit u on u.id = r.unit_id
                        where r.unit_id = :unit and r.year = :year and u.path <@ cast(:scope as ltree)""")
                .setParameter("unit", base.id()).setParameter("year", year).getSingleResult()).longValue() > 0;
        if (held) {
            throw ProblemException.conflict(base.code() + " already has a grading round for " + year);
        }
        OffsetDateTime now = now();
        GradingRound r = new GradingRound();
        r.id = UUID.randomUUID();
        r.unitId = base.id();
        r.year = year;
        r.regulation = GradingRules.regulationFor(year);
        r.status = RoundStatus.OPEN;
        r.createdAt = now;
        r.createdBy = audit.actor();
        r.updatedAt = now;
        r.updatedBy = r.createdBy;
        r.unitPath = base.path();
        r.persist();
        em.flush();
        audit.record("grading.round-opened", "grading_round", r.id.toString(), Map.of("unit", base.code(), "year", year));
        return r;
    }

    public Grading gradeMember(UUID roundId, UUID memberId, GradingApi.GradeRequest request) {
        GradingRound r = openRound(roundId);
        UnitRef base = units.byId(r.unitId);
        MemberOnDate member = membersToGrade(base, r.year).stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new RuleViolation(NOT_IN_ROUND, "member " + memberId + " was not an official member under "
                        + base.code() + " on " + yearEnd(r.year) + "; the round grades those only"));
        checkGrade(r.year, SubjectKind.MEMBER, request.grade(), request.score());
        Grading g = draft(r, Grading.currentOfMember(memberId, r.year), "member " + memberId);
        g.subjectKind = SubjectKind.MEMBER;
        g.memberId = memberId;
        g.unitId = member.unitId();
        return enter(g, request, "member", memberId.toString());
    }

    public Grading gradeOrganisation(UUID roundId, String unitCode, GradingApi.GradeRequest request) {
        GradingRound r = openRound(roundId);
        UnitRef base = units.byId(r.unitId);
        if (!organisationsToGrade(base, r.year).contains(unitCode)) {
            throw new RuleViolation(NOT_IN_ROUND, unitCode + " is neither " + base.code() + " nor one of its cells on "
                    + yearEnd(r.year) + "; the round grades those only");
        }
        UnitRef unit = units.byCode(unitCode).orElseThrow();
        checkGrade(r.year, SubjectKind.ORGANISATION, request.grade(), request.score());
        Grading g = draft(r, Grading.currentOfUnit(unit.id(), r.year), "unit " + unitCode);
        g.subjectKind = SubjectKind.ORGANISATION;
        g.unitId = unit.id();
        return enter(g, request, "organisation", unitCode);
    }

    /**
     * Closes the round: refused while members graded excellent exceed the year's cap; otherwise every draft becomes
     * final (version 1, effective on the closing date) and is published.
     */
    public GradingRound close(UUID roundId, GradingApi.CloseRequest request) {
        GradingRound r = openRound(roundId);
        LocalDate today = VietnamTime.today();
        LocalDate closedOn = request == null || request.closedOn() == null ? today
                : VietnamTime.requirePlausible("closedOn", request.closedOn());
        if (closedOn.isAfter(today)) {
            throw ProblemException.invalid("closedOn", "the round is closed on a day already come: not after today");
        }
        if (closedOn.getYear() < r.year) {
            throw ProblemException.invalid("closedOn", "a round for " + r.year + " closes in " + r.year + " or later");
        }
        List<Grading> drafts = Grading.currentOfRound(r.id);
        long excellent = drafts.stream().filter(g -> g.subjectKind == SubjectKind.MEMBER && g.grade == Grade.EXCELLENT).count();
        long good = drafts.stream().filter(g -> g.subjectKind == SubjectKind.MEMBER && g.grade == Grade.GOOD).count();
        GradingRules.checkExcellentQuota(r.year, excellent, good);

        OffsetDateTime now = now();
        r.status = RoundStatus.CLOSED;
        r.closedOn = closedOn;
        r.closedBy = audit.actor();
        r.updatedAt = now;
        r.updatedBy = r.closedBy;
        for (Grading g : drafts) {
            g.isFinal = true;
            g.recordedOn = closedOn;
            publish(g);
        }
        em.flush();
        audit.record("grading.round-closed", "grading_round", r.id.toString(), Map.of("closedOn", closedOn,
                "members", drafts.stream().filter(g -> g.subjectKind == SubjectKind.MEMBER).count(),
                "organisations", drafts.stream().filter(g -> g.subjectKind == SubjectKind.ORGANISATION).count(),
                "excellent", excellent, "good", good));
        return r;
    }

    /** A correction of a member's final grading: the next version; the one before stays, no longer current. */
    public Grading correctMember(UUID memberId, int year, GradingApi.CorrectionRequest request, String ifMatch) {
        scoped.subtreePath();   // a caller without a scope is told so (403) before anything is looked up
        Grading current = Grading.currentOfMember(memberId, year).filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound("grading of member " + memberId + " for " + year));
        return correct(current, request, ifMatch, "member", memberId.toString());
    }

    public Grading correctOrganisation(String unitCode, int year, GradingApi.CorrectionRequest request, String ifMatch) {
        UnitRef unit = units.visible(unitCode);
        Grading current = Grading.currentOfUnit(unit.id(), year).filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound("grading of " + unitCode + " for " + year));
        return correct(current, request, ifMatch, "organisation", unitCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GradingRound get(UUID id) {
        return scoped.find(GradingRound.class, id, "grading round " + id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GradingApi.Round view(GradingRound r) {
        UnitRef base = units.byId(r.unitId);
        List<Grading> grades = Grading.currentOfRound(r.id);
        Map<Grade, Long> memberGrades = new java.util.EnumMap<>(Grade.class);
        grades.stream().filter(g -> g.subjectKind == SubjectKind.MEMBER).forEach(g -> memberGrades.merge(g.grade, 1L, Long::sum));
        int members = (int) grades.stream().filter(g -> g.subjectKind == SubjectKind.MEMBER).count();
        return new GradingApi.Round(r.id, base.code(), base.name(), r.year, r.regulation, GradingRules.isScored(r.year),
                r.status, r.closedOn, r.closedBy, membersToGrade(base, r.year).size(), members,
                organisationsToGrade(base, r.year).size(), grades.size() - members, memberGrades, r.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GradingApi.History memberHistory(UUID memberId, int year) {
        scoped.subtreePath();   // 403 for a caller without a scope, before the lookup
        List<Grading> versions = Grading.historyOfMember(memberId, year);
        if (versions.isEmpty() || !visible(versions.get(0))) {
            throw ProblemException.notFound("grading of member " + memberId + " for " + year);
        }
        return history(versions);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GradingApi.History organisationHistory(String unitCode, int year) {
        UnitRef unit = units.visible(unitCode);
        List<Grading> versions = Grading.historyOfUnit(unit.id(), year);
        if (versions.isEmpty() || !visible(versions.get(0))) {
            throw ProblemException.notFound("grading of " + unitCode + " for " + year);
        }
        return history(versions);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GradingApi.GradeView view(Grading g, String fullName) {
        return new GradingApi.GradeView(g.subjectKind, g.memberId, fullName, units.byId(g.unitId).code(), g.year, g.grade,
                g.score, g.gradingVersion, !g.isFinal, g.isCurrent, g.reason, g.isFinal ? g.recordedOn : null,
                g.recordedAt, g.recordedBy);
    }

    /** Official members under the base organisation on 31 December of the year graded. */
    List<MemberOnDate> membersToGrade(UnitRef base, int year) {
        return directory.officialMembersUnder(base.path(), yearEnd(year));
    }

    /** The base organisation and its cells that existed on 31 December of the year graded. */
    List<String> organisationsToGrade(UnitRef base, int year) {
        @SuppressWarnings("unchecked")
        List<String> codes = scoped.sql("""
                        select code from org_unit
                        where (id = :base or (parent_id = :base and kind = 'CELL')) and path <@ cast(:scope as ltree)
                          and founded_on <= cast(:yearEnd as date)
                          and (dissolved_on is null or dissolved_on > cast(:yearEnd as date))
                        order by id <> :base, code""")
                .setParameter("base", base.id())
                .setParameter("yearEnd", yearEnd(year))
                .getResultList();
        return codes;
    }

    private GradingApi.History history(List<Grading> versions) {
        Grading newest = versions.get(0);
        String name = newest.memberId == null ? null : members.ref(newest.memberId).fullName();
        return new GradingApi.History(newest.subjectKind, newest.memberId, units.byId(newest.unitId).code(), newest.year,
                versions.stream().map(g -> view(g, name)).toList());
    }

    private Grading correct(Grading current, GradingApi.CorrectionRequest request, String ifMatch, String kind, String subject) {
        if (!current.isFinal) {
            throw ProblemException.conflict("the " + current.year + " grading of " + subject
                    + " is a draft in an open round: enter it again there instead of correcting it");
        }
        Versions.requireMatch(ifMatch, current.gradingVersion);
        LocalDate today = VietnamTime.today();
        LocalDate on = request.correctedOn() == null ? today : VietnamTime.requirePlausible("correctedOn", request.correctedOn());
        if (on.isAfter(today)) {
            throw ProblemException.invalid("correctedOn", "a decision already taken: not after today");
        }
        if (on.isBefore(current.recordedOn)) {
            throw ProblemException.invalid("correctedOn", "not before the version it corrects took effect, " + current.recordedOn);
        }
        checkGrade(current.year, current.subjectKind, request.grade(), request.score());
        current.isCurrent = false;
        em.flush();

        Grading next = new Grading();
        next.id = UUID.randomUUID();
        next.roundId = current.roundId;
        next.year = current.year;
        next.subjectKind = current.subjectKind;
        next.memberId = current.memberId;
        next.unitId = current.unitId;
        next.grade = request.grade();
        next.score = request.score();
        next.gradingVersion = current.gradingVersion + 1;
        next.isFinal = true;
        next.isCurrent = true;
        next.reason = request.reason().trim();
        next.recordedOn = on;
        next.recordedAt = now();
        next.recordedBy = audit.actor();
        next.persist();
        em.flush();
        publish(next);
        audit.record("grading.corrected", "grading", next.id.toString(), Map.of("subject", kind + " " + subject,
                "year", next.year, "version", next.gradingVersion, "grade", next.grade, "was", current.grade));
        return next;
    }

    private Grading draft(GradingRound r, Optional<Grading> existing, String subject) {
        if (existing.isEmpty()) {
            Grading g = new Grading();
            g.id = UUID.randomUUID();
            g.roundId = r.id;
            g.year = r.year;
            g.gradingVersion = 1;
            g.isCurrent = true;
            return g;
        }
        Grading g = existing.get();
        if (g.isFinal) {
            throw ProblemException.conflict(subject + " already has a final grading for " + r.year
                    + "; a change is a correction of it");
        }
        if (!g.roundId.equals(r.id)) {
            // one grading per subject and year: possible only if the tree moved between two rounds of the year
            throw ProblemException.conflict(subject + " is being graded for " + r.year + " in another round");
        }
        return g;
    }

    private Grading enter(Grading g, GradingApi.GradeRequest request, String kind, String subject) {
        Grade was = g.grade;
        g.grade = request.grade();
        g.score = request.score();
        g.recordedOn = VietnamTime.today();
        g.recordedAt = now();
        g.recordedBy = audit.actor();
        g.persist();
        em.flush();
        Map<String, Object> detail = new java.util.HashMap<>(Map.of("round", g.roundId, "subject", kind + " " + subject,
                "grade", g.grade));
        if (was != null) {
            detail.put("replaced", was);
        }
        audit.record("grading.draft-entered", "grading", g.id.toString(), detail);
        return g;
    }

    /**
     * Publishes a final grading with the unit's path on 31 December of the year graded, as the event schemas
     * promise: a tree restructured between the year's end and the closing does not move the year's grades.
     */
    private void publish(Grading g) {
        UnitRef unit = units.byId(g.unitId);
        List<String> path = units.asOf(unit, yearEnd(g.year)).map(t -> List.of(t.path().split("\\.")))
                .orElse(unit.pathCodes());
        if (g.subjectKind == SubjectKind.MEMBER) {
            outbox.publish(new MemberGraded(g.memberId.toString(), unit.code(), path, g.year, g.grade.name(),
                    g.score, g.gradingVersion, g.recordedOn));
        } else {
            outbox.publish(new OrganisationGraded(unit.code(), path, g.year, g.grade.name(), g.score,
                    g.gradingVersion, g.recordedOn));
        }
    }

    private static void checkGrade(int year, SubjectKind kind, Grade grade, Integer score) {
        GradingRules.checkGradeAllowed(year, kind, grade);
        GradingRules.checkScore(year, grade, score);
    }

    /** The round locked against a concurrent close, visible to the caller and still open. */
    private GradingRound openRound(UUID id) {
        GradingRound r = scoped.find(GradingRound.class, id, "grading round " + id);
        em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        if (r.status != RoundStatus.OPEN) {
            throw ProblemException.conflict("the round was closed on " + r.closedOn
                    + "; its gradings are final and change only by correction");
        }
        return r;
    }

    private boolean visible(Grading g) {
        return scoped.findOptional(GradingRound.class, g.roundId).isPresent();
    }

    static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
