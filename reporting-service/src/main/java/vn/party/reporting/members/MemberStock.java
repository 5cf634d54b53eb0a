package vn.party.reporting.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.backbone.scope.ScopedData;
import vn.party.reporting.tree.DatedTree;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Số lượng đảng viên: full and probationary members in a unit's subtree on a day, counted in the official
 * cells that stood under the unit that day, with the status each member had that day; by unit directly below.
 */
@ApplicationScoped
public class MemberStock {

    @Inject
    ScopedData scoped;

    @Schema(name = "MemberCount")
    public record Count(long full, long probationary, long total) {
        static final Count NONE = new Count(0, 0, 0);

        Count plus(Count o) {
            return new Count(full + o.full, probationary + o.probationary, total + o.total);
        }
    }

    /** The unit's own count under the key {@code null}, and each unit directly below under its code. */
    public record Counts(Count total, Map<String, Count> byChild) {
        public Count child(String code) {
            return byChild.getOrDefault(code, Count.NONE);
        }
    }

    public Counts on(String unitCode, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select %s as child,
                               count(*) filter (where m.status = 'FULL'), count(*) filter (where m.status = 'PROBATIONARY')
                        from report_member_period m
                        join report_tree t on t.code = m.unit_code and t.days @> cast(:day as date)
                        where m.valid_from <= cast(:day as date) and (m.valid_to is null or m.valid_to > cast(:day as date))
                          and m.status in ('FULL', 'PROBATIONARY') and %s and %s
                        group by 1""".formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                .setParameter("unit", unitCode).setParameter("day", day).getResultList();
        Map<String, Count> byChild = new HashMap<>();
        Count total = Count.NONE;
        for (Object[] r : rows) {
            long full = ((Number) r[1]).longValue();
            long probationary = ((Number) r[2]).longValue();
            Count c = new Count(full, probationary, full + probationary);
            total = total.plus(c);
            if (r[0] != null) {
                byChild.put((String) r[0], c);
            }
        }
        return new Counts(total, byChild);
    }
}
