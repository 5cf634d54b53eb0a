package vn.party.inspection.tree;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import vn.party.orgreplica.OrgUnitReplica;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A unit's path as the tree stood on a date, as membership publishes it ({@code OrgUnits.pathCodesOn}): each unit's
 * parent on that date, up to the top. Events carry it so that reports count a decision, a case or a suspension under
 * the units it stood under on its effective date, not under where the unit stands today. A date before a unit's
 * founding takes its first parent; a unit whose history is incomplete here takes its current path.
 */
@ApplicationScoped
@SystemAccess("reads the unit parent history to build paths for events; callers check scope on the current path")
public class UnitPaths {

    /** Deeper than any real tree: stops a transient cycle. */
    private static final int MAX_DEPTH = 32;

    @Inject
    EntityManager em;

    @Inject
    OrgUnitReplica tree;

    /** Top first, {@code unitCode} last. */
    public List<String> pathCodesOn(String unitCode, LocalDate on) {
        @SuppressWarnings("unchecked")
        List<Object[]> chain = em.createNativeQuery("""
                        with recursive up (code, known, depth) as (
                            select cast(?1 as text), exists (select 1 from unit_parent_history h where h.code = ?1), 0
                          union all
                            select p.parent_code, exists (select 1 from unit_parent_history h where h.code = p.parent_code),
                                   up.depth + 1
                            from up cross join lateral (
                                select h.parent_code from unit_parent_history h where h.code = up.code
                                order by case when h.valid_from <= ?2 then 0 else 1 end,
                                         case when h.valid_from <= ?2 then h.valid_from end desc, h.valid_from
                                limit 1) p
                            where p.parent_code is not null and up.depth < ?3
                        )
                        select code, known from up order by depth""")
                .setParameter(1, unitCode).setParameter(2, on).setParameter(3, MAX_DEPTH).getResultList();
        List<String> codes = new ArrayList<>();
        for (Object[] row : chain) {
            if (!Boolean.TRUE.equals(row[1])) {
                return current(unitCode);
            }
            codes.add((String) row[0]);
        }
        Collections.reverse(codes);
        return codes.isEmpty() ? current(unitCode) : List.copyOf(codes);
    }

    /** Dot form, for callers that hold paths as text. */
    public String pathOn(String unitCode, LocalDate on) {
        return String.join(".", pathCodesOn(unitCode, on));
    }

    private List<String> current(String unitCode) {
        return tree.find(unitCode).map(OrgUnitReplica.Unit::pathCodes).orElse(List.of(unitCode));
    }
}
