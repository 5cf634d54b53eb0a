package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit, with everything under it, now stands under another parent. Consumers move the whole subtree:
 * every path that began with {@code previousPath} begins with {@code path} from {@code effectiveDate}.
 */
@EventType(value = "membership.orgunit.moved.v1", schema = "schemas/membership/orgunit.moved.v1.json")
public record OrgUnitMoved(
        String unitCode,
        String parentCode,
        List<String> previousPath,
        List<String> path,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return unitCode;
    }
}
