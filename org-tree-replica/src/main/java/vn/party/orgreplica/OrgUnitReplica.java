package vn.party.orgreplica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import vn.party.contracts.UnitKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads one unit of the tree replica: its kind and current path. Callers check the path against their scope. */
@ApplicationScoped
@SystemAccess("reads the tree replica for any caller; callers check the returned path against their scope")
public class OrgUnitReplica {

    /** @param path the current path in dot form */
    public record Unit(String code, String name, UnitKind kind, String path, LocalDate dissolvedOn) {

        public List<String> pathCodes() {
            return List.of(path.split("\\."));
        }
    }

    @Inject
    EntityManager em;

    public Optional<Unit> find(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select code, name, kind, cast(path as text), dissolved_on from org_unit_replica where code = ?1")
                .setParameter(1, code).getResultList();
        return rows.stream().findFirst().map(r -> new Unit((String) r[0], (String) r[1], UnitKind.valueOf((String) r[2]),
                (String) r[3], r[4] == null ? null : (r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4])));
    }
}
