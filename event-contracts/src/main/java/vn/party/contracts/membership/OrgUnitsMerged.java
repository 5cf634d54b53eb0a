package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * Several units were merged (hợp nhất, sáp nhập) into one. The moves, transfers and dissolutions it took
 * are published as their own events before this one; this event says why they happened, for reports
 * that count restructurings.
 */
@EventType(value = "membership.orgunit.merged.v1", schema = "schemas/membership/orgunit.merged.v1.json")
public record OrgUnitsMerged(
        String unitCode,
        List<String> path,
        List<String> mergedUnitCodes,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return unitCode;
    }
}
