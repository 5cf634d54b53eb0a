package vn.party.cadre.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.party.cadre.rules.CadreFacts;
import vn.party.orgreplica.OrgUnitReplica;

/**
 * The level of a unit (the province, a committee directly under it, a base organisation and below) as the cadre
 * events carry it, so that the reporting service counts cadre figures by level without knowing the tree's kinds.
 */
@ApplicationScoped
public class UnitLevels {

    @Inject
    OrgUnitReplica replica;

    /** The level's code, or null for a unit this service has not heard of (the event's level is then absent). */
    public String of(String unitCode) {
        return replica.find(unitCode).map(u -> CadreFacts.levelOfUnitKind(u.kind().name()).name()).orElse(null);
    }
}
