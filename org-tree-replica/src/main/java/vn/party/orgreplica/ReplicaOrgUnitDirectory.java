package vn.party.orgreplica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.party.backbone.scope.SystemAccess;
import vn.party.backbone.scope.OrgUnitDirectory;

import java.util.List;
import java.util.Optional;

/** Scope in a service that does not own the tree resolves against its replica. */
@ApplicationScoped
@SystemAccess("resolves the scope itself: a caller's unit to its path")
public class ReplicaOrgUnitDirectory implements OrgUnitDirectory {

    @Inject
    EntityManager em;

    @Override
    public Optional<String> currentPathOf(String unitCode) {
        @SuppressWarnings("unchecked")
        List<String> paths = em.createNativeQuery(
                        "select cast(path as text) from org_unit_replica where code = ?1 and dissolved_on is null")
                .setParameter(1, unitCode).getResultList();
        return paths.stream().findFirst();
    }
}
