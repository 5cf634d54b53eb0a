package vn.party.membership.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import vn.party.backbone.scope.OrgUnitDirectory;

import java.util.Optional;

/** Scope resolves against membership's own tree, the source of truth. */
@ApplicationScoped
public class MembershipOrgUnitDirectory implements OrgUnitDirectory {

    @Override
    public Optional<String> currentPathOf(String unitCode) {
        return OrgUnit.findByCode(unitCode).filter(u -> u.dissolvedOn == null).map(u -> u.path);
    }
}
