package vn.party.backbone.scope;

import java.util.Optional;

/**
 * Each service's own copy of the org tree, as far as scope needs it: where a unit stands now. Implemented
 * once per service (membership on its own tree, the others on their replica), so that restructuring the
 * tree never invalidates tokens.
 */
public interface OrgUnitDirectory {

    /** @return the unit's materialised path (ltree form, {@code bn.bn_cqd.x}) if the unit exists now */
    Optional<String> currentPathOf(String unitCode);
}
