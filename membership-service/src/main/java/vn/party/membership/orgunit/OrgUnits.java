package vn.party.membership.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.CallerScope;

import java.util.Optional;

/** Lookups of units for the other features of this service, scoped to the caller where it says so. */
@ApplicationScoped
public class OrgUnits {

    @Inject
    CallerScope caller;

    /** The unit if it exists and lies in the caller's subtree; 404 otherwise, whichever is the case. */
    public UnitRef visible(String code) {
        OrgUnit unit = OrgUnit.findByCode(code).orElseThrow(() -> ProblemException.notFound("unit " + code));
        caller.requireVisible(unit.path, "unit " + code);
        return UnitRef.of(unit);
    }

    /** A unit by its row id, unscoped: for units already reached through a scoped record. */
    public UnitRef byId(long id) {
        return Optional.ofNullable(OrgUnit.<OrgUnit>findById(id)).map(UnitRef::of)
                .orElseThrow(() -> new IllegalStateException("no unit with id " + id));
    }

    /** A unit by code, unscoped: for commands that arrive from other services' events. */
    public Optional<UnitRef> byCode(String code) {
        return OrgUnit.findByCode(code).map(UnitRef::of);
    }
}
