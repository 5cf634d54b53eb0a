package vn.party.membership.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.OrgUnitDirectory;
import vn.party.backbone.scope.SystemAccess;
import vn.party.backbone.time.VietnamTime;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Scope resolves against membership's own tree, the source of truth. It also names the units that scoped
 * records point at (a transfer's other side, the deciding body above a committee, a member's earlier cells):
 * the shape of the province's tree (code, name, kind, path) is not personal data, and a committee may name
 * a unit it cannot open. Rows of units themselves are opened through ScopedData only.
 */
@ApplicationScoped
@SystemAccess("resolves the caller's scope from the token's org_unit (no scope exists before this), and names "
        + "the units that records in scope point at; it returns the tree's shape only, never a scoped record")
public class MembershipOrgUnitDirectory implements OrgUnitDirectory {

    @Inject
    EntityManager em;

    /** The unit's path while it stands: a unit whose dissolution date has come (today or earlier) gives no scope. */
    @Override
    public Optional<String> currentPathOf(String unitCode) {
        return unit(unitCode).filter(u -> standing(u.dissolvedOn)).map(u -> u.path);
    }

    /** The unit with that code, whether or not the caller may open it. */
    public Optional<UnitRef> byCode(String code) {
        return unit(code).map(UnitRef::of);
    }

    /** The unit with that row id, whether or not the caller may open it. */
    public Optional<UnitRef> byId(long id) {
        return Optional.ofNullable(em.find(OrgUnit.class, id)).map(UnitRef::of);
    }

    /** The units with those row ids, in ONE query (one array parameter), whether or not the caller may open them. */
    public java.util.Map<Long, UnitRef> byIds(java.util.Collection<Long> ids) {
        java.util.Map<Long, UnitRef> result = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<OrgUnit> rows = em.createNativeQuery("select * from org_unit where id = any(cast(?1 as bigint[]))", OrgUnit.class)
                .setParameter(1, vn.party.membership.reports.SqlArrays.longs(java.util.Set.copyOf(ids))).getResultList();
        rows.forEach(u -> result.put(u.id, UnitRef.of(u)));
        return result;
    }

    /** Unit codes are unique across the province, so a code is taken wherever its unit stands. */
    public boolean codeTaken(String code) {
        return unit(code).isPresent();
    }

    /** A dissolution dated in the future has not happened yet. */
    static boolean standing(LocalDate dissolvedOn) {
        return dissolvedOn == null || dissolvedOn.isAfter(VietnamTime.today());
    }

    private Optional<OrgUnit> unit(String code) {
        if (code == null) {
            return Optional.empty();
        }
        List<OrgUnit> rows = em.createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
                .setParameter("code", code).getResultList();
        return rows.stream().findFirst();
    }
}
