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

    @Inject
    OrgUnitService service;

    /** Founds a unit in the caller's subtree (see {@link OrgUnitService#found}). */
    public UnitRef found(OrgUnitApi.FoundRequest request) {
        return UnitRef.of(service.found(request));
    }

    public UnitRef move(String code, String newParentCode, java.time.LocalDate effectiveOn) {
        return UnitRef.of(service.move(code, newParentCode, effectiveOn));
    }

    public void dissolve(String code, java.time.LocalDate effectiveOn) {
        service.dissolve(code, effectiveOn);
    }

    /** Units standing directly under the unit now (dissolved ones left out). */
    public java.util.List<UnitRef> children(UnitRef unit) {
        return OrgUnit.<OrgUnit>list("parentId = ?1 and dissolvedOn is null order by code", unit.id()).stream()
                .map(UnitRef::of).toList();
    }

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
