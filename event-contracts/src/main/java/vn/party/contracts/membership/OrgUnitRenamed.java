package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** A unit took a new name (đổi tên); its code and place in the tree stay. */
@EventType(value = "membership.orgunit.renamed.v1", schema = "schemas/membership/orgunit.renamed.v1.json")
public record OrgUnitRenamed(
        String unitCode,
        String previousName,
        String name,
        List<String> path,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return unitCode;
    }
}
