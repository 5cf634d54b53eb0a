package vn.party.membership.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.sql.Columns;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.scope.ScopedData;
import vn.party.membership.orgunit.OrgUnits;
import vn.party.membership.orgunit.UnitRef;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads across gradings: a round's grades page by page, the rounds of a subtree, and counts per grade. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GradingReports {

    @Inject
    GradingService gradings;

    @Inject
    ScopedData scoped;

    @Inject
    OrgUnits units;

    @Inject
    vn.party.membership.reports.ReportTimeLimit limit;

    /** The current grades of a round (drafts while open), members first by name, then organisations, paged. */
    public Page<GradingApi.GradeView> grades(UUID roundId, SubjectKind kind, PageRequest page) {
        return limit.run("grades of a round", () -> gradesWithin(roundId, kind, page));
    }

    private Page<GradingApi.GradeView> gradesWithin(UUID roundId, SubjectKind kind, PageRequest page) {
        GradingRound r = gradings.get(roundId);
        List<String> cursor = Cursor.parse(page.after(), 2);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select * from (
                          select g.id, g.subject_kind, g.member_id, m.full_name, u.code, g.year, g.grade, g.score,
                                 g.grading_version, g.is_final, g.reason, g.recorded_on, g.recorded_at, g.recorded_by,
                                 g.subject_kind || '|' || coalesce(m.full_name, u.code) as sort_key, g.late
                          from grading g join org_unit u on u.id = g.unit_id left join member m on m.id = g.member_id
                          join grading_round r on r.id = g.round_id join org_unit b on b.id = r.unit_id
                          where g.round_id = :round and g.is_current and b.path <@ cast(:scope as ltree)
                            and (cast(:kind as text) is null or g.subject_kind = cast(:kind as text))) x
                        where cast(:afterKey as text) is null or (sort_key, id) > (cast(:afterKey as text), cast(:afterId as uuid))
                        order by sort_key, id
                        limit :limit""")
                .setParameter("round", r.id)
                .setParameter("kind", kind == null ? null : kind.name())
                .setParameter("afterKey", cursor == null ? null : cursor.get(0))
                .setParameter("afterId", cursor == null ? null : Cursor.uuid(cursor.get(1)).toString())
                .setParameter("limit", page.limit() + 1)
                .getResultList();
        return Page.fromOverfetch(rows, page.limit(), row -> Cursor.of(row[14], row[0]))
                .map(row -> {
                    boolean isFinal = (Boolean) row[9];
                    return new GradingApi.GradeView(SubjectKind.valueOf((String) row[1]), (UUID) row[2], (String) row[3],
                            (String) row[4], ((Number) row[5]).intValue(), Grade.valueOf((String) row[6]),
                            row[7] == null ? null : ((Number) row[7]).intValue(), ((Number) row[8]).intValue(), !isFinal, true,
                            (String) row[10], isFinal ? Columns.date(row[11]) : null, toInstant(row[12]), (String) row[13],
                            (Boolean) row[15]);
                });
    }

    /** The rounds of the base organisations in a unit's subtree for a year, by unit code. */
    public Page<GradingApi.Round> rounds(String unitCode, int year, PageRequest page) {
        return limit.run("grading rounds", () -> roundsWithin(unitCode, year, page));
    }

    private Page<GradingApi.Round> roundsWithin(String unitCode, int year, PageRequest page) {
        String under = unitCode == null ? scoped.subtreePath() : units.visible(unitCode).path();
        @SuppressWarnings("unchecked")
        List<GradingRound> rows = scoped.sql("""
                        select r.*, cast(u.path as text) as unitPath from grading_round r join org_unit u on u.id = r.unit_id
                        where u.path <@ cast(:scope as ltree) and u.path <@ cast(:under as ltree) and r.year = :year
                          and (cast(:after as text) is null or u.code > cast(:after as text))
                        order by u.code
                        limit :limit""", GradingRound.class)
                .setParameter("under", under)
                .setParameter("year", year)
                .setParameter("after", page.afterCode())
                .setParameter("limit", page.limit() + 1)
                .getResultList();
        List<GradingApi.Round> views = gradings.views(rows);
        return Page.fromOverfetch(views, page.limit(), GradingApi.Round::unitCode);
    }

    /** Final gradings (their current versions) of the year in the unit's subtree, counted per grade. */
    public GradingApi.Summary summary(String unitCode, int year) {
        return limit.run("grading summary", () -> summaryWithin(unitCode, year));
    }

    private GradingApi.Summary summaryWithin(String unitCode, int year) {
        UnitRef unit = units.visibleOrCallers(unitCode);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select g.subject_kind, g.grade, u.kind, count(*)
                        from grading g join org_unit u on u.id = g.unit_id
                        where g.year = :year and g.is_current and g.is_final and u.path <@ cast(:path as ltree)
                          and u.path <@ cast(:scope as ltree)
                        group by 1, 2, 3""")
                .setParameter("year", year)
                .setParameter("path", unit.path())
                .getResultList();
        Map<Grade, Long> members = new EnumMap<>(Grade.class);
        Map<Grade, Long> organisations = new EnumMap<>(Grade.class);
        Map<Grade, Long> baseOrganisations = new EnumMap<>(Grade.class);
        Map<Grade, Long> cells = new EnumMap<>(Grade.class);
        for (Object[] row : rows) {
            Grade grade = Grade.valueOf((String) row[1]);
            long n = ((Number) row[3]).longValue();
            if (SubjectKind.valueOf((String) row[0]) == SubjectKind.MEMBER) {
                // a member's grading row carries the member's cell, which may be a cell or a base cell
                members.merge(grade, n, Long::sum);
            } else {
                organisations.merge(grade, n, Long::sum);
                if ("CELL".equals(row[2])) {
                    cells.merge(grade, n, Long::sum);
                } else if ("BASE_COMMITTEE".equals(row[2]) || "BASE_CELL".equals(row[2])) {
                    baseOrganisations.merge(grade, n, Long::sum);
                }
            }
        }
        Object[] rounds = (Object[]) scoped.sql("""
                        select count(*) filter (where r.status = 'OPEN'), count(*) filter (where r.status = 'CLOSED')
                        from grading_round r join org_unit u on u.id = r.unit_id
                        where r.year = :year and u.path <@ cast(:path as ltree) and u.path <@ cast(:scope as ltree)""")
                .setParameter("year", year)
                .setParameter("path", unit.path())
                .getSingleResult();
        return new GradingApi.Summary(unit.code(), year, members, members.values().stream().mapToLong(Long::longValue).sum(),
                organisations, organisations.values().stream().mapToLong(Long::longValue).sum(),
                baseOrganisations, baseOrganisations.values().stream().mapToLong(Long::longValue).sum(),
                cells, cells.values().stream().mapToLong(Long::longValue).sum(),
                ((Number) rounds[0]).longValue(), ((Number) rounds[1]).longValue());
    }


    private static OffsetDateTime toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }
}
