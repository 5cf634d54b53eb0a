package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit was dissolved (giải thể) on {@code effectiveDate}, as part of a merger or on its own. Its
 * members were transferred first (each a {@link MemberTransferred}); units under it were dissolved too,
 * each with its own event.
 */
@EventType(value = "membership.orgunit.dissolved.v1", schema = "schemas/membership/orgunit.dissolved.v1.json")
public record OrgUnitDissolved(
        String unitCode,
        List<String> path,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return unitCode;
    }
}
