package vn.party.reporting.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The tree as it stood on a day, for the report features: which units stood directly below a unit, what a
 * unit was called then. Every figure of a unit rolls up "the units under it on the day the figure is dated",
 * written in SQL as {@link #under(String)}; {@link #childOf(String)} names the unit directly below the
 * reported one that a row falls under. The reported unit itself must lie in the caller's scope now
 * ({@link #IN_SCOPE}): what stood under it on an old date counts, wherever those units stand today.
 */
@ApplicationScoped
public class DatedTree {

    /** SQL: the reported unit {@code :unit} lies, now, inside the caller's subtree {@code :scope}. */
    public static final String IN_SCOPE = " exists (select 1 from org_unit_replica sr where sr.code = :unit "
            + "and sr.path <@ cast(:scope as ltree)) ";

    @Inject
    ScopedData scoped;

    public record Unit(String code, String name, String kind, String path) {
    }

    /** SQL: the path lies at or below the unit {@code :unit} (a label anywhere in it). */
    public static String under(String path) {
        return path + " ~ cast('*.' || :unit || '.*' as lquery)";
    }

    /** SQL: the code of the unit directly below {@code :unit} on the path, null for the unit itself. */
    public static String childOf(String path) {
        return "case when nlevel(" + path + ") > index(" + path + ", text2ltree(:unit)) + 1 then subpath(" + path
                + ", index(" + path + ", text2ltree(:unit)) + 1, 1)::text end";
    }

    /**
     * 404 unless the unit lies inside the caller's scope by its place in the tree now (its last place, for a
     * dissolved unit) and existed on some day of [from, until): a unit dissolved in 2025 answers for 2024, and 404
     * for 2026 or for a period before its founding. Before any query names it.
     */
    public void requireDuring(String code, LocalDate from, LocalDate until) {
        if (!existedDuring(code, from, until)) {
            throw ProblemException.notFound("unit " + code + " from " + from + " until " + until);
        }
    }

    /**
     * Whether the unit existed on some day of [from, until); 404 (as {@link #requireDuring}) when it lies outside the
     * caller's scope, so that a caller outside learns nothing of when it existed.
     */
    public boolean existedDuring(String code, LocalDate from, LocalDate until) {
        requireVisible(code);
        @SuppressWarnings("unchecked")
        List<Object> rows = scoped.sql("""
                        select 1 from report_tree t
                        where t.code = :unit and t.days && daterange(cast(:from as date), cast(:until as date), '[)')
                          and """ + IN_SCOPE + " limit 1")
                .setParameter("unit", code).setParameter("from", from).setParameter("until", until).getResultList();
        return !rows.isEmpty();
    }

    /**
     * The unit as it stood on {@code day}; 404 when it lies outside the caller's scope (by its place now, or its
     * last place when dissolved), is unknown, or did not exist on that day.
     */
    public Unit require(String code, LocalDate day) {
        return on(code, day).orElseThrow(() -> ProblemException.notFound("unit " + code + " on " + day));
    }

    /**
     * 404 unless the unit, existing or dissolved, lies inside the caller's scope by its place in the tree replica
     * (a dissolved unit keeps its last path there). Scope resolution itself ({@link ScopedData#requireUnit}) knows
     * only standing units; reports must also answer for units that existed in the past.
     */
    public void requireVisible(String code) {
        @SuppressWarnings("unchecked")
        List<Object> rows = scoped.sql("select 1 from org_unit_replica sr where sr.code = :unit and "
                        + "sr.path <@ cast(:scope as ltree)")
                .setParameter("unit", code).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("unit " + code);
        }
    }

    /** The unit as it stood on {@code day}, if it existed then (scope as {@link #require}). */
    public Optional<Unit> on(String code, LocalDate day) {
        requireVisible(code);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select t.code, t.name, t.kind, cast(t.path as text) from report_tree t
                        where t.code = :unit and t.days @> cast(:day as date) and """ + IN_SCOPE)
                .setParameter("unit", code).setParameter("day", day).getResultList();
        return rows.stream().findFirst().map(DatedTree::unit);
    }

    /** The unit's name on the latest day before {@code until} on which it existed (its current name otherwise). */
    public String nameBefore(String code, LocalDate until) {
        requireVisible(code);
        @SuppressWarnings("unchecked")
        List<String> names = scoped.sql("""
                        select t.name from report_tree t where t.code = :unit and """ + IN_SCOPE + """
                         order by (t.valid_from < cast(:until as date)) desc,
                                  case when t.valid_from < cast(:until as date) then t.valid_from end desc, t.valid_from
                        limit 1""")
                .setParameter("unit", code).setParameter("until", until).getResultList();
        return names.stream().findFirst().orElse(code);
    }

    /** Units directly below {@code code} on {@code day}, by code. */
    public List<Unit> childrenOn(String code, LocalDate day) {
        requireVisible(code);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select t.code, t.name, t.kind, cast(t.path as text) from report_tree t
                        where t.parent_code = :unit and t.days @> cast(:day as date) and """ + IN_SCOPE + """
                         order by t.code""")
                .setParameter("unit", code).setParameter("day", day).getResultList();
        return rows.stream().map(DatedTree::unit).toList();
    }

    /** Units that stood directly below {@code code} on some day of [from, until), each with its last name then. */
    public List<Unit> childrenDuring(String code, LocalDate from, LocalDate until) {
        requireVisible(code);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select distinct on (t.code) t.code, t.name, t.kind, cast(t.path as text) from report_tree t
                        where t.parent_code = :unit and t.days && daterange(cast(:from as date), cast(:until as date), '[)')
                          and """ + IN_SCOPE + """
                         order by t.code, t.valid_from desc""")
                .setParameter("unit", code).setParameter("from", from).setParameter("until", until).getResultList();
        return rows.stream().map(DatedTree::unit).toList();
    }

    private static Unit unit(Object[] r) {
        return new Unit((String) r[0], (String) r[1], (String) r[2], (String) r[3]);
    }
}
