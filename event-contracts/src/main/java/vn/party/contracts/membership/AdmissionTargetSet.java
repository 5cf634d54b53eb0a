package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's admission target (chỉ tiêu kết nạp) for a year ({@code "2026"}) or a congress term
 * ({@code "2025-2030"}) was set or changed.
 */
@EventType(value = "membership.admission_target.set.v1", schema = "schemas/membership/admission_target.set.v1.json")
public record AdmissionTargetSet(
        String unitCode,
        List<String> path,
        String period,
        int target,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return unitCode + ":" + period;
    }
}
