package vn.party.orgreplica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.SystemAccess;
import vn.party.contracts.UnitKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads one unit of the tree replica: its kind, current path and lifetime. Callers check the path against their scope;
 * {@link #requireExistedOn} is the one check, shared by the services that keep the replica, that an act is dated
 * when its unit existed.
 */
@ApplicationScoped
@SystemAccess("reads the tree replica for any caller; callers check the returned path against their scope")
public class OrgUnitReplica {

    /** @param path the current path in dot form */
    public record Unit(String code, String name, UnitKind kind, String path, LocalDate foundedOn, LocalDate dissolvedOn) {

        public List<String> pathCodes() {
            return List.of(path.split("\\."));
        }

        public UnitLifetime lifetime() {
            return new UnitLifetime(code, foundedOn, dissolvedOn);
        }
    }

    @Inject
    EntityManager em;

    public Optional<Unit> find(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select code, name, kind, cast(path as text), founded_on, dissolved_on from org_unit_replica where code = ?1")
                .setParameter(1, code).getResultList();
        return rows.stream().findFirst().map(r -> new Unit((String) r[0], (String) r[1], UnitKind.valueOf((String) r[2]),
                (String) r[3], date(r[4]), date(r[5])));
    }

    /**
     * Refuses (422 {@value UnitLifetime#NOT_EXISTING_ON_DATE}) an act dated {@code day}, carried by the request field
     * {@code field}, about a unit that was not founded yet or was dissolved by then ({@link UnitLifetime}). Callers have
     * checked the unit against the caller's scope already; a unit this replica does not know answers 404.
     */
    public void requireExistedOn(String code, LocalDate day, String field) {
        find(code).orElseThrow(() -> ProblemException.notFound("unit " + code)).lifetime().requireExistedOn(day, field);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
