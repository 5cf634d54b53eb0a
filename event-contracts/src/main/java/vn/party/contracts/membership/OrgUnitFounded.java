package vn.party.contracts.membership;

import vn.party.contracts.CellKind;
import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit was founded (thành lập) under a parent. {@code path} lists the unit codes from the top of the
 * tree down to this unit, as the tree stood on {@code effectiveDate}.
 *
 * @param organisationType set for base organisations only
 * @param parentCode       null for the top unit
 * @param cellKind         the kind of a cell (CELL) when its committee recorded one; null for every other unit
 *                         and in events written before cells had a kind
 */
@EventType(value = "membership.orgunit.founded.v1", schema = "schemas/membership/orgunit.founded.v1.json")
public record OrgUnitFounded(
        String unitCode,
        String name,
        UnitKind kind,
        OrganisationType organisationType,
        String parentCode,
        List<String> path,
        LocalDate effectiveDate,
        CellKind cellKind) implements DomainEvent {

    /** A unit founded without a cell kind: every unit but a cell, and cells recorded without one. */
    public OrgUnitFounded(String unitCode, String name, UnitKind kind, OrganisationType organisationType, String parentCode,
                          List<String> path, LocalDate effectiveDate) {
        this(unitCode, name, kind, organisationType, parentCode, path, effectiveDate, null);
    }

    @Override
    public String subject() {
        return unitCode;
    }
}
