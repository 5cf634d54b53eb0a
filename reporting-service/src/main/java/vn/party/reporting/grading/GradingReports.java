package vn.party.reporting.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.party.backbone.scope.ScopedData;
import vn.party.reporting.tree.DatedTree;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Annual grading under a unit for a year: members by grade and organisations (base organisations and cells)
 * by grade, on the year's scale, rolled up by the tree of 31 December of that year.
 */
@ApplicationScoped
public class GradingReports {

    @Inject
    ScopedData scoped;

    /**
     * @param regulation         whose scale grades the year
     * @param members            members graded, by grade of the year's member scale
     * @param baseOrganisations  base organisations graded, by grade of the year's organisation scale
     * @param cells              cells (chi bộ trực thuộc) graded, by grade
     * @param baseOrganisationsGraded base organisations graded, so that "how many base organisations were graded
     *                                excellent" reads beside its whole; organisationsGraded counts them with the cells
     */
    public record Grades(String regulation, long membersGraded, Map<String, Long> members, long organisationsGraded,
                         Map<String, Long> baseOrganisations, Map<String, Long> cells, long baseOrganisationsGraded,
                         long cellsGraded) {
    }

    public record ByUnit(Grades total, Map<String, Grades> byChild) {
    }

    public ByUnit grades(String unitCode, int year) {
        GradeScaleRules.Scale scale = GradeScaleRules.scaleFor(year);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        @SuppressWarnings("unchecked")
        List<Object[]> members = scoped.sql("""
                        select %s, g.grade, count(*)
                        from report_member_grade g
                        join report_tree t on t.code = g.unit_code and t.days @> cast(:day as date)
                        where g.year = :year and %s and %s
                        group by 1, 2""".formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                .setParameter("unit", unitCode).setParameter("year", year).setParameter("day", yearEnd).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> organisations = scoped.sql("""
                        select %s, t.kind, g.grade, count(*)
                        from report_org_grade g
                        join report_tree t on t.code = g.unit_code and t.days @> cast(:day as date)
                        where g.year = :year and %s and %s
                        group by 1, 2, 3""".formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                .setParameter("unit", unitCode).setParameter("year", year).setParameter("day", yearEnd).getResultList();
        Map<String, long[]> graded = new HashMap<>();
        Map<String, Map<String, Long>[]> byGrade = new HashMap<>();
        String total = "\u0000total";
        for (Object[] r : members) {
            for (String key : keys(r[0], total)) {
                add(byGrade, graded, key, scale, 0, (String) r[1], n(r[2]));
            }
        }
        for (Object[] r : organisations) {
            int slot = "CELL".equals(r[1]) ? 2 : 1;
            for (String key : keys(r[0], total)) {
                add(byGrade, graded, key, scale, slot, (String) r[2], n(r[3]));
            }
        }
        Map<String, Grades> children = new HashMap<>();
        byGrade.keySet().forEach(k -> {
            if (!k.equals(total)) {
                children.put(k, grades(scale, byGrade.get(k), graded.get(k)));
            }
        });
        return new ByUnit(byGrade.containsKey(total) ? grades(scale, byGrade.get(total), graded.get(total)) : empty(scale), children);
    }

    public static Grades empty(GradeScaleRules.Scale scale) {
        return grades(scale, blank(scale), new long[3]);
    }

    private static List<String> keys(Object child, String total) {
        return child == null ? List.of(total) : List.of(total, (String) child);
    }

    private static void add(Map<String, Map<String, Long>[]> byGrade, Map<String, long[]> graded, String key,
                            GradeScaleRules.Scale scale, int slot, String grade, long count) {
        byGrade.computeIfAbsent(key, k -> blank(scale))[slot].merge(grade, count, Long::sum);
        graded.computeIfAbsent(key, k -> new long[3])[slot] += count;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long>[] blank(GradeScaleRules.Scale scale) {
        Map<String, Long>[] maps = new Map[3];
        maps[0] = zeros(scale.memberGrades());
        maps[1] = zeros(scale.organisationGrades());
        maps[2] = zeros(scale.organisationGrades());
        return maps;
    }

    private static Map<String, Long> zeros(List<String> grades) {
        Map<String, Long> m = new LinkedHashMap<>();
        grades.forEach(g -> m.put(g, 0L));
        return m;
    }

    private static Grades grades(GradeScaleRules.Scale scale, Map<String, Long>[] maps, long[] graded) {
        return new Grades(scale.regulation(), graded[0], maps[0], graded[1] + graded[2], maps[1], maps[2], graded[1], graded[2]);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
