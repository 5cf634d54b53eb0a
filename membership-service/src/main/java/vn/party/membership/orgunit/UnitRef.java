package vn.party.membership.orgunit;

import vn.party.contracts.UnitKind;

import java.util.Arrays;
import java.util.List;

/** What other features of this service know of a unit: they never touch the {@link OrgUnit} entity. */
public record UnitRef(long id, String code, String name, UnitKind kind, String path, java.time.LocalDate foundedOn,
                      java.time.LocalDate dissolvedOn) {

    static UnitRef of(OrgUnit unit) {
        return new UnitRef(unit.id, unit.code, unit.name, unit.kind, unit.path, unit.foundedOn, unit.dissolvedOn);
    }

    /** Dissolved once its dissolution date has come: a date still ahead has not happened yet. */
    public boolean dissolved() {
        return !MembershipOrgUnitDirectory.standing(dissolvedOn);
    }

    public List<String> pathCodes() {
        return Arrays.asList(path.split("\\."));
    }

    /** Members belong to cells and to base cells (DOMAIN.md). */
    public boolean holdsMembers() {
        return kind == UnitKind.CELL || kind == UnitKind.BASE_CELL;
    }
}
