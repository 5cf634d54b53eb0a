package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit was split (chia tách) into new units. The foundings, transfers, moves and the dissolution of the
 * split unit (when it does not remain) are published as their own events before this one.
 */
@EventType(value = "membership.orgunit.split.v1", schema = "schemas/membership/orgunit.split.v1.json")
public record OrgUnitSplit(
        String unitCode,
        List<String> path,
        List<String> partUnitCodes,
        boolean sourceRemains,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return unitCode;
    }
}
