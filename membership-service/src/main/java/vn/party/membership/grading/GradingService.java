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
import vn.party.membership.reports.SqlArrays;

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
    static final String BULK_REFUSED = "grading.bulk-rows-refused";
    static final String ALREADY_FINAL = "grading.already-final";
    static final String IN_ANOTHER_ROUND = "grading.in-another-round";
    static final String DUPLICATE_ROW = "grading.duplicate-row";
    static final String ROW_INCOMPLETE = "grading.row-incomplete";

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

    @Inject
    vn.party.membership.bulk.BulkWrites bulk;

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

    /**
     * A member's grade: a draft while the round is open; after it closed, a late grade for a member left ungraded
     * (see {@link #gradeLate}). Either way the member must be on the round's roll and not excluded by the year's rules
     * (124-QĐ/TW art. 5.2: exempted, suspended, newly admitted), and the year's scale must allow the grade.
     */
    public Grading gradeMember(UUID roundId, UUID memberId, GradingApi.GradeRequest request) {
        GradingRound r = lockedRound(roundId);
        UnitRef base = units.byId(r.unitId);
        MemberOnDate member = directory.officialUnder(base.path(), yearEnd(r.year), memberId)
                .orElseThrow(() -> new RuleViolation(NOT_IN_ROUND, "member " + memberId + " was not an official member under "
                        + base.code() + " on " + yearEnd(r.year) + "; the round grades those only"));
        GradingApi.ExcludedMember excluded = excludedOf(r, base, List.of(memberId)).get(memberId);
        if (excluded != null) {
            throw new RuleViolation(excluded.rule(), excluded.reason(), Map.of("memberId", memberId.toString()));
        }
        checkGrade(r.year, SubjectKind.MEMBER, request.grade(), request.score());
        if (r.status != RoundStatus.OPEN) {
            return gradeLate(r, member, request);
        }
        Grading g = draft(r, Grading.currentOfMember(memberId, r.year), "member " + memberId);
        g.subjectKind = SubjectKind.MEMBER;
        g.memberId = memberId;
        g.unitId = member.unitId();
        return enter(g, request, "member", memberId.toString());
    }

    /**
     * Enters the draft grades of many members of the round in one request, under the rules of
     * {@link #gradeMember}: every row is checked first and, if any is refused, nothing is entered (422
     * grading.bulk-rows-refused listing each row at fault with its rule). Set-based: a constant number of
     * statements whatever the number of rows; each grade audited as one by one.
     */
    public GradingApi.BulkGradeResult gradeMembers(UUID roundId, GradingApi.BulkGradeRequest request) {
        GradingRound r = openRound(roundId);
        UnitRef base = units.byId(r.unitId);
        List<GradingApi.BulkGradeRow> rows = request.grades();
        java.util.Set<UUID> ids = rows.stream().filter(java.util.Objects::nonNull).map(GradingApi.BulkGradeRow::memberId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        Map<UUID, Long> cells = directory.officialAmong(base.path(), yearEnd(r.year), ids);
        Map<UUID, Object[]> existing = currentMemberGradings(base, r.year, ids);
        Map<UUID, GradingApi.ExcludedMember> excluded = excludedOf(r, base, cells.keySet());

        List<GradingApi.RefusedRow> refused = new java.util.ArrayList<>();
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            GradingApi.BulkGradeRow row = rows.get(i);
            UUID id = row == null ? null : row.memberId();
            if (row == null || id == null || row.grade() == null) {
                refused.add(new GradingApi.RefusedRow(i, id, ROW_INCOMPLETE, "a row needs memberId and grade"));
                continue;
            }
            if (!seen.add(id)) {
                refused.add(new GradingApi.RefusedRow(i, id, DUPLICATE_ROW, "the member appears in an earlier row"));
                continue;
            }
            if (!cells.containsKey(id)) {
                refused.add(new GradingApi.RefusedRow(i, id, NOT_IN_ROUND, "not an official member under " + base.code()
                        + " on " + yearEnd(r.year) + "; the round grades those only"));
                continue;
            }
            if (excluded.containsKey(id)) {
                refused.add(new GradingApi.RefusedRow(i, id, excluded.get(id).rule(), excluded.get(id).reason()));
                continue;
            }
            try {
                checkGrade(r.year, SubjectKind.MEMBER, row.grade(), row.score());
            } catch (RuleViolation e) {
                refused.add(new GradingApi.RefusedRow(i, id, e.rule(), e.getMessage()));
                continue;
            }
            Object[] current = existing.get(id);
            if (current != null && (Boolean) current[2]) {
                refused.add(new GradingApi.RefusedRow(i, id, ALREADY_FINAL, "already has a final grading for " + r.year
                        + "; a change is a correction of it"));
            } else if (current != null && !r.id.equals(current[1])) {
                refused.add(new GradingApi.RefusedRow(i, id, IN_ANOTHER_ROUND, "being graded for " + r.year + " in another round"));
            }
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(vn.party.backbone.problem.Problem.of(vn.party.backbone.problem.ProblemType.RULE_VIOLATION,
                            refused.size() + " of " + rows.size() + " row(s) refused; no grade was entered")
                    .withRule(BULK_REFUSED).with("rows", refused));
        }

        List<UUID> gradingIds = new java.util.ArrayList<>(rows.size());
        List<UUID> memberIds = new java.util.ArrayList<>(rows.size());
        List<Long> unitIds = new java.util.ArrayList<>(rows.size());
        List<String> grades = new java.util.ArrayList<>(rows.size());
        List<String> scores = new java.util.ArrayList<>(rows.size());
        List<vn.party.membership.bulk.BulkWrites.AuditEntry> entries = new java.util.ArrayList<>(rows.size());
        int replaced = 0;
        for (GradingApi.BulkGradeRow row : rows) {
            Object[] current = existing.get(row.memberId());
            UUID gradingId = current == null ? UUID.randomUUID() : (UUID) current[0];
            gradingIds.add(gradingId);
            memberIds.add(row.memberId());
            unitIds.add(cells.get(row.memberId()));
            grades.add(row.grade().name());
            scores.add(row.score() == null ? "NULL" : row.score().toString());
            Map<String, Object> detail = new java.util.HashMap<>(Map.of("round", r.id, "subject", "member " + row.memberId(),
                    "grade", row.grade()));
            if (current != null) {
                detail.put("replaced", current[3]);
                replaced++;
            }
            entries.add(new vn.party.membership.bulk.BulkWrites.AuditEntry(gradingId.toString(), detail));
        }
        String actor = audit.actor();
        scoped.sql("""
                        insert into grading (id, round_id, year, subject_kind, member_id, unit_id, grade, score, grading_version,
                                             is_final, is_current, recorded_on, recorded_at, recorded_by)
                        select e.id, :round, :year, 'MEMBER', e.member_id, e.unit_id, e.grade, e.score, 1, false, true,
                               cast(:today as date), cast(:now as timestamptz), :actor
                        from unnest(cast(:ids as uuid[]), cast(:members as uuid[]), cast(:units as bigint[]),
                                    cast(:grades as text[]), cast(:scores as integer[])) as e(id, member_id, unit_id, grade, score)
                        where exists (select 1 from org_unit b where b.id = :base and b.path <@ cast(:scope as ltree))
                        on conflict (member_id, year) where subject_kind = 'MEMBER' and is_current
                        do update set grade = excluded.grade, score = excluded.score, recorded_on = excluded.recorded_on,
                                      recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                .setParameter("round", r.id).setParameter("year", r.year).setParameter("today", VietnamTime.today())
                .setParameter("now", now()).setParameter("actor", actor).setParameter("base", base.id())
                .setParameter("ids", SqlArrays.uuids(gradingIds)).setParameter("members", SqlArrays.uuids(memberIds))
                .setParameter("units", SqlArrays.longs(unitIds)).setParameter("grades", SqlArrays.texts(grades))
                .setParameter("scores", scores.stream().collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .executeUpdate();
        bulk.auditAll(actor, "grading.draft-entered", "grading", entries);
        return new GradingApi.BulkGradeResult(rows.size(), replaced, view(r));
    }

    /** The current grading of the year of each of the members that has one: id, round, final, grade. */
    private Map<UUID, Object[]> currentMemberGradings(UnitRef base, int year, java.util.Collection<UUID> memberIds) {
        Map<UUID, Object[]> result = new java.util.HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select g.member_id, g.id, g.round_id, g.is_final, g.grade from grading g
                        where g.subject_kind = 'MEMBER' and g.year = :year and g.is_current
                          and g.member_id = any(cast(:members as uuid[]))
                          and exists (select 1 from org_unit b where b.id = :base and b.path <@ cast(:scope as ltree))""")
                .setParameter("year", year).setParameter("members", SqlArrays.uuids(memberIds))
                .setParameter("base", base.id()).getResultList();
        rows.forEach(row -> result.put((UUID) row[0], new Object[]{row[1], row[2], row[3], row[4]}));
        return result;
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
        UnitRef base = units.byId(r.unitId);
        Map<UUID, GradingApi.ExcludedMember> excludedMembers = excludedOf(r, base, null);
        discardDraftsOf(r, excludedMembers);
        Object[] counts = (Object[]) scoped.sql("""
                        select count(*) filter (where g.subject_kind = 'MEMBER' and g.grade = 'EXCELLENT'),
                               count(*) filter (where g.subject_kind = 'MEMBER' and g.grade = 'GOOD'),
                               count(*) filter (where g.subject_kind = 'MEMBER'),
                               count(*) filter (where g.subject_kind = 'ORGANISATION')
                        from grading g join grading_round r on r.id = g.round_id join org_unit b on b.id = r.unit_id
                        where g.round_id = :round and g.is_current and b.path <@ cast(:scope as ltree)""")
                .setParameter("round", r.id).getSingleResult();
        long excellent = ((Number) counts[0]).longValue();
        long good = ((Number) counts[1]).longValue();
        GradingRules.checkExcellentQuota(r.year, excellent, good);

        OffsetDateTime now = now();
        r.status = RoundStatus.CLOSED;
        r.closedOn = closedOn;
        r.closedBy = audit.actor();
        r.updatedAt = now;
        r.updatedBy = r.closedBy;
        em.flush();
        // set-based: one statement makes every draft final, one reads what the events carry, one writes the events
        scoped.sql("""
                        update grading g set is_final = true, recorded_on = cast(:closedOn as date)
                        where g.round_id = :round and g.is_current and not g.is_final
                          and exists (select 1 from grading_round r join org_unit b on b.id = r.unit_id
                                      where r.id = g.round_id and b.path <@ cast(:scope as ltree))""")
                .setParameter("round", r.id).setParameter("closedOn", closedOn).executeUpdate();
        bulk.publishAll(finalGradingEvents(r));
        // those the year's rules exclude are not on the roll to grade, so not ungraded either
        long excluded = excludedMembers.size();
        long ungraded = Math.max(0, directory.officialCountUnder(base.path(), yearEnd(r.year)) - excluded
                - ((Number) counts[2]).longValue());
        audit.record("grading.round-closed", "grading_round", r.id.toString(), Map.of("closedOn", closedOn,
                "members", ((Number) counts[2]).longValue(), "organisations", ((Number) counts[3]).longValue(),
                "excellent", excellent, "good", good, "excluded", excluded, "ungraded", ungraded));
        return r;
    }

    /**
     * The events of a closed round's final gradings, each with its unit's path on 31 December of the year graded
     * (as {@link #publish} gives them), read in one query.
     */
    private List<vn.party.contracts.DomainEvent> finalGradingEvents(GradingRound r) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select g.subject_kind, g.member_id, u.code, coalesce(cast(v.path as text), cast(u.path as text)),
                               g.grade, g.score, g.grading_version, g.recorded_on
                        from grading g join org_unit u on u.id = g.unit_id
                        join grading_round r on r.id = g.round_id join org_unit b on b.id = r.unit_id
                        left join org_unit_version v on v.unit_id = g.unit_id and v.valid_from <= cast(:yearEnd as date)
                             and (v.valid_to is null or v.valid_to > cast(:yearEnd as date))
                        where g.round_id = :round and g.is_current and b.path <@ cast(:scope as ltree)
                        order by g.subject_kind, g.id""")
                .setParameter("round", r.id).setParameter("yearEnd", yearEnd(r.year)).getResultList();
        List<vn.party.contracts.DomainEvent> events = new java.util.ArrayList<>(rows.size());
        for (Object[] g : rows) {
            List<String> path = List.of(((String) g[3]).split("\\."));
            Integer score = g[5] == null ? null : ((Number) g[5]).intValue();
            int version = ((Number) g[6]).intValue();
            LocalDate on = vn.party.backbone.sql.Columns.date(g[7]);
            if (SubjectKind.valueOf((String) g[0]) == SubjectKind.MEMBER) {
                events.add(new MemberGraded(g[1].toString(), (String) g[2], path, r.year, (String) g[4], score, version, on));
            } else {
                events.add(new OrganisationGraded((String) g[2], path, r.year, (String) g[4], score, version, on));
            }
        }
        return events;
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
        return views(List.of(r)).get(0);
    }

    /**
     * Rounds with what they grade and how far they are, in four queries whatever the number of rounds or of their
     * members: the members to grade are counted in the database, the grades counted per grade.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GradingApi.Round> views(List<GradingRound> rounds) {
        if (rounds.isEmpty()) {
            return List.of();
        }
        String ids = SqlArrays.uuids(rounds.stream().map(r -> r.id).toList());
        Map<UUID, Long> toGrade = countsByRound(scoped.sql("""
                        select r.id, count(o.member_id)
                        from grading_round r join org_unit u on u.id = r.unit_id
                        cross join lateral official_members_on(u.path, make_date(r.year, 12, 31)) o
                        where r.id = any(cast(:ids as uuid[])) and u.path <@ cast(:scope as ltree)
                        group by r.id""").setParameter("ids", ids));
        Map<UUID, Long> organisations = countsByRound(scoped.sql("""
                        select r.id, count(o.id)
                        from grading_round r join org_unit u on u.id = r.unit_id
                        join org_unit o on (o.id = r.unit_id or (o.parent_id = r.unit_id and o.kind = 'CELL'))
                             and o.founded_on <= make_date(r.year, 12, 31)
                             and (o.dissolved_on is null or o.dissolved_on > make_date(r.year, 12, 31))
                        where r.id = any(cast(:ids as uuid[])) and u.path <@ cast(:scope as ltree)
                        group by r.id""").setParameter("ids", ids));
        @SuppressWarnings("unchecked")
        List<Object[]> grades = scoped.sql("""
                        select g.round_id, g.subject_kind, g.grade, count(*)
                        from grading g join grading_round r on r.id = g.round_id join org_unit u on u.id = r.unit_id
                        where g.round_id = any(cast(:ids as uuid[])) and g.is_current and u.path <@ cast(:scope as ltree)
                        group by g.round_id, g.subject_kind, g.grade""").setParameter("ids", ids).getResultList();
        Map<UUID, Map<Grade, Long>> memberGrades = new java.util.HashMap<>();
        Map<UUID, Long> organisationsGraded = new java.util.HashMap<>();
        for (Object[] g : grades) {
            UUID round = (UUID) g[0];
            long n = ((Number) g[3]).longValue();
            if (SubjectKind.valueOf((String) g[1]) == SubjectKind.MEMBER) {
                memberGrades.computeIfAbsent(round, k -> new java.util.EnumMap<>(Grade.class)).put(Grade.valueOf((String) g[2]), n);
            } else {
                organisationsGraded.merge(round, n, Long::sum);
            }
        }
        Map<Long, UnitRef> bases = units.byIds(rounds.stream().map(r -> r.unitId).toList());
        Map<UUID, Map<UUID, GradingApi.ExcludedMember>> excluded = excludedByRound(rounds, bases, null);
        return rounds.stream().map(r -> {
            UnitRef base = bases.get(r.unitId);
            Map<Grade, Long> counted = memberGrades.getOrDefault(r.id, new java.util.EnumMap<>(Grade.class));
            int members = (int) counted.values().stream().mapToLong(Long::longValue).sum();
            List<GradingApi.ExcludedMember> notGraded = List.copyOf(excluded.getOrDefault(r.id, Map.of()).values());
            return new GradingApi.Round(r.id, base.code(), base.name(), r.year, r.regulation, GradingRules.isScored(r.year),
                    r.status, r.closedOn, r.closedBy, toGrade.getOrDefault(r.id, 0L).intValue() - notGraded.size(), members,
                    organisations.getOrDefault(r.id, 0L).intValue(), organisationsGraded.getOrDefault(r.id, 0L).intValue(),
                    counted, notGraded, r.version);
        }).toList();
    }

    private static Map<UUID, Long> countsByRound(jakarta.persistence.Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, Long> result = new java.util.HashMap<>();
        rows.forEach(row -> result.put((UUID) row[0], ((Number) row[1]).longValue()));
        return result;
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
                g.recordedAt, g.recordedBy, g.late);
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
        if (current.subjectKind == SubjectKind.MEMBER) {
            // held to the cap as grades before the close: locked so two corrections cannot pass it together
            lockedRound(current.roundId);
            checkCapAfter(current.year, memberGradeCounts(current.roundId), current.grade, request.grade());
        }
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

    /**
     * A grade for a member left ungraded when the round closed, so that no one on the roll stays ungraded for good:
     * final at once (version 1, effective the day it is entered), marked late, published and audited like any
     * final grade, and held to the excellent cap of the closed round. A member who already has a final grading
     * changes it by a correction instead.
     */
    private Grading gradeLate(GradingRound r, MemberOnDate member, GradingApi.GradeRequest request) {
        if (Grading.currentOfMember(member.id(), r.year).isPresent()) {
            throw ProblemException.conflict("the round was closed on " + r.closedOn + " and member " + member.id()
                    + " has a grading for " + r.year + "; it changes only by correction");
        }
        checkCapAfter(r.year, memberGradeCounts(r.id), null, request.grade());
        Grading g = new Grading();
        g.id = UUID.randomUUID();
        g.roundId = r.id;
        g.year = r.year;
        g.subjectKind = SubjectKind.MEMBER;
        g.memberId = member.id();
        g.unitId = member.unitId();
        g.grade = request.grade();
        g.score = request.score();
        g.gradingVersion = 1;
        g.isFinal = true;
        g.isCurrent = true;
        g.late = true;
        g.recordedOn = VietnamTime.today();
        g.recordedAt = now();
        g.recordedBy = audit.actor();
        g.persist();
        em.flush();
        publish(g);
        audit.record("grading.late-entered", "grading", g.id.toString(), Map.of("round", r.id, "subject",
                "member " + member.id(), "grade", g.grade, "roundClosedOn", r.closedOn));
        return g;
    }

    /**
     * Drafts of members the year's rules exclude (entered before the exemption or suspension was recorded) do not
     * become final: the close discards them, each audited with its reason, before the cap is counted.
     */
    private void discardDraftsOf(GradingRound r, Map<UUID, GradingApi.ExcludedMember> excluded) {
        if (excluded.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> drafts = scoped.sql("""
                        select g.id, g.member_id, g.grade from grading g
                        join grading_round r on r.id = g.round_id join org_unit b on b.id = r.unit_id
                        where g.round_id = :round and g.subject_kind = 'MEMBER' and g.is_current and not g.is_final
                          and g.member_id = any(cast(:members as uuid[])) and b.path <@ cast(:scope as ltree)""")
                .setParameter("round", r.id).setParameter("members", SqlArrays.uuids(excluded.keySet())).getResultList();
        if (drafts.isEmpty()) {
            return;
        }
        scoped.sql("""
                        delete from grading g
                        where g.id = any(cast(:ids as uuid[])) and g.round_id = :round and not g.is_final
                          and exists (select 1 from grading_round r join org_unit b on b.id = r.unit_id
                                      where r.id = g.round_id and b.path <@ cast(:scope as ltree))""")
                .setParameter("ids", SqlArrays.uuids(drafts.stream().map(d -> (UUID) d[0]).toList()))
                .setParameter("round", r.id).executeUpdate();
        for (Object[] d : drafts) {
            GradingApi.ExcludedMember why = excluded.get((UUID) d[1]);
            audit.record("grading.draft-discarded", "grading", d[0].toString(), Map.of("round", r.id, "subject",
                    "member " + d[1], "grade", d[2], "rule", why.rule(), "reason", why.reason()));
        }
    }

    /** The round's current member grades counted: excellent, good. */
    private long[] memberGradeCounts(UUID roundId) {
        Object[] counts = (Object[]) scoped.sql("""
                        select count(*) filter (where g.grade = 'EXCELLENT'), count(*) filter (where g.grade = 'GOOD')
                        from grading g join grading_round r on r.id = g.round_id join org_unit b on b.id = r.unit_id
                        where g.round_id = :round and g.is_current and g.subject_kind = 'MEMBER'
                          and b.path <@ cast(:scope as ltree)""")
                .setParameter("round", roundId).getSingleResult();
        return new long[]{((Number) counts[0]).longValue(), ((Number) counts[1]).longValue()};
    }

    /**
     * A member's grade going from {@code was} (null: none yet) to {@code now} after the close is held to the year's
     * cap on excellent, as closing was, whenever it adds an excellent or takes away a good.
     */
    private static void checkCapAfter(int year, long[] counts, Grade was, Grade now) {
        long excellent = counts[0] - (was == Grade.EXCELLENT ? 1 : 0) + (now == Grade.EXCELLENT ? 1 : 0);
        long good = counts[1] - (was == Grade.GOOD ? 1 : 0) + (now == Grade.GOOD ? 1 : 0);
        if (excellent > counts[0] || good < counts[1]) {
            GradingRules.checkExcellentQuota(year, excellent, good);
        }
    }

    /** Members on the round's roll whom the year's rules exclude, by member; among {@code memberIds} unless null. */
    private Map<UUID, GradingApi.ExcludedMember> excludedOf(GradingRound r, UnitRef base, java.util.Collection<UUID> memberIds) {
        return excludedByRound(List.of(r), Map.of(r.unitId, base), memberIds).getOrDefault(r.id, Map.of());
    }

    /** The same for several rounds in one query: by round, then by member in cell and name order. */
    private Map<UUID, Map<UUID, GradingApi.ExcludedMember>> excludedByRound(List<GradingRound> rounds, Map<Long, UnitRef> bases,
                                                                          java.util.Collection<UUID> memberIds) {
        Map<UUID, Integer> years = new java.util.HashMap<>();
        List<MemberDirectory.Roll> rolls = new java.util.ArrayList<>();
        for (GradingRound r : rounds) {
            years.put(r.id, r.year);
            rolls.add(new MemberDirectory.Roll(r.id, bases.get(r.unitId).path(), yearEnd(r.year),
                    GradingRules.admittedTooRecentlyAfter(r.year).orElse(null)));
        }
        Map<UUID, Map<UUID, GradingApi.ExcludedMember>> result = new java.util.HashMap<>();
        for (MemberDirectory.Standing s : directory.standings(rolls, memberIds)) {
            GradingRules.exclusion(years.get(s.key()), s.exempted(), s.suspended(), s.admittedOn()).ifPresent(e ->
                    result.computeIfAbsent(s.key(), k -> new java.util.LinkedHashMap<>()).put(s.memberId(),
                            new GradingApi.ExcludedMember(s.memberId(), s.fullName(), s.unitCode(), e.rule(), e.reason())));
        }
        return result;
    }

    /** The round locked against a concurrent close or late grade, visible to the caller. */
    private GradingRound lockedRound(UUID id) {
        GradingRound r = scoped.find(GradingRound.class, id, "grading round " + id);
        em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
        return r;
    }

    /** The round locked against a concurrent close, visible to the caller and still open. */
    private GradingRound openRound(UUID id) {
        GradingRound r = lockedRound(id);
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
