package vn.party.reporting.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.party.backbone.scope.ScopedData;
import vn.party.contracts.OrganisationType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tổ chức cơ sở đảng theo loại hình, chi bộ: base organisations by organisation type and by kind (base
 * committee, base cell), and cells by kind (cells under a base committee, base cells), that stood below a
 * unit on a day.
 */
@ApplicationScoped
public class OrganisationCounts {

    @Inject
    ScopedData scoped;

    public record Organisations(long baseOrganisations, Map<String, Long> baseOrganisationsByType,
                                long baseCommittees, long baseCells, long cells, long cellsInBaseCommittees) {
    }

    public record ByUnit(Organisations total, Map<String, Organisations> byChild) {
    }

    public ByUnit on(String unitCode, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select %s, t.kind, t.organisation_type, count(*)
                        from report_tree t
                        where t.days @> cast(:day as date) and t.code <> :unit
                          and t.kind in ('BASE_COMMITTEE', 'BASE_CELL', 'CELL') and %s and %s
                        group by 1, 2, 3""".formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                .setParameter("unit", unitCode).setParameter("day", day).getResultList();
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Map<String, Long>> types = new HashMap<>();
        String total = "\u0000total";
        for (Object[] r : rows) {
            String kind = (String) r[1];
            String type = (String) r[2];
            long n = ((Number) r[3]).longValue();
            for (String key : r[0] == null ? List.of(total) : List.of(total, (String) r[0])) {
                long[] c = counts.computeIfAbsent(key, k -> new long[3]);
                Map<String, Long> byType = types.computeIfAbsent(key, k -> noTypes());
                switch (kind) {
                    case "BASE_COMMITTEE" -> c[0] += n;
                    case "BASE_CELL" -> c[1] += n;
                    default -> c[2] += n;
                }
                if (!"CELL".equals(kind) && type != null) {
                    byType.merge(type, n, Long::sum);
                }
            }
        }
        Map<String, Organisations> children = new HashMap<>();
        counts.forEach((k, c) -> {
            if (!k.equals(total)) {
                children.put(k, organisations(c, types.get(k)));
            }
        });
        return new ByUnit(counts.containsKey(total) ? organisations(counts.get(total), types.get(total))
                : organisations(new long[3], noTypes()), children);
    }

    public static Organisations none() {
        return organisations(new long[3], noTypes());
    }

    private static Organisations organisations(long[] c, Map<String, Long> byType) {
        return new Organisations(c[0] + c[1], byType, c[0], c[1], c[1] + c[2], c[2]);
    }

    private static Map<String, Long> noTypes() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (OrganisationType t : OrganisationType.values()) {
            m.put(t.name(), 0L);
        }
        return m;
    }
}
